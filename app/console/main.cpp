// SPDX-License-Identifier: GPL-3.0-or-later
// tollgate-console: the composition root — application, translations, the API client, the
// keychain-backed session and the main window (or an automation run).
#include "app/console/automation.h"
#include "app/console/sessionkeeper.h"
#include "gateway-core/client/apiclient.h"
#include "ui/connectpage.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Tollgate;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tollgate"_s);
    QApplication::setApplicationName(u"tollgate-console"_s);
    QApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tollgate.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tollgate Console: the desktop admin console of Tollgate."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, u"Connect to the server at URL."_s, u"URL"_s);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        u"Sign in with TOLLGATE_USER / TOLLGATE_PASSWORD, save every page the role can see as DIR/<page>.png, exit."_s,
        u"DIR"_s);
    const QCommandLineOption measureOption(
        u"measure-startup"_s,
        u"Sign in with TOLLGATE_USER / TOLLGATE_PASSWORD, print the time from launch to a usable main window, exit."_s);
    const QCommandLineOption languageOption(
        u"language"_s, u"Language of the interface (en, fr, de, es, ja); remembered."_s, u"LANG"_s);
    parser.addOptions({serverOption, screenshotsOption, measureOption, languageOption});
    parser.process(app);

    QSettings settings;
    if (parser.isSet(languageOption))
        settings.setValue(Ui::Language::settingsKey(), parser.value(languageOption));
    Ui::Language::apply(settings.value(Ui::Language::settingsKey()).toString());

    Client::ApiClient client;
    Ui::ConnectPage::loadTrustedCertificates(&client);
    Ui::MainWindow window(&client);

    const bool automated = parser.isSet(screenshotsOption) || parser.isSet(measureOption);
    if (automated) {
        if (!parser.isSet(serverOption)) {
            std::fprintf(stderr, "tollgate-console: --screenshots and --measure-startup need --server URL\n");
            return 2;
        }
        // Automation never touches the keychain: its session lives and dies with the run.
        const auto describeSession = [&window] {
            window.setSessionStorage(QObject::tr("Session kept in memory only"));
        };
        describeSession();
        QObject::connect(&window, &Ui::MainWindow::languageChanged, &window, describeSession);
        window.show();
        Console::Automation automation(
            parser.isSet(screenshotsOption) ? Console::Automation::Mode::Screenshots
                                            : Console::Automation::Mode::MeasureStartup,
            &window, &client, parser.value(serverOption), parser.value(screenshotsOption), sinceLaunch);
        automation.start();
        return app.exec();
    }

    Console::SessionKeeper keeper;
    const auto describeSession = [&window, &keeper] { window.setSessionStorage(keeper.describe()); };
    describeSession();
    QObject::connect(&keeper, &Console::SessionKeeper::availabilityChanged, &window, describeSession);
    QObject::connect(&window, &Ui::MainWindow::languageChanged, &window, describeSession);
    QObject::connect(
        &client, &Client::ApiClient::refreshTokenChanged, &keeper,
        [&client, &keeper](const QByteArray &token) { keeper.store(client.server().toString(), token); });
    const QString server = parser.isSet(serverOption)
                               ? parser.value(serverOption)
                               : settings.value(u"connection/history"_s).toStringList().value(0);
    window.show();
    if (!server.isEmpty()) {
        window.connectPage()->setServerUrl(server);
        QObject::connect(
            &keeper, &Console::SessionKeeper::loaded, &window,
            [&window](const QString &url, const QByteArray &token) {
                if (!token.isEmpty())
                    window.resumeSession(url, token);
                else
                    window.connectPage()->checkServer();
            },
            Qt::SingleShotConnection);
        keeper.load(QUrl(server).adjusted(QUrl::StripTrailingSlash).toString());
    }
    return app.exec();
}
