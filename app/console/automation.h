// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace Tollgate::Client {
class ApiClient;
}
namespace Tollgate::Ui {
class MainWindow;
}

namespace Tollgate::Console {

/// Drives the console without a person, for docs and measurements: signs in with TOLLGATE_USER /
/// TOLLGATE_PASSWORD, then either renders every page the role can see into DIR/<page>.png
/// (--screenshots) or prints how long the main window took to become usable (--measure-startup).
/// Ends the application with 0 on success and 1 with a message on stderr otherwise.
class Automation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Automation)

public:
    enum class Mode { Screenshots, MeasureStartup };
    Automation(Mode mode, Ui::MainWindow *window, Client::ApiClient *client, const QString &server,
               const QString &screenshotDir, const QElapsedTimer &sinceLaunch, QObject *parent = nullptr);

    void start();

private:
    void signedIn();
    void nextPage();
    void whenIdle(const std::function<void()> &then);
    void capture(const QString &pageId);
    void fail(const QString &message);

    Mode m_mode;
    Ui::MainWindow *m_window;
    Client::ApiClient *m_client;
    QString m_server;
    QDir m_dir;
    QElapsedTimer m_sinceLaunch;
    QStringList m_remaining;
    QStringList m_written;
    // --measure-startup: when the first page's last answer arrived, and how many it asked for.
    qint64 m_usableAt = 0;
    int m_lastInFlight = 0;
    int m_requests = 0;
    bool m_failed = false;
};

} // namespace Tollgate::Console
