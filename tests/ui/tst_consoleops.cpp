// SPDX-License-Identifier: GPL-3.0-or-later
// The console's operations pages (offscreen) against the real tollgate-server with seeded data:
// the audit log filtered and exported (CSV and JSON) and compared with the server's own list; a
// backup, its download, test-restore report, restore confirmation and deletion run from the
// backups page; a user's detail with their key, subscription and this month's usage; and single
// sign-on through the fake identity provider, with a URL handler standing in for the browser.
#include "gateway-core/client/apiclient.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/store/userrepository.h"
#include "models/auditmodel.h"
#include "models/backupsmodel.h"
#include "models/jsondiff.h"
#include "models/usersmodel.h"
#include "tests/support/fakeidp.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/auditpage.h"
#include "ui/backupspage.h"
#include "ui/mainwindow.h"
#include "ui/restoredialog.h"
#include "ui/signinpage.h"
#include "ui/userdetaildialog.h"
#include "ui/userspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;
const QString UserPassword = u"user-password-1"_s;
constexpr int Timeout = 20'000;

/// Stands in for the system browser: follows every redirect of the URL the console opens.
class Browser final : public QObject
{
    Q_OBJECT

public:
    int opened = 0;
    int finalStatus = 0;
    QUrl finalUrl;
    QByteArray finalBody;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            finalStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finalUrl = reply->url();
            finalBody = reply->readAll();
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
};

/// The answer of one call of @p client, waited for.
QJsonObject fetch(Client::ApiClient &client, Client::Reply *reply)
{
    QJsonObject answer;
    bool done = false;
    QObject::connect(reply, &Client::Reply::finished, reply, [&answer](const QJsonObject &o) { answer = o; });
    QObject::connect(reply, &Client::Reply::failed, reply,
                     [](const Client::Error &e) { qWarning("call failed: %s", qPrintable(e.describe())); });
    QObject::connect(reply, &Client::Reply::done, reply, [&done] { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, Timeout))
        qWarning("call to %s timed out", qPrintable(reply->path()));
    Q_UNUSED(client);
    return answer;
}

QList<QByteArray> csvIds(const QByteArray &csv)
{
    // The id is the first field; before/after JSON may hold quoted line breaks, so go by records
    // that start a line with a number followed by a comma.
    QList<QByteArray> ids;
    bool quoted = false;
    QByteArray field;
    bool firstField = true;
    for (const char c : csv) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == ',' && firstField) {
            ids.append(field);
            firstField = false;
        } else if (c == '\n') {
            field.clear();
            firstField = true;
        } else if (firstField && c != '\r') {
            field += c;
        }
    }
    return ids;
}

} // namespace

class TestConsoleOps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jsonDiff();
    void auditModelPagesWithFetchMore();
    void auditFilterAndExport();
    void exportCancelledWritesNothing();
    void userDetailShowsKeysAndUsage();
    void backupDownloadTestRestoreAndDelete();
    void readOnlyAdminCannotBackUp();
    void ssoSignInThroughTheBrowser();
    void ssoRefusalIsShown();
    void restoreReplacesTheStore(); // last: it rewinds the store the other cases set up

private:
    bool signIn(Ui::MainWindow &window, const QString &username, const QString &password);
    QString userId(const QString &username);

    QTemporaryDir m_dir;
    FakeIdentityProvider m_idp;
    Process m_server;
    Client::ApiClient m_admin;
    QString m_databaseUrl;
};

