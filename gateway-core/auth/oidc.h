// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

/// The protocol pieces of single sign-on that need no network: random tokens, PKCE, redirect
/// URI rules and the OpenID Connect ID-token check against a JWKS (RS256, ES256) with OpenSSL.
namespace Tollgate::Auth::Oidc {

/// @p bytes random bytes as unpadded base64url (32 bytes: 43 characters).
QByteArray randomToken(int bytes = 32);
/// The PKCE S256 challenge of @p verifier: base64url(SHA-256(verifier)), unpadded.
QByteArray pkceChallenge(QByteArrayView verifier);
/// A PKCE verifier or S256 challenge: 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636).
bool isPkceValue(QByteArrayView value);
/// Constant-time equality.
bool equalSecret(QByteArrayView a, QByteArrayView b);

/// A redirect URI a desktop client may ask for: http on 127.0.0.1, [::1] or localhost, any port
/// and path, no fragment, no user info (RFC 8252 section 7.3).
bool isLoopbackRedirect(const QUrl &uri);

/// What an ID token must say to be accepted.
struct IdTokenExpectations
{
    QString issuer;   ///< "iss" must equal it
    QString audience; ///< "aud" must contain it (and "azp", when present with several audiences)
    QString nonce;    ///< "nonce" must equal it
    qint64 nowSeconds = 0;
    qint64 leewaySeconds = 60; ///< clock skew tolerated for exp, iat and nbf
};

/// The claims of a valid ID token, or why it is not valid.
struct IdTokenResult
{
    std::optional<QJsonObject> claims;
    QString error;        ///< English, never contains the token
    bool unknownKey = false; ///< no key of the JWKS matches the token's kid: refetch the JWKS once
};

/// Checks a compact JWS ID token: alg RS256 or ES256 (nothing else, never "none" or HMAC), a
/// signature by a key of @p jwks (selected by kid, or by type when the token names none), then
/// iss, aud, azp, exp, iat, nbf and nonce.
IdTokenResult verifyIdToken(QByteArrayView token, const QJsonObject &jwks, const IdTokenExpectations &expect);

/// The string list in @p claims at @p path (dots walk into objects, e.g. "realm_access.roles");
/// a single string becomes a list of one.
QStringList claimStrings(const QJsonObject &claims, const QString &path);

} // namespace Tollgate::Auth::Oidc
