// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace Tollgate::Models {
class ServerHistoryModel;
}

namespace Tollgate::Ui {

/// First page of the console: pick a server and check that it is ready.
class ConnectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    explicit ConnectPage(QWidget *parent = nullptr);

    QString serverUrl() const;
    void setServerUrl(const QString &url);

Q_SIGNALS:
    /// The server at @p url answered its readiness probe.
    void serverReady(const QString &url);

private:
    void checkServer();

    QNetworkAccessManager *m_network;
    Models::ServerHistoryModel *m_history;
    QComboBox *m_url;
    QPushButton *m_connect;
    QLabel *m_status;
};

} // namespace Tollgate::Ui
