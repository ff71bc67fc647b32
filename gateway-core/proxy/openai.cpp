// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/openai.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <charconv>
#include <cstring>

namespace Tollgate::Proxy {

namespace {

/// A deliberately simple estimate (the same rule as tollgate-mockllm's tokenizer): about four
/// characters per token plus a few tokens of framing per message. Only reservations use it;
/// billing uses the upstream's own counts.
qint64 tokensForText(qsizetype characters)
{
    return (characters + 3) / 4;
}

qint64 textLength(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size();
    qint64 total = 0;
    if (value.isArray()) {
        for (const QJsonValue &part : value.toArray()) {
            if (part.isString())
                total += part.toString().size();
            else if (part.isObject())
                total += part.toObject().value(QLatin1String("text")).toString().size();
            else if (part.isArray())
                total += part.toArray().size(); // token ids
        }
    }
    return total;
}

/// Index just past the JSON value starting at @p i (object, array, string or scalar); -1 if torn.
qsizetype skipValue(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"') {
        // The closing quote is the first one after an even run of backslashes (escapes pair from
        // the run's start). memchr() jumps over the text: responses and stream chunks are mostly
        // strings, and this runs over every one of them.
        const char *data = s.data();
        for (qsizetype from = i + 1; from < s.size();) {
            const auto *quote = static_cast<const char *>(std::memchr(data + from, '"', size_t(s.size() - from)));
            if (!quote)
                return -1;
            const qsizetype at = quote - data;
            qsizetype run = at;
            while (run > i + 1 && data[run - 1] == '\\')
                --run;
            if ((at - run) % 2 == 0)
                return at + 1;
            from = at + 1;
        }
        return -1;
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                const qsizetype end = skipValue(s, i);
                if (end < 0)
                    return -1;
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i;
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        ++i;
    return i;
}

/// The value of top-level key @p key of the JSON object in @p s, as raw bytes; empty if absent.
QByteArrayView topLevelValue(QByteArrayView s, QByteArrayView key)
{
    qsizetype i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '{')
        return {};
    ++i;
    while (i < s.size()) {
        i = skipSpace(s, i);
        if (i < s.size() && s[i] == '}')
            return {};
        const qsizetype keyEnd = skipValue(s, i);
        if (keyEnd < 0 || s[i] != '"')
            return {};
        const QByteArrayView name = s.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':')
            return {};
        i = skipSpace(s, i + 1);
        const qsizetype valueEnd = skipValue(s, i);
        if (valueEnd < 0)
            return {};
        if (name == key)
            return s.sliced(i, valueEnd - i);
        i = skipSpace(s, valueEnd);
        if (i < s.size() && s[i] == ',')
            ++i;
    }
    return {};
}

/// True when some occurrence of @p quotedKey in @p s is followed by a non-empty string value.
bool hasNonEmptyString(QByteArrayView s, QByteArrayView quotedKey)
{
    for (qsizetype at = s.indexOf(quotedKey); at >= 0; at = s.indexOf(quotedKey, at + 1)) {
        qsizetype i = skipSpace(s, at + quotedKey.size());
        if (i >= s.size() || s[i] != ':')
            continue;
        i = skipSpace(s, i + 1);
        if (i + 1 < s.size() && s[i] == '"' && s[i + 1] != '"')
            return true;
    }
    return false;
}


