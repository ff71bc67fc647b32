// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tollgate::Store {

class Database;

// What replicas sharing one store tell each other through it: restore confirmations, the
// progress of long operations and the lease of the running restore. It lives in tables named
// runtime_*, which backups leave out and restores leave alone: it describes the running
// replicas, not the data.

/// True for the runtime_* tables.
bool isRuntimeTable(const QString &table);

/// How long a replica's last heartbeat vouches for what it holds (its running operations, the
/// restore lease): a replica that died stops blocking the others after this long.
inline constexpr qint64 HeartbeatStaleMs = 15'000;
/// How often a replica that holds something renews it.
inline constexpr qint64 HeartbeatIntervalMs = 2'000;

/// Keeps what replica @p owner holds alive for another HeartbeatStaleMs from @p now: its running
/// operations and its restore lease.
void heartbeat(Database &db, const QString &owner, qint64 now);

/// A restore confirmation as stored: only the token's hash is kept (the key of the row).
struct StoredRestoreToken
{
    QString backupId;
    QString caller;
    qint64 expiresAt = 0;
};

/// Restore confirmation tokens (runtime_restore_tokens), by SHA-256 of the token.
class RestoreTokenRepository final
{
public:
    explicit RestoreTokenRepository(Database &db)
        : m_db(db)
    {}

    /// Stores a token under @p hash; forgets tokens that expired before @p now.
    void insert(const QByteArray &hash, const StoredRestoreToken &token, qint64 now);
    /// Uses up the token @p hash when it is for @p backupId and @p caller and has not expired, in
    /// one statement: of two replicas redeeming it at once, exactly one gets true.
    bool consume(const QByteArray &hash, const QString &backupId, const QString &caller, qint64 now);
    std::optional<StoredRestoreToken> find(const QByteArray &hash);
    void remove(const QByteArray &hash);

private:
    Database &m_db;
};

/// A long operation as stored by the replica that runs it (runtime_operations).
struct StoredOperation
{
    QString id;
    QString owner;   ///< the replica running it
    QString state;   ///< running, succeeded, failed
    QByteArray body; ///< the operation as JSON (api/operations.h)
    qint64 revision = 0;
    qint64 heartbeatAt = 0; ///< last change or heartbeat of its replica
};

class OperationRepository final
{
public:
    explicit OperationRepository(Database &db)
        : m_db(db)
    {}

    /// Inserts or replaces operation @p operation.id.
    void save(const StoredOperation &operation);
    std::optional<StoredOperation> find(const QString &id);
    /// Forgets operations that last changed before @p before.
    void purge(qint64 before);

private:
    Database &m_db;
};

/// The one restore that may run against the store at a time (runtime_restore_lease).
struct RestoreLease
{
    QString operationId;
    QString owner; ///< the replica running it
    QString backupId;
    bool parking = false; ///< the store is about to be replaced: other replicas stand aside
    qint64 expiresAt = 0; ///< renewed by heartbeat()
};

class RestoreLeaseRepository final
{
public:
    explicit RestoreLeaseRepository(Database &db)
        : m_db(db)
    {}

    /// Takes the lease for @p lease (parking off, valid HeartbeatStaleMs from @p now) unless
    /// another one holds it unexpired; true when taken. Atomic across replicas.
    bool acquire(const RestoreLease &lease, qint64 now);
    /// Tells the other replicas to stand aside (503) until the lease is released or expires.
    void park(const QString &operationId);
    void release(const QString &operationId);
    /// The lease unless it is free or expired at @p now.
    std::optional<RestoreLease> current(qint64 now);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
