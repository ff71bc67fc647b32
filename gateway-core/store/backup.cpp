// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/backup.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"

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
        copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!copy.open())
            throw Error::fromSql(copy.lastError(), u"open the backup copy"_s);
        QSqlQuery q(copy);
        QStringList tables;
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY name"_s))
            throw Error::fromSql(q.lastError(), u"list tables of the backup"_s);
        while (q.next())
            tables << q.value(0).toString();
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
    QStringList args{u"--format=custom"_s, u"--verbose"_s,   u"--no-owner"_s,
                     u"--snapshot"_s,      snapshot,         u"--file"_s,
                     file,                 u"--host"_s,      where.host,
                     u"--port"_s,          QString::number(where.port)};
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

} // namespace

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