void TestConsoleOps::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<Ui::RestoreDialog *>();
    QVERIFY2(m_idp.start(), qPrintable(m_idp.errorString()));
    QProcessEnvironment env;
    env.insert(u"TOLLGATE_OIDC_ISSUER"_s, m_idp.baseUrl());
    env.insert(u"TOLLGATE_OIDC_CLIENT_ID"_s, m_idp.clientId());
    env.insert(u"TOLLGATE_OIDC_CLIENT_SECRET"_s, QString::fromLatin1(m_idp.clientSecret()));
    env.insert(u"TOLLGATE_OIDC_NAME"_s, u"Acme SSO"_s);
    QString error;
    const QString dataDir = m_dir.filePath(u"data"_s);
    m_databaseUrl = u"sqlite://"_s + dataDir + u"/tollgate.db"_s;
    QVERIFY2(startTollgateServer(m_server, dataDir, AdminPassword, &error, {}, env), qPrintable(error));
    m_admin.setServer(m_server.url());
    QSignalSpy signedIn(&m_admin, &Client::ApiClient::signedIn);
    m_admin.signIn(u"root"_s, AdminPassword);
    QVERIFY(signedIn.wait(Timeout));

    QCOMPARE(createUsers(m_admin, {QJsonObject{{u"username"_s, u"alice"_s},
                                               {u"password"_s, UserPassword},
                                               {u"fullName"_s, u"Alice Liddell"_s},
                                               {u"maxBudget"_s, u"10"_s},
                                               {u"roles"_s, QJsonArray{u"user"_s}}},
                                   QJsonObject{{u"username"_s, u"auditor"_s},
                                               {u"password"_s, UserPassword},
                                               {u"roles"_s, QJsonArray{u"adminReadonly"_s}}}}),
             2);
    // A model alice subscribes to, and a key of hers.
    QVERIFY(!fetch(m_admin, m_admin.post(u"/api/v1/models"_s, {{u"id"_s, u"demo-chat"_s}})).isEmpty());
    Client::ApiClient alice;
    alice.setServer(m_server.url());
    QSignalSpy aliceIn(&alice, &Client::ApiClient::signedIn);
    alice.signIn(u"alice"_s, UserPassword);
    QVERIFY(aliceIn.wait(Timeout));
    QCOMPARE(fetch(alice, alice.post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, u"demo-chat"_s}}))
                 .value("status"_L1)
                 .toString(),
             u"active"_s);
    QVERIFY(!fetch(alice, alice.post(u"/api/v1/keys"_s, {{u"name"_s, u"alice-laptop"_s}})).isEmpty());

    // Three metered requests this month, as the usage flusher writes them: 7.50 of a 10.00 budget.
    Store::Database db(m_databaseUrl);
    QList<Store::UsageRecord> records;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        Store::UsageRecord r;
        r.requestId = u"req-%1"_s.arg(i);
        r.at = now - i * 1000;
        r.userId = userId(u"alice"_s);
        r.modelId = u"demo-chat"_s;
        r.endpoint = u"/v1/chat/completions"_s;
        r.promptTokens = 100;
        r.completionTokens = 50;
        r.cost = 2'500'000'000;
        r.latencyMs = 20;
        records.append(r);
    }
    QCOMPARE(Store::UsageRepository(db).appendBatch(records), 3);
}

void TestConsoleOps::cleanupTestCase()
{
    m_server.stop();
}

QString TestConsoleOps::userId(const QString &username)
{
    Store::Database db(m_databaseUrl);
    const auto user = Store::UserRepository(db).findByUsername(username);
    return user ? user->id : QString();
}

bool TestConsoleOps::signIn(Ui::MainWindow &window, const QString &username, const QString &password)
{
    window.show();
    window.showSignIn(m_server.baseUrl());
    window.signInPage()->setUsername(username);
    window.signInPage()->setPassword(password);
    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    window.signInPage()->signIn();
    return shown.wait(Timeout) && window.isConsoleShown();
}

void TestConsoleOps::jsonDiff()
{
    const QJsonObject before{{u"name"_s, u"a"_s}, {u"roles"_s, QJsonArray{u"user"_s}}, {u"rpm"_s, 5}};
    const QJsonObject after{
        {u"name"_s, u"a"_s}, {u"roles"_s, QJsonArray{u"user"_s, u"admin"_s}}, {u"tpm"_s, 9}};
    const QList<Models::JsonChange> changes = Models::diffJson(before, after);
    QStringList shown;
    for (const Models::JsonChange &c : changes)
        shown << u"%1 %2 %3 %4"_s.arg(c.path).arg(int(c.kind)).arg(c.before, c.after);
    QCOMPARE(shown, (QStringList{u"name 0 \"a\" \"a\""_s, u"roles[0] 0 \"user\" \"user\""_s,
                                 u"roles[1] 1  \"admin\""_s, u"rpm 2 5 "_s, u"tpm 1  9"_s}));
    // A creation has no "before": everything is added.
    for (const Models::JsonChange &c : Models::diffJson(QJsonValue::Null, after))
        QCOMPARE(c.kind, Models::JsonChange::Kind::Added);
}

