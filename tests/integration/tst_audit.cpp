// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/audit and /api/v1/audit/export on the real tollgate-server, SQLite and PostgreSQL, over
// HTTP: entries made by real API calls (users created and changed by the admin) found again by
// actor, action prefix, target, time range and free text, paged and sorted; and the streamed
// CSV and JSON exports, across several store pages, with the same filters.
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

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
    explicit TestAudit(Backend backend)
        : m_backend(backend)
        , m_server({.config = QJsonObject{{u"models"_s, QJsonArray{}}}, .logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    ApiServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
        QVERIFY(!m_server.adminId().isEmpty());
    }

    void filtersFindWhatRealCallsRecorded()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 1;
        const QString zed = m_server.createUser(u"zed-audited"_s);
        const QString yan = m_server.createUser(u"yan-audited"_s);
        QVERIFY(!zed.isEmpty() && !yan.isEmpty());
        const RawResponse patched = m_server.call("PATCH", "/api/v1/users/" + zed.toUtf8(), m_server.admin(),
                                                  {{u"rpmLimit"_s, 7}, {u"version"_s, 1}});
        QCOMPARE(patched.status, 200);

        // Action is a prefix: "user." finds the creations and the update, "user.create" only those.
        const QJsonArray users =
            items(m_server.call("GET", "/api/v1/audit?action=user.&limit=500", m_server.admin()));
        QStringList actions;
        for (const QJsonValue &v : users)
            actions << v.toObject().value("action"_L1).toString();
        QVERIFY2(actions.contains(u"user.create"_s) && actions.contains(u"user.update"_s),
                 qPrintable(actions.join(u' ')));
        for (const QString &a : std::as_const(actions))
            QVERIFY2(a.startsWith(u"user."_s), qPrintable(a));

        // Target: zed's entries are his creation and his update, newest first.
        const RawResponse zeds =
            m_server.call("GET", "/api/v1/audit?targetType=user&targetId=" + zed.toUtf8(), m_server.admin());
        QCOMPARE(zeds.status, 200);
        QCOMPARE(object(zeds).value("total"_L1).toInt(), 2);
        QCOMPARE(items(zeds)[0].toObject().value("action"_L1).toString(), u"user.update"_s);
        QCOMPARE(items(zeds)[1].toObject().value("action"_L1).toString(), u"user.create"_s);
        const QJsonObject update = items(zeds)[0].toObject();
        QCOMPARE(update.value("actorId"_L1).toString(), m_server.adminId());
        QCOMPARE(update.value("actorName"_L1).toString(), u"root"_s);
        QCOMPARE(update.value("after"_L1).toObject().value("rpmLimit"_L1).toInt(), 7);
        QVERIFY(msFromIso(update.value("at"_L1)) >= before);
        // Sorted oldest first on request.
        const QJsonArray ascending =
            items(m_server.call("GET", "/api/v1/audit?sort=at&targetId=" + zed.toUtf8(), m_server.admin()));
        QCOMPARE(ascending[0].toObject().value("action"_L1).toString(), u"user.create"_s);

        // Free text: yan's name appears in his creation record only.
        const QJsonArray yans = items(m_server.call("GET", "/api/v1/audit?q=YAN-AUDITED", m_server.admin()));
        QCOMPARE(yans.size(), 1);
        QCOMPARE(yans[0].toObject().value("targetId"_L1).toString(), yan);

        // Actor: a user who changed nothing has no entries; the admin has these.
        const QString quiet = m_server.createUser(u"quiet-audited"_s);
        QCOMPARE(object(m_server.call("GET", "/api/v1/audit?actor=" + quiet.toUtf8(), m_server.admin()))
                     .value("total"_L1)
                     .toInt(),
                 0);
        QVERIFY(object(m_server.call("GET",
                                     "/api/v1/audit?action=user.create&actor=" + m_server.adminId().toUtf8(),
                                     m_server.admin()))
                    .value("total"_L1)
                    .toInt() >= 3);

        // Time range: from after everything finds none of them; [before, now] finds all three creations.
        const qint64 after = QDateTime::currentMSecsSinceEpoch() + 1000;
        QCOMPARE(object(m_server.call("GET", "/api/v1/audit?action=user.create&from=" + enc(iso(after)),
                                      m_server.admin()))
                     .value("total"_L1)
                     .toInt(),
                 0);
        const RawResponse ranged = m_server.call(
            "GET", "/api/v1/audit?action=user.create&from=" + enc(iso(before)) + "&to=" + enc(iso(after)),
            m_server.admin());
        QCOMPARE(object(ranged).value("total"_L1).toInt(), 3);

        // Paging: offset 1, limit 1 is the second entry of the whole list.
        const QJsonArray all = items(m_server.call("GET", "/api/v1/audit?limit=5", m_server.admin()));
        const RawResponse second = m_server.call("GET", "/api/v1/audit?limit=1&offset=1", m_server.admin());
        QCOMPARE(items(second).size(), 1);
        QCOMPARE(items(second)[0].toObject().value("id"_L1), all[1].toObject().value("id"_L1));
        QCOMPARE(object(second).value("limit"_L1).toInt(), 1);

        // Bad filters name the parameter.
        const RawResponse badFrom = m_server.call("GET", "/api/v1/audit?from=yesterday", m_server.admin());
        QCOMPARE(badFrom.status, 400);
        QCOMPARE(object(badFrom).value("error"_L1).toObject().value("param"_L1).toString(), u"from"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/audit?colour=red", m_server.admin()).status, 400);
        QCOMPARE(m_server.call("GET", "/api/v1/audit?sort=action", m_server.admin()).status, 400);
        QCOMPARE(m_server.call("GET", "/api/v1/audit/export?format=xml", m_server.admin()).status, 400);
    }

    void exportStreamsTheFilteredEntries()
    {
        // 1203 entries of one kind, more than two store pages of the export, plus the real ones.
        {
            Store::Database db(m_server.databaseUrl());
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
        const RawResponse csv =
            m_server.call("GET", "/api/v1/audit/export?format=csv&action=seed.", m_server.admin());
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

        const RawResponse js =
            m_server.call("GET", "/api/v1/audit/export?format=json&action=seed.&sort=at", m_server.admin());
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
        const RawResponse none =
            m_server.call("GET", "/api/v1/audit/export?format=json&q=nobody-has-this", m_server.admin());
        QCOMPARE(QJsonDocument::fromJson(none.body).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(none.body).isArray());
        const QJsonArray listed =
            items(m_server.call("GET", "/api/v1/audit?action=user.&limit=500", m_server.admin()));
        const QJsonArray exported =
            QJsonDocument::fromJson(
                m_server.call("GET", "/api/v1/audit/export?format=json&action=user.", m_server.admin()).body)
                .array();
        QCOMPARE(exported, listed);

        // Exports are reads of adminReadonly too, and not of plain users.
        m_server.createUser(u"auditor"_s, {u"user"_s, u"adminReadonly"_s});
        const QByteArray auditor = m_server.token(u"auditor"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/audit/export?action=seed.", auditor).status, 200);
        m_server.createUser(u"plain"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/audit/export", m_server.token(u"plain"_s)).status, 403);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestAudit>(u"TestAudit"_s, argc, argv);
}

#include "tst_audit.moc"
