// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace Tollgate::Auth {

/// How many failed sign-ins are tolerated in a sliding window.
struct LoginLimits
{
    int perUsername = 5; ///< failures for one username, from anywhere
    int perAddress = 20; ///< failures from one source address, for any usernames
    qint64 windowMs = 15 * 60 * 1000;
};

/// Counts failed sign-in attempts (login, setup) per username and per source address in memory,
/// so password guessing is slowed to a few tries per window on each replica. Thread-safe.
class LoginLimiter final
{
public:
    explicit LoginLimiter(LoginLimits limits = {});

    /// Seconds until another attempt for @p username from @p address is allowed; 0 when it is now.
    /// Pass an empty username to check the address alone.
    int retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs);
    void recordFailure(const QString &username, const QString &address, qint64 nowMs);
    /// A successful sign-in clears the username's failures (not the address's).
    void recordSuccess(const QString &username);

private:
    int retryAfter(QHash<QString, QList<qint64>> &log, const QString &key, int limit, qint64 nowMs);
    void prune(QHash<QString, QList<qint64>> &log, qint64 nowMs);

    LoginLimits m_limits;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_byUsername;
    QHash<QString, QList<qint64>> m_byAddress;
};

} // namespace Tollgate::Auth
