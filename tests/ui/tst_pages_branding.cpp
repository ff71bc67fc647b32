// SPDX-License-Identifier: GPL-3.0-or-later
// The console's branding, banners, settings and dashboard pages (offscreen) against the real
// tollgate-server with the mock LLM behind it: the login preview follows typing and a picked logo
// before anything is saved, saving reaches GET /api/v1/branding, a stale version is explained; a
// banner created and activated is what GET /api/v1/banners/active answers; settings and the key
// policy change at the server; the dashboard shows what the usage API counts for chats sent
// through the gateway; a read-only admin sees the controls disabled; --screenshots renders them.
#include "gateway-core/client/apiclient.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/support/testsupport.h"
#include "tests/ui/pageserver.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/bannerspage.h"
#include "ui/brandingpage.h"
#include "ui/dashboardpage.h"
#include "ui/loginpreview.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/signinpage.h"

#include <QAccessible>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Tollgate::Testing::Pages;
using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QColor &color, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestPagesBranding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void brandingPreviewFollowsEditsThenSaves();
    void brandingRefusesBadImagesAndExplainsConflicts();
    void bannerCreatedActivatedAndDeleted();
    void settingsAndKeyPolicyChange();
    void languageChoiceIsKept();
    void dashboardShowsWhatTheUsageApiCounts();
    void dashboardNeverWaitsOnASilentServer();
    void readOnlyAdminSeesDisabledControls();
    void keyboardAndAccessibleNames();
    void screenshotsOfThePages();

private:
    void signIn(Ui::MainWindow &window, const QString &username, const QString &password);
    template<typename P> P *open(Ui::MainWindow &window, const QString &pageId);
    int chat(const QString &model = QStringLiteral("mock-chat"));

    QTemporaryDir m_dir;
    MockLlmProcess m_mock;
    MockLlmProcess m_broken; ///< resets every connection
    Process m_server;
    Client::ApiClient m_admin;
    QString m_secret;
    int m_chats = 0;  ///< requests sent through the gateway
    int m_failed = 0; ///< of them, failed upstream
};

