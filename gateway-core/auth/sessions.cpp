// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/sessions.h"

#include "gateway-core/auth/error.h"
#include "gateway-core/auth/jwt.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/sqlsupport.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <openssl/crypto.h>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcSessions, "tollgate.auth")

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

namespace {

/// The settings row holding the generated signing key; "internal." settings are never served.
const QString SigningKeySetting = u"internal.session_signing_key"_s;

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1)
        qFatal("no randomness for a session token");
    return bytes;
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    // Hashing first makes the comparison independent of the lengths too.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    return CRYPTO_memcmp(ha.constData(), hb.constData(), size_t(ha.size())) == 0;
}

Error unauthenticated(const QString &why)
{
    return Error(Error::Code::Unauthenticated, why);
}

} // namespace

Sessions::Sessions(SessionOptions options)
    : m_options(std::move(options))
    , m_limiter(m_options.loginLimits)
{}

QString Sessions::hashToken(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray Sessions::signingKey(Store::Database &db)
{
    QMutexLocker lock(&m_keyMutex);
    if (!m_key.isEmpty())
        return m_key;
    if (!m_options.signingKey.isEmpty()) {
        m_key = m_options.signingKey;
        return m_key;
    }
    const Util::SecretBox box(m_options.masterKey);
    Store::SettingsRepository settings(db);
    for (int attempt = 0; attempt < 3 && m_key.isEmpty(); ++attempt) {
        const std::optional<Store::Setting> stored = settings.find(SigningKeySetting);
        if (stored) {
            if (const std::optional<QByteArray> key = box.open(stored->value.toString().toLatin1())) {
                m_key = *key;
                break;
            }
            qCWarning(lcSessions, "the stored session signing key was sealed with another master key; "
                                  "replacing it (open sessions end)");
        }
        const QByteArray key = randomBytes(32);
        try {
            settings.put(SigningKeySetting, QString::fromLatin1(box.seal(key)), u"tollgate"_s,
                         stored ? std::optional<qint64>(stored->version) : std::optional<qint64>(0));
            m_key = key;
        } catch (const Store::Error &e) {
            if (e.code() != Store::Error::Code::Conflict)
                throw;
            // Another replica stored one first: read theirs.
        }
    }
    if (m_key.isEmpty())
        throw Store::Error(Store::Error::Code::Internal, u"cannot settle a session signing key"_s);
    return m_key;
}

SessionTokens Sessions::issue(Store::Database &db, const QString &userId, const QString &familyId, qint64 now,
                              QString *tokenId)
{
    SessionTokens tokens;
    tokens.sessionId = familyId;
    tokens.refreshToken =
        "tgr_" + randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    tokens.refreshExpiresAt = now + m_options.refreshTtlMs;
    *tokenId = Store::Detail::newId();
    db.exec(u"INSERT INTO refresh_tokens (id, user_id, token_hash, expires_at, family_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {*tokenId, userId, hashToken(tokens.refreshToken), tokens.refreshExpiresAt, familyId, now},
            u"store refresh token"_s);
    tokens.accessExpiresAt = now + m_options.accessTtlMs;
    const QJsonObject claims{{u"iss"_s, u"tollgate"_s},
                             {u"sub"_s, userId},
                             {u"sid"_s, familyId},
                             {u"iat"_s, double(now / 1000)},
                             {u"exp"_s, double(tokens.accessExpiresAt / 1000)}};
    tokens.accessToken = Jwt::sign(claims, signingKey(db));
    return tokens;
}

SessionTokens Sessions::open(Store::Database &db, const Store::User &user)
{
    const qint64 now = db.now();
    // Expired tokens can neither be used nor reused: each sign-in sweeps its user's.
    db.exec(u"DELETE FROM refresh_tokens WHERE user_id = ? AND expires_at <= ?"_s, {user.id, now},
            u"sweep expired refresh tokens"_s);
    QString tokenId;
    return issue(db, user.id, Store::Detail::newId(), now, &tokenId);
}

RefreshResult Sessions::refresh(Store::Database &db, QByteArrayView refreshToken)
{
    RefreshResult result;
    if (!refreshToken.startsWith("tgr_") || refreshToken.size() > 200)
        return result;
    Store::Transaction tx(db);
    const qint64 now = db.now();
    QSqlQuery q = db.exec(u"SELECT id, user_id, expires_at, revoked_at, replaced_by, COALESCE(family_id, id) "
                          "FROM refresh_tokens WHERE token_hash = ?"_s,
                          {hashToken(refreshToken)}, u"read refresh token"_s);
    if (!q.next())
        return result;
    const QString id = q.value(0).toString();
    const QString userId = q.value(1).toString();
    const qint64 expiresAt = q.value(2).toLongLong();
    const bool revoked = !q.value(3).isNull();
    const bool rotated = !q.value(4).isNull();
    const QString familyId = q.value(5).toString();
    q.finish();
    result.user = Store::UserRepository(db).find(userId);
    if (revoked && rotated) {
        db.exec(
            u"UPDATE refresh_tokens SET revoked_at = ? WHERE COALESCE(family_id, id) = ? AND revoked_at IS NULL"_s,
            {now, familyId}, u"revoke session"_s);
        tx.commit();
        result.outcome = RefreshResult::Outcome::Reused;
        return result;
    }
    if (revoked || expiresAt <= now || !result.user || !result.user->active)
        return result;
    QString nextId;
    result.tokens = issue(db, userId, familyId, now, &nextId);
    // Only one of two concurrent refreshes with the same token may win; the other is a reuse.
    QSqlQuery spent = db.exec(u"UPDATE refresh_tokens SET revoked_at = ?, replaced_by = ? "
                              "WHERE id = ? AND revoked_at IS NULL"_s,
                              {now, nextId, id}, u"rotate refresh token"_s);
    if (spent.numRowsAffected() != 1) {
        result.tokens = {};
        return result;
    }
    tx.commit();
    result.outcome = RefreshResult::Outcome::Rotated;
    return result;
}

QString Sessions::revokeByRefreshToken(Store::Database &db, QByteArrayView refreshToken)
{
    QSqlQuery q =
        db.exec(u"SELECT user_id, COALESCE(family_id, id) FROM refresh_tokens WHERE token_hash = ?"_s,
                {hashToken(refreshToken)}, u"read refresh token"_s);
    if (!q.next())
        return {};
    const QString userId = q.value(0).toString();
    const QString familyId = q.value(1).toString();
    q.finish();
    revokeSession(db, familyId);
    return userId;
}

void Sessions::revokeSession(Store::Database &db, const QString &sessionId)
{
    db.exec(
        u"UPDATE refresh_tokens SET revoked_at = ? WHERE COALESCE(family_id, id) = ? AND revoked_at IS NULL"_s,
        {db.now(), sessionId}, u"revoke session"_s);
}

int Sessions::revokeAllSessions(Store::Database &db, const QString &userId, const QString &exceptSessionId)
{
    QSqlQuery q =
        db.exec(u"UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL "
                "AND COALESCE(family_id, id) <> ?"_s,
                {db.now(), userId, exceptSessionId}, u"revoke sessions"_s);
    return q.numRowsAffected();
}

Caller Sessions::authenticate(Store::Database &db, const Http::Request &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isNull())
        return {};
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        throw unauthenticated(u"Authorization must be \"Bearer <access token>\"."_s);
    const QByteArray token = authorization.mid(7).trimmed();
    if (!m_options.masterKey.isEmpty() && equalConstantTime(token, m_options.masterKey)) {
        Caller caller;
        caller.kind = Caller::Kind::MasterKey;
        caller.roles = {RoleAdmin};
        return caller;
    }
    const qint64 now = db.now();
    const std::optional<QJsonObject> claims = Jwt::verify(token, signingKey(db), now / 1000);
    if (!claims)
        throw unauthenticated(u"The access token is invalid or expired; refresh it or sign in again."_s);
    const QString userId = claims->value(u"sub"_s).toString();
    const QString sessionId = claims->value(u"sid"_s).toString();
    const qint64 open = Store::Detail::count(
        db,
        u"SELECT COUNT(*) FROM refresh_tokens WHERE COALESCE(family_id, id) = ? AND user_id = ? "
        "AND revoked_at IS NULL AND expires_at > ?"_s,
        {sessionId, userId, now}, u"check session"_s);
    if (open == 0)
        throw unauthenticated(u"The session has ended; sign in again."_s);
    const std::optional<Store::User> user = Store::UserRepository(db).find(userId);
    if (!user || !user->active)
        throw unauthenticated(u"The account is deactivated or gone."_s);
    Caller caller;
    caller.kind = Caller::Kind::User;
    caller.userId = user->id;
    caller.username = user->username;
    caller.roles = user->roles;
    caller.sessionId = sessionId;
    return caller;
}

} // namespace Tollgate::Auth