/// A strict reader of one JSON text for the few request and usage fields the gateway needs, so
/// the hot path builds no QJsonDocument tree. It is stricter than Qt's parser (no control
/// characters or unknown escapes in strings, no exponents, checked UTF-8, no repeated key among
/// those it reads, no escaped key): whenever it says no, the caller asks QJsonDocument instead, so
/// every answer, and every error message, is the one Qt's parser gives.
class StrictJson
{
public:
    explicit StrictJson(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    /// A string token; the characters are only known to be plain when !escaped.
    struct Str
    {
        QByteArrayView raw; ///< between the quotes
        qint64 utf16 = 0;   ///< length of the decoded string in UTF-16 units (QString::size())
        bool escaped = false;
    };
    enum class Kind { Bad, Object, Array, String, Number, True, False, Null };

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }
    bool take(char c)
    {
        space();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    Kind peek()
    {
        space();
        if (m_p == m_end)
            return Kind::Bad;
        switch (*m_p) {
        case '{': return Kind::Object;
        case '[': return Kind::Array;
        case '"': return Kind::String;
        case 't': return Kind::True;
        case 'f': return Kind::False;
        case 'n': return Kind::Null;
        default: return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? Kind::Number : Kind::Bad;
        }
    }

    bool string(Str *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        qint64 units = 0;
        bool escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = Str{QByteArrayView(start, m_p - start), units, escaped};
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_p < 2)
                    return false;
                const char e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6)
                        return false;
                    for (int i = 2; i < 6; ++i) {
                        if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                            return false;
                    }
                    m_p += 6; // a surrogate half counts one unit, as in QString
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                           || e == 't') {
                    m_p += 2;
                } else {
                    return false;
                }
                ++units;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                ++units;
                continue;
            }
            // UTF-8 as Qt's parser accepts it: no overlong forms, surrogates or code points above
            // U+10FFFF. Four-byte sequences are two UTF-16 units.
            int extra = 0;
            unsigned char lo = 0x80;
            unsigned char hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                extra = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                extra = 2;
                if (c == 0xe0)
                    lo = 0xa0;
                else if (c == 0xed)
                    hi = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                extra = 3;
                if (c == 0xf0)
                    lo = 0x90;
                else if (c == 0xf4)
                    hi = 0x8f;
            } else {
                return false;
            }
            if (m_end - m_p <= extra)
                return false;
            const auto second = static_cast<unsigned char>(m_p[1]);
            if (second < lo || second > hi)
                return false;
            for (int i = 2; i <= extra; ++i) {
                const auto next = static_cast<unsigned char>(m_p[i]);
                if (next < 0x80 || next > 0xbf)
                    return false;
            }
            m_p += extra + 1;
            units += extra == 3 ? 2 : 1;
        }
        return false;
    }

    /// A number in the strict grammar, without exponent; its value as Qt's parser reads it.
    bool number(double *value)
    {
        space();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else {
            const char *digits = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == digits)
                return false;
        }
        if (m_p < m_end && *m_p == '.') {
            const char *digits = ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == digits)
                return false;
        }
        // Exponents (and numbers too long for a double) are left to Qt, which refuses the ones
        // out of a double's range.
        if ((m_p < m_end && (*m_p == 'e' || *m_p == 'E')) || m_p - start > 300)
            return false;
        const auto result = std::from_chars(start, m_p, *value);
        return result.ec == std::errc() && result.ptr == m_p;
    }

    bool literal(QByteArrayView word)
    {
        space();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    /// Checks and passes over any value.
    bool skip(int depth = 0)
    {
        switch (peek()) {
        case Kind::Object: {
            if (depth > MaxDepth)
                return false;
            ++m_p;
            if (take('}'))
                return true;
            do {
                Str key;
                if (!string(&key) || !take(':') || !skip(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        }
        case Kind::Array: {
            if (depth > MaxDepth)
                return false;
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skip(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        case Kind::String: {
            Str s;
            return string(&s);
        }
        case Kind::Number: {
            double d;
            return number(&d);
        }
        case Kind::True: return literal("true");
        case Kind::False: return literal("false");
        case Kind::Null: return literal("null");
        case Kind::Bad: return false;
        }
        return false;
    }

    /// Walks the members of an object: @p member(key, depth) reads the value (or returns false
    /// to give up). Keys with escapes are refused, so a key compares by its bytes.
    template<typename Member>
    bool object(int depth, Member &&member)
    {
        if (depth > MaxDepth || !take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            Str key;
            if (!string(&key) || key.escaped || !take(':') || !member(key.raw, depth + 1))
                return false;
        } while (take(','));
        return take('}');
    }

    template<typename Element>
    bool array(int depth, Element &&element)
    {
        if (depth > MaxDepth || !take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element(depth + 1))
                return false;
        } while (take(','));
        return take(']');
    }

private:
    static constexpr int MaxDepth = 256; // Qt's parser allows deeper; deeper goes to Qt

    const char *m_p;
    const char *m_end;
};

/// Remembers which of up to 32 keys were seen, to give up on a repeated one.
struct SeenKeys
{
    quint32 bits = 0;
    bool first(int index)
    {
        const quint32 bit = 1u << index;
        if (bits & bit)
            return false;
        bits |= bit;
        return true;
    }
};

/// textLength() on the strict reader: the value's characters (string, parts, token ids).
bool scanTextLength(StrictJson &json, int depth, qint64 *total)
{
    using Kind = StrictJson::Kind;
    switch (json.peek()) {
    case Kind::String: {
        StrictJson::Str s;
        if (!json.string(&s))
            return false;
        *total += s.utf16;
        return true;
    }
    case Kind::Array:
        return json.array(depth, [&](int d) {
            switch (json.peek()) {
            case Kind::String: {
                StrictJson::Str s;
                if (!json.string(&s))
                    return false;
                *total += s.utf16;
                return true;
            }
            case Kind::Object: {
                SeenKeys seen;
                qint64 text = 0;
                const bool ok = json.object(d, [&](QByteArrayView key, int dd) {
                    if (key != "text")
                        return json.skip(dd);
                    if (!seen.first(0))
                        return false;
                    if (json.peek() != Kind::String)
                        return json.skip(dd);
                    StrictJson::Str s;
                    if (!json.string(&s))
                        return false;
                    text = s.utf16;
                    return true;
                });
                *total += text;
                return ok;
            }
            case Kind::Array: {
                qint64 ids = 0;
                const bool ok = json.array(d, [&](int dd) {
                    ++ids;
                    return json.skip(dd);
                });
                *total += ids; // token ids
                return ok;
            }
            default: return json.skip(d);
            }
        });
    default: return json.skip(depth);
    }
}

/// The messages array: the characters of each message's content and 4 tokens of framing each.
bool scanMessages(StrictJson &json, int depth, qint64 *characters, qint64 *framing, bool *isArray)
{
    *isArray = json.peek() == StrictJson::Kind::Array;
    if (!*isArray)
        return json.skip(depth); // not an array: no messages
    return json.array(depth, [&](int d) {
        *framing += 4;
        if (json.peek() != StrictJson::Kind::Object)
            return json.skip(d);
        SeenKeys seen;
        qint64 content = 0;
        const bool ok = json.object(d, [&](QByteArrayView key, int dd) {
            if (key != "content")
                return json.skip(dd);
            return seen.first(0) && scanTextLength(json, dd, &content);
        });
        *characters += content;
        return ok;
    });
}

/// inspectRequest() without a JSON tree; nullopt when the strict reader gives up or the request
/// is refused (the caller then takes Qt's path, which words the refusal).
std::optional<RequestInfo> scanRequest(QByteArrayView body, Endpoint endpoint)
{
    using Kind = StrictJson::Kind;
    enum Key { Model, Stream, StreamOptions, MaxCompletion, MaxTokens, Messages, Prompt, Input };
    StrictJson json(body);
    SeenKeys seen;
    RequestInfo info;
    bool haveModel = false;
    std::optional<double> maxCompletion;
    std::optional<double> maxTokens;
    const bool wantMessages = endpoint == Endpoint::Chat || endpoint == Endpoint::Completions || endpoint == Endpoint::Tokenize;
    qint64 messageCharacters = 0;
    qint64 framing = 0;
    bool messagesArray = false;
    qint64 promptCharacters = 0; // "prompt" or "input"
    const auto number = [&json](std::optional<double> *into, int depth) {
        if (json.peek() != Kind::Number)
            return json.skip(depth);
        double d;
        if (!json.number(&d))
            return false;
        *into = d;
        return true;
    };
    const bool ok = json.object(0, [&](QByteArrayView key, int depth) {
        if (key == "model") {
            if (!seen.first(Model))
                return false;
            if (json.peek() != Kind::String)
                return json.skip(depth);
            StrictJson::Str s;
            if (!json.string(&s) || s.escaped)
                return false;
            info.model = s.raw.toByteArray();
            haveModel = !info.model.isEmpty();
            return true;
        }
        if (key == "stream") {
            if (!seen.first(Stream))
                return false;
            info.stream = json.peek() == Kind::True;
            return json.skip(depth);
        }
        if (key == "stream_options") {
            if (!seen.first(StreamOptions))
                return false;
            if (json.peek() != Kind::Object)
                return json.skip(depth);
            SeenKeys inner;
            return json.object(depth, [&](QByteArrayView name, int d) {
                if (name != "include_usage")
                    return json.skip(d);
                if (!inner.first(0))
                    return false;
                info.includeUsage = json.peek() == Kind::True;
                return json.skip(d);
            });
        }
        if (key == "max_completion_tokens")
            return seen.first(MaxCompletion) && number(&maxCompletion, depth);
        if (key == "max_tokens")
            return seen.first(MaxTokens) && number(&maxTokens, depth);
        if (key == "messages") {
            if (!seen.first(Messages))
                return false;
            return wantMessages ? scanMessages(json, depth, &messageCharacters, &framing, &messagesArray) : json.skip(depth);
        }
        if (key == "prompt" || key == "input") {
            const bool prompt = key == "prompt";
            if (!seen.first(prompt ? Prompt : Input))
                return false;
            const bool counted = prompt ? endpoint == Endpoint::Completions || endpoint == Endpoint::Tokenize
                                        : endpoint == Endpoint::Embeddings;
            return counted ? scanTextLength(json, depth, &promptCharacters) : json.skip(depth);
        }
        return json.skip(depth);
    });
    if (!ok || !json.atEnd() || !haveModel)
        return std::nullopt;
    // The first of the two that is a number counts; a negative one is refused (by Qt's path).
    const std::optional<double> max = maxCompletion ? maxCompletion : maxTokens;
    if (max) {
        if (*max < 0 || *max >= 9.2e18)
            return std::nullopt;
        info.maxTokens = qint64(*max);
    }
    qint64 characters = 0;
    switch (endpoint) {
    case Endpoint::Chat:
        if (!messagesArray)
            return std::nullopt; // refused: no "messages" array
        characters = messageCharacters;
        break;
    case Endpoint::Completions:
    case Endpoint::Tokenize:
        // Present "messages" count (nothing when not an array); otherwise the prompt does.
        characters = (seen.bits & (1u << Messages)) ? messageCharacters : promptCharacters;
        break;
    case Endpoint::Embeddings:
        characters = promptCharacters;
        framing = 0;
        break;
    case Endpoint::Docling:
        return std::nullopt;
    }
    info.promptTokens = tokensForText(characters) + framing;
    return info;
}

Usage usageWithQt(QByteArrayView raw);

/// extractUsage()'s reading of the "usage" object without a JSON tree; nullopt to ask Qt.
std::optional<Usage> scanUsage(QByteArrayView raw)
{
    using Kind = StrictJson::Kind;
    StrictJson json(raw);
    SeenKeys seen;
    Usage usage;
    qint64 cached = 0;
    const auto count = [&json](qint64 *into, int depth) {
        if (json.peek() != Kind::Number)
            return json.skip(depth); // not a number: not reported
        double d;
        if (!json.number(&d) || d <= -9.2e18 || d >= 9.2e18)
            return false;
        *into = qint64(d);
        return true;
    };
    const bool ok = json.object(0, [&](QByteArrayView key, int depth) {
        if (key == "prompt_tokens")
            return seen.first(0) && count(&usage.promptTokens, depth);
        if (key == "completion_tokens")
            return seen.first(1) && count(&usage.completionTokens, depth);
        if (key == "prompt_tokens_details") {
            if (!seen.first(2))
                return false;
            if (json.peek() != Kind::Object)
                return json.skip(depth);
            SeenKeys inner;
            return json.object(depth, [&](QByteArrayView name, int d) {
                if (name != "cached_tokens")
                    return json.skip(d);
                return inner.first(0) && count(&cached, d);
            });
        }
        return json.skip(depth);
    });
    if (!ok || !json.atEnd())
        return std::nullopt;
    if (usage.completionTokens < 0 && usage.promptTokens >= 0)
        usage.completionTokens = 0; // embeddings report prompt and total only
    usage.cachedTokens = cached;
    return usage;
}

} // namespace

QByteArrayView endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Chat: return "chat";
    case Endpoint::Completions: return "completions";
    case Endpoint::Embeddings: return "embeddings";
    case Endpoint::Tokenize: return "tokenize";
    case Endpoint::Docling: return "docling";
    }
    return "other";
}

std::optional<RequestInfo> inspectRequest(const QByteArray &body, Endpoint endpoint, QByteArray *error)
{
    if (auto info = scanRequest(body, endpoint))
        return info;
    return Detail::inspectRequestWithQt(body, endpoint, error);
}

std::optional<RequestInfo> Detail::inspectRequestWithQt(const QByteArray &body, Endpoint endpoint, QByteArray *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = "The request body is not a JSON object"
                 + (parseError.error != QJsonParseError::NoError
                        ? QByteArray(": " + parseError.errorString().toUtf8() + " at offset "
                                     + QByteArray::number(parseError.offset))
                        : QByteArray())
                 + ".";
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    RequestInfo info;
    const QJsonValue model = o.value(QLatin1String("model"));
    if (!model.isString() || model.toString().isEmpty()) {
        *error = "The request must name a model in the \"model\" field.";
        return std::nullopt;
    }
    info.model = model.toString().toUtf8();
    info.stream = o.value(QLatin1String("stream")).toBool(false);
    info.includeUsage =
        o.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(false);
    for (const char *name : {"max_completion_tokens", "max_tokens"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isDouble()) {
            if (v.toDouble() < 0) {
                *error = QByteArray(name) + " must not be negative.";
                return std::nullopt;
            }
            info.maxTokens = qint64(v.toDouble());
            break;
        }
    }
    qint64 characters = 0;
    qint64 framing = 0;
    switch (endpoint) {
    case Endpoint::Chat: {
        const QJsonValue messages = o.value(QLatin1String("messages"));
        if (!messages.isArray()) {
            *error = "A chat completion needs a \"messages\" array.";
            return std::nullopt;
        }
        for (const QJsonValue &m : messages.toArray()) {
            characters += textLength(m.toObject().value(QLatin1String("content")));
            framing += 4;
        }
        break;
    }
    case Endpoint::Completions:
    case Endpoint::Tokenize:
        if (o.contains(QLatin1String("messages"))) {
            for (const QJsonValue &m : o.value(QLatin1String("messages")).toArray()) {
                characters += textLength(m.toObject().value(QLatin1String("content")));
                framing += 4;
            }
        } else {
            characters = textLength(o.value(QLatin1String("prompt")));
        }
        break;
    case Endpoint::Embeddings:
        characters = textLength(o.value(QLatin1String("input")));
        break;
    case Endpoint::Docling:
        break;
    }
    info.promptTokens = tokensForText(characters) + framing;
    return info;
}

QByteArray upstreamBody(const QByteArray &body, const RequestInfo &info, QByteArrayView servedName)
{
    const bool renameModel = !servedName.isEmpty() && servedName != info.model;
    const bool forceUsage = info.stream && !info.includeUsage;
    if (!renameModel && !forceUsage)
        return body;
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (renameModel)
        o.insert(QLatin1String("model"), QString::fromUtf8(servedName));
    if (forceUsage) {
        QJsonObject options = o.value(QLatin1String("stream_options")).toObject();
        options.insert(QLatin1String("include_usage"), true);
        o.insert(QLatin1String("stream_options"), options);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Usage extractUsage(QByteArrayView json)
{
    Usage usage;
    const QByteArrayView raw = topLevelValue(json, "usage");
    if (raw.isEmpty() || raw[0] != '{')
        return usage;
    if (const auto scanned = scanUsage(raw))
        return *scanned;
    return usageWithQt(raw);
}

Usage Detail::extractUsageWithQt(QByteArrayView json)
{
    const QByteArrayView raw = topLevelValue(json, "usage");
    if (raw.isEmpty() || raw[0] != '{')
        return {};
    return usageWithQt(raw);
}

namespace {

Usage usageWithQt(QByteArrayView raw)
{
    Usage usage;
    const QJsonObject o = QJsonDocument::fromJson(raw.toByteArray()).object();
    if (o.isEmpty())
        return usage;
    auto count = [&o](const char *name) {
        const QJsonValue v = o.value(QLatin1String(name));
        return v.isDouble() ? qint64(v.toDouble()) : qint64(-1);
    };
    usage.promptTokens = count("prompt_tokens");
    usage.completionTokens = count("completion_tokens");
    if (usage.completionTokens < 0 && usage.promptTokens >= 0)
        usage.completionTokens = 0; // embeddings report prompt and total only
    const QJsonValue cached =
        o.value(QLatin1String("prompt_tokens_details")).toObject().value(QLatin1String("cached_tokens"));
    usage.cachedTokens = cached.isDouble() ? qint64(cached.toDouble()) : 0;
    return usage;
}

} // namespace

QList<QByteArray> SseSplitter::feed(QByteArrayView data)
{
    m_buffer.append(data.data(), data.size());
    QList<QByteArray> events;
    qsizetype start = 0;
    // Events end with a blank line: "\n\n" or "\r\n\r\n", whichever comes first. One pass over the
    // line feeds: searching the rest of the buffer for each kind of terminator after every event
    // made a read that holds a whole stream (tens of events) quadratic in its size.
    const qsizetype size = m_buffer.size();
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0 && nl + 1 < size; nl = m_buffer.indexOf('\n', nl + 1)) {
        qsizetype end = -1;
        if (m_buffer.at(nl + 1) == '\n')
            end = nl + 2;
        else if (nl - 1 >= start && m_buffer.at(nl - 1) == '\r' && m_buffer.at(nl + 1) == '\r' && nl + 2 < size
                 && m_buffer.at(nl + 2) == '\n')
            end = nl + 3;
        if (end < 0)
            continue;
        events.append(m_buffer.mid(start, end - start));
        start = end;
        nl = end - 1;
    }
    if (start > 0)
        m_buffer.remove(0, start);
    return events;
}

SseEvent classifyEvent(QByteArrayView event)
{
    SseEvent result;
    // Join the data lines of the event (almost always exactly one).
    QByteArray data;
    qsizetype pos = 0;
    while (pos < event.size()) {
        qsizetype eol = event.indexOf('\n', pos);
        if (eol < 0)
            eol = event.size();
        QByteArrayView line = event.sliced(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("data:")) {
            QByteArrayView payload = line.sliced(5);
            if (payload.startsWith(' '))
                payload = payload.sliced(1);
            if (!data.isEmpty())
                data += '\n';
            data.append(payload.data(), payload.size());
        }
        pos = eol + 1;
    }
    if (data.isEmpty())
        return result;
    if (data.startsWith("[DONE]")) {
        result.done = true;
        return result;
    }
    if (!topLevelValue(data, "error").isEmpty()) {
        result.isError = true;
        return result;
    }
    const QByteArrayView choices = topLevelValue(data, "choices");
    const bool noChoices = choices.isEmpty() || skipSpace(choices, 1) == choices.size() - 1;
    if (data.contains("\"usage\"")) {
        result.usage = extractUsage(data);
        result.usageOnly = noChoices && result.usage.present();
    }
    // A chunk counts as delivered text when a choice carries non-empty content or text.
    result.hasContent = !noChoices
                        && (hasNonEmptyString(choices, "\"content\"") || hasNonEmptyString(choices, "\"text\"")
                            || choices.contains("\"tool_calls\""));
    return result;
}

} // namespace Tollgate::Proxy
