// SPDX-License-Identifier: GPL-3.0-or-later
// The console's notifications page (offscreen) against the real tollgate-server with the mock LLM
// behind it: a key driven over its soft budget through the gateway shows up in the feed and in the
// navigation's unread count (polled in the background), marking it read is what the server then
// answers, admins page through everybody's alerts (QAbstractItemModelTester), see the webhook
// deliveries and send a test alert; a read-only admin cannot; --screenshots renders the page.
#include "gateway-core/client/apiclient.h"
#include "models/notificationsmodel.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/ui/pageserver.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/mainwindow.h"
#include "ui/notificationspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Tollgate::Testing::Pages;
using namespace Qt::StringLiterals;

namespace {

QListWidgetItem *navigationItem(Ui::MainWindow &window, Ui::Page *page)
{
    auto *navigation = findByAccessibleName<QListWidget>(&window, u"Pages"_s);
    const qsizetype row = window.pages().indexOf(page);
    return navigation && row >= 0 ? navigation->item(int(row)) : nullptr;
}

} // namespace

class TestPagesNotifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void softBudgetAlertIsShownCountedAndMarkedRead();
    void adminPagesThroughEverybodysAlerts();
    void adminSendsTestAlertAndSeesDeliveries();
    void readOnlyAdminCannotSendTestAlert();
    void screenshotsOfThePage();

private:
    void signIn(Ui::MainWindow &window, const QString &username, const QString &password);
    Ui::NotificationsPage *notificationsPage(Ui::MainWindow &window);
    int chat();

    QTemporaryDir m_dir;
    MockLlmProcess m_mock;
    Process m_server;
    Client::ApiClient m_admin;
    Client::ApiClient m_alice;
    QString m_secret;
};

void TestPagesNotifications::initTestCase()
{
    QVERIFY(m_dir.isValid());
    keepSettingsIn(m_dir);
    QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
    // Prices that make each small chat cost 0.023, as in tst_alerts.
    QString error;
    QVERIFY2(startServerWithModels(m_server, m_dir,
                                   {chatModel(u"mock-chat"_s, m_mock.apiBase(),
                                              {{u"input"_s, u"1000"_s}, {u"output"_s, u"2000"_s}})},
                                   &error),
             qPrintable(error));
    QVERIFY(signInClient(m_admin, m_server.url(), u"root"_s, AdminPassword));
    QCOMPARE(createPeople(m_admin), 2);

    // alice: subscribed to mock-chat, with a key whose soft budget two chats cross and whose
    // budget a third one reaches.
    QVERIFY(signInClient(m_alice, m_server.url(), u"alice"_s, UserPassword));
    QCOMPARE(await(m_alice.post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, u"mock-chat"_s}}))
                 .value("status"_L1)
                 .toString(),
             u"active"_s);
    m_secret = await(m_alice.post(u"/api/v1/keys"_s, {{u"name"_s, u"laptop"_s},
                                                      {u"maxBudget"_s, u"0.069"_s},
                                                      {u"softBudget"_s, u"0.04"_s}}))
                   .value("secret"_L1)
                   .toString();
    QVERIFY(!m_secret.isEmpty());
}

void TestPagesNotifications::cleanupTestCase()
{
    m_server.stop();
}

int TestPagesNotifications::chat()
{
    return chatStatus(m_server, m_secret, u"mock-chat"_s);
}

void TestPagesNotifications::signIn(Ui::MainWindow &window, const QString &username, const QString &password)
{
    signInWindow(window, m_server.baseUrl(), username, password);
}

Ui::NotificationsPage *TestPagesNotifications::notificationsPage(Ui::MainWindow &window)
{
    return qobject_cast<Ui::NotificationsPage *>(window.page(u"notifications"_s));
}