void TestConsoleOps::auditModelPagesWithFetchMore()
{
    Models::AuditModel model(&m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    model.setQuery({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.totalCount() > 4, Timeout);
    QVERIFY(model.rowCount() % 4 == 0); // whole pages (the tester itself asks for more)
    // Scroll to the end, page by page.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&model] {
            if (!model.isLoading() && model.canFetchMore({}))
                model.fetchMore({});
            return !model.isLoading() && !model.canFetchMore({});
        }(),
        Timeout);
    QCOMPARE(model.rowCount(), model.totalCount());
    // Newest first, the same order and entries as the server's own list.
    QUrlQuery all;
    all.addQueryItem(u"limit"_s, QString::number(model.totalCount()));
    const QJsonArray items = fetch(m_admin, m_admin.get(u"/api/v1/audit"_s, all)).value("items"_L1).toArray();
    QCOMPARE(items.size(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).id, items.at(row).toObject().value("id"_L1).toInteger());
    QVERIFY(model.entry(0).at >= model.entry(model.rowCount() - 1).at);
}

void TestConsoleOps::auditFilterAndExport()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"root"_s, AdminPassword));
    QVERIFY(window.showPage(u"audit"_s));
    auto *audit = qobject_cast<Ui::AuditPage *>(window.currentPage());
    QVERIFY(audit);
    QAbstractItemModelTester tester(audit->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->totalCount() > 0, Timeout);

    // Filter by typing, as a person would: actions starting with "user.create".
    auto *action = findByAccessibleName<QLineEdit>(audit, u"Filter by action"_s);
    QVERIFY(action);
    QTest::keyClicks(action, u"user.create"_s);
    QTest::keyClick(action, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        !audit->model()->isLoading() && audit->model()->query().action == u"user.create"_s, Timeout);
    QUrlQuery filter;
    filter.addQueryItem(u"action"_s, u"user.create"_s);
    filter.addQueryItem(u"limit"_s, u"500"_s);
    const QJsonObject server = fetch(m_admin, m_admin.get(u"/api/v1/audit"_s, filter));
    const QJsonArray serverItems = server.value("items"_L1).toArray();
    QCOMPARE(serverItems.size(), 2); // alice and auditor
    QCOMPARE(audit->model()->totalCount(), 2);
    QCOMPARE(audit->model()->rowCount(), 2);
    QStringList serverIds;
    for (const QJsonValue &item : serverItems)
        serverIds << QString::number(item.toObject().value("id"_L1).toInteger());
    QStringList shownIds;
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        shownIds << QString::number(audit->model()->entry(row).id);
    QCOMPARE(shownIds, serverIds);

    // Narrowed further by free text: only alice's creation.
    auto *text = findByAccessibleName<QLineEdit>(audit, u"Search the audit log"_s);
    QVERIFY(text);
    QTest::keyClicks(text, u"Liddell"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->totalCount() == 1, Timeout);

    // A date range that starts tomorrow holds nothing; unchecking it brings the entry back.
    auto *useFrom = findByAccessibleName<QCheckBox>(audit, u"Limit the start date"_s);
    auto *from = findByAccessibleName<QDateEdit>(audit, u"From date"_s);
    QVERIFY(useFrom && from);
    from->setDate(QDate::currentDate().addDays(1));
    QTest::mouseClick(useFrom, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->query().from.isValid(), Timeout);
    QCOMPARE(audit->model()->totalCount(), 0);
    QTest::mouseClick(useFrom, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->totalCount() == 1, Timeout);

    // The detail shows the created user's fields as added.
    audit->table()->setFocus();
    audit->table()->setCurrentIndex(audit->model()->index(0, 0));
    QTreeWidget *diff = audit->diffView();
    QList<QTreeWidgetItem *> username = diff->findItems(u"username"_s, Qt::MatchExactly, 0);
    QCOMPARE(username.size(), 1);
    QCOMPARE(username.at(0)->text(2), u"\"alice\""_s);
    QCOMPARE(username.at(0)->data(0, Qt::UserRole).toInt(), int(Models::JsonChange::Kind::Added));

    // Export of the two user creations: the file's rows are the server's rows.
    text->clear();
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->totalCount() == 2, Timeout);
    const QString csvFile = m_dir.filePath(u"audit.csv"_s);
    QSignalSpy exported(audit, &Ui::AuditPage::exportFinished);
    audit->exportTo(csvFile, Ui::AuditPage::ExportFormat::Csv);
    auto *bar = findByAccessibleName<QProgressBar>(audit, u"Export progress"_s);
    QVERIFY(bar && bar->isVisibleTo(audit)); // in flight
    QVERIFY(exported.wait(Timeout));
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 2);
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QVERIFY(csvText.startsWith("id,at,actorId,actorName,action,"));
    QList<QByteArray> ids = csvIds(csvText);
    QCOMPARE(ids.takeFirst(), "id"_ba);
    QStringList fileIds;
    for (const QByteArray &id : std::as_const(ids))
        fileIds << QString::fromLatin1(id);
    QCOMPARE(fileIds, serverIds);
    auto *status = findByAccessibleName<QLabel>(audit, u"Export status"_s);
    QVERIFY(status->text().contains(u"Exported 2 entries"_s));

    const QString jsonFile = m_dir.filePath(u"audit.json"_s);
    audit->exportTo(jsonFile, Ui::AuditPage::ExportFormat::Json);
    QVERIFY(exported.wait(Timeout));
    QCOMPARE(exported.at(1).at(0).toBool(), true);
    QFile json(jsonFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(entries.size(), serverItems.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).toObject(), serverItems.at(i).toObject());
}

