// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/openai.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        for (++i; i < s.size(); ++i) {
            if (s[i] == '\\')
                ++i;
            else if (s[i] == '"')
                return i + 1;
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
