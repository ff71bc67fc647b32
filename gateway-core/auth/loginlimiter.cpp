// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/loginlimiter.h"

#include <QMutexLocker>

namespace Tollgate::Auth {

namespace {

// Bounds memory under a spray of random usernames; older windows are dropped first.
constexpr qsizetype PruneAbove = 10'000;

} // namespace

LoginLimiter::LoginLimiter(LoginLimits limits)
    : m_limits(limits)
{}

int LoginLimiter::retryAfter(QHash<QString, QList<qint64>> &log, const QString &key, int limit, qint64 nowMs)
{
    auto it = log.find(key);
    if (it == log.end())
        return 0;
    QList<qint64> &times = *it;
    while (!times.isEmpty() && times.constFirst() <= nowMs - m_limits.windowMs)
        times.removeFirst();
    if (times.size() < limit)
        return 0;
    // The window admits another attempt when the oldest failure that still counts expires.
    const qint64 freeAt = times.at(times.size() - limit) + m_limits.windowMs;
    return int((freeAt - nowMs + 999) / 1000);
}

int LoginLimiter::retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    int wait = retryAfter(m_byAddress, address, m_limits.perAddress, nowMs);
    if (!username.isEmpty())
        wait = qMax(wait, retryAfter(m_byUsername, username.toLower(), m_limits.perUsername, nowMs));
    return wait;
}

void LoginLimiter::prune(QHash<QString, QList<qint64>> &log, qint64 nowMs)
{
    if (log.size() <= PruneAbove)
        return;
    for (auto it = log.begin(); it != log.end();) {
        if (it->isEmpty() || it->constLast() <= nowMs - m_limits.windowMs)
            it = log.erase(it);
        else
            ++it;
    }
}

void LoginLimiter::recordFailure(const QString &username, const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    prune(m_byAddress, nowMs);
    prune(m_byUsername, nowMs);
    m_byAddress[address].append(nowMs);
    if (!username.isEmpty())
        m_byUsername[username.toLower()].append(nowMs);
}

void LoginLimiter::recordSuccess(const QString &username)
{
    QMutexLocker lock(&m_mutex);
    m_byUsername.remove(username.toLower());
}

} // namespace Tollgate::Auth
