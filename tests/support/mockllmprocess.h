// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/process.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Tollgate::Testing {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP/1.1 response as it came off the wire.
struct RawResponse
{
    int status = 0;             ///< 0 when no status line arrived
    RawHeaders headers;         ///< names lower-cased
    QByteArray body;            ///< chunked framing removed
    bool chunked = false;
    bool complete = false;      ///< Content-Length reached, or the terminating zero-size chunk seen
    bool timedOut = false;      ///< the timeout passed before the server closed
    qint64 firstByteMs = -1;    ///< from sending the request to the first response byte
    qint64 elapsedMs = 0;
    QString error;              ///< connect failure and the like

    QByteArray header(QByteArrayView lowerName) const;
};

/// Sends one request on a fresh connection (Connection: close) and reads until the server closes
/// or @p timeoutMs passes; blocking, so the server must run in another process or thread.
RawResponse rawRequest(const QString &host, quint16 port, QByteArrayView method, QByteArrayView path,
                       const QByteArray &body = {}, const RawHeaders &headers = {}, int timeoutMs = 10'000);

/// The payloads of the "data:" lines of an SSE body, in order ("[DONE]" included).
QList<QByteArray> sseData(const QByteArray &body);

/// tollgate-mockllm on 127.0.0.1 and a free port, for gateway tests; see tollgate-mockllm --help.
class MockLlmProcess final
{
public:
    /// Starts the mock with "--listen 127.0.0.1:0 --workers 2" plus @p arguments (later flags win).
    bool start(const QStringList &arguments = {}, int timeoutMs = 15'000);
    QString errorString() const { return m_process.errorString(); }

    QString host() const { return m_process.host(); }
    quint16 port() const { return m_process.port(); }
    QString baseUrl() const { return m_process.baseUrl(); }
    /// baseUrl() + "/v1", what a gateway's upstream api_base points at.
    QString apiBase() const { return m_process.baseUrl() + QStringLiteral("/v1"); }
    Process &process() { return m_process; }

    /// GET /mock/stats (empty object when the mock does not answer).
    QJsonObject stats();
    /// GET /mock/last-request: method, path, query, headers, header_list, has_authorization, body, json.
    QJsonObject lastRequest();
    /// POST /mock/reset: zero the counters and forget the last request.
    bool reset();
    /// A blocking request to the mock (see rawRequest()).
    RawResponse request(QByteArrayView method, QByteArrayView path, const QByteArray &body = {},
                        const RawHeaders &headers = {}, int timeoutMs = 10'000);

private:
    Process m_process;
};

} // namespace Tollgate::Testing
