// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Tollgate::Client {
class ApiClient;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Models {
class ServerHistoryModel;
}

namespace Tollgate::Ui {

/// First page of the console: pick a server (with history) and check that it is ready. A
/// certificate the system does not trust is shown with its fingerprint and can be trusted
/// explicitly; the choice is remembered.
class ConnectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    explicit ConnectPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString serverUrl() const;
    void setServerUrl(const QString &url);
    /// Loads the fingerprints trusted in earlier runs into @p client.
    static void loadTrustedCertificates(Client::ApiClient *client);

public Q_SLOTS:
    void checkServer();

Q_SIGNALS:
    /// The server at @p url answered its readiness probe.
    void serverReady(const QString &url);

private:
    void retranslate();
    void showFailure(const Client::Error &error);
    void trustCertificate();

    Client::ApiClient *m_client;
    Models::ServerHistoryModel *m_history;
    QComboBox *m_url;
    QPushButton *m_connect;
    QPushButton *m_trust;
    QLabel *m_status;
    QLabel *m_title;
    QLabel *m_label;
    QString m_untrustedHost;
    QByteArray m_untrustedFingerprint;
};

} // namespace Tollgate::Ui
