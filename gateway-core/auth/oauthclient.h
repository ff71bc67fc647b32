// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/auth/oauthprovider.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tollgate::Auth {

/// A provider's endpoints, discovered or configured.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl jwksUrl;
    /// token_endpoint_auth_methods_supported; empty when the document does not say
    QStringList tokenAuthMethods;
};

/// Who signed in at the provider.
struct ExternalIdentity
{
    QString subject; ///< stable id: OIDC "sub", OpenShift metadata.uid
    QString username;
    QString email;
    QString fullName;
    QStringList groups;
};

/// What the server remembered between sending the browser to the provider and its return.
struct UpstreamLogin
{
    QString callbackUrl; ///< the redirect_uri sent to the provider (sent again with the code)
    QByteArray verifier; ///< the server's own PKCE verifier
    QString nonce;       ///< OIDC nonce
};

/// The server's side of the upstream OAuth / OIDC flows, asynchronously on the thread that uses
/// it (the control-plane thread): discovery, the token request, the ID-token check against the
/// JWKS, and the OpenShift user lookup. Each HTTP call gives up after SsoOptions::timeoutMs, and
/// the thread keeps serving other admin calls meanwhile. Discovery documents and JWKS are cached
/// for an hour (a JWKS is fetched again at once when a token names an unknown key).
class OAuthClient final : public std::enable_shared_from_this<OAuthClient>
{
public:
    explicit OAuthClient(SsoOptions options);
    ~OAuthClient();
    OAuthClient(const OAuthClient &) = delete;
    OAuthClient &operator=(const OAuthClient &) = delete;

    const SsoOptions &options() const { return m_options; }
    const SsoProvider *provider(const QString &id) const;

    using MetadataDone = std::function<void(const std::optional<ProviderMetadata> &metadata, const QString &error)>;
    using IdentityDone = std::function<void(const std::optional<ExternalIdentity> &identity, const QString &error)>;

    /// The provider's endpoints (cached).
    void metadata(const SsoProvider &provider, MetadataDone done);
    /// Redeems @p code and establishes who signed in; errors are English and carry no secret.
    void completeLogin(const SsoProvider &provider, const QByteArray &code, const UpstreamLogin &login,
                       IdentityDone done);

    /// A bounded HTTP call: @p done gets the status (0 when no answer) and the body.
    using HttpDone = std::function<void(int status, const QByteArray &body, const QString &error)>;
    void get(const QUrl &url, const QByteArray &bearer, HttpDone done);
    void postForm(const QUrl &url, const QByteArray &form, const QByteArray &basicAuth, HttpDone done);

    /// The JWKS of @p url (cached unless @p refresh).
    void jwks(const QUrl &url, bool refresh, std::function<void(const std::optional<QJsonObject> &, const QString &)> done);

private:
    static QNetworkAccessManager &network();
    void send(QNetworkReply *reply, HttpDone done);

    struct Cached
    {
        ProviderMetadata metadata;
        QJsonObject jwks;
        qint64 fetchedAt = 0;
    };

    SsoOptions m_options;
    QHash<QString, Cached> m_metadata; // provider id →
    QHash<QString, Cached> m_jwks;     // JWKS URL →
};

} // namespace Tollgate::Auth
