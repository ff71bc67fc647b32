// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/auth/loginlimiter.h"
#include "gateway-core/auth/rbac.h"
#include "gateway-core/http/request.h"
#include "gateway-core/store/records.h"

#include <QByteArray>
#include <QMutex>

#include <optional>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Auth {

struct SessionOptions
{
    /// The configured signing key (session_key). Empty: a random key is created once and kept in
    /// the store, sealed with the master key, so every replica signs with the same one.
    QByteArray signingKey;
    /// Seals the stored signing key; also accepted as an admin credential on /api/v1.
    QByteArray masterKey;
    qint64 accessTtlMs = 15 * 60 * 1000;
    qint64 refreshTtlMs = 30LL * 24 * 3600 * 1000;
    LoginLimits loginLimits;
};

/// What a client gets when a session opens or rotates.
struct SessionTokens
{
    QByteArray accessToken; ///< HS256 JWT: sub = user id, sid = session id, exp
    qint64 accessExpiresAt = 0;
    QByteArray refreshToken; ///< "tgr_" + 256 random bits; only its SHA-256 is stored
    qint64 refreshExpiresAt = 0;
    QString sessionId; ///< the refresh-token family: one per sign-in, kept across rotations
};

/// The outcome of presenting a refresh token.
struct RefreshResult
{
    enum class Outcome {
        Rotated, ///< tokens holds the new pair; the presented token is spent
        Reused,  ///< an already rotated token: the whole session was revoked (theft)
        Invalid, ///< unknown, expired, logged out, or its user is gone or inactive
    };
    Outcome outcome = Outcome::Invalid;
    SessionTokens tokens;
    std::optional<Store::User> user; ///< the session's user, when known
};

/// Sessions of the control plane: a short JWT access token plus a rotating refresh token.
///
/// Refresh tokens are stored hashed in refresh_tokens; each rotation spends the presented token
/// (revoked_at, replaced_by) and issues the next one in the same family (family_id = session id).
/// Presenting a spent token again revokes the family: whoever holds either copy is signed out.
/// Every access token names its family, and is refused once the family is revoked (logout,
/// reuse, deactivation), so logout takes effect at once, not at token expiry. Thread-safe; the
/// database calls run on the caller's thread.
class Sessions final
{
public:
    explicit Sessions(SessionOptions options);

    /// Opens a session for @p user (a sign-in).
    SessionTokens open(Store::Database &db, const Store::User &user);
    /// Rotates @p refreshToken; see RefreshResult.
    RefreshResult refresh(Store::Database &db, QByteArrayView refreshToken);
    /// Revokes the session the refresh token belongs to; returns its user id ("" when unknown).
    QString revokeByRefreshToken(Store::Database &db, QByteArrayView refreshToken);
    /// Revokes one session (logout with an access token).
    void revokeSession(Store::Database &db, const QString &sessionId);
    /// Revokes every session of a user but @p exceptSessionId (deactivation, password change);
    /// returns how many refresh tokens were open.
    int revokeAllSessions(Store::Database &db, const QString &userId, const QString &exceptSessionId = {});

    /// The caller of @p request: Anonymous without an Authorization header, MasterKey for the
    /// master key, User for a valid access token of an active user whose session is open.
    /// Throws Error(Unauthenticated) for any other credential.
    Caller authenticate(Store::Database &db, const Http::Request &request);

    LoginLimiter &loginLimiter() { return m_limiter; }
    qint64 accessTtlMs() const { return m_options.accessTtlMs; }

    /// SHA-256 hex of a refresh token, as stored.
    static QString hashToken(QByteArrayView token);

private:
    QByteArray signingKey(Store::Database &db);
    SessionTokens issue(Store::Database &db, const QString &userId, const QString &familyId, qint64 now,
                        QString *tokenId);

    SessionOptions m_options;
    LoginLimiter m_limiter;
    QMutex m_keyMutex;
    QByteArray m_key;
};

} // namespace Tollgate::Auth