void TestConsoleOps::exportCancelledWritesNothing()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"auditor"_s, UserPassword)); // reading the log is enough to export it
    QVERIFY(window.showPage(u"audit"_s));
    auto *audit = qobject_cast<Ui::AuditPage *>(window.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading() && audit->model()->totalCount() > 0, Timeout);
    const QString file = m_dir.filePath(u"cancelled.csv"_s);
    QSignalSpy exported(audit, &Ui::AuditPage::exportFinished);
    audit->exportTo(file, Ui::AuditPage::ExportFormat::Csv);
    QVERIFY(audit->isExporting());
    auto *cancel = findByAccessibleName<QPushButton>(audit, u"Cancel the export"_s);
    QVERIFY(cancel && cancel->isVisibleTo(audit));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 0, Timeout);
    QVERIFY(!QFile::exists(file));
    auto *status = findByAccessibleName<QLabel>(audit, u"Export status"_s);
    QVERIFY(status->text().contains(u"cancelled"_s));
}

void TestConsoleOps::userDetailShowsKeysAndUsage()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"root"_s, AdminPassword));
    QVERIFY(window.showPage(u"users"_s));
    auto *users = qobject_cast<Ui::UsersPage *>(window.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!users->model()->isLoading() && users->model()->totalCount() > 0, Timeout);
    QVERIFY(users->selectUser(u"alice"_s));
    // Enter on the row opens the detail.
    users->table()->setFocus();
    QTest::keyClick(users->table(), Qt::Key_Return);
    auto *dialog = users->findChild<Ui::UserDetailDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pending(), 0, Timeout);
    QCOMPARE(dialog->userId(), userId(u"alice"_s));
    QCOMPARE(dialog->keysTable()->rowCount(), 1);
    QCOMPARE(dialog->keysTable()->item(0, 0)->text(), u"alice-laptop"_s);
    QCOMPARE(dialog->keysTable()->item(0, 2)->text(), u"active"_s);
    QCOMPARE(dialog->subscriptionsTable()->item(0, 0)->text(), u"demo-chat"_s);
    QCOMPARE(dialog->subscriptionsTable()->item(0, 1)->text(), u"active"_s);
    const QLocale locale;
    QCOMPARE(findByAccessibleName<QLabel>(dialog, u"Requests this month"_s)->text(), locale.toString(3));
    QCOMPARE(findByAccessibleName<QLabel>(dialog, u"Tokens this month"_s)->text(), locale.toString(450));
    QCOMPARE(findByAccessibleName<QLabel>(dialog, u"Cost this month"_s)->text(),
             locale.toString(7.5, 'f', 2));
    QCOMPARE(dialog->budgetBar()->value(), 75);
    QCOMPARE(dialog->budgetBar()->property("budgetLevel").toInt(), int(Ui::UsersPage::BudgetLevel::Warning));
    dialog->close();
}

