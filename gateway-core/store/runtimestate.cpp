// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/runtimestate.h"

#include "gateway-core/store/database.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

bool isRuntimeTable(const QString &table)
{
    return table.startsWith("runtime_"_L1);
}

void heartbeat(Database &db, const QString &owner, qint64 now)
{
    db.exec(u"UPDATE runtime_operations SET heartbeat_at = ? WHERE owner = ? AND state = 'running'"_s,
            {now, owner}, u"renew running operations"_s);
    db.exec(u"UPDATE runtime_restore_lease SET expires_at = ? WHERE owner = ?"_s,
            {now + HeartbeatStaleMs, owner}, u"renew the restore lease"_s);
}

void RestoreTokenRepository::insert(const QByteArray &hash, const StoredRestoreToken &token, qint64 now)
{
    m_db.exec(u"DELETE FROM runtime_restore_tokens WHERE expires_at <= ?"_s, {now},
              u"forget expired restore tokens"_s);
    m_db.exec(
        u"INSERT INTO runtime_restore_tokens (token_hash, backup_id, caller, expires_at) VALUES (?, ?, ?, ?)"_s,
        {QString::fromLatin1(hash.toHex()), token.backupId, token.caller, token.expiresAt},
        u"store a restore token"_s);
}

bool RestoreTokenRepository::consume(const QByteArray &hash, const QString &backupId, const QString &caller,
                                     qint64 now)
{
    const QSqlQuery q =
        m_db.exec(u"DELETE FROM runtime_restore_tokens WHERE token_hash = ? AND backup_id = ? "
                  "AND caller = ? AND expires_at > ?"_s,
                  {QString::fromLatin1(hash.toHex()), backupId, caller, now}, u"use a restore token"_s);
    return q.numRowsAffected() == 1;
}

std::optional<StoredRestoreToken> RestoreTokenRepository::find(const QByteArray &hash)
{
    QSqlQuery q =
        m_db.exec(u"SELECT backup_id, caller, expires_at FROM runtime_restore_tokens WHERE token_hash = ?"_s,
                  {QString::fromLatin1(hash.toHex())}, u"read a restore token"_s);
    if (!q.next())
        return std::nullopt;
    return StoredRestoreToken{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
}

void RestoreTokenRepository::remove(const QByteArray &hash)
{
    m_db.exec(u"DELETE FROM runtime_restore_tokens WHERE token_hash = ?"_s,
              {QString::fromLatin1(hash.toHex())}, u"forget a restore token"_s);
}

void OperationRepository::save(const StoredOperation &operation)
{
    m_db.exec(u"INSERT INTO runtime_operations (id, owner, state, body, revision, heartbeat_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
              "body = excluded.body, revision = excluded.revision, heartbeat_at = excluded.heartbeat_at"_s,
              {operation.id, operation.owner, operation.state, QString::fromUtf8(operation.body),
               operation.revision, operation.heartbeatAt},
              u"record an operation's progress"_s);
}

std::optional<StoredOperation> OperationRepository::find(const QString &id)
{
    QSqlQuery q =
        m_db.exec(u"SELECT owner, state, body, revision, heartbeat_at FROM runtime_operations WHERE id = ?"_s,
                  {id}, u"read an operation"_s);
    if (!q.next())
        return std::nullopt;
    return StoredOperation{id,
                           q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString().toUtf8(),
                           q.value(3).toLongLong(),
                           q.value(4).toLongLong()};
}

void OperationRepository::purge(qint64 before)
{
    m_db.exec(u"DELETE FROM runtime_operations WHERE heartbeat_at < ?"_s, {before},
              u"forget old operations"_s);
}

bool RestoreLeaseRepository::acquire(const RestoreLease &lease, qint64 now)
{
    // The conflict branch only overwrites a lease that expired: its replica stopped renewing it.
    const QSqlQuery q = m_db.exec(
        u"INSERT INTO runtime_restore_lease (slot, operation_id, owner, backup_id, parking, expires_at) "
        "VALUES (1, ?, ?, ?, FALSE, ?) ON CONFLICT (slot) DO UPDATE SET operation_id = "
        "excluded.operation_id, "
        "owner = excluded.owner, backup_id = excluded.backup_id, parking = FALSE, expires_at = "
        "excluded.expires_at "
        "WHERE runtime_restore_lease.expires_at <= ?"_s,
        {lease.operationId, lease.owner, lease.backupId, now + HeartbeatStaleMs, now},
        u"take the restore lease"_s);
    return q.numRowsAffected() == 1;
}

void RestoreLeaseRepository::park(const QString &operationId)
{
    m_db.exec(u"UPDATE runtime_restore_lease SET parking = TRUE WHERE operation_id = ?"_s, {operationId},
              u"park the other replicas"_s);
}

void RestoreLeaseRepository::release(const QString &operationId)
{
    m_db.exec(u"DELETE FROM runtime_restore_lease WHERE operation_id = ?"_s, {operationId},
              u"release the restore lease"_s);
}

std::optional<RestoreLease> RestoreLeaseRepository::current(qint64 now)
{
    QSqlQuery q =
        m_db.exec(u"SELECT operation_id, owner, backup_id, parking, expires_at FROM runtime_restore_lease "
                  "WHERE expires_at > ?"_s,
                  {now}, u"read the restore lease"_s);
    if (!q.next())
        return std::nullopt;
    return RestoreLease{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toBool(), q.value(4).toLongLong()};
}

} // namespace Tollgate::Store
