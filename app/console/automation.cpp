// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/automation.h"

#include "gateway-core/client/apiclient.h"
#include "models/usersmodel.h"
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
        // Usable: the first page is shown and everything it asked for has arrived without an
        // error (a page showing "unavailable" is not usable). The time is taken when the last
        // answer was handled, and declared once nothing new started for two idle ticks.
        const Ui::Page *first = m_window->currentPage();
        if (!first)
            return fail(u"signed in, but no page is shown"_s);
        connect(m_client, &Client::ApiClient::requestFailed, this, [this](const Client::Error &error) {
            fail(u"the first page could not load its data: "_s + error.describe());
        });
        m_usableAt = m_sinceLaunch.elapsed();
        connect(m_client, &Client::ApiClient::inFlightChanged, this, [this](int count) {
            if (count > m_lastInFlight)
                m_requests += count - m_lastInFlight;
            m_lastInFlight = count;
            if (count == 0)
                m_usableAt = m_sinceLaunch.elapsed();
        });
        // What the page asked for while it was shown (the sign-in reply is already done).
        m_lastInFlight = m_client->inFlight();
        m_requests = m_lastInFlight;
        whenIdle([this, pageId = first->pageId()] {
            if (m_failed)
                return;
            std::printf(
                "startup: main window usable %lld ms after launch (signed in, %s loaded, %d requests)\n",
                m_usableAt, qPrintable(pageId), m_requests);
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
        // Other list pages show the first row's details (which may load more): the first table
        // with rows is the page's list (a detail table is empty until something is selected).
        const QList<QTableView *> tables = m_window->page(pageId)->findChildren<QTableView *>();
        for (QTableView *table : tables) {
            if (!table->model() || table->model()->rowCount() == 0)
                continue;
            if (!table->currentIndex().isValid())
                table->setCurrentIndex(table->model()->index(0, 0));
            break;
        }
        whenIdle([this, pageId] {
            // One more turn of the event loop so layouts settle before the grab.
            QTimer::singleShot(50, this, [this, pageId] {
                capture(pageId);
                nextPage();
            });
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
    if (m_failed)
        return;
    m_failed = true;
    std::fprintf(stderr, "tollgate-console: %s\n", qPrintable(message));
    std::fflush(stderr);
    finish(1);
}

} // namespace Tollgate::Console