void TestConsoleOps::backupDownloadTestRestoreAndDelete()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"root"_s, AdminPassword));
    QVERIFY(window.showPage(u"backups"_s));
    auto *page = qobject_cast<Ui::BackupsPage *>(window.currentPage());
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoaded() && !page->model()->isLoading(), Timeout);
    QCOMPARE(page->model()->rowCount(), 0);
    const int usersNow = int(fetch(m_admin, m_admin.get(u"/api/v1/users"_s)).value("total"_L1).toInteger());

    // Back up now, with progress, and the new backup is listed and selected.
    QSignalSpy finished(page, &Ui::BackupsPage::operationFinished);
    auto *backUp = findByAccessibleName<QPushButton>(page, u"Back up the whole store now"_s);
    QVERIFY(backUp && backUp->isEnabled());
    QTest::mouseClick(backUp, Qt::LeftButton);
    QVERIFY(!backUp->isEnabled()); // in flight
    QVERIFY(findByAccessibleName<QProgressBar>(page, u"Operation progress"_s)->isVisibleTo(page));
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.at(0).at(0).toString(), u"backup"_s);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(page->statusLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page->selectedBackupId().isEmpty(), Timeout);
    const Models::Backup backup = page->model()->backup(0);
    QCOMPARE(page->selectedBackupId(), backup.id);
    QCOMPARE(backup.rowCounts.value("users"_L1).toInteger(), usersNow);

    // Download: the file is the server's, byte for byte (size and checksum of the manifest).
    const QString file = m_dir.filePath(u"backup.sqlite"_s);
    page->downloadTo(file);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().at(0).toString(), u"download"_s);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(page->statusLabel()->text()));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.size(), backup.size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QVERIFY(hash.addData(&saved));
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), backup.sha256);

    // Test restore: the report shows every table matching and the integrity check.
    auto *testRestore = findByAccessibleName<QPushButton>(page, u"Test-restore the selected backup"_s);
    QVERIFY(testRestore->isEnabled());
    QTest::mouseClick(testRestore, Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().at(0).toString(), u"test-restore"_s);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(page->statusLabel()->text()));
    QTableWidget *report = page->reportTable();
    QCOMPARE(report->rowCount(), int(backup.rowCounts.size()));
    int usersRow = -1;
    for (int row = 0; row < report->rowCount(); ++row) {
        QCOMPARE(report->item(row, 3)->text(), u"yes"_s);
        if (report->item(row, 0)->text() == u"users"_s)
            usersRow = row;
    }
    QVERIFY(usersRow >= 0);
    QCOMPARE(report->item(usersRow, 2)->text(), QLocale().toString(usersNow));
    QVERIFY(page->reportSummary()->property("verified").toBool());
    QVERIFY(page->reportSummary()->text().contains(u"Integrity check: ok"_s));

    // Delete, confirmed in a window-modal box.
    page->confirmDelete();
    auto *box = page->findChild<QMessageBox *>(u"confirmDelete"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    }
    QVERIFY(remove);
    QVERIFY(box->defaultButton() != remove); // Enter does not delete
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().at(0).toString(), u"delete"_s);
    QVERIFY(finished.last().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, Timeout);
    QCOMPARE(fetch(m_admin, m_admin.get(u"/api/v1/backups"_s)).value("total"_L1).toInt(), 0);
}

