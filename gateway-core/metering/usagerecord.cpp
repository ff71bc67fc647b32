// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/usagerecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tollgate::Metering {

namespace {

void appendString(QByteArray &out, const char *name, const QByteArray &value)
{
    out += '"';
    out += name;
    out += "\":\"";
    for (char c : value) {
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

QByteArray UsageRecord::toJsonLine() const
{
    QByteArray out;
    out.reserve(384);
    out += '{';
    appendString(out, "id", requestId);
    appendNumber(out, "at", atMs);
    appendString(out, "key", keyId);
    appendString(out, "user", userId);
    appendString(out, "model", modelId);
    appendString(out, "deployment", deploymentId);
    appendString(out, "endpoint", endpoint);
    appendNumber(out, "prompt", promptTokens);
    appendNumber(out, "completion", completionTokens);
    appendNumber(out, "cached", cachedTokens);
    appendNumber(out, "cost", costNanos);
    appendNumber(out, "status", status);
    appendString(out, "error", errorCode);
    appendNumber(out, "latency", latencyMs);
    appendNumber(out, "ttft", ttftMs);
    appendNumber(out, "streamed", streamed ? 1 : 0);
    appendNumber(out, "aborted", aborted ? 1 : 0);
    out.chop(1);
    out += "}\n";
    return out;
}

std::optional<UsageRecord> UsageRecord::fromJsonLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    auto text = [&o](const char *name) { return o.value(QLatin1String(name)).toString().toUtf8(); };
    auto number = [&o](const char *name) { return qint64(o.value(QLatin1String(name)).toDouble()); };
    UsageRecord r;
    r.requestId = text("id");
    if (r.requestId.isEmpty())
        return std::nullopt;
    r.atMs = number("at");
    r.keyId = text("key");
    r.userId = text("user");
    r.modelId = text("model");
    r.deploymentId = text("deployment");
    r.endpoint = text("endpoint");
    r.promptTokens = number("prompt");
    r.completionTokens = number("completion");
    r.cachedTokens = number("cached");
    r.costNanos = number("cost");
    r.status = int(number("status"));
    r.errorCode = text("error");
    r.latencyMs = number("latency");
    r.ttftMs = number("ttft");
    r.streamed = number("streamed") != 0;
    r.aborted = number("aborted") != 0;
    return r;
}

} // namespace Tollgate::Metering
