// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Tollgate::Client {
class Reply;
}

namespace Tollgate::Models {
class NotificationsModel;
}

namespace Tollgate::Ui {

/// Notifications: the alerts feed (budget crossings, key expiry), paged as the table scrolls, with
/// mark read / mark all read and, for admins, everybody's alerts. Admins also see the webhook
/// deliveries and can send a test alert (read-only admins see the button disabled). The unread
/// count is polled in the background (one poll at a time) and reported by unreadCountChanged().
class NotificationsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    explicit NotificationsPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("notifications"); }
    QString title() const override { return tr("Notifications"); }
    void activate() override;

    Models::NotificationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *deliveries() const { return m_deliveries; }
    /// Unread alerts of the shown scope as last known; -1 before the first answer.
    int unreadCount() const { return m_unread; }
    /// How often the unread count is asked for (default 30 s).
    void setPollInterval(int ms);
    /// Polls made so far (for tests: the poll runs without the page being shown).
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void unreadCountChanged(int unread);

protected:
    void retranslate() override;

private:
    void poll();
    void setUnread(int unread);
    void markSelectedRead();
    void markAllRead();
    void loadDeliveries();
    void sendTestAlert();
    void updateCount();
    void updateButtons();
    bool isAdminReader() const;

    Models::NotificationsModel *m_model;
    QComboBox *m_scope;
    QCheckBox *m_unreadOnly;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_markRead;
    QPushButton *m_markAllRead;
    QTimer *m_pollTimer;
    QPointer<Client::Reply> m_pollReply;
    int m_unread = -1;
    int m_polls = 0;
    bool m_loaded = false;

    QGroupBox *m_deliveriesBox;
    QTableWidget *m_deliveries;
    QPushButton *m_reloadDeliveries;
    QPushButton *m_sendTest;
    QLabel *m_deliveriesStatus;
    QPushButton *m_reload;
    QString m_testNote; ///< the answer of the last test send
};

} // namespace Tollgate::Ui
