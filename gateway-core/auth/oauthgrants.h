// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Auth {

/// A sign-in between the start request and the provider's return, keyed by the server's state.
struct PendingLogin
{
    QString provider;
    QString clientRedirect;  ///< the desktop client's (loopback) redirect URI
    QString clientChallenge; ///< the client's PKCE S256 challenge, checked at the exchange
    QString clientState;     ///< returned to the client untouched
    QString callbackUrl;     ///< the redirect_uri the provider was given
    QByteArray secrets;      ///< the server's PKCE verifier and nonce, sealed with the master key
    qint64 expiresAt = 0;
};

/// A one-time code handed to the client once the upstream sign-in succeeded.
struct IssuedCode
{
    QString userId;
    QString provider;
    QString clientChallenge;
    qint64 expiresAt = 0;
};

/// The short-lived grants of single sign-on, in the database so that any replica can finish a
/// sign-in another one started. Only SHA-256 hashes of the state and of the one-time code are
/// stored; each is taken once (a second take finds nothing), and expired rows are purged.
class OAuthGrants final
{
public:
    explicit OAuthGrants(Store::Database &db);

    void saveLogin(QByteArrayView state, const PendingLogin &login);
    /// The pending sign-in of @p state, removed so it cannot be used again; nullopt when unknown
    /// or expired.
    std::optional<PendingLogin> takeLogin(QByteArrayView state);

    void saveCode(QByteArrayView code, const IssuedCode &issued);
    /// The code's grant, marked used; nullopt when unknown, expired or used before (@p replayed
    /// says which).
    std::optional<IssuedCode> takeCode(QByteArrayView code, bool *replayed = nullptr);

private:
    void purge(qint64 now);

    Store::Database &m_db;
};

} // namespace Tollgate::Auth
