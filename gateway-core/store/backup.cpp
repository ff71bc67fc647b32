// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/backup.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/runtimestate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

namespace {

QString quoted(const QString &identifier)
{
    return u"\""_s + QString(identifier).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

/// Row counts of every table @p query lists, read with @p count.
QMap<QString, qint64> countRows(const QStringList &tables, const std::function<qint64(const QString &)> &count)
{
    QMap<QString, qint64> counts;
    for (const QString &table : tables)
        counts.insert(table, count(table));
    return counts;
}

/// Tables, row counts and schema version of the database open on @p conn.
BackupContents readContents(QSqlDatabase &conn, Dialect dialect)
{
    QSqlQuery q(conn);
    const QString listSql = dialect == Dialect::Sqlite
                                ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name"_s
                                : u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename"_s;
    if (!q.exec(listSql))
        throw Error::fromSql(q.lastError(), u"list tables"_s);
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    tables.removeIf(isRuntimeTable);
    BackupContents contents;
    contents.rowCounts = countRows(tables, [&](const QString &table) {
        QSqlQuery c(conn);
        if (!c.exec(u"SELECT COUNT(*) FROM "_s + quoted(table)) || !c.next())
            throw Error::fromSql(c.lastError(), u"count rows of "_s + table);
        return c.value(0).toLongLong();
    });
    if (tables.contains(u"schema_migrations"_s)) {
        QSqlQuery v(conn);
        if (v.exec(u"SELECT MAX(version) FROM schema_migrations"_s) && v.next())
            contents.schemaVersion = v.value(0).toInt();
    }
    return contents;
}

BackupContents backupSqlite(Database &db, const QString &file, const ProgressFn &progress)
{
    progress(5, u"copying"_s);
    // VACUUM INTO refuses an existing file, and takes the path as a string literal.
    QFile::remove(file);
    db.exec(u"VACUUM INTO ?"_s, {file}, u"backup"_s);
    progress(80, u"counting"_s);

    // Read the copy back on a private connection: what the manifest says is what the file holds.
    const QString name = u"tollgate-backup-"_s + QUuid::createUuid().toString(QUuid::Id128);
    BackupContents contents;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        copy.setDatabaseName(file);
        if (!copy.open())
            throw Error::fromSql(copy.lastError(), u"open the backup copy"_s);
        QSqlQuery q(copy);
        QStringList tables;
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY name"_s))
            throw Error::fromSql(q.lastError(), u"list tables of the backup"_s);
        while (q.next())
            tables << q.value(0).toString();
        q.finish();
        // The replicas' runtime state is no part of a backup (runtimestate.h).
        for (const QString &table : std::as_const(tables)) {
            if (isRuntimeTable(table) && !q.exec(u"DROP TABLE "_s + quoted(table)))
                throw Error::fromSql(q.lastError(), u"leave out "_s + table);
        }
        tables.removeIf(isRuntimeTable);
        contents.rowCounts = countRows(tables, [&](const QString &table) {
            QSqlQuery c(copy);
            if (!c.exec(u"SELECT COUNT(*) FROM "_s + quoted(table)) || !c.next())
                throw Error::fromSql(c.lastError(), u"count rows of "_s + table);
            return c.value(0).toLongLong();
        });
        if (tables.contains(u"schema_migrations"_s)) {
            QSqlQuery v(copy);
            if (v.exec(u"SELECT MAX(version) FROM schema_migrations"_s) && v.next())
                contents.schemaVersion = v.value(0).toInt();
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

BackupContents backupPostgres(Database &db, const QString &file, const ProgressFn &progress)
{
    const QString pgDump = postgresTool(u"pg_dump"_s);
    if (pgDump.isEmpty())
        throw Error(Error::Code::Unavailable, u"pg_dump is not installed (not on PATH nor in "
                                               "/usr/lib/postgresql/*/bin)"_s);
    progress(2, u"snapshot"_s);
    // One snapshot for the counts and the dump: a REPEATABLE READ transaction exports it and stays
    // open until pg_dump has read everything.
    db.execStatic(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, u"backup snapshot"_s);
    struct Finish
    {
        Database &db;
        ~Finish()
        {
            try {
                db.execStatic(u"ROLLBACK"_s, u"backup snapshot"_s);
            } catch (const Error &) {
                // The connection is gone; so is the transaction.
            }
        }
    } finish{db};
    QSqlQuery snap = db.exec(u"SELECT pg_export_snapshot()"_s, {}, u"backup snapshot"_s);
    snap.next();
    const QString snapshot = snap.value(0).toString();
    QStringList tables;
    QSqlQuery list = db.exec(
        u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"_s, {},
        u"list tables"_s);
    while (list.next())
        tables << list.value(0).toString();
    tables.removeIf(isRuntimeTable);
    BackupContents contents;
    contents.rowCounts = countRows(tables, [&](const QString &table) {
        QSqlQuery c = db.exec(u"SELECT COUNT(*) FROM "_s + quoted(table), {}, u"count rows"_s);
        c.next();
        return c.value(0).toLongLong();
    });
    // Read here, not with Migrations::currentVersion(), whose own transaction would end this one.
    if (tables.contains(u"schema_migrations"_s)) {
        QSqlQuery v = db.exec(u"SELECT MAX(version) FROM schema_migrations"_s, {}, u"schema version"_s);
        if (v.next())
            contents.schemaVersion = v.value(0).toInt();
    }

    const Database::Location where = db.location();
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!where.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, where.password); // never on the command line
    dump.setProcessEnvironment(env);
    // The replicas' runtime state is no part of a backup, and a restore leaves it alone:
    // pg_restore --clean drops only what the archive holds (runtimestate.h).
    QStringList args{u"--format=custom"_s, u"--verbose"_s,   u"--no-owner"_s,
                     u"--snapshot"_s,      snapshot,         u"--file"_s,
                     file,                 u"--host"_s,      where.host,
                     u"--port"_s,          QString::number(where.port), u"--exclude-table=runtime_*"_s};
    if (!where.user.isEmpty())
        args << u"--username"_s << where.user;
    args << u"--no-password"_s << u"--dbname"_s << where.databaseName;
    progress(5, u"dumping"_s);
    dump.start(pgDump, args);
    if (!dump.waitForStarted(10'000))
        throw Error(Error::Code::Unavailable, u"cannot run pg_dump: "_s + dump.errorString());
    QByteArray log;
    qsizetype scanned = 0;
    int dumped = 0;
    const auto scan = [&] {
        log += dump.readAllStandardError();
        for (qsizetype nl; (nl = log.indexOf('\n', scanned)) >= 0; scanned = nl + 1) {
            if (QByteArrayView(log).sliced(scanned, nl - scanned).contains("dumping contents of table")) {
                ++dumped;
                progress(5 + int(85 * qMin(dumped, int(tables.size())) / qMax(1, int(tables.size()))),
                         u"dumping"_s);
            }
        }
    };
    while (!dump.waitForFinished(200))
        scan();
    scan();
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(file);
        // The verbose log is long; its "error:" lines say what went wrong.
        QStringList errors;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("error:"))
                errors << QString::fromUtf8(line);
        }
        throw Error(Error::Code::Internal, u"pg_dump failed (exit %1): %2"_s.arg(dump.exitCode()).arg(
                                               errors.isEmpty() ? dump.errorString() : errors.join(u"; "_s)));
    }
    return contents;
}

RestoreCheck testRestoreSqlite(const QString &file, const ProgressFn &progress)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(Error::Code::Internal, u"cannot create a scratch directory"_s);
    const QString copyPath = scratch.filePath(u"restore.db"_s);
    progress(10, u"copying"_s);
    if (!QFile::copy(file, copyPath))
        throw Error(Error::Code::Internal, u"cannot copy the backup to a scratch file"_s);
    progress(40, u"checking"_s);
    const QString name = u"tollgate-restore-"_s + QUuid::createUuid().toString(QUuid::Id128);
    RestoreCheck check;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        conn.setDatabaseName(copyPath);
        if (!conn.open())
            throw Error::fromSql(conn.lastError(), u"open the scratch copy"_s);
        QSqlQuery q(conn);
        QStringList answers;
        if (q.exec(u"PRAGMA integrity_check"_s)) {
            while (q.next())
                answers << q.value(0).toString();
        } else {
            answers << q.lastError().text();
        }
        check.integrity = answers.join(u"; "_s);
        check.ok = check.integrity == u"ok"_s;
        progress(70, u"counting"_s);
        if (check.ok)
            check.contents = readContents(conn, Dialect::Sqlite);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

RestoreCheck testRestorePostgres(Database &db, const QString &file, const ProgressFn &progress)
{
    const QString pgRestore = postgresTool(u"pg_restore"_s);
    if (pgRestore.isEmpty())
        throw Error(Error::Code::Unavailable, u"pg_restore is not installed"_s);
    const Database::Location where = db.location();
    const QString scratch = u"tollgate_restore_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    progress(5, u"creating scratch database"_s);
    db.execStatic(u"CREATE DATABASE "_s + quoted(scratch), u"create the scratch database"_s);
    struct Drop
    {
        Database &db;
        QString name;
        ~Drop()
        {
            try {
                db.execStatic(u"DROP DATABASE IF EXISTS "_s + quoted(name) + u" WITH (FORCE)"_s,
                              u"drop the scratch database"_s);
            } catch (const Error &) {
                // Left behind; its name says what it is.
            }
        }
    } drop{db, scratch};

    progress(15, u"restoring"_s);
    QProcess restore;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!where.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, where.password);
    restore.setProcessEnvironment(env);
    QStringList args{u"--exit-on-error"_s, u"--no-owner"_s, u"--host"_s, where.host, u"--port"_s,
                     QString::number(where.port)};
    if (!where.user.isEmpty())
        args << u"--username"_s << where.user;
    args << u"--no-password"_s << u"--dbname"_s << scratch << file;
    restore.start(pgRestore, args);
    if (!restore.waitForStarted(10'000))
        throw Error(Error::Code::Unavailable, u"cannot run pg_restore: "_s + restore.errorString());
    restore.waitForFinished(-1);
    RestoreCheck check;
    const bool restored = restore.exitStatus() == QProcess::NormalExit && restore.exitCode() == 0;
    check.integrity = restored ? u"pg_restore exit 0"_s
                               : u"pg_restore exit %1: %2"_s.arg(restore.exitCode()).arg(
                                     QString::fromUtf8(restore.readAllStandardError()).trimmed());
    check.ok = restored;
    progress(70, u"counting"_s);
    if (restored) {
        const QString name = u"tollgate-restore-"_s + scratch;
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            conn.setHostName(where.host);
            conn.setPort(where.port);
            conn.setUserName(where.user);
            conn.setPassword(where.password);
            conn.setDatabaseName(scratch);
            if (!conn.open())
                throw Error::fromSql(conn.lastError(), u"open the scratch database"_s);
            check.contents = readContents(conn, Dialect::Postgres);
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    progress(90, u"dropping scratch database"_s);
    return check;
}

/// Runs @p sql on @p conn; throws Error naming @p context.
void run(QSqlDatabase &conn, const QString &sql, const QString &context)
{
    QSqlQuery q(conn);
    if (!q.exec(sql))
        throw Error::fromSql(q.lastError(), context);
}

BackupContents restoreSqlite(Database &db, const QString &file, const ProgressFn &progress)
{
    // ATTACH may write beside a file (a WAL index, a journal): work on a scratch copy so the
    // backup keeps its checksum.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(Error::Code::Internal, u"cannot create a scratch directory"_s);
    const QString source = scratch.filePath(u"source.db"_s);
    progress(5, u"copying"_s);
    if (!QFile::copy(file, source))
        throw Error(Error::Code::Internal, u"cannot copy the backup to a scratch file"_s);

    const QString name = u"tollgate-restore-live-"_s + QUuid::createUuid().toString(QUuid::Id128);
    BackupContents contents;
    try {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        conn.setDatabaseName(db.location().sqlitePath);
        conn.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        if (!conn.open())
            throw Error::fromSql(conn.lastError(), u"open the live store"_s);
        struct Close
        {
            QSqlDatabase &conn;
            ~Close() { conn.close(); }
        } close{conn};
        // Off for this connection only: tables are dropped and refilled in any order; the
        // foreign_key_check below proves the result consistent before it commits.
        run(conn, u"PRAGMA foreign_keys=OFF"_s, u"restore"_s);
        {
            QSqlQuery attach(conn);
            attach.prepare(u"ATTACH DATABASE ? AS restore_source"_s);
            attach.addBindValue(source);
            if (!attach.exec())
                throw Error::fromSql(attach.lastError(), u"attach the backup"_s);
        }
        run(conn, u"BEGIN IMMEDIATE"_s, u"restore"_s);
        try {
            progress(15, u"dropping"_s);
            QSqlQuery live(conn);
            // The replicas' runtime state stays as it is (runtimestate.h).
            if (!live.exec(u"SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND "
                           "tbl_name NOT LIKE 'runtime\\_%' ESCAPE '\\' AND "
                           "type IN ('view', 'trigger', 'table') ORDER BY CASE type WHEN 'table' THEN 1 ELSE 0 END"_s))
                throw Error::fromSql(live.lastError(), u"list the live schema"_s);
            QList<std::pair<QString, QString>> drops;
            while (live.next())
                drops.append({live.value(0).toString(), live.value(1).toString()});
            live.finish();
            for (const auto &[type, object] : std::as_const(drops))
                run(conn, u"DROP "_s + type.toUpper() + u" IF EXISTS main."_s + quoted(object), u"drop "_s + object);

            QSqlQuery schema(conn);
            if (!schema.exec(u"SELECT type, name, sql FROM restore_source.sqlite_master WHERE sql IS NOT NULL "
                             "AND name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE 'runtime\\_%' ESCAPE '\\' "
                             "ORDER BY rowid"_s))
                throw Error::fromSql(schema.lastError(), u"read the backup's schema"_s);
            QStringList tables;
            QStringList creates;
            QStringList later; // indexes, views and triggers: after the rows are in
            while (schema.next()) {
                if (schema.value(0).toString() == u"table"_s) {
                    tables << schema.value(1).toString();
                    creates << schema.value(2).toString();
                } else {
                    later << schema.value(2).toString();
                }
            }
            schema.finish();
            for (const QString &sql : std::as_const(creates))
                run(conn, sql, u"recreate the schema"_s);
            for (qsizetype i = 0; i < tables.size(); ++i) {
                progress(20 + int(60 * i / qMax<qsizetype>(1, tables.size())), u"restoring"_s);
                run(conn, u"INSERT INTO main."_s + quoted(tables.at(i)) + u" SELECT * FROM restore_source."_s +
                              quoted(tables.at(i)),
                    u"restore rows of "_s + tables.at(i));
            }
            progress(85, u"indexing"_s);
            for (const QString &sql : std::as_const(later))
                run(conn, sql, u"recreate the schema"_s);
            QSqlQuery sequence(conn);
            if (sequence.exec(u"SELECT 1 FROM restore_source.sqlite_master WHERE name = 'sqlite_sequence'"_s) &&
                sequence.next()) {
                sequence.finish();
                run(conn, u"DELETE FROM main.sqlite_sequence"_s, u"restore counters"_s);
                run(conn, u"INSERT INTO main.sqlite_sequence SELECT * FROM restore_source.sqlite_sequence"_s,
                    u"restore counters"_s);
            }
            QSqlQuery check(conn);
            if (!check.exec(u"PRAGMA main.foreign_key_check"_s))
                throw Error::fromSql(check.lastError(), u"check foreign keys"_s);
            if (check.next())
                throw Error(Error::Code::Internal,
                            u"the restored rows break a foreign key (table %1)"_s.arg(check.value(0).toString()));
            check.finish();
            progress(90, u"committing"_s);
            run(conn, u"COMMIT"_s, u"restore"_s);
        } catch (...) {
            QSqlQuery(conn).exec(u"ROLLBACK"_s);
            QSqlQuery(conn).exec(u"DETACH DATABASE restore_source"_s);
            throw;
        }
        run(conn, u"DETACH DATABASE restore_source"_s, u"restore"_s);
        contents = readContents(conn, Dialect::Sqlite);
    } catch (...) {
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

BackupContents restorePostgres(Database &db, const QString &file, const ProgressFn &progress)
{
    const QString pgRestore = postgresTool(u"pg_restore"_s);
    if (pgRestore.isEmpty())
        throw Error(Error::Code::Unavailable, u"pg_restore is not installed"_s);
    const Database::Location where = db.location();
    int tables = 0;
    {
        QSqlQuery q = db.exec(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"_s, {},
                              u"count tables"_s);
        tables = q.next() ? q.value(0).toInt() : 0;
    }
    QProcess restore;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!where.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, where.password);
    restore.setProcessEnvironment(env);
    QStringList args{u"--clean"_s,       u"--if-exists"_s, u"--single-transaction"_s, u"--exit-on-error"_s,
                     u"--no-owner"_s,    u"--verbose"_s,   u"--host"_s,               where.host,
                     u"--port"_s,        QString::number(where.port)};
    if (!where.user.isEmpty())
        args << u"--username"_s << where.user;
    args << u"--no-password"_s << u"--dbname"_s << where.databaseName << file;
    progress(10, u"restoring"_s);
    restore.start(pgRestore, args);
    if (!restore.waitForStarted(10'000))
        throw Error(Error::Code::Unavailable, u"cannot run pg_restore: "_s + restore.errorString());
    QByteArray log;
    qsizetype scanned = 0;
    int done = 0;
    const auto scan = [&] {
        log += restore.readAllStandardError();
        for (qsizetype nl; (nl = log.indexOf('\n', scanned)) >= 0; scanned = nl + 1) {
            if (QByteArrayView(log).sliced(scanned, nl - scanned).contains("processing data for table")) {
                ++done;
                progress(10 + 75 * qMin(done, tables) / qMax(1, tables), u"restoring"_s);
            }
        }
    };
    while (!restore.waitForFinished(200))
        scan();
    scan();
    if (restore.exitStatus() != QProcess::NormalExit || restore.exitCode() != 0) {
        QStringList errors;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("error:") || line.contains("ERROR"))
                errors << QString::fromUtf8(line).trimmed();
        }
        throw Error(Error::Code::Internal, u"pg_restore failed (exit %1), the store is unchanged: %2"_s.arg(
                                               restore.exitCode()).arg(errors.isEmpty() ? restore.errorString()
                                                                                        : errors.join(u"; "_s)));
    }
    progress(90, u"counting"_s);
    // A fresh connection: the tables this thread's statements knew are gone.
    db.resetConnections();
    QSqlDatabase conn = db.connection();
    return readContents(conn, Dialect::Postgres);
}

} // namespace

BackupContents restoreStore(Database &db, const QString &file, const ProgressFn &progress)
{
    return db.dialect() == Dialect::Sqlite ? restoreSqlite(db, file, progress)
                                           : restorePostgres(db, file, progress);
}

BackupContents storeContents(Database &db)
{
    QSqlDatabase conn = db.connection();
    return readContents(conn, db.dialect());
}

QString markRestored(Database &db, const QString &backupId, const QString &actor)
{
    const QString generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db.exec(u"INSERT INTO store_restores (generation, backup_id, restored_at, restored_by) VALUES (?, ?, ?, ?)"_s,
            {generation, backupId, db.now(), actor}, u"record the restore"_s);
    return generation;
}

QString restoreGeneration(Database &db)
{
    QSqlQuery q = db.exec(u"SELECT generation FROM store_restores ORDER BY restored_at DESC, generation DESC LIMIT 1"_s,
                          {}, u"read the restore generation"_s);
    return q.next() ? q.value(0).toString() : QString();
}

RestoreCheck testRestore(Database &db, const QString &file, const ProgressFn &progress)
{
    return db.dialect() == Dialect::Sqlite ? testRestoreSqlite(file, progress)
                                           : testRestorePostgres(db, file, progress);
}

QString postgresTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    const QDir lib(u"/usr/lib/postgresql"_s);
    // Newest major version first.
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        found = QStandardPaths::findExecutable(name, {lib.filePath(version + u"/bin"_s)});
        if (!found.isEmpty())
            return found;
    }
    return {};
}

BackupContents backupStore(Database &db, const QString &file, const ProgressFn &progress)
{
    try {
        return db.dialect() == Dialect::Sqlite ? backupSqlite(db, file, progress)
                                               : backupPostgres(db, file, progress);
    } catch (...) {
        QFile::remove(file);
        throw;
    }
}

} // namespace Tollgate::Store
