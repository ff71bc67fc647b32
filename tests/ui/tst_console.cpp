// SPDX-License-Identifier: GPL-3.0-or-later
// The console's widgets (offscreen) against the real tollgate-server: connect, sign in with the
// keyboard, pages by role, deactivate a user and see it at the server, the read-only admin's
// disabled controls, budget bar colours from real spend, readable failures; and the built
// tollgate-console binary's --screenshots and --measure-startup runs.
#include "gateway-core/client/apiclient.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/userrepository.h"
#include "models/usersmodel.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/connectpage.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/signinpage.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;
const QString UserPassword = u"user-password-1"_s;

QPushButton *findButton(QWidget *root, const QString &text)
{
    const QList<QPushButton *> all = root->findChildren<QPushButton *>();
    for (QPushButton *b : all) {
        if (b->text().remove(u'&') == text && b->isVisibleTo(root))
            return b;
    }
    return nullptr;
}

} // namespace

class TestConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInOpenUsersAndDeactivate();
    void wrongPasswordSaysSo();
    void untrustedCertificateIsTrustedExplicitly();
    void resumesAKeptSession();
    void readOnlyAdminSeesDisabledControls();
    void userSeesNoUsersPage();
    void budgetBarTurnsAmberAndRed();
    void budgetLevels_data();
    void budgetLevels();
    void screenshotsOfEveryPage();
    void startupMeasurement();

private:
    /// Drives connect and sign-in with the keyboard; the window ends on its first page.
    void signIn(Ui::MainWindow &window, const QString &username, const QString &password);
    Ui::UsersPage *openUsers(Ui::MainWindow &window);
    QString userId(const QString &username);

    QTemporaryDir m_dir;
    Process m_server;
    Client::ApiClient m_admin;
    QString m_databaseUrl;
};

