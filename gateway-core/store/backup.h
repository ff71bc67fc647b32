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

/// A PostgreSQL client tool (pg_dump, pg_restore): on PATH, else in /usr/lib/postgresql/*/bin.
QString postgresTool(const QString &name);

} // namespace Tollgate::Store
