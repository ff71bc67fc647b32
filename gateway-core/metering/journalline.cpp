// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/journalline.h"

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

std::optional<Store::UsageRecord> fromJournalLine(QByteArrayView line)
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

} // namespace Tollgate::Metering
