// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <functional>

namespace Tollgate::Store {

class Database;

/// What a finished backup holds, as seen in the same snapshot the backup was taken from.
struct BackupContents
{
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts; ///< table → rows
};

/// Reports a step of a long store operation: percent 0..100 and a short phase name.
using ProgressFn = std::function<void(int percent, const QString &phase)>;

/// Writes a consistent copy of the whole store to @p file while it stays online.
///
/// SQLite: `VACUUM INTO`, which reads one transaction snapshot (so WAL writers carry on) and writes
/// a compact, self-contained database file, without linking libsqlite3 beside the Qt driver. The
/// row counts are read back from the copy, so they describe exactly what it holds.
/// PostgreSQL: `pg_dump -Fc` (custom format) as a child process with the password in PGPASSWORD,
/// dumping a snapshot exported from a REPEATABLE READ transaction in which the row counts are read.
/// Throws Error on failure and removes a partial @p file.
BackupContents backupStore(Database &db, const QString &file, const ProgressFn &progress);

/// What restoring a backup into a scratch database found.
struct RestoreCheck
{
    QString integrity; ///< SQLite: PRAGMA integrity_check's answer ("ok"); PostgreSQL: pg_restore's
    bool ok = false;   ///< the restore succeeded and the copy is intact
    BackupContents contents;
};

/// Restores backup @p file into a scratch database and reads it back. SQLite: a temporary copy of
/// the file, checked with PRAGMA integrity_check. PostgreSQL: a scratch database on @p db's server,
/// created, filled with pg_restore --exit-on-error and dropped. Throws Error when it cannot run.
RestoreCheck testRestore(Database &db, const QString &file, const ProgressFn &progress);

/// Replaces the whole live store with backup @p file while the server runs, all or nothing: a
/// failure leaves the store as it was. The caller verifies the backup first (testRestore) and
/// calls Database::resetConnections() afterwards.
///
/// SQLite: one IMMEDIATE transaction on a private connection (foreign keys off) drops every
/// table, view and trigger of the live file and recreates them from a scratch copy of the backup
/// (ATTACHed), rows and AUTOINCREMENT counters included. Writers wait on the busy timeout; WAL
/// readers see the old store until the commit, then the new one. The file stays where it is, so
/// no connection ever points at a replaced inode.
/// PostgreSQL: `pg_restore --clean --if-exists --single-transaction --exit-on-error` into the live
/// database: the drops, the recreation and the data land in one transaction.
/// Returns the row counts and schema version read back from the live store. Throws Error.
BackupContents restoreStore(Database &db, const QString &file, const ProgressFn &progress);

/// The live store's tables, row counts and schema version, read now on this thread's connection.
BackupContents storeContents(Database &db);

/// Records a finished restore of backup @p backupId by @p actor and returns its new generation id.
QString markRestored(Database &db, const QString &backupId, const QString &actor);
/// The generation id of the latest restore ("" when the store was never restored): replicas
/// compare it with the one they loaded to notice a restore done elsewhere.
QString restoreGeneration(Database &db);

/// A PostgreSQL client tool (pg_dump, pg_restore): on PATH, else in /usr/lib/postgresql/*/bin.
QString postgresTool(const QString &name);

} // namespace Tollgate::Store
