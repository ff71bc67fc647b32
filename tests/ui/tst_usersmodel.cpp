// SPDX-License-Identifier: GPL-3.0-or-later
// UsersModel against the real server: paging with canFetchMore/fetchMore, server-side filters,
// stale pages dropped when the filter changes, rows updated in place; QAbstractItemModelTester
// watches every change.
#include "gateway-core/client/apiclient.h"
#include "models/usersmodel.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"
#include "tests/ui/seeding.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString AdminPassword = u"admin-password-1"_s;
constexpr int Seeded = 250;
} // namespace

class TestUsersModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesAsTheViewScrolls();
    void testerWalksEveryPage();
    void filtersAreServerSide();
    void changingTheFilterDropsStalePages();
    void updatedUserReplacesItsRow();
    void failureStopsFetching();

private:
    bool waitIdle(Models::UsersModel &model);

    QTemporaryDir m_dir;
    Process m_server;
    Client::ApiClient m_admin;
};

void TestUsersModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(startTollgateServer(m_server, m_dir.filePath(u"data"_s), AdminPassword, &error),
             qPrintable(error));
    m_admin.setServer(m_server.url());
    QSignalSpy signedIn(&m_admin, &Client::ApiClient::signedIn);
    m_admin.signIn(u"root"_s, AdminPassword);
    QVERIFY(signedIn.wait(15'000));
    QList<QJsonObject> users;
    for (int i = 0; i < Seeded; ++i) {
        QJsonObject user{{u"username"_s, u"user-%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                         {u"fullName"_s, u"Test User %1"_s.arg(i)},
                         {u"roles"_s, QJsonArray{u"user"_s}}};
        if (i % 10 == 0)
            user.insert(u"active"_s, false);
        users.append(user);
    }
    QCOMPARE(createUsers(m_admin, users), Seeded);
}

void TestUsersModel::cleanupTestCase()
{
    m_server.stop();
}

bool TestUsersModel::waitIdle(Models::UsersModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 15'000);
}

void TestUsersModel::pagesAsTheViewScrolls()
{
    // No tester here: it asks for more on every insertion, as a view kept at the bottom would.
    Models::UsersModel model(&m_admin);
    model.setPageSize(100);
    QCOMPARE(model.totalCount(), -1);
    Client::UserQuery query;
    query.role = Client::RoleUser;
    query.search = u"user-"_s; // the seeded users, not the bootstrap admin (who has the user role too)
    model.setQuery(query);
    QVERIFY(model.isLoading());
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), Seeded);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.columnCount(), int(Models::UsersModel::ColumnCount));
    QCOMPARE(model.index(0, Models::UsersModel::UsernameColumn).data().toString(), u"user-000"_s);
    QCOMPARE(model.index(0, Models::UsersModel::ActiveColumn).data(Models::UsersModel::ActiveRole).toBool(),
             false);
    QCOMPARE(model.index(1, Models::UsersModel::ActiveColumn).data(Models::UsersModel::ActiveRole).toBool(),
             true);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    model.fetchMore({}); // a second call while a page is on its way asks for nothing more
    QCOMPARE(m_admin.inFlight(), 1);
    QVERIFY(waitIdle(model));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.index(199, 0).data().toString(), u"user-199"_s);
    model.fetchMore({});
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), Seeded);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.user(Seeded - 1).username, u"user-249"_s);
}

void TestUsersModel::testerWalksEveryPage()
{
    Models::UsersModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(60);
    Client::UserQuery query;
    query.search = u"user-"_s;
    model.setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), Seeded, 15'000);
    QVERIFY(waitIdle(model));
    QSet<QString> names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.insert(model.user(row).username);
    QCOMPARE(names.size(), Seeded); // no page twice, none missing
}

void TestUsersModel::filtersAreServerSide()
{
    Models::UsersModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Client::UserQuery query;
    query.active = false;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), Seeded / 10);
    QCOMPARE(model.rowCount(), Seeded / 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.user(row).active);

    query = {};
    query.search = u"user-12"_s;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), 10); // user-120…129
    QCOMPARE(model.rowCount(), 10);

    query = {};
    query.role = Client::RoleAdmin;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.user(0).username, u"root"_s);
    QCOMPARE(model.index(0, Models::UsersModel::RolesColumn).data().toString(), u"admin, user"_s);
}

void TestUsersModel::changingTheFilterDropsStalePages()
{
    Models::UsersModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Client::UserQuery everyone;
    model.setQuery(everyone);
    Client::UserQuery admins;
    admins.role = Client::RoleAdmin;
    model.setQuery(admins); // before the first answer arrived
    QVERIFY(waitIdle(model));
    QTest::qWait(100); // let any stray answer of the first query arrive
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(m_admin.inFlight(), 0);
}

void TestUsersModel::updatedUserReplacesItsRow()
{
    Models::UsersModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Client::UserQuery query;
    query.search = u"user-007"_s;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 1);
    const Client::User before = model.user(0);
    QVERIFY(!model.index(0, 0).data(Models::UsersModel::BudgetUsedRole).isValid());

    Client::Reply *reply = m_admin.updateUser(before.id, before.version, {{u"maxBudget"_s, u"40"_s}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    connect(reply, &Client::Reply::finished, &model, &Models::UsersModel::updateUser);
    QVERIFY(changed.wait(15'000));
    QCOMPARE(model.user(0).maxBudget.value_or(0), 40.0);
    QCOMPARE(model.user(0).version, before.version + 1);
    QCOMPARE(model.index(0, 0).data(Models::UsersModel::BudgetUsedRole).toDouble(), 0.0);
    QVERIFY(model.index(0, Models::UsersModel::BudgetColumn).data().toString().contains(u"40"_s));
}

void TestUsersModel::failureStopsFetching()
{
    Client::ApiClient anonymous;
    anonymous.setServer(m_server.url());
    Models::UsersModel model(&anonymous);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &Models::UsersModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait(15'000));
    QCOMPARE(failed.at(0).at(0).value<Client::Error>().status, 401);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
