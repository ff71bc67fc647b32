// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/automation.h"

#include "gateway-core/client/apiclient.h"
#include "models/usersmodel.h"
#include "ui/auditpage.h"
#include "ui/backupspage.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/signinpage.h"
#include "ui/userspage.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Tollgate::Console {

namespace {
constexpr int OverallTimeoutMs = 60'000;

/// Ends the run with @p code, also when called before the event loop started (exit() alone
/// would be lost then).
void finish(int code)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [code] { QCoreApplication::exit(code); });
}
} // namespace

Automation::Automation(Mode mode, Ui::MainWindow *window, Client::ApiClient *client, const QString &server,
                       const QString &screenshotDir, const QElapsedTimer &sinceLaunch, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_window(window)
    , m_client(client)
    , m_server(server)
    , m_dir(screenshotDir)
    , m_sinceLaunch(sinceLaunch)
{}

void Automation::start()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(u"TOLLGATE_USER"_s);
    const QString password = env.value(u"TOLLGATE_PASSWORD"_s);
    if (user.isEmpty() || password.isEmpty())
        return fail(u"set TOLLGATE_USER and TOLLGATE_PASSWORD to sign in"_s);
    if (m_mode == Mode::Screenshots && !m_dir.mkpath(u"."_s))
        return fail(u"cannot create "_s + m_dir.absolutePath());
    QTimer::singleShot(OverallTimeoutMs, this, [this] { fail(u"gave up after 60 s"_s); });
    connect(m_window, &Ui::MainWindow::consoleShown, this, &Automation::signedIn, Qt::SingleShotConnection);
    connect(m_client, &Client::ApiClient::requestFailed, this, [this](const Client::Error &error) {
        if (!m_client->isSignedIn())
            fail(error.describe());
    });
    m_window->showSignIn(m_server);
    m_window->signInPage()->setUsername(user);
    m_window->signInPage()->setPassword(password);
    m_window->signInPage()->signIn();
}

void Automation::signedIn()
{
    if (m_mode == Mode::MeasureStartup) {
        // Usable: the first page is shown and everything it asked for has arrived.
        whenIdle([this] {
            std::printf(
                "startup: main window usable %lld ms after launch (signed in, %s loaded)\n",
                qint64(m_sinceLaunch.elapsed()),
                qPrintable(m_window->currentPage() ? m_window->currentPage()->pageId() : u"no page"_s));
            std::fflush(stdout);
            finish(0);
        });
        return;
    }
    for (const Ui::Page *page : m_window->pages())
        m_remaining.append(page->pageId());
    nextPage();
}

void Automation::nextPage()
{
    if (m_remaining.isEmpty()) {
        std::printf("wrote %s\n", qPrintable(m_written.join(u", "_s)));
        std::fflush(stdout);
        finish(0);
        return;
    }
    const QString pageId = m_remaining.takeFirst();
    m_window->showPage(pageId);
    whenIdle([this, pageId] {
        // The users page is more telling with someone selected: prefer a user with a budget.
        if (auto *users = qobject_cast<Ui::UsersPage *>(m_window->page(pageId))) {
            Models::UsersModel *model = users->model();
            int row = model->rowCount() > 1 ? 1 : 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->user(r).budgetUsed().value_or(0) > 0) {
                    row = r;
                    break;
                }
            }
            if (model->rowCount() > 0)
                users->table()->setCurrentIndex(model->index(row, 0));
        }
        // The audit log and the backups show their detail panes for the newest entry.
        if (auto *audit = qobject_cast<Ui::AuditPage *>(m_window->page(pageId));
            audit && audit->table()->model()->rowCount() > 0)
            audit->table()->setCurrentIndex(audit->table()->model()->index(0, 0));
        if (auto *backups = qobject_cast<Ui::BackupsPage *>(m_window->page(pageId));
            backups && backups->table()->model()->rowCount() > 0)
            backups->table()->setCurrentIndex(backups->table()->model()->index(0, 0));
        // One more turn of the event loop so layouts settle before the grab.
        QTimer::singleShot(50, this, [this, pageId] {
            capture(pageId);
            nextPage();
        });
    });
}

void Automation::whenIdle(const std::function<void()> &then)
{
    // Requests may start a moment after the page is shown; wait until none is in flight twice in a row.
    auto *timer = new QTimer(this);
    auto idleTicks = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, idleTicks, then] {
        *idleTicks = m_client->inFlight() == 0 ? *idleTicks + 1 : 0;
        if (*idleTicks >= 2) {
            timer->deleteLater();
            then();
        }
    });
    timer->start(10);
}

void Automation::capture(const QString &pageId)
{
    const QString file = m_dir.filePath(pageId + u".png"_s);
    if (!m_window->grab().save(file))
        return fail(u"cannot write "_s + file);
    m_written.append(file);
}

void Automation::fail(const QString &message)
{
    std::fprintf(stderr, "tollgate-console: %s\n", qPrintable(message));
    std::fflush(stderr);
    finish(1);
}

} // namespace Tollgate::Console