void TestConsole::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"TollgateTest"_s);
    QString error;
    const QString dataDir = m_dir.filePath(u"data"_s);
    m_databaseUrl = u"sqlite://"_s + dataDir + u"/tollgate.db"_s;
    QVERIFY2(startTollgateServer(m_server, dataDir, AdminPassword, &error), qPrintable(error));
    m_admin.setServer(m_server.url());
    QSignalSpy signedIn(&m_admin, &Client::ApiClient::signedIn);
    m_admin.signIn(u"root"_s, AdminPassword);
    QVERIFY(signedIn.wait(15'000));
    const auto user = [](const QString &name, const QString &role, const QJsonObject &extra = {}) {
        QJsonObject o{{u"username"_s, name}, {u"password"_s, UserPassword}, {u"roles"_s, QJsonArray{role}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QCOMPARE(createUsers(m_admin, {user(u"alice"_s, u"user"_s, {{u"fullName"_s, u"Alice Liddell"_s}}),
                                   user(u"auditor"_s, u"adminReadonly"_s),
                                   user(u"bob"_s, u"user"_s, {{u"maxBudget"_s, u"10"_s}}),
                                   user(u"carol"_s, u"user"_s, {{u"maxBudget"_s, u"10"_s}})}),
             4);
    // Spend comes from metered usage; write it as the usage flusher would.
    Store::Database db(m_databaseUrl);
    Store::UserRepository users(db);
    users.addSpend(userId(u"bob"_s), 7'500'000'000);   // 7.50 of 10: amber
    users.addSpend(userId(u"carol"_s), 9'500'000'000); // 9.50 of 10: red
}

void TestConsole::cleanupTestCase()
{
    m_server.stop();
}

QString TestConsole::userId(const QString &username)
{
    Store::Database db(m_databaseUrl);
    const auto user = Store::UserRepository(db).findByUsername(username);
    return user ? user->id : QString();
}

void TestConsole::signIn(Ui::MainWindow &window, const QString &username, const QString &password)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *url = findByAccessibleName<QComboBox>(window.connectPage(), u"Server address"_s, true);
    QVERIFY(url);
    url->lineEdit()->selectAll();
    QTest::keyClicks(url->lineEdit(), m_server.baseUrl());
    QTest::keyClick(url->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.signInPage()->isVisible(), 15'000);

    auto *user = findByAccessibleName<QLineEdit>(window.signInPage(), u"Username"_s, true);
    auto *pass = findByAccessibleName<QLineEdit>(window.signInPage(), u"Password"_s, true);
    QVERIFY(user && pass);
    user->clear();
    QTest::keyClicks(user, username);
    QTest::keyClick(user, Qt::Key_Return); // moves to the password
    QVERIFY(pass->hasFocus() || !QApplication::focusWidget());
    QTest::keyClicks(pass, password);
    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    QTest::keyClick(pass, Qt::Key_Return);
    QVERIFY(shown.wait(15'000));
    QVERIFY(window.isConsoleShown());
}

Ui::UsersPage *TestConsole::openUsers(Ui::MainWindow &window)
{
    auto *nav = findByAccessibleName<QListWidget>(&window, u"Pages"_s, true);
    if (!nav)
        return nullptr;
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down); // dashboard → users
    auto *users = qobject_cast<Ui::UsersPage *>(window.currentPage());
    if (!users)
        return nullptr;
    if (!QTest::qWaitFor(
            [users] { return !users->model()->isLoading() && users->model()->totalCount() >= 0; }, 15'000))
        return nullptr;
    return users;
}

void TestConsole::signInOpenUsersAndDeactivate()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    QStringList ids;
    for (const Ui::Page *page : window.pages())
        ids << page->pageId();
    QCOMPARE(ids, (QStringList{u"dashboard"_s, u"users"_s, u"models"_s, u"subscriptions"_s, u"keys"_s,
                               u"branding"_s, u"banners"_s, u"audit"_s, u"backups"_s, u"notifications"_s,
                               u"settings"_s, u"about"_s}));

    // The dashboard counts what the server has.
    auto *dashboard = qobject_cast<Ui::DashboardPage *>(window.currentPage());
    QVERIFY(dashboard);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->countLabel(u"users"_s)->text(), u"5"_s, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->countLabel(u"readonly"_s)->text(), u"1"_s, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->countLabel(u"admins"_s)->text(), u"1"_s, 15'000);
    // The status bar showed requests in flight while they ran, and is quiet now.
    auto *inFlight = findByAccessibleName<QLabel>(&window, u"Requests in flight"_s, true);
    QVERIFY(inFlight);
    QTRY_VERIFY_WITH_TIMEOUT(inFlight->text().isEmpty(), 15'000);

    Ui::UsersPage *users = openUsers(window);
    QVERIFY(users);
    QCOMPARE(users->model()->totalCount(), 5);
    QVERIFY(users->selectUser(u"alice"_s));
    QPushButton *deactivate = findButton(users, u"Deactivate"_s);
    QVERIFY(deactivate);
    QVERIFY(deactivate->isEnabled());
    QTest::mouseClick(deactivate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findButton(users, u"Activate"_s) != nullptr, 15'000);

    // The server agrees.
    Client::Reply *check = m_admin.user(userId(u"alice"_s));
    QJsonObject alice;
    connect(check, &Client::Reply::finished, this, [&alice](const QJsonObject &o) { alice = o; });
    QTRY_VERIFY_WITH_TIMEOUT(!alice.isEmpty(), 15'000);
    QCOMPARE(alice.value("active"_L1).toBool(true), false);
    const int row = users->model()->rowOf(userId(u"alice"_s));
    QCOMPARE(users->model()
                 ->index(row, Models::UsersModel::ActiveColumn)
                 .data(Models::UsersModel::ActiveRole)
                 .toBool(),
             false);

    // Filter to inactive users through the combo box: only alice.
    auto *status = findByAccessibleName<QComboBox>(users, u"Filter by status"_s, true);
    QVERIFY(status);
    status->setCurrentIndex(2);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->totalCount(), 1, 15'000);
    QCOMPARE(users->model()->user(0).username, u"alice"_s);

    // Put alice back for the other tests, through the same button.
    QVERIFY(users->selectUser(u"alice"_s));
    QTest::mouseClick(findButton(users, u"Activate"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findButton(users, u"Deactivate"_s) != nullptr, 15'000);

    // Signing out returns to the sign-in page and revokes the session.
    const QByteArray refresh = client.refreshToken();
    window.signOut();
    QVERIFY(window.signInPage()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 0, 15'000); // the revocation reached the server
    Client::ApiClient other;
    other.setServer(m_server.url());
    QSignalSpy failed(other.resumeSession(refresh), &Client::Reply::failed);
    QVERIFY(failed.wait(15'000));
}

void TestConsole::wrongPasswordSaysSo()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    window.show();
    window.showSignIn(m_server.baseUrl());
    auto *user = findByAccessibleName<QLineEdit>(window.signInPage(), u"Username"_s, true);
    auto *pass = findByAccessibleName<QLineEdit>(window.signInPage(), u"Password"_s, true);
    user->setText(u"root"_s);
    QTest::keyClicks(pass, u"wrong-password"_s);
    QTest::keyClick(pass, Qt::Key_Return);
    auto *status = findByAccessibleName<QLabel>(window.signInPage(), u"Sign-in status"_s, true);
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Wrong username or password."_s, 15'000);
    QVERIFY(!window.isConsoleShown());

    // A server that is not there: the connect page says so.
    window.connectPage()->setServerUrl(u"http://127.0.0.1:1"_s);
    window.connectPage()->checkServer();
    auto *connectStatus = findByAccessibleName<QLabel>(window.connectPage(), u"Connection status"_s, true);
    QTRY_VERIFY_WITH_TIMEOUT(connectStatus->text().contains(u"refused"_s), 15'000);
}

void TestConsole::untrustedCertificateIsTrustedExplicitly()
{
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(openssl.waitForFinished(30'000));
    QCOMPARE(openssl.exitCode(), 0);
    Process tls;
    QString error;
    QVERIFY2(startTollgateServer(tls, m_dir.filePath(u"tls-data"_s), AdminPassword, &error,
                                 {u"--tls-cert-file"_s, cert, u"--tls-key-file"_s, key}),
             qPrintable(error));
    const QString url = u"https://%1:%2"_s.arg(tls.host()).arg(tls.port());

    Client::ApiClient client;
    Ui::MainWindow window(&client);
    window.show();
    window.connectPage()->setServerUrl(url);
    window.connectPage()->checkServer();
    auto *status = findByAccessibleName<QLabel>(window.connectPage(), u"Connection status"_s, true);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"SHA-256"_s), 15'000);
    QPushButton *trust = findButton(window.connectPage(), u"Trust this certificate"_s);
    QVERIFY(trust);
    QVERIFY(!window.signInPage()->isVisible());
    QTest::mouseClick(trust, Qt::LeftButton);
    // The TLS server may still be opening its store: retry until it answers ready.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (window.signInPage()->isVisible())
                return true;
            if (client.inFlight() == 0)
                window.connectPage()->checkServer();
            return false;
        }(),
        15'000);
    const QStringList remembered = QSettings().value(u"tls/trusted/"_s + tls.host()).toStringList();
    QCOMPARE(remembered.size(), 1);
    QVERIFY(status->text().isEmpty() || !status->text().contains(u"SHA-256"_s));

    // A new client (a later start) trusts it from the settings.
    Client::ApiClient later;
    Ui::ConnectPage::loadTrustedCertificates(&later);
    QCOMPARE(later.trustedCertificates(tls.host()).size(), 1);
    QCOMPARE(QString::fromLatin1(later.trustedCertificates(tls.host()).at(0)), remembered.at(0));
}

void TestConsole::resumesAKeptSession()
{
    // What the console does at start with a refresh token from the keychain.
    Client::ApiClient earlier;
    earlier.setServer(m_server.url());
    QSignalSpy signedIn(&earlier, &Client::ApiClient::signedIn);
    earlier.signIn(u"auditor"_s, UserPassword);
    QVERIFY(signedIn.wait(15'000));

    Client::ApiClient client;
    QSignalSpy kept(&client, &Client::ApiClient::refreshTokenChanged);
    Ui::MainWindow window(&client);
    window.show();
    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    window.resumeSession(m_server.baseUrl(), earlier.refreshToken());
    QVERIFY(shown.wait(15'000));
    QCOMPARE(client.currentUser().value("username"_L1).toString(), u"auditor"_s);
    QCOMPARE(kept.size(), 1); // the rotated token, to be kept in place of the spent one
    QVERIFY(kept.at(0).at(0).toByteArray() != earlier.refreshToken());

    // A spent token falls back to the sign-in page with a message.
    Client::ApiClient again;
    Ui::MainWindow second(&again);
    second.show();
    second.resumeSession(m_server.baseUrl(), earlier.refreshToken());
    auto *message = findByAccessibleName<QLabel>(&second, u"Last message"_s, true);
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"could not be resumed"_s), 15'000);
    QVERIFY(second.signInPage()->isVisible());
}

void TestConsole::readOnlyAdminSeesDisabledControls()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"auditor"_s, UserPassword);
    Ui::UsersPage *users = openUsers(window);
    QVERIFY(users);
    QVERIFY(users->selectUser(u"bob"_s));
    QPushButton *deactivate = findButton(users, u"Deactivate"_s);
    QVERIFY(deactivate);
    QVERIFY(!deactivate->isEnabled());
    QVERIFY(deactivate->toolTip().contains(u"read-only"_s));
    QPushButton *save = findButton(users, u"Save limits"_s);
    QVERIFY(save && !save->isEnabled());
    // Reading still works: the table shows everyone.
    QCOMPARE(users->model()->totalCount(), 5);
}

void TestConsole::userSeesNoUsersPage()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"bob"_s, UserPassword);
    QStringList ids;
    for (const Ui::Page *page : window.pages())
        ids << page->pageId();
    QCOMPARE(ids, (QStringList{u"dashboard"_s, u"notifications"_s, u"settings"_s, u"about"_s}));
    auto *dashboard = qobject_cast<Ui::DashboardPage *>(window.currentPage());
    QVERIFY(dashboard);
    QVERIFY(!dashboard->countLabel(u"users"_s)->isVisibleTo(dashboard));
}

void TestConsole::budgetBarTurnsAmberAndRed()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    Ui::UsersPage *users = openUsers(window);
    QVERIFY(users);
    auto *bar = findByAccessibleName<QProgressBar>(users, u"Budget used"_s, true);
    QVERIFY(bar);
    QVERIFY(users->selectUser(u"bob"_s));
    QCOMPARE(bar->value(), 75);
    QCOMPARE(bar->property("budgetLevel").toInt(), int(Ui::UsersPage::BudgetLevel::Warning));
    const QColor amber = bar->palette().color(QPalette::Highlight);
    QVERIFY(users->selectUser(u"carol"_s));
    QCOMPARE(bar->value(), 95);
    QCOMPARE(bar->property("budgetLevel").toInt(), int(Ui::UsersPage::BudgetLevel::Critical));
    const QColor red = bar->palette().color(QPalette::Highlight);
    QVERIFY(amber != red);
    QVERIFY(red.red() > red.green());
    QVERIFY(users->selectUser(u"alice"_s));
    QCOMPARE(bar->property("budgetLevel").toInt(), -1);
    QCOMPARE(bar->palette().color(QPalette::Highlight), users->palette().color(QPalette::Highlight));
}

void TestConsole::budgetLevels_data()
{
    QTest::addColumn<double>("used");
    QTest::addColumn<int>("level");
    QTest::newRow("0") << 0.0 << int(Ui::UsersPage::BudgetLevel::Normal);
    QTest::newRow("69.9") << 0.699 << int(Ui::UsersPage::BudgetLevel::Normal);
    QTest::newRow("70") << 0.70 << int(Ui::UsersPage::BudgetLevel::Warning);
    QTest::newRow("89.9") << 0.899 << int(Ui::UsersPage::BudgetLevel::Warning);
    QTest::newRow("90") << 0.90 << int(Ui::UsersPage::BudgetLevel::Critical);
    QTest::newRow("over") << 1.5 << int(Ui::UsersPage::BudgetLevel::Critical);
}

void TestConsole::budgetLevels()
{
    QFETCH(double, used);
    QFETCH(int, level);
    QCOMPARE(int(Ui::UsersPage::budgetLevel(used)), level);
}

void TestConsole::screenshotsOfEveryPage()
{
    const QString dir = m_dir.filePath(u"shots"_s);
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOLLGATE_USER"_s, u"root"_s);
    env.insert(u"TOLLGATE_PASSWORD"_s, AdminPassword);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"console-config"_s));
    console.setProcessEnvironment(env);
    console.start(binaryPath(u"tollgate-console"_s),
                  {u"--server"_s, m_server.baseUrl(), u"--screenshots"_s, dir});
    QVERIFY(console.waitForFinished(60'000));
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0,
             console.readAllStandardError().constData());
    for (const QString &page : {u"dashboard"_s, u"users"_s, u"audit"_s, u"backups"_s, u"about"_s}) {
        const QImage image(dir + u'/' + page + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(page));
        QVERIFY(image.width() >= 640 && image.height() >= 400);
    }

    // Without credentials it says what is missing and fails.
    env.remove(u"TOLLGATE_PASSWORD"_s);
    console.setProcessEnvironment(env);
    console.start(binaryPath(u"tollgate-console"_s),
                  {u"--server"_s, m_server.baseUrl(), u"--screenshots"_s, dir});
    QVERIFY(console.waitForFinished(30'000));
    QCOMPARE(console.exitCode(), 1);
    QVERIFY(console.readAllStandardError().contains("TOLLGATE_PASSWORD"));
}

void TestConsole::startupMeasurement()
{
    // Printed, not asserted: timing belongs to benchmarks. Three runs against the local server.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOLLGATE_USER"_s, u"root"_s);
    env.insert(u"TOLLGATE_PASSWORD"_s, AdminPassword);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"console-config"_s));
    for (int run = 1; run <= 3; ++run) {
        QProcess console;
        console.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        console.start(binaryPath(u"tollgate-console"_s),
                      {u"--server"_s, m_server.baseUrl(), u"--measure-startup"_s});
        QVERIFY(console.waitForFinished(60'000));
        const qint64 total = wall.elapsed();
        QCOMPARE(console.exitCode(), 0);
        const QByteArray line = console.readAllStandardOutput().trimmed();
        QVERIFY2(line.startsWith("startup: main window usable "), line.constData());
        // Usable includes the first page's data: the dashboard's requests were waited for.
        const QRegularExpressionMatch match =
            QRegularExpression(u"\\(signed in, dashboard loaded, (\\d+) requests\\)$"_s)
                .match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        // Sign-in plus the dashboard's requests (its user counts are one /users/stats request).
        QVERIFY2(match.captured(1).toInt() >= 8, line.constData());
        qInfo("run %d: %s; process start to exit %lld ms", run, line.constData(), total);
    }
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