void TestPagesBranding::initTestCase()
{
    QVERIFY(m_dir.isValid());
    keepSettingsIn(m_dir);
    QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
    QVERIFY2(m_broken.start({u"--models"_s, u"*"_s, u"--fault"_s, u"refuse"_s}), qPrintable(m_broken.errorString()));
    const QJsonObject prices{{u"input"_s, u"1"_s}, {u"output"_s, u"2"_s}};
    QString error;
    QVERIFY2(startServerWithModels(m_server, m_dir,
                                   {chatModel(u"mock-chat"_s, m_mock.apiBase(), prices),
                                    chatModel(u"mock-restricted"_s, m_mock.apiBase(), prices, true),
                                    chatModel(u"mock-broken"_s, m_broken.apiBase(), prices)},
                                   &error),
             qPrintable(error));
    QVERIFY(signInClient(m_admin, m_server.url(), u"root"_s, AdminPassword));
    QCOMPARE(createPeople(m_admin), 2);

    // alice: subscribed to mock-chat, waiting for mock-restricted, with a key.
    Client::ApiClient alice;
    QVERIFY(signInClient(alice, m_server.url(), u"alice"_s, UserPassword));
    QCOMPARE(await(alice.post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, u"mock-chat"_s}}))
                 .value("status"_L1).toString(),
             u"active"_s);
    QCOMPARE(await(alice.post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, u"mock-broken"_s}}))
                 .value("status"_L1).toString(),
             u"active"_s);
    QCOMPARE(await(alice.post(u"/api/v1/subscriptions"_s, {{u"modelId"_s, u"mock-restricted"_s}}))
                 .value("status"_L1).toString(),
             u"pending"_s);
    m_secret = await(alice.post(u"/api/v1/keys"_s, {{u"name"_s, u"laptop"_s}})).value("secret"_L1).toString();
    QVERIFY(!m_secret.isEmpty());

    // The data plane picks the key up within about a second (refusals before that are not
    // counted); then three chats in all, and one to the broken upstream.
    QVERIFY(QTest::qWaitFor([this] { return chat() == 200; }, 10'000));
    QCOMPARE(chat(), 200);
    QCOMPARE(chat(), 200);
    QVERIFY(chat(u"mock-broken"_s) >= 500);
    QCOMPARE(m_failed, 1);
}

void TestPagesBranding::cleanupTestCase()
{
    m_server.stop();
}

int TestPagesBranding::chat(const QString &model)
{
    const int status = chatStatus(m_server, m_secret, model);
    if (status == 200) {
        ++m_chats;
    } else if (status >= 500) {
        ++m_chats;
        ++m_failed;
    }
    return status;
}

void TestPagesBranding::signIn(Ui::MainWindow &window, const QString &username, const QString &password)
{
    signInWindow(window, m_server.baseUrl(), username, password);
}

template<typename P> P *TestPagesBranding::open(Ui::MainWindow &window, const QString &pageId)
{
    if (!window.showPage(pageId))
        return nullptr;
    return qobject_cast<P *>(window.currentPage());
}

void TestPagesBranding::brandingPreviewFollowsEditsThenSaves()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = open<Ui::BrandingPage>(window, u"branding"_s);
    QVERIFY(page);
    auto *title = findByAccessibleName<QLineEdit>(page, u"Title"_s, true);
    auto *subtitle = findByAccessibleName<QLineEdit>(page, u"Subtitle"_s, true);
    QVERIFY(title && subtitle);
    QTRY_VERIFY_WITH_TIMEOUT(title->isEnabled() && !page->isBusy(), 15'000);
    const QJsonObject before = await(m_admin.get(u"/api/v1/branding"_s));

    // Typing changes both previews at once; the server does not see it yet.
    title->selectAll();
    QTest::keyClicks(title, u"Acme AI Gateway"_s);
    QTest::keyClicks(subtitle, u"Models for everyone"_s);
    QCOMPARE(page->preview(false)->titleLabel()->text(), u"Acme AI Gateway"_s);
    QCOMPARE(page->preview(true)->titleLabel()->text(), u"Acme AI Gateway"_s);
    QCOMPARE(page->preview(true)->subtitleLabel()->text(), u"Models for everyone"_s);
    QVERIFY(page->hasChanges());

    // Picking a logo shows it in the preview before saving.
    QVERIFY(page->preview(false)->loginLogoLabel()->pixmap().isNull());
    const QByteArray logo = png(QColor(0xd0, 0x20, 0x20), QSize(120, 60));
    const QString logoFile = m_dir.filePath(u"logo.png"_s);
    QVERIFY(writeFile(logoFile, logo));
    QVERIFY(page->pickImage(u"loginLogo"_s, logoFile));
    const QPixmap shown = page->preview(false)->loginLogoLabel()->pixmap();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.toImage().pixelColor(shown.width() / 2, shown.height() / 2), QColor(0xd0, 0x20, 0x20));
    QVERIFY(!page->preview(true)->loginLogoLabel()->pixmap().isNull());
    // A dark header logo shows in the dark preview only.
    const QString darkFile = m_dir.filePath(u"dark.png"_s);
    QVERIFY(writeFile(darkFile, png(Qt::white, QSize(40, 20))));
    QVERIFY(page->pickImage(u"headerLogoDark"_s, darkFile));
    QVERIFY(!page->preview(true)->headerLogoLabel()->pixmap().isNull());
    QVERIFY(page->preview(false)->headerLogoLabel()->pixmap().isNull());

    QCOMPARE(await(m_admin.get(u"/api/v1/branding"_s)).value("title"_L1), before.value("title"_L1));

    auto *save = findByAccessibleName<QPushButton>(page, u"Save branding"_s, true);
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusLabel()->text(), u"Branding saved."_s, 15'000);
    QVERIFY(!page->hasChanges());

    const QJsonObject after = await(m_admin.get(u"/api/v1/branding"_s));
    QCOMPARE(after.value("title"_L1).toString(), u"Acme AI Gateway"_s);
    QCOMPARE(after.value("subtitle"_L1).toString(), u"Models for everyone"_s);
    const QJsonObject images = after.value("images"_L1).toObject();
    QCOMPARE(images.value("loginLogo"_L1).toObject().value("contentType"_L1).toString(), u"image/png"_s);
    QCOMPARE(images.value("loginLogo"_L1).toObject().value("size"_L1).toInteger(), logo.size());
    QVERIFY(images.value("headerLogoDark"_L1).isObject());
    QVERIFY(images.value("headerLogoLight"_L1).isNull());
    // The bytes round-trip through the client's download.
    Client::Reply *download = m_admin.download(images.value("loginLogo"_L1).toObject().value("url"_L1).toString());
    QSignalSpy downloaded(download, &Client::Reply::finished);
    QVERIFY(downloaded.wait(15'000));
    QCOMPARE(download->bytes(), logo);

    // Removals and an upload in one save: all of them reach the server.
    page->removeImage(u"loginLogo"_s);
    page->removeImage(u"headerLogoDark"_s);
    QVERIFY(page->preview(true)->headerLogoLabel()->pixmap().isNull());
    QVERIFY(page->preview(false)->loginLogoLabel()->pixmap().isNull());
    const QString lightFile = m_dir.filePath(u"light.png"_s);
    QVERIFY(writeFile(lightFile, png(Qt::black, QSize(40, 20))));
    QVERIFY(page->pickImage(u"headerLogoLight"_s, lightFile));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusLabel()->text(), u"Branding saved."_s, 15'000);
    const QJsonObject later = await(m_admin.get(u"/api/v1/branding"_s)).value("images"_L1).toObject();
    QVERIFY(later.value("loginLogo"_L1).isNull());
    QVERIFY(later.value("headerLogoDark"_L1).isNull());
    QCOMPARE(later.value("headerLogoLight"_L1).toObject().value("contentType"_L1).toString(), u"image/png"_s);
}

void TestPagesBranding::brandingRefusesBadImagesAndExplainsConflicts()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = open<Ui::BrandingPage>(window, u"branding"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !page->hasChanges(), 15'000);
    auto *status = findByAccessibleName<QLabel>(page, u"Login logo status"_s, true);
    QVERIFY(status);

    const QString text = m_dir.filePath(u"notes.png"_s);
    QVERIFY(writeFile(text, "just some text, named like a picture"));
    QVERIFY(!page->pickImage(u"loginLogo"_s, text));
    QVERIFY2(status->text().contains(u"not a PNG, JPEG or SVG"_s), qPrintable(status->text()));
    QByteArray huge = png(Qt::blue, QSize(8, 8));
    huge.append(QByteArray(Ui::BrandingPage::MaxImageBytes, '\0'));
    const QString big = m_dir.filePath(u"big.png"_s);
    QVERIFY(writeFile(big, huge));
    QVERIFY(!page->pickImage(u"loginLogo"_s, big));
    QVERIFY2(status->text().contains(u"2 MB"_s), qPrintable(status->text()));
    QVERIFY(!page->hasChanges());
    const QString svg = m_dir.filePath(u"logo.svg"_s);
    QVERIFY(writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                           "<rect width=\"40\" height=\"20\" fill=\"#0a0\"/></svg>"));
    QVERIFY(page->pickImage(u"headerLogoLight"_s, svg));
    QVERIFY(!page->preview(false)->headerLogoLabel()->pixmap().isNull());
    // Without a dark logo of its own the dark header shows the light one.
    QVERIFY(!page->preview(true)->headerLogoLabel()->pixmap().isNull());

    // Someone else saves meanwhile: the page's version is stale and it says so.
    const QJsonObject current = await(m_admin.get(u"/api/v1/branding"_s));
    QVERIFY(!await(m_admin.put(u"/api/v1/branding"_s,
                               {{u"title"_s, u"Changed elsewhere"_s}, {u"subtitle"_s, current.value("subtitle"_L1)}},
                               current.value("version"_L1).toInteger()))
                 .isEmpty());
    auto *title = findByAccessibleName<QLineEdit>(page, u"Title"_s, true);
    title->setText(u"Mine"_s);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(u"Another admin changed the branding"_s), 15'000);
    QCOMPARE(title->text(), u"Mine"_s); // the edits are kept
    QCOMPARE(await(m_admin.get(u"/api/v1/branding"_s)).value("title"_L1).toString(), u"Changed elsewhere"_s);
    page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), u"Changed elsewhere"_s, 15'000);
}

