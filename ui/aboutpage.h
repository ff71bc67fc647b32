// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

class QFormLayout;
class QLabel;

namespace Tollgate::Ui {

/// Version, licence, the server in use and where the session is kept.
class AboutPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutPage)

public:
    explicit AboutPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("about"); }
    QString title() const override { return tr("About"); }
    void activate() override;

    /// Where the refresh token lives (keychain or memory only), shown as is.
    void setSessionStorage(const QString &text);

protected:
    void retranslate() override;

private:
    QLabel *m_text;
    QFormLayout *m_form;
    QLabel *m_version;
    QLabel *m_qt;
    QLabel *m_licence;
    QLabel *m_server;
    QLabel *m_storage;
};

} // namespace Tollgate::Ui