void TestConsoleOps::restoreReplacesTheStore()
{
    // Signed in before the backup, so this session survives the restore.
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"root"_s, AdminPassword));
    QVERIFY(window.showPage(u"backups"_s));
    auto *page = qobject_cast<Ui::BackupsPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoaded() && !page->model()->isLoading(), Timeout);
    QSignalSpy finished(page, &Ui::BackupsPage::operationFinished);
    QTest::mouseClick(findByAccessibleName<QPushButton>(page, u"Back up the whole store now"_s), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().at(0).toString(), u"backup"_s);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(page->statusLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->selectedBackupId().isEmpty(), Timeout);
    const QString backupId = page->selectedBackupId();
    const qint64 usersAtBackup = fetch(m_admin, m_admin.get(u"/api/v1/users"_s)).value("total"_L1).toInteger();
    QVERIFY(usersAtBackup > 0);

    // A user created after the backup.
    QCOMPARE(createUsers(m_admin, {QJsonObject{{u"username"_s, u"latecomer"_s},
                                               {u"password"_s, UserPassword},
                                               {u"roles"_s, QJsonArray{u"user"_s}}}}),
             1);
    QVERIFY(!userId(u"latecomer"_s).isEmpty());

    // The dialog shows prepare's row counts: users now N+1, in the backup N.
    QSignalSpy dialogShown(page, &Ui::BackupsPage::restoreDialogShown);
    auto *restoreButton = findByAccessibleName<QPushButton>(page, u"Restore the selected backup"_s);
    QVERIFY(restoreButton && restoreButton->isEnabled());
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QVERIFY(dialogShown.wait(Timeout));
    auto *dialog = dialogShown.at(0).at(0).value<Ui::RestoreDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->confirmationToken().isEmpty());
    const QLocale locale;
    int usersRow = -1;
    for (int row = 0; row < dialog->counts()->rowCount(); ++row) {
        if (dialog->counts()->item(row, 0)->text() == u"users"_s)
            usersRow = row;
    }
    QVERIFY(usersRow >= 0);
    QCOMPARE(dialog->counts()->item(usersRow, 1)->text(), locale.toString(usersAtBackup + 1));
    QCOMPARE(dialog->counts()->item(usersRow, 2)->text(), locale.toString(usersAtBackup));
    QCOMPARE(dialog->counts()->item(usersRow, 3)->text(), locale.toString(-1));
    QVERIFY(dialog->counts()->item(usersRow, 3)->toolTip().contains(u"1 row"_s));

    // The red button unlocks only for the id typed exactly.
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QTest::keyClicks(dialog->confirmation(), backupId.chopped(1));
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->confirmation()->clear();
    QTest::keyClicks(dialog->confirmation(), backupId + u" "_s);
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->confirmation()->clear();
    QTest::keyClicks(dialog->confirmation(), backupId);
    QVERIFY(dialog->restoreButton()->isEnabled());

    // Confirm: the page follows the operation with its progress bar until it is done.
    const qsizetype before = finished.size();
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    auto *progress = findByAccessibleName<QProgressBar>(page, u"Operation progress"_s);
    QVERIFY(progress->isVisibleTo(page));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() > before, 60'000);
    QCOMPARE(finished.last().at(0).toString(), u"restore"_s);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(page->statusLabel()->text()));
    QVERIFY(!progress->isVisibleTo(page));

    // The user created after the backup is gone.
    const QJsonObject users = fetch(m_admin, m_admin.get(u"/api/v1/users"_s));
    QCOMPARE(users.value("total"_L1).toInteger(), usersAtBackup);
    for (const QJsonValue &u : users.value("items"_L1).toArray())
        QVERIFY(u.toObject().value("username"_L1).toString() != u"latecomer"_s);
    QVERIFY(userId(u"latecomer"_s).isEmpty());

    // The safety backup of the replaced data is listed, selected and named in the status.
    QString safetyId;
    for (const QJsonValue &b : fetch(m_admin, m_admin.get(u"/api/v1/backups"_s)).value("items"_L1).toArray()) {
        if (b.toObject().value("reason"_L1).toString() == u"pre-restore"_s) {
            QCOMPARE(b.toObject().value("restoreOf"_L1).toString(), backupId);
            safetyId = b.toObject().value("id"_L1).toString();
        }
    }
    QVERIFY(!safetyId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(safetyId) >= 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedBackupId(), safetyId, Timeout);
    QVERIFY2(page->statusLabel()->text().contains(safetyId), qPrintable(page->statusLabel()->text()));
    QCOMPARE(fetch(client, client.get(u"/api/v1/backups"_s)).value("total"_L1).toInt(), page->model()->rowCount());

    // Undo through the safety backup, confirmed from another console first: the page's own
    // confirmation is then used up, and the refusal is said in words, not as an HTTP status.
    dialogShown.clear();
    page->prepareRestore();
    QVERIFY(dialogShown.wait(Timeout));
    dialog = dialogShown.at(0).at(0).value<Ui::RestoreDialog *>();
    const QJsonObject started =
        fetch(m_admin, m_admin.post(u"/api/v1/backups/%1/restore"_s.arg(safetyId),
                                    {{u"confirmationToken"_s, dialog->confirmationToken()}}));
    const QString operationId = started.value("operationId"_L1).toString();
    QVERIFY(!operationId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        fetch(m_admin, m_admin.operation(operationId)).value("state"_L1).toString(), u"succeeded"_s, 60'000);
    QVERIFY(!userId(u"latecomer"_s).isEmpty());
    QTest::keyClicks(dialog->confirmation(), safetyId);
    const qsizetype beforeRefusal = finished.size();
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() > beforeRefusal, 60'000);
    QCOMPARE(finished.last().at(0).toString(), u"restore"_s);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QVERIFY2(page->statusLabel()->text().contains(u"Nothing was changed"_s), qPrintable(page->statusLabel()->text()));
    QVERIFY2(page->statusLabel()->text().contains(u"already used"_s), qPrintable(page->statusLabel()->text()));
    QVERIFY(!page->statusLabel()->text().contains(u"409"_s));
    QVERIFY(!userId(u"latecomer"_s).isEmpty());
}

