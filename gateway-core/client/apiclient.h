// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"
#include "gateway-core/client/reply.h"
#include "gateway-core/client/types.h"

#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace Tollgate::Client {

class Download;

/// The typed async client of the control-plane API (/api/v1 and the health probes).
///
/// Every call returns a Reply at once and never blocks. The client keeps the session: it sends the
/// access token, and when a call is refused with 401 it refreshes the session once (one refresh at
/// a time, since each refresh token works only once) and re-sends the call. refreshTokenChanged()
/// tells the owner what to keep in the keychain. TLS certificates the system does not trust are
/// refused with Error::Kind::Tls and their SHA-256 fingerprint, until trustCertificate() is called.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// The server's base URL, e.g. https://tollgate.example.com (a path prefix is kept).
    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }

    /// Calls that have not finished yet (queued behind a refresh included).
    int inFlight() const { return m_inFlight; }

    // TLS trust
    /// Accept a certificate that fails verification for @p host when its SHA-256 matches.
    void trustCertificate(const QString &host, const QByteArray &sha256Hex);
    void forgetCertificate(const QString &host, const QByteArray &sha256Hex);
    QList<QByteArray> trustedCertificates(const QString &host) const { return m_trusted.values(host); }

    // Session
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    /// The signed-in user as /auth/me or /auth/login answered it.
    QJsonObject currentUser() const { return m_user; }
    QStringList roles() const;
    bool hasRole(const QString &role) const { return roles().contains(role); }
    QByteArray refreshToken() const { return m_refreshToken; }

    /// POST /auth/login. On success the session is kept and signedIn() is emitted before finished().
    Reply *signIn(const QString &username, const QString &password);
    /// Resumes a session from a refresh token kept from an earlier run (POST /auth/refresh).
    Reply *resumeSession(const QByteArray &refreshToken);
    /// Revokes the session at the server and forgets it here at once (signedOut() is emitted).
    Reply *signOut();

    // Calls
    Reply *get(const QString &path, const QUrlQuery &query = {});
    Reply *post(const QString &path, const QJsonObject &body);
    /// PATCH with If-Match: "<version>".
    Reply *patch(const QString &path, const QJsonObject &body, qint64 version);

    /// GET /health/readiness (no session needed; 503 when the server's store is unreachable).
    Reply *readiness();
    Reply *me() { return get(QStringLiteral("/api/v1/auth/me")); }
    Reply *users(const UserQuery &query) { return get(QStringLiteral("/api/v1/users"), query.toQuery()); }
    Reply *user(const QString &id) { return get(QStringLiteral("/api/v1/users/") + id); }
    /// GET /api/v1/users/stats: {total, byStatus:{active, inactive}, byRole:{admin, adminReadonly,
    /// user}} in one request (admin, adminReadonly).
    Reply *userStats() { return get(QStringLiteral("/api/v1/users/stats")); }
    Reply *updateUser(const QString &id, qint64 version, const QJsonObject &patch)
    {
        return this->patch(QStringLiteral("/api/v1/users/") + id, patch, version);
    }

    // Branding, banners, settings and the dashboard's sources (console pages of wave 4).
    /// PUT with a JSON body; If-Match: "<version>" when @p version ≥ 0.
    Reply *put(const QString &path, const QJsonObject &body, qint64 version = -1);
    /// DELETE (an empty 204 answer finishes with an empty object).
    Reply *remove(const QString &path);
    /// PUT of raw bytes (an image) with their @p contentType; If-Match when @p version ≥ 0.
    Reply *putBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                    qint64 version = -1);
    /// GET of a file: Reply::bytes() and Reply::contentType() instead of JSON. @p path may carry
    /// a query (as the branding's image URLs do).
    Reply *download(const QString &path);
    // Models, subscriptions and keys (the access pages of the console)
    /// @p id percent-encoded for one path segment (a model id may contain '/').
    static QString segment(const QString &id);
    Reply *updateModel(const QString &id, qint64 version, const QJsonObject &patch)
    {
        return this->patch(QStringLiteral("/api/v1/models/") + segment(id), patch, version);
    }
    Reply *modelDeployments(const QString &modelId)
    {
        return get(QStringLiteral("/api/v1/models/") + segment(modelId) + QStringLiteral("/deployments"),
                   QUrlQuery(QStringLiteral("limit=500")));
    }
    Reply *subscriptionHistory(const QString &id)
    {
        return get(QStringLiteral("/api/v1/subscriptions/") + segment(id) + QStringLiteral("/history"));
    }
    /// POST /api/v1/subscriptions/bulk: @p action is approve, deny or revert; all or nothing.
    Reply *decideSubscriptions(const QStringList &ids, const QString &action, const QString &reason = {});
    Reply *keyPolicy() { return get(QStringLiteral("/api/v1/settings/keys")); }
    /// POST /api/v1/keys/{id}/rotate; @p gracePeriod such as "1h", empty for none.
    Reply *rotateKey(const QString &id, const QString &gracePeriod);
    Reply *revokeKey(const QString &id)
    {
        return post(QStringLiteral("/api/v1/keys/") + segment(id) + QStringLiteral("/revoke"), {});
    }

    // API keys: edit and delete (the keys page's key dialog)
    /// PATCH /api/v1/keys/{id} with If-Match: "<version>": name, limits, budget, expiry.
    Reply *updateKey(const QString &id, qint64 version, const QJsonObject &patch)
    {
        return this->patch(QStringLiteral("/api/v1/keys/") + segment(id), patch, version);
    }
    /// DELETE /api/v1/keys/{id}: the key is gone and refused at once.
    Reply *deleteKey(const QString &id) { return remove(QStringLiteral("/api/v1/keys/") + segment(id)); }

    // Audit, backups, user detail and single sign-on (console pages of the operations area)
    /// GET @p path streamed into @p filePath (replaced only when the transfer completes); never
    /// held whole in memory. The Download reports progress and can be cancelled.
    Download *downloadToFile(const QString &path, const QUrlQuery &query, const QString &filePath);
    /// GET /api/v1/operations/{id}: a long operation's state, percent, phase, error and result.
    Reply *operation(const QString &id) { return get(QStringLiteral("/api/v1/operations/") + id); }
    /// GET /api/v1/auth/sso/providers (no session needed).
    Reply *ssoProviders();
    /// POST /api/v1/auth/sso/exchange: signs in with a one-time SSO code and its PKCE verifier,
    /// like signIn().
    Reply *signInWithSso(const QString &code, const QByteArray &codeVerifier);

    // Notifications feed and webhook deliveries of alerts (console notifications page).
    /// GET /api/v1/notifications; @p scope is "mine" or "all" (admins), newest first.
    Reply *notifications(const QString &scope, bool unreadOnly, int limit, int offset);
    /// POST /api/v1/notifications/{id}/read (204: finishes with an empty object).
    Reply *markNotificationRead(const QString &id);
    /// POST /api/v1/notifications/read-all?scope=…; answers {marked}.
    Reply *markAllNotificationsRead(const QString &scope);
    /// GET /api/v1/alerts/deliveries, newest first (admin, adminReadonly).
    Reply *alertDeliveries(int limit, int offset);
    /// POST /api/v1/alerts/test (admin); answers {eventId, deliveries}, 409 without a webhook URL.
    Reply *sendTestAlert();

