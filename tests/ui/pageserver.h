// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the console page tests (tst_pages_*) share: tollgate-server on SQLite with mock models
// declared in its configuration, the people they sign in as, chats through the gateway, signing a
// window in through its sign-in page and the console's --screenshots run.

#include "gateway-core/client/apiclient.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/seeding.h"
#include "tests/ui/widgets.h"
#include "ui/mainwindow.h"
#include "ui/signinpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace Tollgate::Testing::Pages {

/// The bootstrap admin "root"'s password.
inline const QString AdminPassword = QStringLiteral("admin-password-1");
/// The password of alice and auditor (createPeople()).
inline const QString UserPassword = QStringLiteral("user-password-1");

/// Keeps the console's QSettings in @p dir, not in the user's configuration.
inline void keepSettingsIn(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("TollgateTest"));
}

/// A model of the configuration file: chat only, @p prices {input, output} per million tokens,
/// served by @p baseUrl (a mock LLM's apiBase()).
inline QJsonObject chatModel(const QString &id, const QString &baseUrl, const QJsonObject &prices,
                             bool restricted = false)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("chat")}},
                       {QStringLiteral("restricted"), restricted},
                       {QStringLiteral("prices"), prices},
                       {QStringLiteral("deployments"), QJsonArray{QJsonObject{{QStringLiteral("base_url"), baseUrl}}}}};
}

/// Starts tollgate-server (admin "root" / AdminPassword) on SQLite in @p dir with @p models
/// declared in its configuration file; false with @p error on failure.
inline bool startServerWithModels(Process &server, const QTemporaryDir &dir, const QJsonArray &models,
                                  QString *error)
{
    const QString config = dir.filePath(QStringLiteral("tollgate.json"));
    QFile f(config);
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("models"), models}}).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write ") + config;
        return false;
    }
    f.close();
    return startTollgateServer(server, dir.filePath(QStringLiteral("data")), AdminPassword, error,
                               {QStringLiteral("--config"), config});
}

/// Signs @p client in at @p server as @p username; false when no session came within 15 s.
inline bool signInClient(Client::ApiClient &client, const QUrl &server, const QString &username,
                         const QString &password)
{
    client.setServer(server);
    QSignalSpy signedIn(&client, &Client::ApiClient::signedIn);
    client.signIn(username, password);
    return signedIn.wait(15'000);
}

/// Creates alice (user) and auditor (read-only admin) with UserPassword as @p admin; how many
/// were created.
inline int createPeople(Client::ApiClient &admin)
{
    return createUsers(admin, {{{QStringLiteral("username"), QStringLiteral("alice")},
                                {QStringLiteral("password"), UserPassword},
                                {QStringLiteral("roles"), QJsonArray{QStringLiteral("user")}}},
                               {{QStringLiteral("username"), QStringLiteral("auditor")},
                                {QStringLiteral("password"), UserPassword},
                                {QStringLiteral("roles"), QJsonArray{QStringLiteral("adminReadonly")}}}});
}

/// One small chat (8 tokens at most) with the API key @p secret through @p server's gateway; the
/// status.
inline int chatStatus(const Process &server, const QString &secret, const QString &model)
{
    const QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("max_tokens"), 8},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("hello")}}}}};
    return rawRequest(server.host(), server.port(), "POST", "/v1/chat/completions",
                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{"authorization", "Bearer " + secret.toUtf8()}, {"content-type", "application/json"}})
        .status;
}

/// Shows @p window and signs in through its sign-in page as a user would; fails the test when
/// the console is not shown within 15 s.
inline void signInWindow(Ui::MainWindow &window, const QString &baseUrl, const QString &username,
                         const QString &password)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSignIn(baseUrl);
    auto *user = findByAccessibleName<QLineEdit>(window.signInPage(), QStringLiteral("Username"), true);
    auto *pass = findByAccessibleName<QLineEdit>(window.signInPage(), QStringLiteral("Password"), true);
    QVERIFY(user && pass);
    user->setText(username);
    pass->setText(password);
    QSignalSpy shown(&window, &Ui::MainWindow::consoleShown);
    QTest::keyClick(pass, Qt::Key_Return);
    QVERIFY(shown.wait(15'000));
}

/// Runs tollgate-console --screenshots against @p baseUrl as root into @p dir's "shots" folder and
/// checks that every page of @p pageIds was rendered there.
inline void takeScreenshots(const QTemporaryDir &dir, const QString &baseUrl, const QStringList &pageIds)
{
    const QString shots = dir.filePath(QStringLiteral("shots"));
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOLLGATE_USER"), QStringLiteral("root"));
    env.insert(QStringLiteral("TOLLGATE_PASSWORD"), AdminPassword);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("console-config")));
    console.setProcessEnvironment(env);
    console.start(binaryPath(QStringLiteral("tollgate-console")),
                  {QStringLiteral("--server"), baseUrl, QStringLiteral("--screenshots"), shots});
    QVERIFY(console.waitForFinished(60'000));
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0,
             console.readAllStandardError().constData());
    for (const QString &page : pageIds) {
        const QImage image(shots + u'/' + page + QStringLiteral(".png"));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QVERIFY(image.width() >= 640 && image.height() >= 400);
    }
}

} // namespace Tollgate::Testing::Pages
