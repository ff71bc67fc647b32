// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Auth {

/// The one-time token that lets the first admin be created through POST /api/v1/auth/setup when
/// no admin exists. Only its hash is kept, in this process's memory: it is valid on the replica
/// that printed it, until it is used or the process stops. Thread-safe.
class SetupToken final
{
public:
    /// A fresh token (printed once by the caller); replaces any earlier one.
    QByteArray arm();
    bool isArmed() const;
    /// True when @p token is the armed one (constant-time); does not spend it.
    bool matches(QByteArrayView token) const;
    /// True, and the token is spent, when @p token matches (constant-time).
    bool consume(QByteArrayView token);
    void disarm();

private:
    mutable QMutex m_mutex;
    QByteArray m_hash;
};

/// True when an active user holds the admin role.
bool adminExists(Store::Database &db);

/// Called once at start, on the store's thread, to make sure a first admin can exist:
/// nothing when an active admin exists; otherwise, with @p bootstrapAdmin ("name:password", from
/// TOLLGATE_BOOTSTRAP_ADMIN) that local admin is created (or, when the local account exists,
/// given the admin role and that password); otherwise @p setup is armed and its token is logged
/// once, as the only secret Tollgate ever writes to its log. Returns what it did, for the log.
QString bootstrapAdmin(Store::Database &db, const QString &bootstrapAdmin, SetupToken &setup);

} // namespace Tollgate::Auth
