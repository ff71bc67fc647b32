// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "gateway-core/client/apiclient.h"
#include "ui/aboutpage.h"
#include "ui/auditpage.h"
#include "ui/backupspage.h"
#include "ui/bannerspage.h"
#include "ui/brandingpage.h"
#include "ui/connectpage.h"
#include "ui/dashboardpage.h"
#include "ui/errortext.h"
#include "ui/keyspage.h"
#include "ui/modelspage.h"
#include "ui/notificationspage.h"
#include "ui/settingspage.h"
#include "ui/signinpage.h"
#include "ui/subscriptionspage.h"
#include "ui/userspage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

MainWindow::MainWindow(Client::ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_stack(new QStackedWidget(this))
    , m_connect(new ConnectPage(client, m_stack))
    , m_signIn(new SignInPage(client, m_stack))
    , m_console(new QWidget(m_stack))
    , m_navigation(new QListWidget(m_console))
    , m_pageStack(new QStackedWidget(m_console))
    , m_user(new QLabel(this))
    , m_message(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_storage(new QLabel(this))
{
    m_navigation->setMaximumWidth(180);
    m_navigation->setMinimumWidth(120);
    auto *consoleLayout = new QHBoxLayout(m_console);
    consoleLayout->addWidget(m_navigation);
    consoleLayout->addWidget(m_pageStack, 1);
    m_stack->addWidget(m_connect);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_console);
    setCentralWidget(m_stack);

    // Status bar: failures on the left, requests in flight and session storage on the right.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_inFlight);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_storage);

    m_sessionMenu = menuBar()->addMenu(QString());
    m_signOut = m_sessionMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOut->setEnabled(false);
    m_sessionMenu->addSeparator();
    m_quit = m_sessionMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);
    m_goMenu = menuBar()->addMenu(QString());
    m_reload = m_goMenu->addAction(QString(), this, [this] {
        if (Page *page = currentPage())
            page->activate();
    });
    m_reload->setShortcut(QKeySequence::Refresh);

    connect(m_connect, &ConnectPage::serverReady, this, &MainWindow::showSignIn);
    connect(m_signIn, &SignInPage::changeServerRequested, this,
            [this] { m_stack->setCurrentWidget(m_connect); });
    connect(m_client, &Client::ApiClient::signedIn, this, &MainWindow::enterConsole);
    connect(m_client, &Client::ApiClient::signedOut, this, &MainWindow::leaveConsole);
    connect(m_client, &Client::ApiClient::inFlightChanged, this, &MainWindow::updateInFlight);
    connect(m_client, &Client::ApiClient::requestFailed, this, [this](const Client::Error &error) {
        if (error.code != u"aborted"_s)
            showMessage(errorText(error));
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_pageStack->setCurrentWidget(m_pages.at(row));
        m_pages.at(row)->activate();
    });

    m_stack->setCurrentWidget(m_connect);
    retranslate();
    resize(1024, 680);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT languageChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Tollgate Console"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_message->setAccessibleName(tr("Last message"));
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_busy->setAccessibleName(tr("Working"));
    m_storage->setAccessibleName(tr("Session storage"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_reload->setText(tr("&Refresh page"));
    // Pages retranslate themselves (they get the event too); their entries here follow.
    for (int row = 0; row < m_navigation->count(); ++row)
        updateNavigationItem(row);
    updateUser();
    updateInFlight(m_client->inFlight());
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return isConsoleShown() ? qobject_cast<Page *>(m_pageStack->currentWidget()) : nullptr;
}

bool MainWindow::showPage(const QString &pageId)
{
    Page *p = page(pageId);
    if (!p)
        return false;
    if (m_navigation->currentRow() == m_pages.indexOf(p))
        p->activate();
    else
        m_navigation->setCurrentRow(int(m_pages.indexOf(p)));
    return true;
}

bool MainWindow::isConsoleShown() const
{
    return m_stack->currentWidget() == m_console;
}

void MainWindow::setSessionStorage(const QString &text)
{
    m_storageText = text;
    m_storage->setText(text);
    if (m_about)
        m_about->setSessionStorage(text);
}

void MainWindow::resumeSession(const QString &serverUrl, const QByteArray &refreshToken)
{
    m_connect->setServerUrl(serverUrl);
    m_client->setServer(QUrl(serverUrl));
    m_signIn->prepare(serverUrl);
    m_stack->setCurrentWidget(m_signIn);
    Client::Reply *reply = m_client->resumeSession(refreshToken);
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        showMessage(tr("The previous session could not be resumed: %1").arg(errorText(error)));
    });
}

