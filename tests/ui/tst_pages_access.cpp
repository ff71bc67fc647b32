// SPDX-License-Identifier: GPL-3.0-or-later
// The console's access pages (offscreen) against the real tollgate-server and mock LLM: approve
// and deny subscriptions (one and in bulk, with a reason) and see the server's state and
// history; create a key within the policy, read its one-time secret from the dialog and use it
// at the gateway, rotate it (the old secret refused at once) and revoke it; toggle a model's
// restricted flag, add and remove a deployment, test the connection, sync from upstream; the
// read-only admin's disabled controls; every item model under QAbstractItemModelTester; and
// --screenshots of the three pages.
#include "gateway-core/client/apiclient.h"
#include "models/catalogmodels.h"
#include "models/keysmodel.h"
#include "models/subscriptionsmodel.h"
#include "models/usersmodel.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/keydialogs.h"
#include "ui/keyspage.h"
#include "ui/mainwindow.h"
#include "ui/modeldialogs.h"
#include "ui/modelspage.h"
#include "ui/reasondialog.h"
#include "ui/settingspage.h"
#include "ui/subscriptionspage.h"
#include "ui/userspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;
const QString UserPassword = u"user-password-1"_s;
constexpr int Wait = 15'000;

} // namespace

class TestPagesAccess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void approveOneDenyOneAndBulk();
    void keyCreateUseRotateRevoke();
    void createDialogIsBoundedByPolicy();
    void keyEditAndDelete();
    void toggleRestrictedAndDeployments();
    void syncFromUpstream();
    void pagedListWalksEveryPage();
    void readOnlyAdminSeesDisabledControls();
    void modelIdWithASlash();
    void languageSwitchesAtOnce();
    void screenshotsOfThePages();

private:
    /// Signs @p window in as @p username; its pages exist afterwards (dashboard shown).
    bool signIn(Ui::MainWindow &window, Client::ApiClient &client, const QString &username,
                const QString &password);
    Client::ApiClient *userClient(const QString &username);
    QString subscribe(const QString &username, const QString &modelId);
    int gatewayStatus(const QString &secret);
    QString subscriptionStatus(const QString &id, QString *reason = nullptr);

    QTemporaryDir m_dir;
    Process m_server;
    MockLlmProcess m_mock;
    Client::ApiClient m_admin;
    QHash<QString, Client::ApiClient *> m_users;
    QHash<QString, QString> m_subscriptions; ///< "user/model" → subscription id
};

void TestPagesAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The console remembers choices (language, refresh interval): here, in the test's own place.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"TollgateTest"_s);
    QString error;
    QVERIFY2(startTollgateServer(m_server, m_dir.filePath(u"data"_s), AdminPassword, &error),
             qPrintable(error));
    QVERIFY2(m_mock.start({u"--models"_s, u"up-one,up-two"_s}), qPrintable(m_mock.errorString()));
    m_admin.setServer(m_server.url());
    QSignalSpy signedIn(&m_admin, &Client::ApiClient::signedIn);
    m_admin.signIn(u"root"_s, AdminPassword);
    QVERIFY(signedIn.wait(Wait));
    const auto user = [](const QString &name, const QString &role) {
        return QJsonObject{
            {u"username"_s, name}, {u"password"_s, UserPassword}, {u"roles"_s, QJsonArray{role}}};
    };
    QCOMPARE(createUsers(m_admin, {user(u"alice"_s, u"user"_s), user(u"bob"_s, u"user"_s),
                                   user(u"auditor"_s, u"adminReadonly"_s)}),
             3);
    const auto model = [this](const QString &id, bool restricted) {
        return QJsonObject{{u"id"_s, id},
                           {u"displayName"_s, id.toUpper()},
                           {u"capabilities"_s, QJsonArray{u"chat"_s, u"tokenize"_s}},
                           {u"inputPrice"_s, u"0.5"_s},
                           {u"outputPrice"_s, u"1.25"_s},
                           {u"restricted"_s, restricted},
                           {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()},
                                                                     {u"servedName"_s, u"up-one"_s}}}}};
    };
    for (const auto &[id, restricted] : QList<std::pair<QString, bool>>{
             {u"open-model"_s, false}, {u"gated-model"_s, true}, {u"gated-two"_s, true}}) {
        QVERIFY(!await(m_admin.post(u"/api/v1/models"_s, model(id, restricted))).isEmpty());
    }
    QVERIFY(!subscribe(u"alice"_s, u"open-model"_s).isEmpty());
    for (const QString &who : {u"alice"_s, u"bob"_s}) {
        for (const QString &m : {u"gated-model"_s, u"gated-two"_s})
            QVERIFY(!subscribe(who, m).isEmpty());
    }
}

void TestPagesAccess::cleanupTestCase()
{
    qDeleteAll(m_users);
    m_server.stop();
    m_mock.process().stop();
}

