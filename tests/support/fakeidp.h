// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Tollgate::Http {
class Server;
}

namespace Tollgate::Testing {

/// A small OpenShift OAuth server plus OpenID Connect provider on 127.0.0.1 and a free port, for
/// single sign-on tests. It serves, on its own worker threads (so a test may block on the
/// server under test while the server calls it):
/// - /.well-known/openid-configuration, /jwks (RSA and P-256 keys generated at start),
///   /authorize and /token: OIDC with authorization code + PKCE S256, ID tokens with the nonce;
/// - /.well-known/oauth-authorization-server, /oauth/authorize, /oauth/token and
///   /apis/user.openshift.io/v1/users/~: OpenShift OAuth.
/// The authorize endpoints approve the configured user at once and redirect with a code; the
/// token endpoints check the code, the redirect URI, the PKCE verifier and the client secret.
class FakeIdentityProvider final
{
public:
    /// What the provider does to the next ID tokens, for refusal tests.
    enum class Tamper {
        None,
        BadSignature,
        WrongNonce,
        WrongAudience,
        Expired,
        WrongIssuer,
        AlgNone, ///< an unsigned token ("alg":"none")
        Hs256,   ///< HMAC-signed with the client secret (the algorithm-confusion attack)
    };

    struct User
    {
        QString subject = QStringLiteral("subject-1");
        QString username = QStringLiteral("ada");
        QString email = QStringLiteral("ada@example.com");
        QString fullName = QStringLiteral("Ada Lovelace");
        QStringList groups;
    };

    FakeIdentityProvider();
    ~FakeIdentityProvider();
    FakeIdentityProvider(const FakeIdentityProvider &) = delete;
    FakeIdentityProvider &operator=(const FakeIdentityProvider &) = delete;

    bool start();
    QString errorString() const { return m_error; }
    /// http://127.0.0.1:PORT: the OIDC issuer and the OpenShift API server alike.
    QString baseUrl() const;

    QString clientId() const { return QStringLiteral("tollgate"); }
    QByteArray clientSecret() const { return "fake-idp-client-secret"; }

    void setUser(const User &user);
    void setTamper(Tamper tamper);
    /// Sign ID tokens with ES256 instead of RS256.
    void setEs256(bool on);
    /// The token endpoints answer this late (a slow provider).
    void setTokenDelayMs(int ms);
    /// Token requests answered so far (successful or not).
    int tokenRequests() const;
    /// The last token request's body was refused because of this reason ("" when accepted).
    QString lastTokenRefusal() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    std::unique_ptr<Http::Server> m_server;
    QString m_error;
};

} // namespace Tollgate::Testing
