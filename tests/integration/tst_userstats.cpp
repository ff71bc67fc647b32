// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/users/stats on the real tollgate-server over HTTP, SQLite and PostgreSQL: the counts
// by status and by role agree with the filtered user lists they replace, follow changes (a
// deactivation, a role granted), count a user with two roles under both, and are read from the
// index of migration 14.
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

class TestUserStats final : public QObject
{
    Q_OBJECT

public:
    explicit TestUserStats(Backend backend)
        : m_backend(backend)
        , m_server({.logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    ApiServer m_server;

    QJsonObject stats(const QByteArray &token)
    {
        const RawResponse r = m_server.call("GET", "/api/v1/users/stats", token);
        if (r.status != 200)
            qWarning("users/stats: %d %s", r.status, r.body.constData());
        return object(r);
    }

    /// The total of GET /api/v1/users with @p query: what the console asked before.
    qint64 listed(const QByteArray &query)
    {
        return object(m_server.call("GET", "/api/v1/users?limit=1" + query, m_server.admin()))
            .value("total"_L1)
            .toInteger(-1);
    }

    void compareWithLists(const QJsonObject &s)
    {
        QCOMPARE(s.value("total"_L1).toInteger(), listed({}));
        QCOMPARE(s.value("byStatus"_L1)[u"active"_s].toInteger(), listed("&active=true"));
        QCOMPARE(s.value("byStatus"_L1)[u"inactive"_s].toInteger(), listed("&active=false"));
        for (const char *role : {"admin", "adminReadonly", "user"})
            QCOMPARE(s.value("byRole"_L1)[QLatin1String(role)].toInteger(),
                     listed("&role=" + QByteArray(role)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.start(m_backend, &error))
            QFAIL(qPrintable(error));
    }

    void countsFollowTheUsers()
    {
        // root is admin and user.
        QJsonObject s = stats(m_server.admin());
        QCOMPARE(s.value("total"_L1).toInteger(), 1);
        QCOMPARE(s.value("byRole"_L1).toObject(),
                 (QJsonObject{{u"admin"_s, 1}, {u"adminReadonly"_s, 0}, {u"user"_s, 1}}));
        QCOMPARE(s.value("byStatus"_L1).toObject(), (QJsonObject{{u"active"_s, 1}, {u"inactive"_s, 0}}));

        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_server.createUser(u"user%1"_s.arg(i)).isEmpty());
        const QString auditor = m_server.createUser(u"auditor"_s, {u"adminReadonly"_s});
        QVERIFY(!m_server.createUser(u"ops"_s, {u"admin"_s}).isEmpty());
        const QString gone = m_server.createUser(u"gone"_s);
        const RawResponse off = m_server.call("PATCH", "/api/v1/users/" + gone.toUtf8(), m_server.admin(),
                                              {{u"active"_s, false}, {u"version"_s, 1}});
        QCOMPARE(off.status, 200);

        s = stats(m_server.admin());
        QCOMPARE(s.value("total"_L1).toInteger(), 9);
        QCOMPARE(s.value("byStatus"_L1).toObject(), (QJsonObject{{u"active"_s, 8}, {u"inactive"_s, 1}}));
        QCOMPARE(s.value("byRole"_L1).toObject(),
                 (QJsonObject{{u"admin"_s, 2}, {u"adminReadonly"_s, 1}, {u"user"_s, 7}}));
        compareWithLists(s);

        // The read-only admin reads them too; a second role counts under both.
        const QByteArray auditorToken = m_server.token(u"auditor"_s);
        QCOMPARE(stats(auditorToken), s);
        const RawResponse granted =
            m_server.call("PATCH", "/api/v1/users/" + auditor.toUtf8(), m_server.admin(),
                          {{u"roles"_s, QJsonArray{u"adminReadonly"_s, u"user"_s}}, {u"version"_s, 1}});
        QCOMPARE(granted.status, 200);
        s = stats(m_server.admin());
        QCOMPARE(s.value("byRole"_L1)[u"user"_s].toInteger(), 8);
        QCOMPARE(s.value("byRole"_L1)[u"adminReadonly"_s].toInteger(), 1);
        QCOMPARE(s.value("total"_L1).toInteger(), 9);
        compareWithLists(s);
        QCOMPARE(m_server.call("GET", "/api/v1/users/stats", m_server.token(u"user0"_s)).status, 403);
    }

    void countedFromAnIndex()
    {
        const QString sql = m_backend == Backend::Sqlite
                                ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"_s
                                : u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = ?"_s;
        QCOMPARE(m_server.scalar(sql, {u"idx_users_roles_active"_s}), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestUserStats>(u"TestUserStats"_s, argc, argv);
}

#include "tst_userstats.moc"