Client::ApiClient *TestPagesAccess::userClient(const QString &username)
{
    if (Client::ApiClient *c = m_users.value(username))
        return c;
    auto *c = new Client::ApiClient;
    c->setServer(m_server.url());
    QSignalSpy signedIn(c, &Client::ApiClient::signedIn);
    c->signIn(username, UserPassword);
    if (!signedIn.wait(Wait))
        qWarning("%s could not sign in", qPrintable(username));
    m_users.insert(username, c);
    return c;
}

QString TestPagesAccess::subscribe(const QString &username, const QString &modelId)
{
    const QJsonObject s =
        await(userClient(username)->post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, modelId}}));
    const QString id = s.value("id"_L1).toString();
    m_subscriptions.insert(username + u'/' + modelId, id);
    return id;
}

QString TestPagesAccess::subscriptionStatus(const QString &id, QString *reason)
{
    const QJsonObject s = await(m_admin.get(u"/api/v1/subscriptions/"_s + id));
    if (reason)
        *reason = s.value("reason"_L1).toString();
    return s.value("status"_L1).toString();
}

int TestPagesAccess::gatewayStatus(const QString &secret)
{
    return rawRequest(m_server.host(), m_server.port(), "GET", "/v1/models", {},
                      {{"authorization"_ba, "Bearer "_ba + secret.toLatin1()}})
        .status;
}

bool TestPagesAccess::signIn(Ui::MainWindow &window, Client::ApiClient &client, const QString &username,
                             const QString &password)
{
    client.setServer(m_server.url());
    window.show();
    window.activateWindow(); // keyboard focus needs the active window
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    client.signIn(username, password);
    return shown.wait(Wait) && window.isConsoleShown();
}

void TestPagesAccess::approveOneDenyOneAndBulk()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::SubscriptionsPage *>(window.page(u"subscriptions"_s));
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.showPage(u"subscriptions"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 4, Wait);
    QCOMPARE(page->model()->rowCount(), 4);
    auto *approve = findByAccessibleName<QPushButton>(page, u"Approve selected"_s);
    auto *deny = findByAccessibleName<QPushButton>(page, u"Deny selected"_s);
    QVERIFY(approve && deny);
    QVERIFY(!approve->isEnabled()); // nothing selected

    // One: alice's gated-model, approved with the button.
    const QString aliceGated = m_subscriptions.value(u"alice/gated-model"_s);
    QCOMPARE(page->selectSubscriptions({aliceGated}), 1);
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, Wait);
    QCOMPARE(page->model()->rowOf(aliceGated), -1);
    QCOMPARE(subscriptionStatus(aliceGated), u"active"_s);

    // One denied with a reason typed into the dialog.
    const QString bobGated = m_subscriptions.value(u"bob/gated-model"_s);
    QCOMPARE(page->selectSubscriptions({bobGated}), 1);
    // Its history so far: requested.
    QTRY_COMPARE_WITH_TIMEOUT(page->history()->topLevelItemCount(), 1, Wait);
    Ui::ReasonDialog *dialog = page->denySelected();
    QVERIFY(dialog);
    auto *confirm = findByAccessibleName<QPushButton>(dialog, u"Confirm"_s);
    QVERIFY(confirm && !confirm->isEnabled()); // a reason is required
    auto *reason = findByAccessibleName<QWidget>(dialog, u"Reason"_s);
    QVERIFY(reason);
    QTest::keyClicks(reason, u"No budget for this team"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, Wait);
    QString why;
    QCOMPARE(subscriptionStatus(bobGated, &why), u"denied"_s);
    QCOMPARE(why, u"No budget for this team"_s);

    // Bulk, with the keyboard only: select both gated-two requests (all that is left), Tab to
    // Approve, press Space.
    const QStringList two{m_subscriptions.value(u"alice/gated-two"_s),
                          m_subscriptions.value(u"bob/gated-two"_s)};
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && client.inFlight() == 0, Wait);
    window.activateWindow(); // back from the reason dialog
    QVERIFY(QTest::qWaitForWindowActive(&window));
    page->table()->setFocus();
    QTRY_VERIFY(page->table()->hasFocus());
    QTest::keyClick(page->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page->table()->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(approve->text().remove(u'&'), u"Approve 2"_s);
    QVERIFY(approve->isEnabled());
    QTest::keyClick(page->table(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), approve);
    QTest::keyClick(approve, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, Wait);
    QCOMPARE(subscriptionStatus(two.at(0)), u"active"_s);
    QCOMPARE(subscriptionStatus(two.at(1)), u"active"_s);
    auto *count = findByAccessibleName<QLabel>(page, u"Number of subscriptions"_s);
    QCOMPARE(count->text(), u"Nothing waits for approval."_s);

    // All subscriptions: bob's denial is there with its history (requested, denied with the reason).
    auto *show = findByAccessibleName<QComboBox>(page, u"Show subscriptions"_s);
    show->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 5, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), Wait);
    QCOMPARE(page->selectSubscriptions({bobGated}), 1);
    QTRY_COMPARE_WITH_TIMEOUT(page->history()->topLevelItemCount(), 2, Wait);
    QCOMPARE(page->history()->topLevelItem(1)->text(3), u"No budget for this team"_s);
    QCOMPARE(page->history()->topLevelItem(1)->text(2), u"root"_s);
    // A denied one can be approved again, not denied twice.
    QVERIFY(approve->isEnabled());
    QVERIFY(!deny->isEnabled());
}

