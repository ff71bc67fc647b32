// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/upstreamrequest.h"

#include <QBasicTimer>
#include <QObject>

namespace Tollgate::Http {

class UpstreamConnection;
class UpstreamPool;
struct UpstreamOriginState;

/// Told of an UpstreamCall's events by direct calls, in the order and under the rules of its
/// signals (which are emitted as well). For a caller that makes one call per request, this saves
/// the four signal connections made and torn down each time.
class UpstreamListener
{
public:
    virtual void upstreamResponseStarted(int status, const Headers &headers) = 0;
    virtual void upstreamBodyData(const QByteArray &data) = 0;
    virtual void upstreamFinished() = 0;
    virtual void upstreamFailed(const UpstreamError &error) = 0;

protected:
    ~UpstreamListener() = default;
};

/// One request to an upstream and its response, on the thread of the pool that made it.
///
/// Emits responseStarted() once, bodyData() for each decoded piece as it arrives, then exactly
/// one of finished() or failed(). The call deletes itself (deleteLater) after that, so keep it in
/// a QPointer; deleting it earlier is allowed and silently cancels it.
class UpstreamCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamCall)

public:
    ~UpstreamCall() override;

    /// The client went away: closes the connection (a half-read response cannot be reused) and
    /// emits failed(Cancelled) right away unless the call is already done; nothing follows.
    void cancel();
    /// Backpressure: stop taking bytes from the socket (the kernel window then stops the upstream).
    void pauseReading();
    /// Deliver what was held back and read on; safe to call from a bodyData() slot.
    void resumeReading();
    bool isPaused() const { return m_paused; }
    /// Direct calls to @p listener before each signal (nullptr: none). A listener that goes away
    /// first must clear itself here.
    void setListener(UpstreamListener *listener) { m_listener = listener; }
    bool isDone() const { return m_phase == Phase::Done; }

    const UpstreamRequest &request() const { return m_request; }
    int status() const { return m_status; }
    /// Response body bytes delivered so far (after chunked decoding).
    qint64 bytesReceived() const { return m_bytesDelivered; }
    /// The request went out on a kept-alive connection (at least for its last attempt).
    bool reusedConnection() const { return m_reused; }
    /// A stale kept-alive connection failed before any response byte and a fresh one was used.
    bool wasRetried() const { return m_retried; }

Q_SIGNALS:
    void responseStarted(int status, const Tollgate::Http::Headers &headers);
    void bodyData(const QByteArray &data);
    void finished();
    void failed(const Tollgate::Http::UpstreamError &error);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class UpstreamPool;
    friend class UpstreamConnection;
    enum class Phase { Queued, Connecting, Waiting, Receiving, Done };

    UpstreamCall(UpstreamPool *pool, UpstreamRequest request);

    // Used by the pool and the connection.
    void setPhase(Phase phase);
    void noteBytes();
    void headersReceived(int status, Headers headers);
    void bodyReceived(const char *data, qsizetype size, const QByteArray &whole);
    void completeReceived();
    /// Emits what is pending, in order, unless paused. Returns false when the call was deleted.
    bool deliver();
    /// Ends the call with @p code (emitted later when we are still inside UpstreamPool::send()).
    void fail(UpstreamErrorCode code, const QString &message);
    void detach();
    void armTimer();

    UpstreamPool *m_pool;
    UpstreamRequest m_request;
    UpstreamOriginState *m_origin = nullptr;
    UpstreamConnection *m_connection = nullptr;
    UpstreamListener *m_listener = nullptr;
    qsizetype m_targetOffset = -1; // into m_request.url when the URL form is used
    QBasicTimer m_timer;
    qint64 m_startedMs = 0;
    qint64 m_phaseStartMs = 0;
    qint64 m_lastByteMs = 0;
    qint64 m_armedDeadlineMs = -1; // when m_timer fires, while it is active
    qint64 m_bytesDelivered = 0;
    Headers m_headers;
    QByteArray m_pendingBody;
    int m_status = 0;
    Phase m_phase = Phase::Queued;
    bool m_headersPending = false;
    bool m_completePending = false;
    bool m_responseStarted = false;
    bool m_paused = false;
    bool m_starting = true;
    bool m_reused = false;
    bool m_retried = false;
};

} // namespace Tollgate::Http
