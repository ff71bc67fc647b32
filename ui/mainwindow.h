// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QMenu;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace Tollgate::Client {
class ApiClient;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

class AboutPage;
class ConnectPage;
class Page;
class SignInPage;

/// The console's window: connect, sign in, then the pages the signed-in role may see, with a
/// navigation list. The status bar shows requests in flight, the last failure and where the
/// session is kept.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Client::ApiClient *client, QWidget *parent = nullptr);

    ConnectPage *connectPage() const { return m_connect; }
    SignInPage *signInPage() const { return m_signIn; }
    /// The pages of the signed-in role, in navigation order (empty before sign-in).
    QList<Page *> pages() const { return m_pages; }
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    /// Shows (and activates) a page; false when the role does not have it.
    bool showPage(const QString &pageId);
    bool isConsoleShown() const;

    /// Says where the refresh token is kept (keychain or memory only).
    void setSessionStorage(const QString &text);
    /// Tries a session kept from an earlier run; falls back to the sign-in page.
    void resumeSession(const QString &serverUrl, const QByteArray &refreshToken);
    /// Goes to the sign-in page of @p serverUrl at once (server checked by the caller).
    void showSignIn(const QString &serverUrl);

public Q_SLOTS:
    void signOut();

Q_SIGNALS:
    /// Signed in and the first page is shown.
    void consoleShown();
    /// The interface language changed and the window's own texts follow it (texts that come from
    /// outside, like setSessionStorage(), are for the listener to set again).
    void languageChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void enterConsole();
    void leaveConsole(const Client::Error &error);
    void buildPages();
    void showMessage(const QString &text);
    void updateInFlight(int count);
    void updateNavigationItem(int row);
    void updateUser();
    void retranslate();

    Client::ApiClient *m_client;
    QStackedWidget *m_stack;
    ConnectPage *m_connect;
    SignInPage *m_signIn;
    QWidget *m_console;
    QListWidget *m_navigation;
    QStackedWidget *m_pageStack;
    QList<Page *> m_pages;
    AboutPage *m_about = nullptr;
    QLabel *m_user;
    QLabel *m_message;
    QLabel *m_inFlight;
    QProgressBar *m_busy;
    QLabel *m_storage;
    QString m_storageText;
    QMenu *m_sessionMenu;
    QMenu *m_goMenu;
    QAction *m_signOut;
    QAction *m_quit;
    QAction *m_reload;
};

} // namespace Tollgate::Ui
