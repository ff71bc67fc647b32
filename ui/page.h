// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/language.h"

#include <QWidget>

class QLabel;

namespace Tollgate::Client {
class ApiClient;
}

namespace Tollgate::Ui {

/// One page of the signed-in console (dashboard, users, about…): what the navigation list shows
/// and what --screenshots renders.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    /// Stable name, also the screenshot's file name ("users" → users.png).
    virtual QString pageId() const = 0;
    /// Translated title for the navigation list.
    virtual QString title() const = 0;
    /// The page became visible: load or refresh what it shows.
    virtual void activate() {}

Q_SIGNALS:
    /// A failure to show in the status bar.
    void problem(const QString &text);

protected:
    explicit Page(Client::ApiClient *client, QWidget *parent = nullptr);
    Client::ApiClient *client() const { return m_client; }
    /// Whether the signed-in role may change what admin pages show (admin; adminReadonly only reads).
    bool canWrite() const;
    /// The page's heading, which shows title() and follows the language.
    QLabel *heading();
    /// Sets every text of the page in the current language: the one place a page's texts are
    /// set, called by its constructor and again on each language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    Client::ApiClient *m_client;
    QLabel *m_heading = nullptr;
};

} // namespace Tollgate::Ui