void TestConsoleOps::readOnlyAdminCannotBackUp()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    QVERIFY(signIn(window, u"auditor"_s, UserPassword));
    QVERIFY(window.showPage(u"backups"_s));
    auto *page = qobject_cast<Ui::BackupsPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoaded(), Timeout);
    for (const QString &name : {u"Back up the whole store now"_s, u"Test-restore the selected backup"_s,
                                u"Restore the selected backup"_s, u"Delete the selected backup"_s,
                                u"Download the selected backup"_s}) {
        auto *button = findByAccessibleName<QPushButton>(page, name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(!button->isEnabled(), qPrintable(name));
        QVERIFY2(button->toolTip().contains(u"read-only"_s), qPrintable(name));
    }
}

void TestConsoleOps::ssoSignInThroughTheBrowser()
{
    Browser browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    window.show();
    QSignalSpy providers(window.signInPage(), &Ui::SignInPage::ssoProvidersLoaded);
    window.showSignIn(m_server.baseUrl());
    QVERIFY(providers.wait(Timeout));
    QCOMPARE(providers.at(0).at(0).toInt(), 1);
    const QList<QPushButton *> buttons = window.signInPage()->ssoButtons();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.at(0)->text(), u"Sign in with Acme SSO"_s);
    QVERIFY(buttons.at(0)->isVisibleTo(&window));

    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    QTest::mouseClick(buttons.at(0), Qt::LeftButton);
    QCOMPARE(browser.opened, 1);
    QVERIFY(shown.wait(Timeout));
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(client.currentUser().value("username"_L1).toString(), u"ada"_s);
    QCOMPARE(client.currentUser().value("provider"_L1).toString(), u"oidc"_s);
    // The browser ended on the console's loopback page, which told the person to go back.
    QTRY_COMPARE_WITH_TIMEOUT(browser.finalStatus, 200, Timeout);
    QCOMPARE(browser.finalUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(browser.finalUrl.path(), u"/callback"_s);
    QVERIFY(browser.finalBody.contains("Signed in."));
}

void TestConsoleOps::ssoRefusalIsShown()
{
    // The provider signs a token the server must refuse: the browser comes back with an error.
    m_idp.setTamper(FakeIdentityProvider::Tamper::WrongNonce);
    Browser browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    window.show();
    QSignalSpy providers(window.signInPage(), &Ui::SignInPage::ssoProvidersLoaded);
    window.showSignIn(m_server.baseUrl());
    QVERIFY(providers.wait(Timeout));
    QTest::mouseClick(window.signInPage()->ssoButtons().at(0), Qt::LeftButton);
    auto *status = findByAccessibleName<QLabel>(window.signInPage(), u"Sign-in status"_s);
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"The sign-in was refused"_s), Timeout);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_idp.setTamper(FakeIdentityProvider::Tamper::None);
    QVERIFY(!window.isConsoleShown());
    QVERIFY(!client.isSignedIn());
    QVERIFY(window.signInPage()->ssoButtons().at(0)->isEnabled()); // ready to try again
    QTRY_VERIFY_WITH_TIMEOUT(browser.finalStatus != 0, Timeout);
    QCOMPARE(browser.finalStatus, 200);
    QVERIFY(browser.finalBody.contains("refused"));
}

QTEST_MAIN(TestConsoleOps)
#include "tst_consoleops.moc"