void MainWindow::showSignIn(const QString &serverUrl)
{
    m_client->setServer(QUrl(serverUrl));
    m_signIn->prepare(serverUrl);
    m_stack->setCurrentWidget(m_signIn);
}

void MainWindow::signOut()
{
    m_client->signOut();
}

void MainWindow::enterConsole()
{
    buildPages();
    updateUser();
    m_signOut->setEnabled(true);
    m_message->clear();
    m_stack->setCurrentWidget(m_console);
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
    Q_EMIT consoleShown();
}

void MainWindow::leaveConsole(const Client::Error &error)
{
    m_signOut->setEnabled(false);
    m_navigation->clear();
    // Later: this may run inside a page's own reply handler.
    for (Page *p : std::as_const(m_pages)) {
        m_pageStack->removeWidget(p);
        p->deleteLater();
    }
    m_pages.clear();
    m_about = nullptr;
    updateUser();
    m_signIn->prepare(m_client->server().toDisplayString());
    m_stack->setCurrentWidget(m_signIn);
    showMessage(error.isError() ? errorText(error) : tr("Signed out."));
}

void MainWindow::buildPages()
{
    m_navigation->clear();
    for (Page *p : std::as_const(m_pages)) {
        m_pageStack->removeWidget(p);
        p->deleteLater();
    }
    m_pages.clear();
    const bool adminReader =
        m_client->hasRole(Client::RoleAdmin) || m_client->hasRole(Client::RoleAdminReadonly);
    m_pages.append(new DashboardPage(m_client, m_pageStack));
    if (adminReader) {
        m_pages << new UsersPage(m_client, m_pageStack) << new ModelsPage(m_client, m_pageStack)
                << new SubscriptionsPage(m_client, m_pageStack) << new KeysPage(m_client, m_pageStack)
                << new BrandingPage(m_client, m_pageStack) << new BannersPage(m_client, m_pageStack)
                << new AuditPage(m_client, m_pageStack) << new BackupsPage(m_client, m_pageStack);
    }
    m_pages.append(new NotificationsPage(m_client, m_pageStack));
    m_pages.append(new SettingsPage(m_client, m_pageStack));
    m_about = new AboutPage(m_client, m_pageStack);
    m_about->setSessionStorage(m_storageText);
    m_pages.append(m_about);
    for (Page *p : std::as_const(m_pages)) {
        m_pageStack->addWidget(p);
        m_navigation->addItem(p->title());
        connect(p, &Page::problem, this, &MainWindow::showMessage);
        if (auto *notifications = qobject_cast<NotificationsPage *>(p)) {
            const int row = m_navigation->count() - 1;
            connect(notifications, &NotificationsPage::unreadCountChanged, this,
                    [this, row] { updateNavigationItem(row); });
        }
    }
}

void MainWindow::updateNavigationItem(int row)
{
    QListWidgetItem *item = m_navigation->item(row);
    Page *p = m_pages.value(row);
    if (!item || !p)
        return;
    const QString title = p->title();
    // The notifications entry carries the unread count: "Notifications (3)".
    const auto *notifications = qobject_cast<NotificationsPage *>(p);
    const int unread = notifications ? notifications->unreadCount() : 0;
    item->setText(unread > 0 ? tr("%1 (%2)").arg(title, QLocale().toString(unread)) : title);
    item->setData(Qt::AccessibleTextRole,
                  unread > 0 ? tr("%1, %n unread", nullptr, unread).arg(title) : title);
}

void MainWindow::updateUser()
{
    const QString username = m_client->currentUser().value("username"_L1).toString();
    if (!m_pages.isEmpty())
        m_user->setText(tr("Signed in as %1").arg(username));
    else
        m_user->clear();
}

void MainWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text);
}

void MainWindow::updateInFlight(int count)
{
    m_busy->setVisible(count > 0);
    m_inFlight->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
}

} // namespace Tollgate::Ui
