// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/journalline.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tollgate::Metering {

namespace {

void appendString(QByteArray &out, const char *name, const QString &text)
{
    out += '"';
    out += name;
    out += "\":\"";
    for (char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += "\",";
}

void appendNumber(QByteArray &out, const char *name, qint64 value)
{
    out += '"';
    out += name;
    out += "\":";
    out += QByteArray::number(value);
    out += ',';
}

} // namespace

QByteArray toJournalLine(const Store::UsageRecord &r)
{
    QByteArray out;
    out.reserve(384);
    out += '{';
    appendString(out, "id", r.requestId);
    appendNumber(out, "at", r.at);
    appendString(out, "key", r.keyId);
    appendString(out, "user", r.userId);
    appendString(out, "model", r.modelId);
    appendString(out, "deployment", r.deploymentId);
    appendString(out, "endpoint", r.endpoint);
    appendNumber(out, "prompt", r.promptTokens);
    appendNumber(out, "completion", r.completionTokens);
    appendNumber(out, "cached", r.cachedTokens);
    appendNumber(out, "cost", r.cost);
    appendNumber(out, "status", r.status);
    appendString(out, "error", r.errorCode);
    appendNumber(out, "latency", r.latencyMs);
    if (r.ttftMs)
        appendNumber(out, "ttft", *r.ttftMs);
    appendNumber(out, "streamed", r.streamed ? 1 : 0);
    appendNumber(out, "aborted", r.aborted ? 1 : 0);
    out.chop(1);
    out += "}\n";
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
