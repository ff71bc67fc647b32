// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mockllm/requestscan.h"

#include "gateway-core/util/hexdigit.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace Tollgate::MockLlm {

namespace {

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;
constexpr int MaxDepth = 128;

/// Decoded length and FNV-1a hash of the strings fed to it.
struct TextSink
{
    qint64 bytes = 0;
    quint64 hash = FnvOffset;

    void add(uchar c)
    {
        ++bytes;
        hash = (hash ^ c) * FnvPrime;
    }
};

/// A strict JSON reader over a byte range; every parse function leaves m_p after what it read.
class Scanner final
{
public:
    Scanner(QByteArrayView body, ScannedRequest &out)
        : m_p(body.data())
        , m_end(body.data() + body.size())
        , m_out(out)
    {
    }

    bool run()
    {
        skipWs();
        if (!topLevel())
            return false;
        skipWs();
        if (m_p != m_end)
            return fail("unexpected data after the JSON body");
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
    ScannedRequest &m_out;
    int m_depth = 0;

    bool fail(const char *why)
    {
        if (m_out.error.isEmpty())
            m_out.error = QByteArray("We could not parse the JSON body of your request: ") + why + '.';
        return false;
    }
    bool typeError(const char *field, const char *expected)
    {
        m_out.error = QByteArray("Invalid type for '") + field + "': expected " + expected + '.';
        return false;
    }

    void skipWs()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c)
    {
        skipWs();
        return m_p != m_end && *m_p == c;
    }
    bool expect(char c)
    {
        skipWs();
        if (m_p == m_end || *m_p != c)
            return fail(m_p == m_end ? "unexpected end of input" : "unexpected character");
        ++m_p;
        return true;
    }
    bool literal(const char *word)
    {
        for (const char *w = word; *w; ++w, ++m_p) {
            if (m_p == m_end || *m_p != *w)
                return fail("invalid literal");
        }
        return true;
    }