void TestPagesAccess::keyCreateUseRotateRevoke()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::KeysPage *>(window.page(u"keys"_s));
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.showPage(u"keys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->policy().loaded, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 0, Wait);

    // Create: for alice, with the models of her active subscriptions to choose from.
    auto *newKey = findByAccessibleName<QPushButton>(page, u"New key"_s);
    QVERIFY(newKey && newKey->isEnabled());
    QTest::mouseClick(newKey, Qt::LeftButton);
    auto *dialog = page->findChild<Ui::CreateKeyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Wait);
    QVERIFY(dialog->chooseOwner(u"alice"_s));
    auto *models = findByAccessibleName<QListWidget>(dialog, u"Models"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && models->count() == 3, Wait);
    QStringList offered;
    for (int i = 0; i < models->count(); ++i)
        offered << models->item(i)->text();
    offered.sort();
    QCOMPARE(offered, (QStringList{u"gated-model"_s, u"gated-two"_s, u"open-model"_s})); // approved above
    // Checked before sending: no name, no request.
    auto *create = findByAccessibleName<QPushButton>(dialog, u"Create key"_s);
    auto *status = findByAccessibleName<QLabel>(dialog, u"Dialog status"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(status->text(), u"Give the key a name."_s);
    QCOMPARE(client.inFlight(), 0);
    QTest::keyClicks(findByAccessibleName<QLineEdit>(dialog, u"Key name"_s), u"ci pipeline"_s);
    models->findItems(u"open-model"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QSignalSpy shown(page, &Ui::KeysPage::secretShown);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(shown.wait(Wait));
    auto *secretDialog = shown.at(0).at(0).value<Ui::SecretDialog *>();
    QVERIFY(secretDialog && secretDialog->isVisible());
    auto *secretField = findByAccessibleName<QLineEdit>(secretDialog, u"Secret"_s);
    QVERIFY(secretField && secretField->isReadOnly());
    const QString secret = secretField->text();
    QVERIFY2(secret.startsWith(u"sk-"_s), qPrintable(secret));
    QVERIFY(findByAccessibleName<QLabel>(secretDialog, u"Warning"_s)
                ->text()
                .contains(u"not see this secret again"_s));
    QTest::mouseClick(findByAccessibleName<QPushButton>(secretDialog, u"Copy secret"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    secretDialog->close();

    // The secret works at the gateway.
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(secret), 200, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, Wait);
    const QJsonObject key = page->model()->object(0);
    QCOMPARE(key.value("name"_L1).toString(), u"ci pipeline"_s);
    QCOMPARE(key.value("models"_L1).toArray(), QJsonArray{u"open-model"_s});
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, Models::KeysModel::OwnerColumn).data().toString(),
                              u"alice"_s, Wait);
    const QString display = page->model()->index(0, Models::KeysModel::PrefixColumn).data().toString();
    QVERIFY2(secret.startsWith(display.section(u'…', 0, 0)) && secret.endsWith(display.section(u'…', 1)),
             qPrintable(display));

    // Rotate without grace: the old secret is refused, the new one works.
    QVERIFY(page->selectKey(key.value("id"_L1).toString()));
    auto *rotateButton = findByAccessibleName<QPushButton>(page, u"Rotate key"_s);
    QVERIFY(rotateButton->isEnabled());
    QTest::mouseClick(rotateButton, Qt::LeftButton);
    auto *rotate = page->findChild<Ui::RotateKeyDialog *>();
    QVERIFY(rotate);
    QCOMPARE(rotate->graceBox()->count(), 4); // none, 15 min, 1 h, 24 h (policy: at most 24h)
    rotate->graceBox()->setCurrentIndex(0);
    rotate->accept();
    QVERIFY(shown.wait(Wait));
    auto *rotated = shown.at(1).at(0).value<Ui::SecretDialog *>();
    const QString newSecret = rotated->secret();
    QVERIFY(newSecret.startsWith(u"sk-"_s));
    QVERIFY(newSecret != secret);
    rotated->close();
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(secret), 401, Wait);
    QCOMPARE(gatewayStatus(newSecret), 200);

    // Revoke, confirmed in a box that names the key.
    QVERIFY(page->selectKey(key.value("id"_L1).toString()));
    QTest::mouseClick(findByAccessibleName<QPushButton>(page, u"Revoke key"_s), Qt::LeftButton);
    auto *box = page->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"“ci pipeline”"_s));
    QVERIFY(box->text().contains(u"alice"_s));
    auto *confirm = findByAccessibleName<QPushButton>(box, u"Confirm revoke"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->object(0).value("state"_L1).toString(), u"revoked"_s, Wait);
    QCOMPARE(page->model()->index(0, Models::KeysModel::StateColumn).data().toString(), u"Revoked"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(newSecret), 401, Wait);
    QVERIFY(!rotateButton->isEnabled()); // a revoked key is done

    // Filter by state on the server.
    auto *state = findByAccessibleName<QComboBox>(page, u"Filter by state"_s);
    state->setCurrentIndex(state->findData(u"active"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 0, Wait);
    state->setCurrentIndex(state->findData(u"revoked"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 1, Wait);
}

void TestPagesAccess::createDialogIsBoundedByPolicy()
{
    // Policy: budget at most 50, keys live at most 90 days, grace at most 1 hour.
    // (PUT through the wire: the console itself only reads the policy.)
    const RawResponse login = rawRequest(
        m_server.host(), m_server.port(), "POST", "/api/v1/auth/login",
        QJsonDocument(QJsonObject{{u"username"_s, u"root"_s}, {u"password"_s, AdminPassword}}).toJson(),
        {{"content-type"_ba, "application/json"_ba}});
    QCOMPARE(login.status, 200);
    const QByteArray token =
        QJsonDocument::fromJson(login.body).object().value("accessToken"_L1).toString().toLatin1();
    const QJsonObject policy{
        {u"maxBudget"_s, u"50"_s}, {u"maxExpiryDays"_s, 90}, {u"maxGracePeriod"_s, u"1h"_s}};
    const RawResponse put = rawRequest(
        m_server.host(), m_server.port(), "PUT", "/api/v1/settings/keys", QJsonDocument(policy).toJson(),
        {{"content-type"_ba, "application/json"_ba}, {"authorization"_ba, "Bearer "_ba + token}});
    QVERIFY2(put.status == 200, put.body.constData());

    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::KeysPage *>(window.page(u"keys"_s));
    QVERIFY(window.showPage(u"keys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->policy().loaded, Wait);
    Ui::CreateKeyDialog *dialog = page->openCreateDialog();
    QVERIFY(dialog);
    auto *budget = findByAccessibleName<QDoubleSpinBox>(dialog, u"Maximum budget"_s);
    auto *days = findByAccessibleName<QSpinBox>(dialog, u"Expires in days"_s);
    QCOMPARE(budget->maximum(), 50.0);
    QCOMPARE(days->maximum(), 90);
    budget->setValue(80); // clamped by the policy
    QCOMPARE(budget->value(), 50.0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Wait);
    QVERIFY(dialog->chooseOwner(u"bob"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Wait);
    QTest::keyClicks(findByAccessibleName<QLineEdit>(dialog, u"Key name"_s), u"bounded"_s);
    days->setValue(30);
    QVERIFY(dialog->validate().isEmpty());
    const QJsonObject body = dialog->body();
    QCOMPARE(body.value("maxBudget"_L1).toString(), u"50.00"_s);
    QCOMPARE(body.value("expiresIn"_L1).toString(), u"30d"_s);
    dialog->reject();

    // Rotation offers only what the policy allows.
    Ui::KeyPolicy p = page->policy();
    QCOMPARE(p.maxGraceSeconds, 3600);
    Ui::RotateKeyDialog rotate(u"k"_s, p);
    QCOMPARE(rotate.graceBox()->count(), 3); // none, 15 min, 1 h
}

void TestPagesAccess::keyEditAndDelete()
{
    // alice's own key, made through the API; it works at the gateway.
    const QJsonObject created =
        await(userClient(u"alice"_s)->post(u"/api/v1/keys"_s, {{u"name"_s, u"to edit"_s}}));
    const QString id = created.value("id"_L1).toString();
    const QString secret = created.value("secret"_L1).toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(secret), 200, Wait);

    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::KeysPage *>(window.page(u"keys"_s));
    QVERIFY(window.showPage(u"keys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->policy().loaded && page->model()->rowOf(id) >= 0, Wait);
    auto *edit = findByAccessibleName<QPushButton>(page, u"Edit key"_s);
    auto *remove = findByAccessibleName<QPushButton>(page, u"Delete key"_s);
    QVERIFY(edit && remove);
    page->table()->clearSelection();
    page->table()->setCurrentIndex({});
    QVERIFY(!edit->isEnabled() && !remove->isEnabled()); // nothing selected
    QVERIFY(page->selectKey(id));
    QVERIFY(edit->isEnabled() && remove->isEnabled());

    // Edit: the dialog shows the key; only what changed is sent, with the key's version.
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = page->findChild<Ui::EditKeyDialog *>();
    QVERIFY(dialog);
    auto *name = findByAccessibleName<QLineEdit>(dialog, u"Key name"_s);
    auto *rpm = findByAccessibleName<QSpinBox>(dialog, u"Requests per minute"_s);
    auto *budget = findByAccessibleName<QDoubleSpinBox>(dialog, u"Maximum budget"_s);
    auto *days = findByAccessibleName<QSpinBox>(dialog, u"Expires in days"_s);
    auto *save = findByAccessibleName<QPushButton>(dialog, u"Save key"_s);
    auto *status = findByAccessibleName<QLabel>(dialog, u"Dialog status"_s);
    QVERIFY(name && rpm && budget && days && save && status);
    QCOMPARE(name->text(), u"to edit"_s);
    QCOMPARE(dialog->changes(), QJsonObject());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(status->text(), u"Nothing has changed."_s);
    QVERIFY(!dialog->isBusy()); // nothing was sent
    // Bounded by the key policy like create (set by createDialogIsBoundedByPolicy).
    QCOMPARE(budget->maximum(), 50.0);
    QCOMPARE(days->maximum(), 90);
    name->selectAll();
    QTest::keyClicks(name, u"edited name"_s);
    rpm->setValue(42);
    QCOMPARE(dialog->changes(), (QJsonObject{{u"name"_s, u"edited name"_s}, {u"rpmLimit"_s, 42}}));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->object(page->model()->rowOf(id)).value("name"_L1).toString(),
                              u"edited name"_s, Wait);
    const QJsonObject stored = await(m_admin.get(u"/api/v1/keys/"_s + id));
    QCOMPARE(stored.value("name"_L1).toString(), u"edited name"_s);
    QCOMPARE(stored.value("rpmLimit"_L1).toInteger(), 42);
    QVERIFY(stored.value("version"_L1).toInteger() > created.value("version"_L1).toInteger());
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(secret), 200, Wait); // the secret is untouched

    // Someone else changes the key while the dialog is open: 412, nothing saved, and it says so.
    QVERIFY(page->selectKey(id));
    Ui::EditKeyDialog *stale = page->openEditDialog();
    QVERIFY(stale);
    QVERIFY(!await(m_admin.updateKey(id, stored.value("version"_L1).toInteger(), {{u"tpmLimit"_s, 1000}}))
                 .isEmpty());
    findByAccessibleName<QSpinBox>(stale, u"Requests per minute"_s)->setValue(7);
    QTest::mouseClick(findByAccessibleName<QPushButton>(stale, u"Save key"_s), Qt::LeftButton);
    auto *staleStatus = findByAccessibleName<QLabel>(stale, u"Dialog status"_s);
    QTRY_VERIFY_WITH_TIMEOUT(staleStatus->text().contains(u"nothing was saved"_s), Wait);
    QVERIFY(stale->isVisible());
    QCOMPARE(await(m_admin.get(u"/api/v1/keys/"_s + id)).value("rpmLimit"_L1).toInteger(), 42);
    stale->reject();

    // Delete, confirmed in a box that names the key and says its holders lose access at once.
    page->model()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowOf(id) >= 0, Wait);
    QVERIFY(page->selectKey(id));
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *box = page->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"“edited name”"_s), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"alice"_s));
    QVERIFY2(box->informativeText().contains(u"loses access at once"_s), qPrintable(box->informativeText()));
    auto *confirm = findByAccessibleName<QPushButton>(box, u"Confirm delete"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(gatewayStatus(secret), 401, Wait);
    Client::Error error;
    QVERIFY(await(m_admin.get(u"/api/v1/keys/"_s + id), &error).isEmpty());
    QCOMPARE(error.status, 404);
}

