// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/journalline.h"

#include "gateway-core/util/hexdigit.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Tollgate::Metering {

namespace {

// The line is written straight into one buffer sized for the worst case: this runs on the worker
// thread for every proxied request, and building it with QByteArray appends (a call, a capacity
// check and often a copy of a temporary per piece) cost more than the rest of metering together.
constexpr char Hex[] = "0123456789abcdef";

char *putName(char *p, QLatin1StringView name)
{
    *p++ = '"';
    std::memcpy(p, name.data(), size_t(name.size()));
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    return p;
}

char *putEscaped(char *p, char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
        *p++ = '\\';
        *p++ = c;
    } else if (u < 0x20) {
        std::memcpy(p, "\\u00", 4);
        p[4] = Hex[u >> 4];
        p[5] = Hex[u & 0xf];
        p += 6;
    } else {
        *p++ = c;
    }
    return p;
}

char *putString(char *p, QLatin1StringView name, QStringView text)
{
    p = putName(p, name);
    *p++ = '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            p = putEscaped(p, char(c));
            continue;
        }
        // Not ASCII (rare in identifiers): the rest of the string goes through Qt's encoder.
        for (const char byte : text.sliced(i).toUtf8())
            p = putEscaped(p, byte);
        break;
    }
    *p++ = '"';
    *p++ = ',';
    return p;
}

char *putNumber(char *p, QLatin1StringView name, qint64 value)
{
    p = putName(p, name);
    p = std::to_chars(p, p + 20, value).ptr;
    *p++ = ',';
    return p;
}

} // namespace

QByteArray toJournalLine(const Store::UsageRecord &r)
{
    // Worst case per UTF-16 unit: six bytes (an escaped control character; other units take at
    // most three bytes of UTF-8). Names, quotes and numbers fit in 40 bytes per field.
    const qsizetype text = r.requestId.size() + r.keyId.size() + r.userId.size() + r.modelId.size()
                           + r.deploymentId.size() + r.endpoint.size() + r.errorCode.size();
    QByteArray out(6 * text + 18 * 40, Qt::Uninitialized);
    char *p = out.data();
    *p++ = '{';
    p = putString(p, "id"_L1, r.requestId);
    p = putNumber(p, "at"_L1, r.at);
    p = putString(p, "key"_L1, r.keyId);
    p = putString(p, "user"_L1, r.userId);
    p = putString(p, "model"_L1, r.modelId);
    p = putString(p, "deployment"_L1, r.deploymentId);
    p = putString(p, "endpoint"_L1, r.endpoint);
    p = putNumber(p, "prompt"_L1, r.promptTokens);
    p = putNumber(p, "completion"_L1, r.completionTokens);
    p = putNumber(p, "cached"_L1, r.cachedTokens);
    p = putNumber(p, "cost"_L1, r.cost);
    p = putNumber(p, "status"_L1, r.status);
    p = putString(p, "error"_L1, r.errorCode);
    p = putNumber(p, "latency"_L1, r.latencyMs);
    if (r.ttftMs)
        p = putNumber(p, "ttft"_L1, *r.ttftMs);
    p = putNumber(p, "streamed"_L1, r.streamed ? 1 : 0);
    p = putNumber(p, "aborted"_L1, r.aborted ? 1 : 0);
    p[-1] = '}'; // over the last comma
    *p++ = '\n';
    out.truncate(p - out.constData());
    return out;
}

