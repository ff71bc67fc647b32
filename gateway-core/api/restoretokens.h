// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Api {

/// The "are you sure" tokens of destructive restores: single use, valid five minutes, bound to
/// one backup and to the admin who asked for it. Only their hashes are kept, in the store, so a
/// token issued by one replica is accepted by any other (and by only one of them).
class RestoreTokens final
{
public:
    static constexpr qint64 LifetimeMs = 5 * 60 * 1000;

    explicit RestoreTokens(std::shared_ptr<Store::Database> db);

    struct Issued
    {
        QByteArray token;
        qint64 expiresAt = 0;
    };
    /// A new token for restoring @p backupId, redeemable by @p caller until now + LifetimeMs.
    Issued issue(const QString &backupId, const QString &caller, qint64 now);

    enum class Refusal {
        None,        ///< accepted and used up
        Missing,     ///< no token given
        Unknown,     ///< never issued, or already used
        Expired,     ///< older than LifetimeMs (and now forgotten)
        OtherCaller, ///< issued to another admin
        OtherBackup, ///< issued for another backup
    };
    /// Checks @p token for restoring @p backupId by @p caller; a token that passes is used up.
    /// Refusals other than Expired leave the token as it was.
    Refusal redeem(QByteArrayView token, const QString &backupId, const QString &caller, qint64 now);

private:
    std::shared_ptr<Store::Database> m_db;
};

} // namespace Tollgate::Api