    /// Reads a string at m_p (a quote); @p raw gets the bytes between the quotes, @p sink the
    /// decoded UTF-8 bytes when given.
    bool string(QByteArrayView *raw, TextSink *sink)
    {
        if (m_p == m_end || *m_p != '"')
            return fail("expected a string");
        const char *start = ++m_p;
        while (true) {
            if (m_p == m_end)
                return fail("unterminated string");
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                if (sink)
                    sink->add(c);
                ++m_p;
                continue;
            }
            if (++m_p == m_end)
                return fail("unterminated string");
            const char e = *m_p++;
            switch (e) {
            case '"': case '\\': case '/':
                if (sink)
                    sink->add(uchar(e));
                break;
            case 'b': if (sink) sink->add('\b'); break;
            case 'f': if (sink) sink->add('\f'); break;
            case 'n': if (sink) sink->add('\n'); break;
            case 'r': if (sink) sink->add('\r'); break;
            case 't': if (sink) sink->add('\t'); break;
            case 'u': {
                uint cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xd800 && cp < 0xdc00 && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char *save = m_p;
                    m_p += 2;
                    uint low = 0;
                    if (!hex4(&low))
                        return false;
                    if (low >= 0xdc00 && low < 0xe000)
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    else
                        m_p = save;
                }
                if (cp >= 0xd800 && cp < 0xe000)
                    cp = 0xfffd; // a lone surrogate decodes as the replacement character
                if (sink)
                    addCodePoint(*sink, cp);
                break;
            }
            default:
                return fail("invalid escape in a string");
            }
        }
        if (raw)
            *raw = QByteArrayView(start, m_p - start);
        ++m_p; // closing quote
        return true;
    }
    bool hex4(uint *cp)
    {
        if (m_end - m_p < 4)
            return fail("truncated \\u escape");
        for (int i = 0; i < 4; ++i) {
            const int v = Util::hexDigit(*m_p++);
            if (v < 0)
                return fail("invalid \\u escape");
            *cp = (*cp << 4) | uint(v);
        }
        return true;
    }
    static void addCodePoint(TextSink &sink, uint cp)
    {
        if (cp < 0x80) {
            sink.add(uchar(cp));
        } else if (cp < 0x800) {
            sink.add(uchar(0xc0 | (cp >> 6)));
            sink.add(uchar(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            sink.add(uchar(0xe0 | (cp >> 12)));
            sink.add(uchar(0x80 | ((cp >> 6) & 0x3f)));
            sink.add(uchar(0x80 | (cp & 0x3f)));
        } else {
            sink.add(uchar(0xf0 | (cp >> 18)));
            sink.add(uchar(0x80 | ((cp >> 12) & 0x3f)));
            sink.add(uchar(0x80 | ((cp >> 6) & 0x3f)));
            sink.add(uchar(0x80 | (cp & 0x3f)));
        }
    }

    /// Reads a number; @p isInteger / @p value describe it when it has no fraction or exponent.
    bool number(bool *isInteger, qint64 *value)
    {
        bool negative = false;
        if (m_p != m_end && *m_p == '-') {
            negative = true;
            ++m_p;
        }
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return fail("invalid number");
        qint64 v = 0;
        bool overflow = false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                const int d = *m_p++ - '0';
                if (v > (std::numeric_limits<qint64>::max() - d) / 10)
                    overflow = true;
                else
                    v = v * 10 + d;
            }
        }
        bool integer = !overflow;
        if (m_p != m_end && *m_p == '.') {
            integer = false;
            ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return fail("invalid number");
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            integer = false;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return fail("invalid number");
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (isInteger)
            *isInteger = integer;
        if (value)
            *value = negative ? -v : v;
        return true;
    }

    /// Skips any value.
    bool value()
    {
        skipWs();
        if (m_p == m_end)
            return fail("unexpected end of input");
        switch (*m_p) {
        case '"': return string(nullptr, nullptr);
        case '{': return object([this](QByteArrayView) { return value(); });
        case '[': return array([this] { return value(); });
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number(nullptr, nullptr);
        }
    }

    /// Reads an object, calling @p member for each key with m_p at the value.
    template<typename Member>
    bool object(Member &&member)
    {
        if (++m_depth > MaxDepth)
            return fail("nested too deeply");
        if (!expect('{'))
            return false;
        if (peek('}')) {
            ++m_p;
            --m_depth;
            return true;
        }
        while (true) {
            skipWs();
            QByteArrayView key;
            if (!string(&key, nullptr) || !expect(':'))
                return false;
            skipWs();
            if (!member(key))
                return false;
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of input");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                --m_depth;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    /// Reads an array, calling @p element with m_p at each element.
    template<typename Element>
    bool array(Element &&element)
    {
        if (++m_depth > MaxDepth)
            return fail("nested too deeply");
        if (!expect('['))
            return false;
        if (peek(']')) {
            ++m_p;
            --m_depth;
            return true;
        }
        while (true) {
            skipWs();
            if (!element())
                return false;
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of input");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                --m_depth;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    enum class Null { No, Yes, Bad };
    /// Consumes a null at m_p; Bad when it starts like one but is not.
    Null maybeNull()
    {
        if (m_p == m_end || *m_p != 'n')
            return Null::No;
        return literal("null") ? Null::Yes : Null::Bad;
    }

    bool boolean(const char *field, bool *out)
    {
        if (m_p != m_end && *m_p == 't') {
            *out = true;
            return literal("true");
        }
        if (m_p != m_end && *m_p == 'f') {
            *out = false;
            return literal("false");
        }
        if (m_p != m_end && *m_p == 'n')
            return literal("null");
        return typeError(field, "a boolean");
    }

    bool integer(const char *field, qint64 *out)
    {
        if (m_p != m_end && *m_p == 'n')
            return literal("null");
        if (m_p == m_end || (*m_p != '-' && (*m_p < '0' || *m_p > '9')))
            return typeError(field, "an integer");
        bool isInt = false;
        qint64 v = 0;
        if (!number(&isInt, &v))
            return false;
        if (!isInt)
            return typeError(field, "an integer");
        *out = v;
        return true;
    }

    /// "content" of a message: a string, an array of parts (their "text" counts) or null.
    bool content(TextSink &sink)
    {
        if (m_p != m_end && *m_p == '"')
            return string(nullptr, &sink);
        if (m_p != m_end && *m_p == '[') {
            return array([this, &sink] {
                if (m_p == m_end || *m_p != '{')
                    return typeError("messages[].content[]", "an object");
                return object([this, &sink](QByteArrayView key) {
                    if (key == "text" && m_p != m_end && *m_p == '"')
                        return string(nullptr, &sink);
                    return value();
                });
            });
        }
        if (const Null n = maybeNull(); n != Null::No)
            return n == Null::Yes;
        return typeError("messages[].content", "a string or an array of content parts");
    }

    bool messages()
    {
        if (m_p == m_end || *m_p != '[')
            return typeError("messages", "an array");
        m_out.hasMessages = true;
        quint64 hash = FnvOffset;
        bool ok = array([this, &hash] {
            if (m_p == m_end || *m_p != '{')
                return typeError("messages[]", "an object");
            TextSink sink;
            const bool parsed = object([this, &sink](QByteArrayView key) {
                return key == "content" ? content(sink) : value();
            });
            m_out.messageTokens += MessageOverheadTokens + textTokens(sink.bytes);
            hash = splitMix64(hash ^ sink.hash);
            return parsed;
        });
        m_out.messageHash = hash;
        return ok;
    }

    /// "prompt" / "input": a string, or an array of strings, of token ids, or of token-id arrays.
    bool texts(const char *field, QVarLengthArray<ScannedText, 4> &out)
    {
        if (m_p != m_end && *m_p == '"') {
            TextSink sink;
            if (!string(nullptr, &sink))
                return false;
            out.append({textTokens(sink.bytes), sink.hash});
            return true;
        }
        if (m_p == m_end || *m_p != '[')
            return typeError(field, "a string or an array");
        // An array of integers is one pre-tokenized text; anything else is one text per element.
        ScannedText ids{0, FnvOffset};
        bool sawIds = false;
        const bool ok = array([&] {
            if (m_p != m_end && *m_p == '"') {
                TextSink sink;
                if (!string(nullptr, &sink))
                    return false;
                out.append({textTokens(sink.bytes), sink.hash});
                return true;
            }
            if (m_p != m_end && *m_p == '[') {
                ScannedText nested{0, FnvOffset};
                const bool nestedOk = array([&] {
                    qint64 id = 0;
                    if (!integer(field, &id))
                        return false;
                    ++nested.tokens;
                    nested.hash = splitMix64(nested.hash ^ quint64(id));
                    return true;
                });
                out.append(nested);
                return nestedOk;
            }
            qint64 id = 0;
            if (!integer(field, &id))
                return false;
            sawIds = true;
            ++ids.tokens;
            ids.hash = splitMix64(ids.hash ^ quint64(id));
            return true;
        });
        if (sawIds)
            out.append(ids);
        return ok;
    }

    bool topLevel()
    {
        if (m_p == m_end || *m_p != '{')
            return fail("the body must be a JSON object");
        constexpr qint64 Absent = std::numeric_limits<qint64>::min();
        qint64 maxTokens = Absent;
        qint64 maxCompletionTokens = Absent;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "model") {
                if (m_p == m_end || *m_p != '"')
                    return typeError("model", "a string");
                m_out.hasModel = true;
                return string(&m_out.model, nullptr);
            }
            if (key == "stream")
                return boolean("stream", &m_out.stream);
            if (key == "stream_options") {
                if (const Null n = maybeNull(); n != Null::No)
                    return n == Null::Yes;
                if (m_p == m_end || *m_p != '{')
                    return typeError("stream_options", "an object");
                return object([this](QByteArrayView option) {
                    return option == "include_usage"
                               ? boolean("stream_options.include_usage", &m_out.includeUsage)
                               : value();
                });
            }
            if (key == "max_tokens")
                return integer("max_tokens", &maxTokens);
            if (key == "max_completion_tokens")
                return integer("max_completion_tokens", &maxCompletionTokens);
            if (key == "dimensions")
                return integer("dimensions", &m_out.dimensions);
            if (key == "encoding_format") {
                if (const Null n = maybeNull(); n != Null::No)
                    return n == Null::Yes;
                if (m_p == m_end || *m_p != '"')
                    return typeError("encoding_format", "a string");
                return string(&m_out.encodingFormat, nullptr);
            }
            if (key == "messages")
                return messages();
            if (key == "prompt") {
                m_out.hasPrompt = true;
                m_out.prompt.clear();
                return texts("prompt", m_out.prompt);
            }
            if (key == "input") {
                m_out.hasInput = true;
                m_out.input.clear();
                return texts("input", m_out.input);
            }
            return value();
        });
        if (!ok)
            return false;
        if ((maxTokens != Absent && maxTokens < 0) || (maxCompletionTokens != Absent && maxCompletionTokens < 0)) {
            m_out.error = "max_tokens and max_completion_tokens must not be negative.";
            return false;
        }
        if (maxTokens != Absent && maxCompletionTokens != Absent)
            m_out.maxTokens = qMin(maxTokens, maxCompletionTokens);
        else if (maxTokens != Absent || maxCompletionTokens != Absent)
            m_out.maxTokens = qMax(maxTokens, maxCompletionTokens);
        if (m_out.dimensions != -1 && m_out.dimensions <= 0) {
            m_out.error = "dimensions must be a positive integer.";
            return false;
        }
        return true;
    }
};

} // namespace

qint64 ScannedRequest::total(const QVarLengthArray<ScannedText, 4> &texts)
{
    qint64 sum = 0;
    for (const ScannedText &t : texts)
        sum += t.tokens;
    return sum;
}

bool scanRequest(QByteArrayView body, ScannedRequest &out)
{
    Scanner scanner(body, out);
    if (scanner.run())
        return true;
    if (out.error.isEmpty())
        out.error = "We could not parse the JSON body of your request.";
    return false;
}

QByteArray decodeJsonString(QByteArrayView escaped)
{
    if (!escaped.contains('\\'))
        return escaped.toByteArray();
    // Rare (a name written with escapes), so the general parser is good enough here.
    const QByteArray wrapped = "[\"" + escaped.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

} // namespace Tollgate::MockLlm