void TestPagesNotifications::softBudgetAlertIsShownCountedAndMarkedRead()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"alice"_s, UserPassword);
    auto *page = notificationsPage(window);
    QVERIFY(page);
    page->setPollInterval(200);
    QListWidgetItem *entry = navigationItem(window, page);
    QVERIFY(entry);
    // The first poll runs without the page being shown: nothing unread yet.
    QTRY_COMPARE_WITH_TIMEOUT(page->unreadCount(), 0, 15'000);
    QCOMPARE(entry->text(), u"Notifications"_s);
    // A user sees only their own alerts and no deliveries.
    QVERIFY(!findByAccessibleName<QComboBox>(page, u"Whose alerts"_s)->isEnabled());
    QVERIFY(!findByAccessibleName<QComboBox>(page, u"Whose alerts"_s)->toolTip().isEmpty());
    QVERIFY(!findByAccessibleName<QTableWidget>(page, u"Webhook deliveries"_s)->isVisibleTo(page));

    // Two chats through the gateway spend 0.046 of the key's soft budget of 0.04 (the data plane
    // picks the new key up within about a second).
    QVERIFY(QTest::qWaitFor([this] { return chat() == 200; }, 10'000));
    QCOMPARE(chat(), 200);

    // The background poll sees the alert; the navigation entry says so.
    QTRY_COMPARE_WITH_TIMEOUT(page->unreadCount(), 1, 15'000);
    QCOMPARE(entry->text(), u"Notifications (1)"_s);
    QVERIFY(page->pollCount() >= 2);

    QVERIFY(window.showPage(u"notifications"_s));
    Models::NotificationsModel *model = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15'000);
    const QModelIndex first = model->index(0, Models::NotificationsModel::TypeColumn);
    QCOMPARE(first.data(Models::NotificationsModel::TypeRole).toString(), u"soft_budget_crossed"_s);
    QCOMPARE(first.data().toString(), u"Soft budget crossed"_s);
    QCOMPARE(model->index(0, Models::NotificationsModel::SubjectColumn).data().toString(),
             u"Key laptop (of alice)"_s);
    QCOMPARE(model->index(0, Models::NotificationsModel::ReadColumn).data().toString(), u"Unread"_s);
    QVERIFY(!model->index(0, Models::NotificationsModel::TimeColumn).data().toString().isEmpty());

    // Mark read: disabled until an unread row is selected.
    auto *markRead = findByAccessibleName<QPushButton>(page, u"Mark selected read"_s);
    QVERIFY(markRead);
    QVERIFY(!markRead->isEnabled());
    page->table()->selectRow(0);
    QVERIFY(markRead->isEnabled());
    QTest::mouseClick(markRead, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(first.data(Models::NotificationsModel::ReadRole).toBool(), 15'000);
    QCOMPARE(page->unreadCount(), 0);
    QCOMPARE(entry->text(), u"Notifications"_s);
    QVERIFY(!markRead->isEnabled());

    // The server agrees, and the poll does not bring the count back.
    const QJsonObject mine = await(m_alice.notifications(u"mine"_s, false, 50, 0));
    QCOMPARE(mine.value("unread"_L1).toInt(), 0);
    QCOMPARE(mine.value("total"_L1).toInt(), 1);
    QCOMPARE(mine.value("items"_L1).toArray().first()[u"read"_s].toBool(), true);
    const int polls = page->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(page->pollCount() >= polls + 2, 15'000);
    QCOMPARE(page->unreadCount(), 0);
}

void TestPagesNotifications::adminPagesThroughEverybodysAlerts()
{
    // Chats until the key's budget (0.069) refuses: a second alert, budget_exhausted.
    for (int i = 0; i < 5 && chat() == 200; ++i) {
    }
    QTRY_COMPARE_WITH_TIMEOUT(await(m_admin.notifications(u"all"_s, false, 50, 0)).value("total"_L1).toInt(),
                              2, 15'000);
    const QJsonObject all = await(m_admin.notifications(u"all"_s, false, 50, 0));
    QCOMPARE(all.value("total"_L1).toInt(), 2);
    // Read marks are per user: alice read hers, the admin has not.
    QCOMPARE(all.value("unread"_L1).toInt(), 2);

    Models::NotificationsModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // One row per page: the first page promises a second, which the tester itself fetches (a
    // fetchMore while that is out asks nothing more).
    QSignalSpy pages(&model, &Models::NotificationsModel::loadingChanged);
    model.setPageSize(1);
    model.setScope(u"all"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 2, 15'000);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15'000);
    int requests = 0;
    for (const QList<QVariant> &emitted : std::as_const(pages))
        requests += emitted.first().toBool() ? 1 : 0;
    QCOMPARE(requests, 2);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QCOMPARE(model.index(0, 0).data(Models::NotificationsModel::TypeRole).toString(), u"budget_exhausted"_s);
    QCOMPARE(model.index(1, 0).data(Models::NotificationsModel::TypeRole).toString(),
             u"soft_budget_crossed"_s);
    QCOMPARE(model.unreadCount(), 2);
    // Only unread: the same two for the admin; alice's scope has one unread left (the new one).
    model.setUnreadOnly(true);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 2, 15'000);
    QCOMPARE(await(m_alice.notifications(u"mine"_s, true, 50, 0)).value("total"_L1).toInt(), 1);
}

void TestPagesNotifications::adminSendsTestAlertAndSeesDeliveries()
{
    // A webhook URL where nobody answers: the first attempt fails and the delivery waits for a retry.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QJsonObject settings = await(m_admin.get(u"/api/v1/settings"_s));
    const qint64 version = settings.value("version"_L1).toInteger();
    QVERIFY(
        !await(m_admin.patch(u"/api/v1/settings"_s,
                             {{u"version"_s, double(version)},
                              {u"alertWebhookUrls"_s, QJsonArray{u"http://127.0.0.1:%1/hook"_s.arg(port)}}},
                             version))
             .isEmpty());

    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = notificationsPage(window);
    QVERIFY(page);
    QVERIFY(window.showPage(u"notifications"_s));
    auto *scope = findByAccessibleName<QComboBox>(page, u"Whose alerts"_s);
    QVERIFY(scope && scope->isEnabled());
    // Everyone's alerts, then mark all read: the server's unread count for the admin is 0.
    scope->setCurrentIndex(scope->findData(u"all"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(page->unreadCount(), 2, 15'000);
    auto *markAll = findByAccessibleName<QPushButton>(page, u"Mark all read"_s);
    QVERIFY(markAll && markAll->isEnabled());
    QTest::mouseClick(markAll, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->unreadCount(), 0, 15'000);
    QVERIFY(!markAll->isEnabled());
    QVERIFY(page->model()->index(1, 0).data(Models::NotificationsModel::ReadRole).toBool());
    QCOMPARE(await(m_admin.notifications(u"all"_s, false, 1, 0)).value("unread"_L1).toInt(), 0);
    // Read marks are per user: alice still has her budget_exhausted alert unread.
    QCOMPARE(await(m_alice.notifications(u"mine"_s, false, 1, 0)).value("unread"_L1).toInt(), 1);

    auto *deliveries = page->deliveries();
    QVERIFY(deliveries->isVisibleTo(page));
    QTRY_VERIFY_WITH_TIMEOUT(
        findByAccessibleName<QPushButton>(page, u"Reload webhook deliveries"_s)->isEnabled(), 15'000);
    const int before = deliveries->rowCount();
    auto *send = findByAccessibleName<QPushButton>(page, u"Send test alert"_s);
    QVERIFY(send && send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->rowCount(), before + 1, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15'000);
    // Newest first: the test alert, one failed attempt, the error shown.
    QCOMPARE(deliveries->item(0, 0)->text(), u"Test alert"_s);
    QCOMPARE(deliveries->item(0, 1)->text(), u"Pending"_s);
    QCOMPARE(deliveries->item(0, 2)->text(), u"1"_s);
    QVERIFY(!deliveries->item(0, 4)->text().isEmpty());
    QVERIFY(findByAccessibleName<QLabel>(page, u"Webhook delivery status"_s)
                ->text()
                .startsWith(u"Test alert sent to 1 webhook URL"_s));
    const QJsonObject server = await(m_admin.alertDeliveries(50, 0));
    QCOMPARE(server.value("total"_L1).toInt(), deliveries->rowCount());
    QCOMPARE(server.value("items"_L1).toArray().first()[u"eventType"_s].toString(), u"test"_s);
}

void TestPagesNotifications::readOnlyAdminCannotSendTestAlert()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"auditor"_s, UserPassword);
    auto *page = notificationsPage(window);
    QVERIFY(page);
    QVERIFY(window.showPage(u"notifications"_s));
    QVERIFY(findByAccessibleName<QComboBox>(page, u"Whose alerts"_s)->isEnabled());
    QVERIFY(page->deliveries()->isVisibleTo(page));
    QTRY_VERIFY_WITH_TIMEOUT(page->deliveries()->rowCount() >= 1, 15'000);
    auto *send = findByAccessibleName<QPushButton>(page, u"Send test alert"_s);
    QVERIFY(send);
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(u"read-only"_s));
    // And the server refuses it too.
    Client::Error refusal;
    await(client.sendTestAlert(), &refusal);
    QCOMPARE(refusal.status, 403);
}

void TestPagesNotifications::screenshotsOfThePage()
{
    takeScreenshots(m_dir, m_server.baseUrl(), {u"notifications"_s});
}

QTEST_MAIN(TestPagesNotifications)
#include "tst_pages_notifications.moc"
