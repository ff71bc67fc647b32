// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Tollgate::Auth {

/// One single sign-on provider the server is the OAuth client of.
struct SsoProvider
{
    enum class Kind { OpenShift, Oidc };
    Kind kind = Kind::Oidc;
    QString id;          ///< "openshift" or "oidc": the URL segment and the users.provider value
    QString displayName; ///< shown on the console's sign-in page
    /// OIDC: the issuer (discovery at <issuer>/.well-known/openid-configuration).
    /// OpenShift: the API server (discovery at <api>/.well-known/oauth-authorization-server,
    /// the user at <api>/apis/user.openshift.io/v1/users/~).
    QUrl baseUrl;
    QUrl authorizeUrl; ///< overrides discovery when set
    QUrl tokenUrl;     ///< overrides discovery when set
    QString clientId;
    QByteArray clientSecret;
    QString scopes;        ///< space-separated
    QString groupsClaim;   ///< OIDC: claim holding the groups (dots walk into objects)
    QString usernameClaim; ///< OIDC: claim holding the username (falls back to email, then sub)
};

/// Single sign-on as configured (sso_*, openshift_*, oidc_* settings).
struct SsoOptions
{
    QList<SsoProvider> providers;
    /// The server's external URL; the provider redirects to <public_url>/api/v1/auth/sso/callback.
    /// Empty: built from the Host header of the start request.
    QUrl publicUrl;
    /// Non-loopback redirect URIs a client may ask for (exact match); loopback ones always pass.
    QStringList webRedirectUris;
    int timeoutMs = 5000; ///< per HTTP call to a provider
    QString caFile;       ///< extra PEM CA certificates to trust for the providers
    bool tls = false;     ///< the server speaks HTTPS (for the Host-header callback URL)
};

} // namespace Tollgate::Auth
