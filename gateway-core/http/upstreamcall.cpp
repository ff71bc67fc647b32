// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/upstreamcall.h"

#include "gateway-core/http/upstreamconnection.h"
#include "gateway-core/http/upstreampool.h"

#include <QPointer>
#include <QTimerEvent>

#include <utility>

namespace Tollgate::Http {

UpstreamCall::UpstreamCall(UpstreamPool *pool, UpstreamRequest request)
    : QObject(pool)
    , m_pool(pool)
    , m_request(std::move(request))
{
}

UpstreamCall::~UpstreamCall()
{
    if (m_phase != Phase::Done) // done calls hold nothing any more
        detach();
}

void UpstreamCall::detach()
{
    m_timer.stop();
    if (UpstreamConnection *connection = std::exchange(m_connection, nullptr))
        connection->abandon();
    else if (m_phase == Phase::Queued)
        m_pool->removeWaiting(this);
}

void UpstreamCall::cancel()
{
    if (m_phase == Phase::Done)
        return;
    // Silent on purpose: the caller is the only listener and is tearing down, so a failed() here
    // would only re-enter its own cleanup.
    detach();
    m_phase = Phase::Done;
    m_pendingBody.clear();
    deleteLater();
}

void UpstreamCall::pauseReading()
{
    m_paused = true;
}

void UpstreamCall::resumeReading()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_lastByteMs = m_pool->nowMs(); // the pause was the client's doing, not the upstream's silence
    armTimer();
    // Queued: resume is often called from a bodyData() or drained() slot, and delivering from
    // inside it would re-enter the caller.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_paused || m_phase == Phase::Done || !deliver())
                return;
            if (m_connection)
                m_connection->resumeReading();
        },
        Qt::QueuedConnection);
}

void UpstreamCall::setPhase(Phase phase)
{
    if (!(m_phase == Phase::Queued && phase == Phase::Connecting)) // the connect timeout spans both
        m_phaseStartMs = m_pool->nowMs();
    m_phase = phase;
    armTimer();
}

void UpstreamCall::noteBytes()
{
    m_lastByteMs = m_pool->nowMs();
    if (m_phase == Phase::Waiting)
        setPhase(Phase::Receiving);
}

void UpstreamCall::headersReceived(int status, Headers headers)
{
    m_status = status;
    m_headers = std::move(headers);
    m_headersPending = true;
}

void UpstreamCall::bodyReceived(const char *data, qsizetype size, const QByteArray &whole)
{
    // A content-length body usually fills the whole read buffer: share it instead of copying.
    if (m_pendingBody.isEmpty() && data == whole.constData() && size == whole.size())
        m_pendingBody = whole;
    else
        m_pendingBody.append(data, size);
}

void UpstreamCall::completeReceived()
{
    m_connection = nullptr;
    m_completePending = true;
}

bool UpstreamCall::deliver()
{
    QPointer<UpstreamCall> guard(this);
    if (m_headersPending) {
        if (m_paused)
            return true;
        m_headersPending = false;
        m_responseStarted = true;
        if (m_listener) {
            m_listener->upstreamResponseStarted(m_status, m_headers);
            if (!guard || m_phase == Phase::Done)
                return false;
        }
        Q_EMIT responseStarted(m_status, m_headers);
        if (!guard || m_phase == Phase::Done)
            return false;
    }
    if (!m_pendingBody.isEmpty()) {
        if (m_paused)
            return true;
        const QByteArray data = std::exchange(m_pendingBody, QByteArray());
        m_bytesDelivered += data.size();
        if (m_listener) {
            m_listener->upstreamBodyData(data);
            if (!guard || m_phase == Phase::Done)
                return false;
        }
        Q_EMIT bodyData(data);
        if (!guard || m_phase == Phase::Done)
            return false;
    }
    if (m_completePending) {
        if (m_paused)
            return true;
        m_completePending = false;
        m_phase = Phase::Done;
        m_timer.stop();
        if (m_listener)
            m_listener->upstreamFinished();
        if (guard)
            Q_EMIT finished();
        if (guard)
            deleteLater();
        return false;
    }
    return true;
}

