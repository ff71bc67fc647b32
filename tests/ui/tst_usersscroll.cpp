// SPDX-License-Identifier: GPL-3.0-or-later
// A measurement, not a timed assertion: 100,000 users on a real server, a QTableView over
// UsersModel scrolled to the end page by page as a person dragging the scroll bar would. Prints the
// time per page and the longest stall of the GUI thread; asserts only that every row arrives and
// QAbstractItemModelTester stays quiet. Labelled slow.
#include "gateway-core/client/apiclient.h"
#include "models/usersmodel.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString AdminPassword = u"admin-password-1"_s;
constexpr int Seeded = 100'000;

void scrollToEnd(QTableView &view)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() - 1);
    bar->setValue(bar->maximum());
}
} // namespace

class TestUsersScroll final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrollThroughAHundredThousandUsers();
};

void TestUsersScroll::scrollThroughAHundredThousandUsers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(u"data"_s);
    QString error;
    {
        // First start creates the schema; the users are then written straight into the store.
        Process first;
        QVERIFY2(startTollgateServer(first, dataDir, AdminPassword, &error), qPrintable(error));
        first.stop();
    }
    QProcess sqlite;
    sqlite.start(
        u"sqlite3"_s,
        {dataDir + u"/tollgate.db"_s,
         u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < %1) "
         "INSERT INTO users (id, username, email, full_name, created_at, updated_at, max_budget, spend) "
         "SELECT printf('u%06d', i), printf('user%06d', i), printf('user%06d@example.com', i), "
         "printf('Person %d', i), 1700000000000, 1700000000000, 100000000000, "
         "(i % 100) * 1000000000 FROM n;"_s.arg(Seeded)});
    QVERIFY(sqlite.waitForFinished(60'000));
    QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());

    Process server;
    QVERIFY2(startTollgateServer(server, dataDir, AdminPassword, &error), qPrintable(error));
    Client::ApiClient client;
    client.setServer(server.url());
    QSignalSpy signedIn(&client, &Client::ApiClient::signedIn);
    client.signIn(u"root"_s, AdminPassword);
    QVERIFY(signedIn.wait(15'000));

    Models::UsersModel model(&client);
    // The tester re-walks the whole model on every insertion (quadratic at this size): it watches
    // the first pages, then leaves the measurement alone. tst_usersmodel runs it throughout.
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The longest gap between 5 ms ticks is how long the GUI thread was busy at a stretch.
    QElapsedTimer tick;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] { longestStall = qMax(longestStall, tick.restart()); });

    QElapsedTimer total;
    total.start();
    model.reload();
    QVERIFY(QTest::qWaitFor([&] { return model.totalCount() > 0; }, 15'000));
    const qint64 firstPage = total.elapsed();
    QCOMPARE(model.totalCount(), Seeded + 1);
    int pages = 1;
    while (pages < 5) {
        const int before = model.rowCount();
        scrollToEnd(view);
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() > before; }, 15'000));
        ++pages;
    }
    tester.reset();
    tick.start();
    heartbeat.start();
    while (model.rowCount() < model.totalCount()) {
        const int before = model.rowCount();
        scrollToEnd(view); // the view asks fetchMore when the bar reaches its end
        if (!QTest::qWaitFor([&] { return model.rowCount() > before; }, 15'000))
            QFAIL(qPrintable(u"no more rows after %1"_s.arg(before)));
        ++pages;
    }
    heartbeat.stop();
    const qint64 all = total.elapsed();
    QCOMPARE(model.rowCount(), Seeded + 1);
    QCOMPARE(model.user(Seeded).username, u"user100000"_s);
    qInfo("first page of 200 shown after %lld ms; %d pages, all %d rows after %lld ms (%.1f ms a page); "
          "longest GUI-thread stall %lld ms",
          firstPage, pages, model.rowCount(), all, double(all) / pages, longestStall);
}

QTEST_MAIN(TestUsersScroll)
#include "tst_usersscroll.moc"