namespace {

std::optional<Store::UsageRecord> fromJournalLineQt(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    auto text = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    // Costs are integers well inside a double's exact range (2^53 nano-units).
    auto number = [&o](const char *name) { return qint64(o.value(QLatin1String(name)).toDouble()); };
    Store::UsageRecord r;
    r.requestId = text("id");
    if (r.requestId.isEmpty())
        return std::nullopt;
    r.at = number("at");
    r.keyId = text("key");
    r.userId = text("user");
    r.modelId = text("model");
    r.deploymentId = text("deployment");
    r.endpoint = text("endpoint");
    r.promptTokens = number("prompt");
    r.completionTokens = number("completion");
    r.cachedTokens = number("cached");
    r.cost = number("cost");
    r.status = int(number("status"));
    r.errorCode = text("error");
    r.latencyMs = number("latency");
    if (o.contains(QLatin1String("ttft")))
        r.ttftMs = number("ttft");
    r.streamed = number("streamed") != 0;
    r.aborted = number("aborted") != 0;
    return r;
}

/// The journal's own shape, read without a JSON tree: flat keys, ASCII strings with the escapes
/// toJournalLine() writes, integers. Anything else (non-ASCII text, other escapes or numbers,
/// repeated or unknown keys, a torn line) returns nullopt and the line goes to Qt's parser, which
/// decides as it always did. Each line is read once by the flusher, so this is most of its work
/// outside the database.
class LineReader
{
public:
    explicit LineReader(QByteArrayView line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    {}

    std::optional<Store::UsageRecord> read()
    {
        Store::UsageRecord r;
        r.status = 0; // as a missing "status" reads through Qt's parser
        quint32 seen = 0;
        if (!take('{'))
            return std::nullopt;
        if (take('}'))
            return finish(r, seen);
        do {
            QByteArrayView key;
            if (!plainKey(&key) || !take(':'))
                return std::nullopt;
            const int field = fieldOf(key);
            if (field < 0 || (seen & (1u << field)))
                return std::nullopt;
            seen |= 1u << field;
            if (field < TextFields) {
                QString *target[TextFields] = {&r.requestId, &r.keyId,    &r.userId,   &r.modelId,
                                               &r.deploymentId, &r.endpoint, &r.errorCode};
                if (!text(target[field]))
                    return std::nullopt;
            } else {
                qint64 value = 0;
                if (!integer(&value))
                    return std::nullopt;
                switch (field) {
                case At: r.at = value; break;
                case Prompt: r.promptTokens = value; break;
                case Completion: r.completionTokens = value; break;
                case Cached: r.cachedTokens = value; break;
                case Cost: r.cost = value; break;
                case Status: r.status = int(value); break;
                case Latency: r.latencyMs = value; break;
                case Ttft: r.ttftMs = value; break;
                case Streamed: r.streamed = value != 0; break;
                case Aborted: r.aborted = value != 0; break;
                default: return std::nullopt;
                }
            }
        } while (take(','));
        if (!take('}'))
            return std::nullopt;
        return finish(r, seen);
    }

private:
    enum Field {
        Id, Key, User, Model, Deployment, Endpoint, Error, TextFields,
        At = TextFields, Prompt, Completion, Cached, Cost, Status, Latency, Ttft, Streamed, Aborted
    };

    static int fieldOf(QByteArrayView key)
    {
        static constexpr std::pair<const char *, Field> names[] = {
            {"id", Id}, {"key", Key}, {"user", User}, {"model", Model}, {"deployment", Deployment},
            {"endpoint", Endpoint}, {"error", Error}, {"at", At}, {"prompt", Prompt},
            {"completion", Completion}, {"cached", Cached}, {"cost", Cost}, {"status", Status},
            {"latency", Latency}, {"ttft", Ttft}, {"streamed", Streamed}, {"aborted", Aborted}};
        for (const auto &[name, field] : names) {
            if (key == QByteArrayView(name))
                return field;
        }
        return -1;
    }

    std::optional<Store::UsageRecord> finish(const Store::UsageRecord &r, quint32 seen)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        // An empty id is refused below as well as by the Qt path.
        if (m_p != m_end || !(seen & (1u << Id)) || r.requestId.isEmpty())
            return std::nullopt;
        return r;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool take(char c)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool plainKey(QByteArrayView *key)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p >= 'a' && *m_p <= 'z')
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false;
        *key = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    bool text(QString *out)
    {
        if (!take('"'))
            return false;
        QByteArray bytes;
        const char *run = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                const QByteArrayView last(run, m_p - run);
                ++m_p;
                if (bytes.isEmpty()) {
                    *out = QString::fromLatin1(last);
                } else {
                    bytes.append(last);
                    *out = QString::fromLatin1(bytes);
                }
                return true;
            }
            if (c < 0x20 || c >= 0x80)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            bytes.append(run, m_p - run);
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            if (e == '"' || e == '\\' || e == '/') {
                bytes += e;
                m_p += 2;
            } else if (e == 'u' && m_end - m_p >= 6 && m_p[2] == '0' && m_p[3] == '0') {
                const int hi = Util::hexDigit(m_p[4]);
                const int lo = Util::hexDigit(m_p[5]);
                if (hi < 0 || lo < 0 || hi > 7)
                    return false;
                bytes += char(hi << 4 | lo);
                m_p += 6;
            } else {
                return false;
            }
            run = m_p;
        }
        return false;
    }

    bool integer(qint64 *value)
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        // Up to 15 digits a double holds exactly, as Qt's parser reads them; no leading zeros.
        const qsizetype n = m_p - digits;
        if (n == 0 || n > 15 || (n > 1 && *digits == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        return std::from_chars(start, m_p, *value).ec == std::errc();
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<Store::UsageRecord> fromJournalLine(QByteArrayView line)
{
    if (auto record = LineReader(line).read())
        return record;
    return fromJournalLineQt(line);
}

} // namespace Tollgate::Metering