void TestPagesBranding::bannerCreatedActivatedAndDeleted()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = open<Ui::BannersPage>(window, u"banners"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15'000);
    QTest::mouseClick(findByAccessibleName<QPushButton>(page, u"New banner"_s, true), Qt::LeftButton);
    QLineEdit *english = page->textEdit(u"en"_s);
    QVERIFY(english);
    auto *save = findByAccessibleName<QPushButton>(page, u"Save banner"_s, true);
    QVERIFY(!save->isEnabled()); // English is required
    QTest::keyClicks(english, u"Maintenance tonight at 22:00"_s);
    QVERIFY(save->isEnabled());

    // "Add language": type the tag, press Add.
    auto *language = findByAccessibleName<QComboBox>(page, u"Language to add"_s, true);
    QVERIFY(language);
    language->setCurrentText(u"fr"_s);
    QTest::mouseClick(findByAccessibleName<QPushButton>(page, u"Add language"_s, true), Qt::LeftButton);
    QLineEdit *french = page->textEdit(u"fr"_s);
    QVERIFY(french);
    french->setText(u"Maintenance ce soir à 22 h"_s);
    auto *variant = findByAccessibleName<QComboBox>(page, u"Variant"_s, true);
    variant->setCurrentIndex(variant->findData(u"warning"_s));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->currentId().isEmpty() && !page->isBusy(), 15'000);
    const QString id = page->currentId();
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 1, 15'000);

    // Not active yet.
    QVERIFY(await(m_admin.get(u"/api/v1/banners/active"_s)).value("banner"_L1).isNull());
    auto *toggle = findByAccessibleName<QPushButton>(page, u"Activate or deactivate banner"_s, true);
    QVERIFY(toggle && toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->banners().value(0).value("active"_L1).toBool(), 15'000);
    QUrlQuery fr;
    fr.addQueryItem(u"lang"_s, u"fr"_s);
    const QJsonObject active = await(m_admin.get(u"/api/v1/banners/active"_s, fr)).value("banner"_L1).toObject();
    QCOMPARE(active.value("id"_L1).toString(), id);
    QCOMPARE(active.value("text"_L1).toString(), u"Maintenance ce soir à 22 h"_s);
    QCOMPARE(active.value("variant"_L1).toString(), u"warning"_s);

    // Edit the English text: a PATCH with the version.
    english = page->textEdit(u"en"_s);
    english->setText(u"Maintenance tonight at 23:00"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->banners().value(0).value("texts"_L1).toObject().value("en"_L1)
                                                        == u"Maintenance tonight at 23:00"_s,
                             15'000);

    // Delete asks first; Cancel keeps it, Delete removes it.
    auto *remove = findByAccessibleName<QPushButton>(page, u"Delete banner"_s, true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QMessageBox *box = page->findChild<QMessageBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(page->currentId(), id);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QMessageBox *>() != nullptr);
    box = page->findChild<QMessageBox *>();
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 0, 15'000);
    QVERIFY(page->currentId().isEmpty());
    QVERIFY(await(m_admin.get(u"/api/v1/banners/active"_s)).value("banner"_L1).isNull());
}

void TestPagesBranding::settingsAndKeyPolicyChange()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = open<Ui::SettingsPage>(window, u"settings"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->generalEditor(u"usageRetentionDays"_s) && page->keyPolicyEditor(u"maxRpm"_s)
                                 && page->generalEditor(u"usageRetentionDays"_s)->isEnabled(),
                             15'000);
    auto *retention = qobject_cast<QSpinBox *>(page->generalEditor(u"usageRetentionDays"_s));
    QVERIFY(retention);
    QCOMPARE(retention->value(), 90);
    retention->setFocus();
    retention->selectAll();
    QTest::keyClicks(retention, u"120"_s);
    QCOMPARE(retention->value(), 120);
    auto *currency = qobject_cast<QComboBox *>(page->generalEditor(u"displayCurrency"_s));
    QVERIFY(currency);
    currency->setCurrentText(u"eur"_s);
    auto *webhooks = qobject_cast<QPlainTextEdit *>(page->generalEditor(u"alertWebhookUrls"_s));
    QVERIFY(webhooks);
    webhooks->setPlainText(u"https://hooks.example.com/a\n\nhttps://hooks.example.com/b\n"_s);
    auto *saveGeneral = findByAccessibleName<QPushButton>(page, u"Save General"_s, true);
    QVERIFY(saveGeneral && saveGeneral->isEnabled());
    QTest::mouseClick(saveGeneral, Qt::LeftButton);
    auto *generalStatus = findByAccessibleName<QLabel>(page, u"General status"_s, true);
    QTRY_COMPARE_WITH_TIMEOUT(generalStatus->text(), u"Saved."_s, 15'000);
    const QJsonObject settings = await(m_admin.get(u"/api/v1/settings"_s));
    QCOMPARE(settings.value("usageRetentionDays"_L1).toInteger(), 120);
    QCOMPARE(settings.value("displayCurrency"_L1).toString(), u"EUR"_s);
    QCOMPARE(settings.value("alertWebhookUrls"_L1).toArray(),
             (QJsonArray{u"https://hooks.example.com/a"_s, u"https://hooks.example.com/b"_s}));
    QCOMPARE(settings.value("auditRetentionDays"_L1).toInteger(), 365); // untouched

    // A bad value: the server's 400 names the field, the page names it in its words.
    webhooks->setPlainText(u"ftp://nope.example.com"_s);
    QTest::mouseClick(saveGeneral, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(generalStatus->text().startsWith(u"Alert webhooks:"_s), 15'000);

    // Key policy: a maximum, and "none" for a default, replaced as a whole.
    auto *maxRpm = qobject_cast<QSpinBox *>(page->keyPolicyEditor(u"maxRpm"_s));
    QVERIFY(maxRpm);
    QCOMPARE(maxRpm->text(), u"none"_s);
    maxRpm->setValue(500);
    auto *duration = qobject_cast<QComboBox *>(page->keyPolicyEditor(u"defaultBudgetDuration"_s));
    duration->setCurrentIndex(duration->findData(u"7d"_s));
    QTest::mouseClick(findByAccessibleName<QPushButton>(page, u"Save Key policy"_s, true), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(findByAccessibleName<QLabel>(page, u"Key policy status"_s, true)->text(), u"Saved."_s, 15'000);
    const QJsonObject policy = await(m_admin.get(u"/api/v1/settings/keys"_s));
    QCOMPARE(policy.value("maxRpm"_L1).toInteger(), 500);
    QCOMPARE(policy.value("defaultBudgetDuration"_L1).toString(), u"7d"_s);
    QVERIFY(policy.value("defaultRpm"_L1).isNull());
}

void TestPagesBranding::languageChoiceIsKept()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"alice"_s, UserPassword);
    // Everyone has the settings page for the language; only admin readers see the server's.
    auto *page = open<Ui::SettingsPage>(window, u"settings"_s);
    QVERIFY(page);
    QVERIFY(!page->generalEditor(u"usageRetentionDays"_s));
    QComboBox *language = page->languageChoice();
    QStringList names;
    for (int i = 1; i < language->count(); ++i)
        names << language->itemText(i);
    QCOMPARE(names, (QStringList{u"English"_s, u"Français"_s, u"Deutsch"_s, u"Español"_s, u"日本語"_s}));
    language->setCurrentIndex(language->findData(u"fr"_s));
    QCOMPARE(QSettings().value(Ui::SettingsPage::languageSettingsKey()).toString(), u"fr"_s);
    QVERIFY(findByAccessibleName<QLabel>(page, u"Language note"_s, true)->text().contains(u"next start"_s));
    language->setCurrentIndex(0);
    QVERIFY(!QSettings().contains(Ui::SettingsPage::languageSettingsKey()));
}

void TestPagesBranding::dashboardShowsWhatTheUsageApiCounts()
{
    // The usage journal flushes about once a second: wait until the API counts every chat.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QUrlQuery day;
    day.addQueryItem(u"from"_s, today);
    day.addQueryItem(u"to"_s, today);
    const auto requestsToday = [&] {
        return await(m_admin.get(u"/api/v1/usage/summary"_s, day)).value("totals"_L1).toObject().value("requests"_L1).toInteger();
    };
    QTRY_COMPARE_WITH_TIMEOUT(requestsToday(), qint64(m_chats), 20'000);

    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = qobject_cast<Ui::DashboardPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->pendingRequests(), 0, 15'000);

    const QJsonObject todayTotals = await(m_admin.get(u"/api/v1/usage/summary"_s, day)).value("totals"_L1).toObject();
    QUrlQuery month;
    month.addQueryItem(u"from"_s, QDate::fromString(today, Qt::ISODate).toString(u"yyyy-MM-01"_s));
    month.addQueryItem(u"to"_s, today);
    const QJsonObject monthTotals = await(m_admin.get(u"/api/v1/usage/summary"_s, month)).value("totals"_L1).toObject();
    const QLocale locale;
    for (const auto &[period, totals] : {std::pair{u"today"_s, todayTotals}, std::pair{u"month"_s, monthTotals}}) {
        QCOMPARE(page->figureLabel(period + u".requests"_s)->property("value").toLongLong(), qint64(m_chats));
        QCOMPARE(page->figureLabel(period + u".requests"_s)->text(), locale.toString(m_chats));
        const qint64 tokens = totals.value("totalTokens"_L1).toInteger();
        QVERIFY(tokens > 0);
        QCOMPARE(page->figureLabel(period + u".tokens"_s)->property("value").toLongLong(), tokens);
        QCOMPARE(page->figureLabel(period + u".tokens"_s)->text(), locale.toString(tokens));
        QCOMPARE(page->figureLabel(period + u".activeUsers"_s)->property("value").toLongLong(), 1);
        QCOMPARE(page->figureLabel(period + u".errors"_s)->property("value").toLongLong(), qint64(m_failed));
        QCOMPARE(page->figureLabel(period + u".successRate"_s)->property("value").toDouble(),
                 totals.value("successRate"_L1).toDouble());
        QCOMPARE(page->figureLabel(period + u".successRate"_s)->text(),
                 locale.toString(totals.value("successRate"_L1).toDouble() * 100, 'f', 1) + u" %"_s);
        const QString cost = totals.value("cost"_L1).toString();
        QVERIFY(cost.toDouble() > 0);
        QCOMPARE(page->figureLabel(period + u".cost"_s)->property("value").toString(), cost);
        // In the display currency the settings test chose.
        QVERIFY2(page->figureLabel(period + u".cost"_s)->text().endsWith(u" EUR"_s),
                 qPrintable(page->figureLabel(period + u".cost"_s)->text()));
    }
    const qint64 pending = await(m_admin.get(u"/api/v1/subscriptions/pending"_s)).value("total"_L1).toInteger();
    QCOMPARE(pending, 1);
    QCOMPARE(page->figureLabel(u"pending"_s)->property("value").toLongLong(), pending);
    QCOMPARE(page->figureLabel(u"models"_s)->property("value").toInt(), 3);
    QCOMPARE(page->figureLabel(u"deployments"_s)->property("value").toInt(), 3);
    // The server's counters: the one upstream failure, named by its model; no Redis, limits local.
    const qint64 upstreamErrors = page->figureLabel(u"upstreamErrors"_s)->property("value").toLongLong();
    QVERIFY(upstreamErrors >= m_failed); // a retry may fail too
    QCOMPARE(page->figureLabel(u"upstreamErrors"_s)->text(), locale.toString(upstreamErrors));
    QVERIFY2(page->figureLabel(u"upstreamErrors"_s)->toolTip().contains(u"mock-broken: "_s),
             qPrintable(page->figureLabel(u"upstreamErrors"_s)->toolTip()));
    QCOMPARE(page->figureLabel(u"limits"_s)->property("value").toBool(), false);
    QCOMPARE(page->figureLabel(u"limits"_s)->text(), u"working"_s);

    // One more chat, then Refresh: the figure follows.
    QCOMPARE(chat(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(requestsToday(), qint64(m_chats), 20'000);
    auto *refresh = findByAccessibleName<QPushButton>(page, u"Refresh dashboard"_s, true);
    QVERIFY(refresh && refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!refresh->isEnabled()); // in flight
    QTRY_COMPARE_WITH_TIMEOUT(page->figureLabel(u"today.requests"_s)->property("value").toLongLong(), qint64(m_chats),
                              15'000);
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 15'000);

    // Auto-refresh picks up the next one by itself.
    QCOMPARE(chat(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(requestsToday(), qint64(m_chats), 20'000);
    page->setAutoRefresh(30);
    QCOMPARE(findByAccessibleName<QComboBox>(page, u"Automatic refresh"_s, true)->currentData().toInt(), 30);
    page->setAutoRefresh(0);
}

void TestPagesBranding::dashboardNeverWaitsOnASilentServer()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    auto *page = qobject_cast<Ui::DashboardPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->pendingRequests(), 0, 15'000);

    // A server that accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held.append(s);
    });
    client.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));

    QElapsedTimer t;
    t.start();
    page->refresh();
    // Returns at once (a refresh that waited would wait on the silent server for good; the bound
    // leaves room for a loaded machine).
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    const int out = page->pendingRequests();
    QVERIFY(out >= 3);
    QCOMPARE(client.inFlight(), out);
    auto *refresh = findByAccessibleName<QPushButton>(page, u"Refresh dashboard"_s, true);
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(findByAccessibleName<QLabel>(page, u"Last refresh"_s, true)->text(), u"Updating…"_s);
    // The event loop keeps running while the requests hang, and refreshing again adds none.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QTest::qWait(500);
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // 25 if idle; a blocked loop gives 0 or 1
    QVERIFY(!held.isEmpty()); // the requests did reach the silent server
    page->refresh();
    page->setAutoRefresh(30);
    QCOMPARE(client.inFlight(), out);
    page->setAutoRefresh(0);
    // The other pages stay usable meanwhile.
    QVERIFY(window.showPage(u"settings"_s));
    QCOMPARE(window.currentPage()->pageId(), u"settings"_s);
}

void TestPagesBranding::readOnlyAdminSeesDisabledControls()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"auditor"_s, UserPassword);

    auto *branding = open<Ui::BrandingPage>(window, u"branding"_s);
    QVERIFY(branding);
    auto *title = findByAccessibleName<QLineEdit>(branding, u"Title"_s, true);
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), u"Changed elsewhere"_s, 15'000); // reading works
    QVERIFY(!title->isEnabled());
    QVERIFY(title->toolTip().contains(u"read-only"_s));
    auto *choose = findByAccessibleName<QPushButton>(branding, u"Choose Login logo"_s, true);
    QVERIFY(choose && !choose->isEnabled() && choose->toolTip().contains(u"read-only"_s));

    auto *banners = open<Ui::BannersPage>(window, u"banners"_s);
    QVERIFY(banners);
    auto *create = findByAccessibleName<QPushButton>(banners, u"New banner"_s, true);
    QVERIFY(!create->isEnabled() && create->toolTip().contains(u"read-only"_s));
    QVERIFY(!findByAccessibleName<QPushButton>(banners, u"Save banner"_s, true)->isEnabled());

    auto *settings = open<Ui::SettingsPage>(window, u"settings"_s);
    QVERIFY(settings);
    QTRY_VERIFY_WITH_TIMEOUT(settings->generalEditor(u"usageRetentionDays"_s) != nullptr, 15'000);
    QWidget *retention = settings->generalEditor(u"usageRetentionDays"_s);
    QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QSpinBox *>(retention)->value(), 120, 15'000);
    QVERIFY(!retention->isEnabled());
    QVERIFY(retention->toolTip().contains(u"read-only"_s));
    QVERIFY(!findByAccessibleName<QPushButton>(settings, u"Save General"_s, true)->isEnabled());
    // The local language stays the auditor's own choice.
    QVERIFY(settings->languageChoice()->isEnabled());
}

void TestPagesBranding::keyboardAndAccessibleNames()
{
    Client::ApiClient client;
    Ui::MainWindow window(&client);
    signIn(window, u"root"_s, AdminPassword);
    // Every control of the four pages has a name for screen readers (its own, its text or its
    // label's).
    for (const QString &id : {u"dashboard"_s, u"branding"_s, u"banners"_s, u"settings"_s}) {
        QVERIFY(window.showPage(id));
        QWidget *page = window.currentPage();
        QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 0, 15'000);
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTableWidget *>(w);
            if (!control || !w->isVisibleTo(page) || w->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            ++controls;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(id + u": "_s + QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        }
        QVERIFY2(controls >= 2, qPrintable(id));
    }

    // Branding with the keyboard alone: Tab walks title → subtitle → footer → the first logo's
    // Choose; the previews take no focus.
    QVERIFY(window.showPage(u"branding"_s));
    auto *branding = qobject_cast<Ui::BrandingPage *>(window.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!branding->isBusy(), 15'000);
    auto *title = findByAccessibleName<QLineEdit>(branding, u"Title"_s, true);
    title->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), findByAccessibleName<QLineEdit>(branding, u"Subtitle"_s, true));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), findByAccessibleName<QPlainTextEdit>(branding, u"Footer"_s, true));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), findByAccessibleName<QPushButton>(branding, u"Choose Login logo"_s, true));
    for (Ui::LoginPreview *preview : {branding->preview(false), branding->preview(true)}) {
        for (QWidget *w : preview->findChildren<QWidget *>())
            QCOMPARE(w->focusPolicy(), Qt::NoFocus);
    }
}

void TestPagesBranding::screenshotsOfThePages()
{
    takeScreenshots(m_dir, m_server.baseUrl(), {u"dashboard"_s, u"branding"_s, u"banners"_s, u"settings"_s});
}

QTEST_MAIN(TestPagesBranding)
#include "tst_pages_branding.moc"
