// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/audit and /api/v1/audit/export on the real tollgate-server, SQLite and PostgreSQL, over
// HTTP: entries made by real API calls (users created and changed by the admin) found again by
// actor, action prefix, target, time range and free text, paged and sorted; and the streamed
// CSV and JSON exports, across several store pages, with the same filters.
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/postgres.h"
#include "tests/support/process.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;
const QString UserPassword = u"user-password-1"_s;

QJsonObject object(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray items(const RawResponse &r)
{
    return object(r).value("items"_L1).toArray();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 msFromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QByteArray enc(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

class TestAudit final : public QObject
{
    Q_OBJECT

public:
    explicit TestAudit(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    Process m_server;
    QString m_databaseUrl;
    QByteArray m_admin;
    QString m_adminId;

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

    QString createUser(const QString &username, const QStringList &roles = {u"user"_s})
    {
        const RawResponse r = call("POST", "/api/v1/users", m_admin,
                                   {{u"username"_s, username},
                                    {u"password"_s, UserPassword},
                                    {u"roles"_s, QJsonArray::fromStringList(roles)}});
        if (r.status != 201)
            qWarning("create %s: %d %s", qPrintable(username), r.status, r.body.constData());
        return object(r).value("id"_L1).toString();
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
        QFile f(m_dir.filePath(u"tollgate.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json({{u"models"_s, QJsonArray{}}}));
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + AdminPassword);
        env.remove(u"TOLLGATE_MASTER_KEY"_s);
        const QString dataDir = m_dir.filePath(u"data"_s);
        QDir().mkpath(dataDir);
        QVERIFY2(m_server.start(binaryPath(u"tollgate-server"_s),
                                {u"--config"_s, m_dir.filePath(u"tollgate.json"_s), u"--data-dir"_s, dataDir,
                                 u"--database"_s, m_databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s,
                                 u"--log-level"_s, u"warning"_s, u"--workers"_s, u"2"_s},
                                env),
                 qPrintable(m_server.errorString()));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 &&
               rawRequest(m_server.host(), m_server.port(), "GET", "/health/readiness").status != 200)
            QTest::qWait(20);
        m_admin = token(u"root"_s, AdminPassword);
        QVERIFY2(!m_admin.isEmpty(), m_server.standardError().constData());
        m_adminId = object(call("GET", "/api/v1/auth/me", m_admin)).value("id"_L1).toString();
        QVERIFY(!m_adminId.isEmpty());
    }

    void filtersFindWhatRealCallsRecorded()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 1;
        const QString zed = createUser(u"zed-audited"_s);
        const QString yan = createUser(u"yan-audited"_s);
        QVERIFY(!zed.isEmpty() && !yan.isEmpty());
        const RawResponse patched =
            call("PATCH", "/api/v1/users/" + zed.toUtf8(), m_admin, {{u"rpmLimit"_s, 7}, {u"version"_s, 1}});
        QCOMPARE(patched.status, 200);

        // Action is a prefix: "user." finds the creations and the update, "user.create" only those.
        const QJsonArray users = items(call("GET", "/api/v1/audit?action=user.&limit=500", m_admin));
        QStringList actions;
        for (const QJsonValue &v : users)
            actions << v.toObject().value("action"_L1).toString();
        QVERIFY2(actions.contains(u"user.create"_s) && actions.contains(u"user.update"_s),
                 qPrintable(actions.join(u' ')));
        for (const QString &a : std::as_const(actions))
            QVERIFY2(a.startsWith(u"user."_s), qPrintable(a));

        // Target: zed's entries are his creation and his update, newest first.
        const RawResponse zeds =
            call("GET", "/api/v1/audit?targetType=user&targetId=" + zed.toUtf8(), m_admin);
        QCOMPARE(zeds.status, 200);
        QCOMPARE(object(zeds).value("total"_L1).toInt(), 2);
        QCOMPARE(items(zeds)[0].toObject().value("action"_L1).toString(), u"user.update"_s);
        QCOMPARE(items(zeds)[1].toObject().value("action"_L1).toString(), u"user.create"_s);
        const QJsonObject update = items(zeds)[0].toObject();
        QCOMPARE(update.value("actorId"_L1).toString(), m_adminId);
        QCOMPARE(update.value("actorName"_L1).toString(), u"root"_s);
        QCOMPARE(update.value("after"_L1).toObject().value("rpmLimit"_L1).toInt(), 7);
        QVERIFY(msFromIso(update.value("at"_L1)) >= before);
        // Sorted oldest first on request.
        const QJsonArray ascending =
            items(call("GET", "/api/v1/audit?sort=at&targetId=" + zed.toUtf8(), m_admin));
        QCOMPARE(ascending[0].toObject().value("action"_L1).toString(), u"user.create"_s);

        // Free text: yan's name appears in his creation record only.
        const QJsonArray yans = items(call("GET", "/api/v1/audit?q=YAN-AUDITED", m_admin));
        QCOMPARE(yans.size(), 1);
        QCOMPARE(yans[0].toObject().value("targetId"_L1).toString(), yan);

        // Actor: a user who changed nothing has no entries; the admin has these.
        const QString quiet = createUser(u"quiet-audited"_s);
        QCOMPARE(
            object(call("GET", "/api/v1/audit?actor=" + quiet.toUtf8(), m_admin)).value("total"_L1).toInt(),
            0);
        QVERIFY(object(call("GET", "/api/v1/audit?action=user.create&actor=" + m_adminId.toUtf8(), m_admin))
                    .value("total"_L1)
                    .toInt() >= 3);

        // Time range: from after everything finds none of them; [before, now] finds all three creations.
        const qint64 after = QDateTime::currentMSecsSinceEpoch() + 1000;
        QCOMPARE(object(call("GET", "/api/v1/audit?action=user.create&from=" + enc(iso(after)), m_admin))
                     .value("total"_L1)
                     .toInt(),
                 0);
        const RawResponse ranged = call(
            "GET", "/api/v1/audit?action=user.create&from=" + enc(iso(before)) + "&to=" + enc(iso(after)),
            m_admin);
        QCOMPARE(object(ranged).value("total"_L1).toInt(), 3);

        // Paging: offset 1, limit 1 is the second entry of the whole list.
        const QJsonArray all = items(call("GET", "/api/v1/audit?limit=5", m_admin));
        const RawResponse second = call("GET", "/api/v1/audit?limit=1&offset=1", m_admin);
        QCOMPARE(items(second).size(), 1);
        QCOMPARE(items(second)[0].toObject().value("id"_L1), all[1].toObject().value("id"_L1));
        QCOMPARE(object(second).value("limit"_L1).toInt(), 1);

        // Bad filters name the parameter.
        const RawResponse badFrom = call("GET", "/api/v1/audit?from=yesterday", m_admin);
        QCOMPARE(badFrom.status, 400);
        QCOMPARE(object(badFrom).value("error"_L1).toObject().value("param"_L1).toString(), u"from"_s);
        QCOMPARE(call("GET", "/api/v1/audit?colour=red", m_admin).status, 400);
        QCOMPARE(call("GET", "/api/v1/audit?sort=action", m_admin).status, 400);
        QCOMPARE(call("GET", "/api/v1/audit/export?format=xml", m_admin).status, 400);
    }

    void exportStreamsTheFilteredEntries()
    {
        // 1203 entries of one kind, more than two store pages of the export, plus the real ones.
        {
            Store::Database db(m_databaseUrl);
            Store::AuditRepository repo(db);
            for (int i = 0; i < 1203; ++i) {
                Store::AuditEntry e;
                // A formula and a line break, which CSV must defuse and quote.
                e.actorName = i == 7 ? u"=HYPERLINK(\"x\")"_s : i == 8 ? u"two\nlines"_s : u"seeder"_s;
                e.action = u"seed.row"_s;
                e.targetType = u"seed"_s;
                e.targetId = u"s%1"_s.arg(i);
                e.after = QJsonObject{{u"note"_s, u"a, b"_s}};
                repo.append(e);
            }
        }
        const RawResponse csv = call("GET", "/api/v1/audit/export?format=csv&action=seed.", m_admin);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.chunked);
        QVERIFY(csv.complete);
        QVERIFY(csv.header("content-type").startsWith("text/csv"));
        QVERIFY(csv.header("content-disposition").contains("attachment"));
        QList<QByteArray> lines = csv.body.split('\n');
        QVERIFY(lines.last().isEmpty());
        lines.removeLast();
        QVERIFY(lines.first().startsWith("id,at,actorId,actorName,action"));
        // One header, 1203 rows, and the one quoted name spans two lines.
        QCOMPARE(lines.size(), 1 + 1203 + 1);
        QVERIFY(csv.body.contains(",\"'=HYPERLINK(\"\"x\"\")\",seed.row,"));
        QVERIFY(csv.body.contains(",\"two\nlines\",seed.row,"));
        QVERIFY(csv.body.contains(",\"{\"\"note\"\":\"\"a, b\"\"}\"\r\n"));
        QVERIFY(csv.body.contains(",seed.row,seed,s1202,"));
        QVERIFY(!csv.body.contains("user.create"));

        const RawResponse js = call("GET", "/api/v1/audit/export?format=json&action=seed.&sort=at", m_admin);
        QCOMPARE(js.status, 200);
        QVERIFY(js.chunked);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(js.body, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 1203);
        QCOMPARE(rows.first().toObject().value("targetId"_L1).toString(), u"s0"_s);
        QCOMPARE(rows.last().toObject().value("targetId"_L1).toString(), u"s1202"_s);
        QSet<qint64> ids;
        for (const QJsonValue &row : rows)
            ids.insert(row.toObject().value("id"_L1).toInteger());
        QCOMPARE(ids.size(), 1203);

        // The same filters as the list: the export of zed's entries equals the list of them.
        const RawResponse none = call("GET", "/api/v1/audit/export?format=json&q=nobody-has-this", m_admin);
        QCOMPARE(QJsonDocument::fromJson(none.body).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(none.body).isArray());
        const QJsonArray listed = items(call("GET", "/api/v1/audit?action=user.&limit=500", m_admin));
        const QJsonArray exported =
            QJsonDocument::fromJson(
                call("GET", "/api/v1/audit/export?format=json&action=user.", m_admin).body)
                .array();
        QCOMPARE(exported, listed);

        // Exports are reads of adminReadonly too, and not of plain users.
        createUser(u"auditor"_s, {u"user"_s, u"adminReadonly"_s});
        const QByteArray auditor = token(u"auditor"_s, UserPassword);
        QCOMPARE(call("GET", "/api/v1/audit/export?action=seed.", auditor).status, 200);
        createUser(u"plain"_s);
        QCOMPARE(call("GET", "/api/v1/audit/export", token(u"plain"_s, UserPassword)).status, 403);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestAudit sqlite(false);
        sqlite.setObjectName(u"TestAudit(sqlite)"_s);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        TestAudit postgres(true);
        postgres.setObjectName(u"TestAudit(postgres)"_s);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_audit.moc"
