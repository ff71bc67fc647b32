// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Tollgate::Proxy {

/// The OpenAI endpoints the gateway meters.
enum class Endpoint { Chat, Completions, Embeddings, Tokenize, Docling };
QByteArrayView endpointName(Endpoint endpoint);

/// What the gateway needs to know about a request body before forwarding it.
struct RequestInfo
{
    QByteArray model;
    bool stream = false;
    bool includeUsage = false; ///< the client asked for the usage chunk itself
    qint64 maxTokens = -1;     ///< max_tokens / max_completion_tokens; -1 when absent
    qint64 promptTokens = 0;   ///< an estimate from the text (about 4 characters per token)
};

/// Reads a request body; nullopt with @p error (English, for the client) when it is unusable.
std::optional<RequestInfo> inspectRequest(const QByteArray &body, Endpoint endpoint, QByteArray *error);

/// The body to send upstream: the served model name and, for streams, include_usage forced on so
/// every stream can be billed. Returns the original bytes when nothing needs changing.
QByteArray upstreamBody(const QByteArray &body, const RequestInfo &info, QByteArrayView servedName);

/// Token counts reported by the upstream; a count is -1 when it was not reported.
struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 cachedTokens = 0;
    bool present() const { return promptTokens >= 0 || completionTokens >= 0; }
};

/// Finds the top-level "usage" object of a JSON response or chunk without parsing the rest.
Usage extractUsage(QByteArrayView json);

/// Splits an SSE byte stream into events. Feed bytes as they arrive; complete events come out.
class SseSplitter final
{
public:
    /// Appends @p data and returns the events it completed, each with its trailing blank line.
    QList<QByteArray> feed(QByteArrayView data);
    /// Bytes of an incomplete event still held back.
    QByteArray remainder() const { return m_buffer; }

private:
    QByteArray m_buffer;
};

/// What one SSE event of a chat/completions stream is, for billing and for hiding.
struct SseEvent
{
    bool done = false;      ///< data: [DONE]
    bool usageOnly = false; ///< the include_usage chunk: "choices": [] with a usage object
    bool hasContent = false; ///< carries generated text (counts towards delivered tokens)
    bool isError = false;   ///< an {"error": ...} frame
    Usage usage;
};
SseEvent classifyEvent(QByteArrayView event);

namespace Detail {
/// The QJsonDocument readings that inspectRequest() and extractUsage() fall back to when their
/// strict scan gives up; public so tests can check that both ways agree.
std::optional<RequestInfo> inspectRequestWithQt(const QByteArray &body, Endpoint endpoint, QByteArray *error);
Usage extractUsageWithQt(QByteArrayView json);
} // namespace Detail

} // namespace Tollgate::Proxy
