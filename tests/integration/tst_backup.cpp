// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/backups and /api/v1/operations on the real tollgate-server, SQLite and PostgreSQL, over
// HTTP: a backup taken while the server runs, polled to completion, listed with its manifest,
// downloaded (checked against its SHA-256 and read back: the SQLite copy opened, the pg_dump archive
// listed by pg_restore), and deleted.
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/backup.h"
#include "gateway-core/store/database.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/postgres.h"
#include "tests/support/process.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;

QJsonObject object(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

public:
    explicit TestBackup(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    Process m_server;
    QString m_databaseUrl;
    QString m_backupDir;
    QByteArray m_admin;

    RawResponse call(QByteArrayView method, const QByteArray &path, const QByteArray &token,
                     const QJsonObject &body = {})
    {
        RawHeaders headers{{"content-type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"authorization", "Bearer " + token});
        const QByteArray payload = method == "GET" || method == "DELETE" ? QByteArray() : json(body);
        return rawRequest(m_server.host(), m_server.port(), method, path, payload, headers);
    }

    QByteArray token(const QString &username, const QString &password)
    {
        const RawResponse r =
            call("POST", "/api/v1/auth/login", {}, {{u"username"_s, username}, {u"password"_s, password}});
        return object(r).value("accessToken"_L1).toString().toLatin1();
    }

    qint64 liveCount(const QString &table)
    {
        Store::Database db(m_databaseUrl);
        QSqlQuery q = db.exec(u"SELECT COUNT(*) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }

    /// Polls operation @p id until it leaves "running"; its last state.
    QJsonObject waitForOperation(const QString &id, QList<int> *percents = nullptr)
    {
        QElapsedTimer t;
        t.start();
        QJsonObject op;
        while (t.elapsed() < 60'000) {
            const RawResponse r = call("GET", "/api/v1/operations/" + id.toUtf8(), m_admin);
            op = object(r);
            if (r.status != 200)
                return op;
            if (percents)
                percents->append(op.value("percent"_L1).toInt());
            if (op.value("state"_L1).toString() != u"running"_s)
                return op;
            QTest::qWait(20);
        }
        return op;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (m_postgres) {
            QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
            m_databaseUrl = m_pg.createDatabase();
            QVERIFY2(!m_databaseUrl.isEmpty(), qPrintable(m_pg.errorString()));
        } else {
            m_databaseUrl = u"sqlite://"_s + m_dir.filePath(u"tollgate.db"_s);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + AdminPassword);
        env.remove(u"TOLLGATE_MASTER_KEY"_s);
        const QString dataDir = m_dir.filePath(u"data"_s);
        m_backupDir = m_dir.filePath(u"saved"_s);
        QDir().mkpath(dataDir);
        QVERIFY2(m_server.start(binaryPath(u"tollgate-server"_s),
                                {u"--data-dir"_s, dataDir, u"--database"_s, m_databaseUrl, u"--backup-dir"_s,
                                 m_backupDir, u"--listen"_s, u"127.0.0.1:0"_s, u"--log-level"_s, u"warning"_s,
                                 u"--workers"_s, u"2"_s},
                                env),
                 qPrintable(m_server.errorString()));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 &&
               rawRequest(m_server.host(), m_server.port(), "GET", "/health/readiness").status != 200)
            QTest::qWait(20);
        m_admin = token(u"root"_s, AdminPassword);
        QVERIFY2(!m_admin.isEmpty(), m_server.standardError().constData());
    }

    void backupListDownloadDelete()
    {
        for (int i = 0; i < 5; ++i) {
            const RawResponse r = call("POST", "/api/v1/users", m_admin,
                                       {{u"username"_s, u"backup-user%1"_s.arg(i)},
                                        {u"password"_s, u"user-password-1"_s},
                                        {u"roles"_s, QJsonArray{u"user"_s}}});
            QCOMPARE(r.status, 201);
        }
        QCOMPARE(object(call("GET", "/api/v1/backups", m_admin)).value("items"_L1).toArray().size(), 0);

        const RawResponse started = call("POST", "/api/v1/backups", m_admin);
        QCOMPARE(started.status, 202);
        const QString id = object(started).value("id"_L1).toString();
        const QString operationId = object(started).value("operationId"_L1).toString();
        QVERIFY(!id.isEmpty());
        QList<int> percents;
        const QJsonObject op = waitForOperation(operationId, &percents);
        QVERIFY2(op.value("state"_L1).toString() == u"succeeded"_s, QJsonDocument(op).toJson().constData());
        QCOMPARE(op.value("percent"_L1).toInt(), 100);
        QCOMPARE(op.value("kind"_L1).toString(), u"backup"_s);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));

        const QJsonArray items = object(call("GET", "/api/v1/backups", m_admin)).value("items"_L1).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject manifest = items.first().toObject();
        QCOMPARE(manifest.value("id"_L1).toString(), id);
        QCOMPARE(manifest.value("kind"_L1).toString(), m_postgres ? u"postgres"_s : u"sqlite"_s);
        QCOMPARE(manifest.value("createdBy"_L1).toString(), u"root"_s);
        QVERIFY(manifest.value("size"_L1).toDouble() > 1000);
        {
            Store::Database db(m_databaseUrl);
            QCOMPARE(manifest.value("schemaVersion"_L1).toInt(), db.schemaVersion());
        }
        // The counts describe the store at backup time: six users (root and the five above).
        const QJsonObject counts = manifest.value("rowCounts"_L1).toObject();
        QCOMPARE(counts.value("users"_L1).toInteger(), 6);
        QCOMPARE(counts.value("users"_L1).toInteger(), liveCount(u"users"_s));
        QVERIFY(counts.contains("api_keys"_L1));
        QCOMPARE(object(call("GET", "/api/v1/backups/" + id.toUtf8(), m_admin)), manifest);

        // The download is the file the manifest describes.
        const RawResponse download = call("GET", "/api/v1/backups/" + id.toUtf8() + "/download", m_admin);
        QCOMPARE(download.status, 200);
        QCOMPARE(qint64(download.body.size()), qint64(manifest.value("size"_L1).toDouble()));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex()),
                 manifest.value("sha256"_L1).toString());
        const QString copy = m_dir.filePath(u"downloaded"_s);
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(download.body);
        }
        if (m_postgres) {
            // pg_restore reads the archive's table of contents; the users table's data is in it.
            QProcess list;
            list.start(Store::postgresTool(u"pg_restore"_s), {u"--list"_s, copy});
            QVERIFY(list.waitForFinished(30'000));
            QCOMPARE(list.exitCode(), 0);
            QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public users"));
        } else {
            Store::Database restored(u"sqlite://"_s + copy);
            QSqlQuery q = restored.exec(u"SELECT username FROM users ORDER BY username"_s);
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            QCOMPARE(names.size(), 6);
            QVERIFY(names.contains(u"backup-user3"_s));
            QSqlQuery check = restored.exec(u"PRAGMA integrity_check"_s);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }

        // A test-restore reads the backup back in a scratch database: the counts of backup time,
        // even after the live store has moved on.
        QCOMPARE(call("POST", "/api/v1/users", m_admin,
                      {{u"username"_s, u"after-backup"_s},
                       {u"password"_s, u"user-password-1"_s},
                       {u"roles"_s, QJsonArray{u"user"_s}}})
                     .status,
                 201);
        const RawResponse testRestore = call("POST", "/api/v1/backups/" + id.toUtf8() + "/test-restore", m_admin);
        QCOMPARE(testRestore.status, 202);
        const QJsonObject checked = waitForOperation(object(testRestore).value("operationId"_L1).toString());
        QVERIFY2(checked.value("state"_L1).toString() == u"succeeded"_s,
                 QJsonDocument(checked).toJson().constData());
        const QJsonObject report = checked.value("result"_L1).toObject();
        QVERIFY2(report.value("ok"_L1).toBool(), QJsonDocument(report).toJson().constData());
        QVERIFY(report.value("countsMatch"_L1).toBool());
        QCOMPARE(report.value("integrity"_L1).toString(), m_postgres ? u"pg_restore exit 0"_s : u"ok"_s);
        QCOMPARE(report.value("schemaVersion"_L1).toObject().value("restored"_L1).toInt(),
                 manifest.value("schemaVersion"_L1).toInt());
        bool sawUsers = false;
        for (const QJsonValue &row : report.value("tables"_L1).toArray()) {
            const QJsonObject t = row.toObject();
            QVERIFY(t.value("equal"_L1).toBool());
            if (t.value("table"_L1).toString() == u"users"_s) {
                sawUsers = true;
                QCOMPARE(t.value("restored"_L1).toInteger(), 6);
            }
        }
        QVERIFY(sawUsers);
        QCOMPARE(liveCount(u"users"_s), 7);
        if (m_postgres) {
            // The scratch database is gone again.
            Store::Database maintenance(m_pg.url());
            QSqlQuery q = maintenance.exec(u"SELECT COUNT(*) FROM pg_database WHERE datname LIKE 'tollgate_restore_%'"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QCOMPARE(call("POST", "/api/v1/backups/20990101T000000Z-00000000/test-restore", m_admin).status, 404);

        // Unknown and malformed ids are 404, and never reach the file system.
        QCOMPARE(call("GET", "/api/v1/backups/20990101T000000Z-00000000/download", m_admin).status, 404);
        QCOMPARE(call("GET", "/api/v1/backups/..%2Fdata/download", m_admin).status, 404);
        QCOMPARE(call("GET", "/api/v1/operations/no-such-operation", m_admin).status, 404);

        QCOMPARE(call("DELETE", "/api/v1/backups/" + id.toUtf8(), m_admin).status, 204);
        QCOMPARE(object(call("GET", "/api/v1/backups", m_admin)).value("items"_L1).toArray().size(), 0);
        QCOMPARE(call("GET", "/api/v1/backups/" + id.toUtf8() + "/download", m_admin).status, 404);
        QCOMPARE(QDir(m_backupDir).entryList(QDir::Files), QStringList());

        // Both changes are in the audit log.
        Store::Database db(m_databaseUrl);
        for (const QString &action : {u"backup.create"_s, u"backup.delete"_s}) {
            Store::AuditFilter filter;
            filter.action = action;
            const auto entries = Store::AuditRepository(db).list(filter, {10, 0}).items;
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().targetId, id);
            QCOMPARE(entries.first().actorName, u"root"_s);
        }
    }

    void backupWhileWriting()
    {
        // The backup is consistent while the store keeps changing: the counts match the copy.
        const RawResponse started = call("POST", "/api/v1/backups", m_admin);
        QCOMPARE(started.status, 202);
        for (int i = 0; i < 5; ++i)
            call("POST", "/api/v1/users", m_admin,
                 {{u"username"_s, u"during%1"_s.arg(i)},
                  {u"password"_s, u"user-password-1"_s},
                  {u"roles"_s, QJsonArray{u"user"_s}}});
        const QJsonObject op = waitForOperation(object(started).value("operationId"_L1).toString());
        QCOMPARE(op.value("state"_L1).toString(), u"succeeded"_s);
        const qint64 users = op.value("result"_L1).toObject().value("rowCounts"_L1).toObject().value("users"_L1).toInteger();
        QVERIFY(users >= 7 && users <= 12);
        QCOMPARE(call("DELETE", "/api/v1/backups/" + object(started).value("id"_L1).toString().toUtf8(), m_admin)
                     .status,
                 204);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestBackup sqlite(false);
        sqlite.setObjectName(u"TestBackup(sqlite)"_s);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        TestBackup postgres(true);
        postgres.setObjectName(u"TestBackup(postgres)"_s);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_backup.moc"