void UpstreamCall::fail(UpstreamErrorCode code, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    detach();
    m_phase = Phase::Done;
    m_pendingBody.clear();
    const UpstreamError error{code, message, m_responseStarted};
    if (m_starting) {
        // Still inside UpstreamPool::send(): the caller has not connected its slots yet.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                QPointer<UpstreamCall> guard(this);
                if (m_listener)
                    m_listener->upstreamFailed(error);
                if (guard)
                    Q_EMIT failed(error);
                if (guard)
                    deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<UpstreamCall> guard(this);
    if (m_listener)
        m_listener->upstreamFailed(error);
    if (guard)
        Q_EMIT failed(error);
    if (guard)
        deleteLater();
}

void UpstreamCall::armTimer()
{
    if (m_phase == Phase::Done) {
        m_timer.stop();
        return;
    }
    qint64 deadline = m_request.totalTimeoutMs > 0 ? m_startedMs + m_request.totalTimeoutMs : -1;
    auto sooner = [&deadline](qint64 d) {
        if (deadline < 0 || d < deadline)
            deadline = d;
    };
    switch (m_phase) {
    case Phase::Queued:
    case Phase::Connecting: sooner(m_phaseStartMs + m_request.connectTimeoutMs); break;
    case Phase::Waiting: sooner(m_phaseStartMs + m_request.firstByteTimeoutMs); break;
    case Phase::Receiving:
        if (!m_paused)
            sooner(m_lastByteMs + m_request.idleTimeoutMs);
        break;
    case Phase::Done: break;
    }
    if (deadline < 0) {
        m_timer.stop();
        return;
    }
    // send() arms again what the connection armed when it wrote the request: the same instant
    // needs no new timer (a restart unregisters and registers one with the event dispatcher).
    if (m_timer.isActive() && deadline == m_armedDeadlineMs)
        return;
    m_armedDeadlineMs = deadline;
    const qint64 wait = qBound(qint64(0), deadline - m_pool->nowMs(), qint64(24) * 3600 * 1000);
    // Coarse: a few percent of slack on a 60 s timeout is fine and lets Qt batch wake-ups.
    m_timer.start(int(wait), wait < 1000 ? Qt::PreciseTimer : Qt::CoarseTimer, this);
}

void UpstreamCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    const qint64 now = m_pool->nowMs();
    if (m_request.totalTimeoutMs > 0 && now >= m_startedMs + m_request.totalTimeoutMs) {
        fail(UpstreamErrorCode::DeadlineExceeded,
             QStringLiteral("no complete response within %1 ms").arg(m_request.totalTimeoutMs));
        return;
    }
    switch (m_phase) {
    case Phase::Queued:
    case Phase::Connecting:
        if (now >= m_phaseStartMs + m_request.connectTimeoutMs) {
            fail(UpstreamErrorCode::ConnectTimeout,
                 m_phase == Phase::Queued
                     ? QStringLiteral("no free upstream connection within %1 ms").arg(m_request.connectTimeoutMs)
                     : QStringLiteral("could not connect within %1 ms").arg(m_request.connectTimeoutMs));
            return;
        }
        break;
    case Phase::Waiting:
        if (now >= m_phaseStartMs + m_request.firstByteTimeoutMs) {
            fail(UpstreamErrorCode::FirstByteTimeout,
                 QStringLiteral("no response within %1 ms").arg(m_request.firstByteTimeoutMs));
            return;
        }
        break;
    case Phase::Receiving:
        if (!m_paused && now >= m_lastByteMs + m_request.idleTimeoutMs) {
            fail(UpstreamErrorCode::IdleTimeout,
                 QStringLiteral("the response stalled for %1 ms").arg(m_request.idleTimeoutMs));
            return;
        }
        break;
    case Phase::Done: return;
    }
    m_armedDeadlineMs = -1; // fired before the deadline (a coarse timer may): start a new one
    armTimer();
}

} // namespace Tollgate::Http
