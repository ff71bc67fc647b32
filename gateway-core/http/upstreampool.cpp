// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/upstreampool.h"

#include "gateway-core/http/upstreamconnection.h"

#include <QPointer>
#include <QTimerEvent>

#include <algorithm>
#include <cstring>

namespace Tollgate::Http {

namespace {

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

/// End of "scheme://authority" in @p url, or -1. No QUrl: this runs for every request.
qsizetype authorityEnd(QByteArrayView url)
{
    const qsizetype sep = url.indexOf("://");
    if (sep < 4 || sep > 5)
        return -1;
    qsizetype end = sep + 3;
    while (end < url.size() && url[end] != '/' && url[end] != '?' && url[end] != '#')
        ++end;
    return end;
}

} // namespace

UpstreamPool::UpstreamPool(UpstreamPoolOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.maxConnectionsPerOrigin = qMax(1, m_options.maxConnectionsPerOrigin);
    m_clock.start();
}

UpstreamPool::~UpstreamPool()
{
    // Calls still in flight are told, so whoever waits on them settles; connections and calls are
    // children and go with us.
    m_destroying = true; // no queue service, no reuse from here on
    m_sweep.stop();
    const QList<QPointer<UpstreamCall>> calls = [this] {
        QList<QPointer<UpstreamCall>> list;
        for (UpstreamCall *call : findChildren<UpstreamCall *>(Qt::FindDirectChildrenOnly))
            list.append(call);
        return list;
    }();
    for (const QPointer<UpstreamCall> &call : calls) {
        if (call && !call->isDone()) {
            call->m_starting = false;
            call->fail(UpstreamErrorCode::Cancelled, QStringLiteral("the upstream pool was shut down"));
        }
    }
    for (const auto &origin : m_origins) {
        origin->idle.clear();
        origin->waiting.clear();
    }
}

UpstreamPoolStats UpstreamPool::stats() const
{
    UpstreamPoolStats s = m_stats;
    for (const auto &origin : m_origins) {
        s.open += origin->open;
        s.idle += int(origin->idle.size());
        s.waiting += int(origin->waiting.size());
    }
    return s;
}

int UpstreamPool::connectionCount(QByteArrayView originKey) const
{
    int n = 0;
    for (const auto &origin : m_origins) {
        if (sameBytes(origin->origin.key, originKey))
            n += origin->open;
    }
    return n;
}

UpstreamCall *UpstreamPool::send(UpstreamRequest request)
{
    auto *call = new UpstreamCall(this, std::move(request));
    ++m_stats.requests;
    call->m_startedMs = call->m_phaseStartMs = nowMs();
    call->m_origin = originFor(call);
    if (call->m_origin) {
        dispatch(call);
        call->armTimer();
    } else {
        call->fail(UpstreamErrorCode::ConnectFailed,
                   QStringLiteral("invalid upstream URL: %1")
                       .arg(QString::fromUtf8(call->m_request.url.isEmpty() ? call->m_request.origin.key
                                                                            : call->m_request.url)));
    }
    call->m_starting = false;
    return call;
}

UpstreamOriginState *UpstreamPool::originFor(UpstreamCall *call)
{
    const UpstreamRequest &r = call->m_request;
    QByteArrayView key;
    const UpstreamTls *tls = nullptr;
    if (r.origin.isValid()) {
        key = r.origin.key;
        tls = &r.origin.tlsOptions;
    } else {
        const qsizetype end = authorityEnd(r.url);
        if (end < 0)
            return nullptr;
        key = QByteArrayView(r.url).first(end);
        tls = &m_options.tls;
        call->m_targetOffset = end;
    }
    for (const auto &state : m_origins) {
        if (sameBytes(state->origin.key, key) && state->origin.tlsOptions == *tls)
            return state.get();
    }
    UpstreamOrigin origin = r.origin.isValid() ? r.origin : UpstreamOrigin::fromUrl(key, *tls);
    if (!origin.isValid())
        return nullptr;
    origin.basePath.clear(); // per request, from the request; the state only knows where to connect
    m_origins.push_back(std::make_unique<UpstreamOriginState>());
    m_origins.back()->origin = std::move(origin);
    return m_origins.back().get();
}

void UpstreamPool::dispatch(UpstreamCall *call)
{
    UpstreamOriginState *origin = call->m_origin;
    const qint64 now = nowMs();
    while (!origin->idle.empty()) {
        UpstreamConnection *connection = origin->idle.back();
        origin->idle.pop_back();
        if (connection->isUsable() && now - connection->idleSinceMs < m_options.idleTimeoutMs) {
            ++m_stats.reusedRequests;
            connection->start(call);
            return;
        }
        drop(connection);
    }
    if (origin->open < m_options.maxConnectionsPerOrigin) {
        openFor(origin, call);
        return;
    }
    origin->waiting.push_back(call);
    call->setPhase(UpstreamCall::Phase::Queued);
}

void UpstreamPool::openFor(UpstreamOriginState *origin, UpstreamCall *call)
{
    ++origin->open;
    ++m_stats.connectionsOpened;
    auto *connection = new UpstreamConnection(this, origin, m_nextConnectionId++);
    call->setPhase(UpstreamCall::Phase::Connecting);
    connection->open(call);
}

void UpstreamPool::retry(UpstreamCall *call)
{
    // The dead connection was dropped already, so its slot is free for the retry.
    ++m_stats.retries;
    call->m_retried = true;
    call->m_connection = nullptr;
    call->m_phase = UpstreamCall::Phase::Queued; // a fresh connect timeout
    call->m_phaseStartMs = nowMs();
    UpstreamOriginState *origin = call->m_origin;
    if (origin->open < m_options.maxConnectionsPerOrigin) {
        openFor(origin, call);
    } else {
        origin->waiting.push_front(call);
        call->armTimer();
    }
}

void UpstreamPool::release(UpstreamConnection *connection, bool reusable)
{
    if (!reusable || m_destroying) {
        drop(connection);
        return;
    }
    UpstreamOriginState *origin = connection->origin();
    if (!origin->waiting.empty()) {
        UpstreamCall *call = origin->waiting.front();
        origin->waiting.pop_front();
        ++m_stats.reusedRequests;
        connection->start(call);
        return;
    }
    connection->idleSinceMs = nowMs();
    origin->idle.push_back(connection);
    if (!m_sweep.isActive())
        m_sweep.start(int(qBound(qint64(25), m_options.idleTimeoutMs / 8, qint64(1000))), Qt::CoarseTimer, this);
}

void UpstreamPool::drop(UpstreamConnection *connection)
{
    if (!connection->counted)
        return;
    connection->counted = false;
    UpstreamOriginState *origin = connection->origin();
    auto it = std::find(origin->idle.begin(), origin->idle.end(), connection);
    if (it != origin->idle.end())
        origin->idle.erase(it);
    --origin->open;
    connection->close();
    connection->deleteLater();
    if (!m_destroying)
        serveQueue(origin);
}

void UpstreamPool::removeWaiting(UpstreamCall *call)
{
    if (!call->m_origin)
        return;
    auto &waiting = call->m_origin->waiting;
    auto it = std::find(waiting.begin(), waiting.end(), call);
    if (it != waiting.end())
        waiting.erase(it);
}

void UpstreamPool::serveQueue(UpstreamOriginState *origin)
{
    while (!origin->waiting.empty() && origin->open < m_options.maxConnectionsPerOrigin) {
        UpstreamCall *call = origin->waiting.front();
        origin->waiting.pop_front();
        openFor(origin, call);
    }
}

void UpstreamPool::closeIdle()
{
    for (const auto &origin : m_origins) {
        while (!origin->idle.empty())
            drop(origin->idle.back());
    }
}

void UpstreamPool::sweepIdle()
{
    const qint64 now = nowMs();
    bool any = false;
    for (const auto &origin : m_origins) {
        // The stack's bottom holds the longest-idle connections.
        while (!origin->idle.empty() && now - origin->idle.front()->idleSinceMs >= m_options.idleTimeoutMs)
            drop(origin->idle.front());
        any = any || !origin->idle.empty();
    }
    if (!any)
        m_sweep.stop();
}

void UpstreamPool::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_sweep.timerId())
        sweepIdle();
    else
        QObject::timerEvent(event);
}

} // namespace Tollgate::Http
