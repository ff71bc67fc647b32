// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/upstreamcall.h"
#include "gateway-core/http/upstreamrequest.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

namespace Tollgate::Http {

struct UpstreamPoolOptions
{
    int maxConnectionsPerOrigin = 64; ///< beyond it requests wait in FIFO order
    /// Idle kept-alive connections are closed after this. Below uvicorn's (vLLM) 5 s keep-alive so
    /// that we, not the server, close first and the keep-alive race stays rare.
    qint64 idleTimeoutMs = 4'000;
    qint64 readBufferBytes = 256 * 1024; ///< per connection; bounds memory while a call is paused
    UpstreamTls tls;                     ///< for requests given by URL
};

/// Counters of one pool, for tests and metrics.
struct UpstreamPoolStats
{
    quint64 connectionsOpened = 0;
    quint64 requests = 0;
    quint64 reusedRequests = 0;
    quint64 retries = 0;
    int open = 0;    ///< connecting, busy or idle
    int idle = 0;
    int waiting = 0; ///< calls queued for a slot
};

/// Keep-alive HTTP/1.1 client connections to model servers, per origin, for one thread.
///
/// Each HTTP worker thread owns one pool: nothing here is shared or locked. Idle connections are
/// reused last-in first-out (the warmest first) and closed after idleTimeoutMs.
class UpstreamPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    explicit UpstreamPool(UpstreamPoolOptions options = {}, QObject *parent = nullptr);
    /// Fails every call in flight with Cancelled and closes all connections.
    ~UpstreamPool() override;

    /// Starts @p request. Signals are never emitted before this returns.
    UpstreamCall *send(UpstreamRequest request);

    const UpstreamPoolOptions &options() const { return m_options; }
    UpstreamPoolStats stats() const;
    /// Connections open to @p originKey ("http://host:port"), connecting, busy or idle.
    int connectionCount(QByteArrayView originKey) const;
    /// Connections ever opened (tests of reuse).
    qint64 connectionsOpened() const { return qint64(m_stats.connectionsOpened); }
    /// Close idle connections now (e.g. after a deployment was removed).
    void closeIdle();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class UpstreamCall;
    friend class UpstreamConnection;

    qint64 nowMs() const { return m_clock.elapsed(); }
    UpstreamOriginState *originFor(UpstreamCall *call);
    void dispatch(UpstreamCall *call);
    void openFor(UpstreamOriginState *origin, UpstreamCall *call);
    void retry(UpstreamCall *call);
    /// The connection finished a response; @p reusable says whether it may serve another.
    void release(UpstreamConnection *connection, bool reusable);
    /// The connection is closed or useless: forget it and let a waiting call have its slot.
    void drop(UpstreamConnection *connection);
    void removeWaiting(UpstreamCall *call);
    void serveQueue(UpstreamOriginState *origin);
    void sweepIdle();

    UpstreamPoolOptions m_options;
    std::vector<std::unique_ptr<UpstreamOriginState>> m_origins;
    QElapsedTimer m_clock;
    QBasicTimer m_sweep;
    quint64 m_nextConnectionId = 1;
    UpstreamPoolStats m_stats;
    bool m_destroying = false;
};

} // namespace Tollgate::Http
