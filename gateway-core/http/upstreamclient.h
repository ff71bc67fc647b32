// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <vector>

class QTimer;

namespace Tollgate::Http {

/// Why an upstream request failed.
struct UpstreamError
{
    enum class Code { ConnectFailed, ConnectTimeout, FirstByteTimeout, IdleTimeout, ConnectionReset, ProtocolError, TlsError };
    Code code = Code::ConnectFailed;
    QString message;
    bool responseStarted = false; ///< status and headers had arrived when it failed

    /// Nothing came back: another deployment may be tried and this one counts as unhealthy.
    bool beforeResponse() const { return !responseStarted; }
    bool isTimeout() const;
    /// "connect_failed", "first_byte_timeout", ... for metrics and logs.
    QByteArray codeName() const;
};

/// One request to an upstream. The URL is absolute (http:// or https://).
struct UpstreamRequest
{
    QByteArray method = "POST";
    QByteArray url;
    Headers headers;
    QByteArray body;
    int connectTimeoutMs = 5'000;
    int firstByteTimeoutMs = 60'000; ///< LLM prefill can take a while
    int idleTimeoutMs = 60'000;      ///< longest pause between bytes once the response started
};

struct UpstreamPoolOptions
{
    int maxConnectionsPerOrigin = 64; ///< more requests wait in a queue (their connect timeout runs)
    int keepAliveMs = 30'000;         ///< idle pooled connections are closed after this
    bool verifyTls = true;
};

class UpstreamConnection;
class UpstreamPool;

/// One request in flight: emits responseStarted, any number of bodyData, then exactly one of
/// finished or failed (never both, never twice). cancel() stops it silently.
class UpstreamCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamCall)

public:
    ~UpstreamCall() override;

    /// Stops the request and emits nothing more; the connection is closed, not reused.
    void cancel();
    /// Stops reading the response (backpressure); the kernel buffers fill and TCP slows the upstream.
    void pauseReading();
    void resumeReading();
    const UpstreamRequest &request() const { return m_request; }

Q_SIGNALS:
    void responseStarted(int status, const Tollgate::Http::Headers &headers);
    void bodyData(const QByteArray &data);
    void finished();
    void failed(const Tollgate::Http::UpstreamError &error);

private:
    friend class UpstreamConnection;
    friend class UpstreamPool;
    UpstreamCall(UpstreamPool *pool, UpstreamRequest request);

    void armTimer(int ms, UpstreamError::Code code);
    void fail(UpstreamError::Code code, const QString &message);
    void done();

    UpstreamPool *m_pool;
    UpstreamRequest m_request;
    QByteArray m_originKey;
    QByteArray m_head; ///< request line and headers, built once
    UpstreamConnection *m_connection = nullptr;
    QTimer *m_timer = nullptr;
    UpstreamError::Code m_timeoutCode = UpstreamError::Code::ConnectTimeout;
    bool m_started = false;
    bool m_ended = false;
    bool m_paused = false;
    bool m_retried = false;
};

/// Keep-alive HTTP/1.1 connections to upstreams, per origin, owned by one thread: a worker
/// thread keeps its own pool, so nothing here is shared or locked.
class UpstreamPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    explicit UpstreamPool(UpstreamPoolOptions options = {}, QObject *parent = nullptr);
    ~UpstreamPool() override;

    /// Starts @p request; the returned call is owned by the pool and deletes itself after its
    /// last signal (keep it in a QPointer).
    UpstreamCall *send(UpstreamRequest request);

    /// Connections open to @p origin ("http://host:port"), busy or idle.
    int connectionCount(const QByteArray &origin) const;
    /// Connections ever opened (for tests of reuse).
    qint64 connectionsOpened() const { return m_opened; }

private:
    friend class UpstreamCall;
    friend class UpstreamConnection;
    struct Origin
    {
        QByteArray scheme;
        QByteArray host;
        quint16 port = 0;
        std::vector<UpstreamConnection *> idle;
        std::deque<QPointer<UpstreamCall>> waiting;
        int open = 0;
    };

    void dispatch(UpstreamCall *call);
    void connectionIdle(UpstreamConnection *connection);
    void connectionClosed(UpstreamConnection *connection);
    void serveWaiting(Origin &origin);

    UpstreamPoolOptions m_options;
    QHash<QByteArray, std::shared_ptr<Origin>> m_origins;
    qint64 m_opened = 0;
};

} // namespace Tollgate::Http