void TestPagesAccess::toggleRestrictedAndDeployments()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::ModelsPage *>(window.page(u"models"_s));
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester deploymentTester(page->deployments(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.showPage(u"models"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() >= 3 && !page->model()->isLoading(), Wait);
    QVERIFY(page->selectModel(u"open-model"_s));
    const int row = page->model()->rowOf(u"open-model"_s);
    QCOMPARE(page->model()->index(row, Models::ModelsModel::InputPriceColumn).data().toString(), u"0.50"_s);
    QCOMPARE(page->model()
                 ->index(row, Models::ModelsModel::CapabilitiesColumn)
                 .data(Models::ModelsModel::CapabilitiesRole)
                 .toStringList(),
             (QStringList{u"chat"_s, u"tokenize"_s}));
    QVERIFY(findByAccessibleName<QLabel>(page, u"Capabilities"_s)->text().contains(u"tokenize"_s));

    // Restrict it with the check box: the server agrees and the row says so.
    auto *restricted = findByAccessibleName<QCheckBox>(page, u"Restricted"_s);
    QVERIFY(restricted && restricted->isEnabled() && !restricted->isChecked());
    const qint64 before = page->model()->object(row).value("version"_L1).toInteger();
    QTest::mouseClick(restricted, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->object(row).value("restricted"_L1).toBool(), Wait);
    QCOMPARE(await(m_admin.get(u"/api/v1/models/open-model"_s)).value("restricted"_L1).toBool(), true);
    QVERIFY(page->model()->object(row).value("version"_L1).toInteger() > before);
    QCOMPARE(
        page->model()->index(row, Models::ModelsModel::RestrictedColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    auto *changeStatus = findByAccessibleName<QLabel>(page, u"Change status"_s);
    QVERIFY2(changeStatus->text().contains(u"1 subscription"_s), qPrintable(changeStatus->text()));
    // And back (with the new version: a second PATCH must not be refused as stale).
    QTRY_VERIFY_WITH_TIMEOUT(restricted->isEnabled(), Wait);
    QTest::mouseClick(restricted, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->object(row).value("restricted"_L1).toBool(), Wait);
    QCOMPARE(await(m_admin.get(u"/api/v1/models/open-model"_s)).value("restricted"_L1).toBool(), false);

    // Deployments: one, add a second, test the connection, remove it.
    QTRY_COMPARE_WITH_TIMEOUT(page->deployments()->rowCount(), 1, Wait);
    QCOMPARE(page->deployments()->index(0, Models::DeploymentsModel::BaseUrlColumn).data().toString(),
             m_mock.apiBase());
    Ui::DeploymentDialog *add = page->openAddDeployment();
    QVERIFY(add);
    add->setBaseUrl(m_mock.apiBase() + u"/"_s);
    add->setServedName(u"up-two"_s);
    add->add();
    QTRY_COMPARE_WITH_TIMEOUT(page->deployments()->rowCount(), 2, Wait);
    int added = -1;
    for (int r = 0; r < page->deployments()->rowCount(); ++r) {
        if (page->deployments()->index(r, Models::DeploymentsModel::ServedNameColumn).data() == u"up-two"_s)
            added = r;
    }
    QVERIFY(added >= 0);
    page->deploymentTable()->setCurrentIndex(page->deployments()->index(added, 0));
    auto *test = findByAccessibleName<QPushButton>(page, u"Test connection"_s);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    auto *deploymentStatus = findByAccessibleName<QLabel>(page, u"Deployment status"_s);
    QTRY_VERIFY_WITH_TIMEOUT(deploymentStatus->text().startsWith(u"Connected in"_s), Wait);
    QVERIFY(deploymentStatus->text().contains(u"The served name is among them."_s));
    QDialog *remove = page->openRemoveDeployment();
    QVERIFY(remove);
    QTest::mouseClick(findByAccessibleName<QPushButton>(remove, u"Confirm remove"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->deployments()->rowCount(), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!page->deployments()->isLoading(), Wait);
    const QJsonObject left = await(m_admin.modelDeployments(u"open-model"_s));
    QCOMPARE(left.value("total"_L1).toInt(), 1);
    QCOMPARE(left.value("items"_L1).toArray().first().toObject().value("servedName"_L1).toString(),
             u"up-one"_s);
}

void TestPagesAccess::syncFromUpstream()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::ModelsPage *>(window.page(u"models"_s));
    QVERIFY(window.showPage(u"models"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() == 3 && !page->model()->isLoading(), Wait);
    Ui::ModelSyncDialog *sync = page->openSync();
    QVERIFY(sync);
    sync->setBaseUrl(m_mock.apiBase());
    sync->preview();
    // The upstream serves up-one (deployed three times) and up-two (new): one addition, previewed only.
    QTRY_VERIFY_WITH_TIMEOUT(sync->changes()->topLevelItemCount() > 0, Wait);
    QTreeWidgetItem *addition = nullptr;
    int additions = 0;
    int unchanged = 0;
    for (int i = 0; i < sync->changes()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = sync->changes()->topLevelItem(i);
        if (item->text(0) == u"Add"_s) {
            addition = item;
            ++additions;
        } else if (item->text(0) == u"Unchanged"_s) {
            ++unchanged;
        }
    }
    QCOMPARE(additions, 1);
    QCOMPARE(unchanged, 3);
    QVERIFY(addition);
    QCOMPARE(addition->text(1), u"up-two"_s);
    QCOMPARE(addition->checkState(0), Qt::Checked);
    QCOMPARE(await(m_admin.get(u"/api/v1/models"_s)).value("total"_L1).toInt(), 3);
    auto *apply = findByAccessibleName<QPushButton>(sync, u"Apply changes"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 4, Wait);
    QVERIFY(await(m_admin.get(u"/api/v1/models/up-two"_s)).value("enabled"_L1).isBool());
}

void TestPagesAccess::pagedListWalksEveryPage()
{
    // Two rows a page over the four models: every page once, none twice, the tester watching.
    Models::ModelsModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.setSearch({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.totalCount() == 4, Wait);
    // The tester asks for more on every insertion, as a view kept at the bottom would.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !model.canFetchMore({}), Wait);
    QCOMPARE(model.rowCount(), 4);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, Models::ModelsModel::IdColumn).data().toString();
    QCOMPARE(ids, (QStringList{u"gated-model"_s, u"gated-two"_s, u"open-model"_s, u"up-two"_s}));

    // Without a tester, a page comes only when asked, and once however often it is asked.
    Models::ModelsModel scrolled(&m_admin);
    scrolled.setPageSize(3);
    scrolled.setSearch({});
    QTRY_VERIFY_WITH_TIMEOUT(!scrolled.isLoading() && scrolled.totalCount() == 4, Wait);
    QCOMPARE(scrolled.rowCount(), 3);
    QVERIFY(scrolled.canFetchMore({}));
    scrolled.fetchMore({});
    scrolled.fetchMore({});
    QCOMPARE(m_admin.inFlight(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!scrolled.isLoading(), Wait);
    QCOMPARE(scrolled.rowCount(), 4);
    QVERIFY(!scrolled.canFetchMore({}));

    // A search replaced before its answer came: only the last one's rows.
    model.setSearch(u"gated"_s);
    model.setSearch(u"open"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.totalCount() == 1, Wait);
    QTest::qWait(100); // any stray answer of the first search would land now
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.object(0).value("id"_L1).toString(), u"open-model"_s);

    // Rows leave and change in place.
    Models::SubscriptionsModel subscriptions(&m_admin);
    QAbstractItemModelTester subscriptionsTester(&subscriptions,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
    subscriptions.setPendingOnly(false);
    QTRY_VERIFY_WITH_TIMEOUT(!subscriptions.isLoading() && subscriptions.totalCount() == 5, Wait);
    const QJsonObject first = subscriptions.object(0);
    QJsonObject changed = first;
    changed.insert(u"status"_s, u"expired"_s);
    subscriptions.updateObject(changed);
    QCOMPARE(subscriptions.index(0, Models::SubscriptionsModel::StatusColumn).data().toString(),
             u"Expired"_s);
    subscriptions.removeObject(first.value("id"_L1).toString());
    QCOMPARE(subscriptions.rowCount(), 4);
    QCOMPARE(subscriptions.totalCount(), 4);
}

void TestPagesAccess::readOnlyAdminSeesDisabledControls()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"auditor"_s, UserPassword));

    auto *models = qobject_cast<Ui::ModelsPage *>(window.page(u"models"_s));
    QVERIFY(models);
    QVERIFY(window.showPage(u"models"_s));
    QTRY_VERIFY_WITH_TIMEOUT(models->model()->totalCount() > 0 && !models->model()->isLoading(), Wait);
    QVERIFY(models->selectModel(u"open-model"_s));
    QTRY_COMPARE_WITH_TIMEOUT(models->deployments()->rowCount(), 1, Wait); // reading works
    for (const QString &name :
         {u"Restricted"_s, u"Enabled"_s, u"Sync from upstream"_s, u"Add deployment"_s}) {
        auto *w = findByAccessibleName<QAbstractButton>(models, name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->isEnabled(), qPrintable(name));
        QVERIFY2(w->toolTip().contains(u"read-only"_s), qPrintable(name));
    }
    models->deploymentTable()->setCurrentIndex(models->deployments()->index(0, 0));
    QVERIFY(!findByAccessibleName<QPushButton>(models, u"Test connection"_s)->isEnabled());
    QVERIFY(!models->openSync());

    auto *subscriptions = qobject_cast<Ui::SubscriptionsPage *>(window.page(u"subscriptions"_s));
    QVERIFY(window.showPage(u"subscriptions"_s));
    auto *show = findByAccessibleName<QComboBox>(subscriptions, u"Show subscriptions"_s);
    show->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptions->model()->totalCount() > 0 && !subscriptions->model()->isLoading(),
                             Wait);
    QCOMPARE(subscriptions->selectSubscriptions({m_subscriptions.value(u"bob/gated-model"_s)}), 1);
    for (const QString &name : {u"Approve selected"_s, u"Deny selected"_s}) {
        auto *b = findByAccessibleName<QPushButton>(subscriptions, name);
        QVERIFY(b && !b->isEnabled());
        QVERIFY(b->toolTip().contains(u"read-only"_s));
    }
    QVERIFY(!subscriptions->denySelected());

    auto *keys = qobject_cast<Ui::KeysPage *>(window.page(u"keys"_s));
    QVERIFY(window.showPage(u"keys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(keys->model()->totalCount() >= 1 && !keys->model()->isLoading(), Wait);
    QVERIFY(keys->selectKey(keys->model()->object(0).value("id"_L1).toString()));
    for (const QString &name :
         {u"New key"_s, u"Edit key"_s, u"Rotate key"_s, u"Revoke key"_s, u"Delete key"_s}) {
        auto *b = findByAccessibleName<QPushButton>(keys, name);
        QVERIFY2(b && !b->isEnabled(), qPrintable(name));
        QVERIFY2(b->toolTip().contains(u"read-only"_s), qPrintable(name));
    }
    QVERIFY(!keys->openCreateDialog());
    QVERIFY(!keys->openEditDialog());
    QVERIFY(!keys->openDeleteDialog());
}

void TestPagesAccess::modelIdWithASlash()
{
    // Hugging Face style ids: the '/' travels percent-encoded in one path segment.
    const QString id = u"org/slash-model"_s;
    QVERIFY(
        !await(m_admin.post(u"/api/v1/models"_s,
                            {{u"id"_s, id},
                             {u"capabilities"_s, QJsonArray{u"chat"_s}},
                             {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}}}}}))
             .isEmpty());
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *page = qobject_cast<Ui::ModelsPage *>(window.page(u"models"_s));
    QVERIFY(window.showPage(u"models"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(id) >= 0, Wait);
    QVERIFY(page->selectModel(id));
    QTRY_COMPARE_WITH_TIMEOUT(page->deployments()->rowCount(), 1, Wait);
    auto *enabled = findByAccessibleName<QCheckBox>(page, u"Enabled"_s);
    QVERIFY(enabled->isChecked());
    QTest::mouseClick(enabled, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->model()->object(page->model()->rowOf(id)).value("enabled"_L1).toBool(true), Wait);
    const QJsonObject stored = await(m_admin.get(u"/api/v1/models/"_s + Client::ApiClient::segment(id)));
    QCOMPARE(stored.value("id"_L1).toString(), id);
    QCOMPARE(stored.value("enabled"_L1).toBool(true), false);
}

void TestPagesAccess::languageSwitchesAtOnce()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, client, u"root"_s, AdminPassword));
    auto *keys = qobject_cast<Ui::KeysPage *>(window.page(u"keys"_s));
    auto *users = qobject_cast<Ui::UsersPage *>(window.page(u"users"_s));
    auto *settings = qobject_cast<Ui::SettingsPage *>(window.page(u"settings"_s));
    QVERIFY(keys && users && settings);
    // Found by their English names now: the names follow the language too.
    auto *navigation = findByAccessibleName<QListWidget>(&window, u"Pages"_s);
    auto *newKey = findByAccessibleName<QPushButton>(keys, u"New key"_s);
    auto *reloadUsers = findByAccessibleName<QPushButton>(users, u"Reload users"_s);
    auto *note = findByAccessibleName<QLabel>(settings, u"Language note"_s);
    QVERIFY(navigation && newKey && reloadUsers && note);
    const int settingsRow = int(window.pages().indexOf(settings));
    const auto header = [](const QTableView *table, int section) {
        return table->model()->headerData(section, Qt::Horizontal).toString();
    };
    QVERIFY(window.showPage(u"users"_s));
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, Wait);
    QVERIFY(window.showPage(u"keys"_s));
    QTRY_VERIFY_WITH_TIMEOUT(keys->policy().loaded, Wait);
    // An open dialog follows as well.
    Ui::CreateKeyDialog *dialog = keys->openCreateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"New API key"_s);
    QCOMPARE(navigation->item(0)->text(), u"Dashboard"_s);
    QCOMPARE(header(keys->table(), Models::KeysModel::NameColumn), u"Name"_s);

    QVERIFY(window.showPage(u"settings"_s));
    QComboBox *language = settings->languageChoice();
    QLabel *languageLabel = nullptr; // a form row's label
    for (QLabel *label : settings->findChildren<QLabel *>()) {
        if (label->buddy() == language)
            languageLabel = label;
    }
    QVERIFY(languageLabel && languageLabel->isVisibleTo(settings));
    QCOMPARE(languageLabel->text(), u"&Language:"_s);
    QSignalSpy keyHeaders(keys->model(), &QAbstractItemModel::headerDataChanged);
    language->setCurrentIndex(language->findData(u"fr"_s));
    QCOMPARE(QSettings().value(Ui::SettingsPage::languageSettingsKey()).toString(), u"fr"_s);
    // Without a restart: the window, the navigation, a button of two pages, the headers of the
    // tables showing the server's rows, the menus and the open dialog.
    QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), u"Console Tollgate"_s, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(newKey->text(), u"&Nouvelle clé…"_s, Wait);
    QCOMPARE(navigation->item(0)->text(), u"Tableau de bord"_s);
    QCOMPARE(navigation->item(settingsRow)->text(), u"Paramètres"_s);
    QCOMPARE(reloadUsers->text(), u"&Recharger"_s);
    QVERIFY(!keyHeaders.isEmpty());
    QCOMPARE(header(keys->table(), Models::KeysModel::NameColumn), u"Nom"_s);
    QCOMPARE(header(users->table(), Models::UsersModel::UsernameColumn), u"Nom d’utilisateur"_s);
    QCOMPARE(dialog->windowTitle(), u"Nouvelle clé d’API"_s);
    QCOMPARE(languageLabel->text(), u"&Langue :"_s);
    QVERIFY2(note->text().contains(u"Français"_s), qPrintable(note->text()));
    QCOMPARE(window.page(u"keys"_s), keys); // switched in place, nothing rebuilt

    // And back.
    language->setCurrentIndex(language->findData(u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), u"Tollgate Console"_s, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(newKey->text(), u"&New key…"_s, Wait);
    QCOMPARE(navigation->item(0)->text(), u"Dashboard"_s);
    QCOMPARE(reloadUsers->text(), u"&Reload"_s);
    QCOMPARE(header(users->table(), Models::UsersModel::UsernameColumn), u"Username"_s);
    QCOMPARE(dialog->windowTitle(), u"New API key"_s);
    dialog->reject();
    language->setCurrentIndex(0); // the system's, as the other tests expect
    QVERIFY(!QSettings().contains(Ui::SettingsPage::languageSettingsKey()));
    QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), u"Tollgate Console"_s, Wait);
}

void TestPagesAccess::screenshotsOfThePages()
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
    for (const QString &page : {u"models"_s, u"subscriptions"_s, u"keys"_s}) {
        const QImage image(dir + u'/' + page + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(page));
        QVERIFY(image.width() >= 640 && image.height() >= 400);
    }
}

QTEST_MAIN(TestPagesAccess)
#include "tst_pages_access.moc"