Q_SIGNALS:
    void inFlightChanged(int count);
    /// A session started (sign-in or resume); @p user is the account.
    void signedIn(const QJsonObject &user);
    /// The session is over: signed out here, or refused by the server (then @p error says why).
    void signedOut(const Tollgate::Client::Error &error);
    /// The refresh token to keep (empty: forget it). Emitted on sign-in, every refresh and sign-out.
    void refreshTokenChanged(const QByteArray &refreshToken);
    /// Any call failed (for a status line); the Reply's failed() says the same.
    void requestFailed(const Tollgate::Client::Error &error);

private:
    friend class Reply;
    friend class Download;
    Reply *create(QByteArray method, const QString &path, const QUrlQuery &query, const QJsonObject *body,
                  bool authenticated);
    void send(Reply *reply);
    void networkFinished(Reply *reply, QNetworkReply *network);
    void sslErrors(Reply *reply, QNetworkReply *network, const QList<QSslError> &errors);
    void replyDone(Reply *reply);
    void refreshSession();
    void adoptSession(const QJsonObject &tokens);
    void endSession(const Error &error);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QJsonObject m_user;
    QMultiHash<QString, QByteArray> m_trusted;
    int m_inFlight = 0;
    bool m_refreshing = false;
    int m_session = 0; ///< counts ended sessions, so a late refresh answer cannot revive one
    QList<QPointer<Reply>> m_waitingForRefresh;
};

} // namespace Tollgate::Client
