// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/oauthgrants.h"

#include "gateway-core/auth/sessions.h"
#include "gateway-core/store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

namespace {

// Used codes stay this long after expiry so a replay is recognised (and audited) as one.
constexpr qint64 KeepUsedMs = 3600 * 1000;

} // namespace

OAuthGrants::OAuthGrants(Store::Database &db)
    : m_db(db)
{}

void OAuthGrants::purge(qint64 now)
{
    m_db.exec(u"DELETE FROM sso_logins WHERE expires_at < ?"_s, {now}, u"purge sign-in states"_s);
    m_db.exec(u"DELETE FROM sso_codes WHERE expires_at < ?"_s, {now - KeepUsedMs}, u"purge one-time codes"_s);
}

void OAuthGrants::saveLogin(QByteArrayView state, const PendingLogin &login)
{
    const qint64 now = m_db.now();
    purge(now);
    m_db.exec(u"INSERT INTO sso_logins (state_hash, provider, client_redirect, client_challenge, client_state, "
              "callback_url, secrets, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {Sessions::hashToken(state), login.provider, login.clientRedirect, login.clientChallenge,
               login.clientState, login.callbackUrl, QString::fromLatin1(login.secrets), login.expiresAt, now},
              u"save sign-in state"_s);
}

std::optional<PendingLogin> OAuthGrants::takeLogin(QByteArrayView state)
{
    const QString hash = Sessions::hashToken(state);
    Store::Transaction tx(m_db);
    QSqlQuery q = m_db.exec(u"SELECT provider, client_redirect, client_challenge, client_state, callback_url, "
                            "secrets, expires_at FROM sso_logins WHERE state_hash = ?"_s,
                            {hash}, u"read sign-in state"_s);
    if (!q.next())
        return std::nullopt;
    PendingLogin login{q.value(0).toString(), q.value(1).toString(),           q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(),           q.value(5).toString().toLatin1(),
                       q.value(6).toLongLong()};
    q.finish();
    QSqlQuery removed = m_db.exec(u"DELETE FROM sso_logins WHERE state_hash = ?"_s, {hash}, u"spend sign-in state"_s);
    // Another replica may have taken it between the two statements.
    if (removed.numRowsAffected() != 1)
        return std::nullopt;
    tx.commit();
    if (login.expiresAt <= m_db.now())
        return std::nullopt;
    return login;
}

void OAuthGrants::saveCode(QByteArrayView code, const IssuedCode &issued)
{
    m_db.exec(u"INSERT INTO sso_codes (code_hash, user_id, provider, client_challenge, expires_at, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s,
              {Sessions::hashToken(code), issued.userId, issued.provider, issued.clientChallenge, issued.expiresAt,
               m_db.now()},
              u"save one-time code"_s);
}

std::optional<IssuedCode> OAuthGrants::takeCode(QByteArrayView code, bool *replayed)
{
    if (replayed)
        *replayed = false;
    const QString hash = Sessions::hashToken(code);
    const qint64 now = m_db.now();
    Store::Transaction tx(m_db);
    QSqlQuery spent = m_db.exec(u"UPDATE sso_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"_s,
                                {now, hash}, u"spend one-time code"_s);
    const bool fresh = spent.numRowsAffected() == 1;
    QSqlQuery q = m_db.exec(u"SELECT user_id, provider, client_challenge, expires_at FROM sso_codes WHERE code_hash = ?"_s,
                            {hash}, u"read one-time code"_s);
    if (!q.next())
        return std::nullopt;
    IssuedCode issued{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
    q.finish();
    tx.commit();
    if (!fresh) {
        if (replayed)
            *replayed = true;
        return std::nullopt;
    }
    if (issued.expiresAt <= now)
        return std::nullopt;
    return issued;
}

} // namespace Tollgate::Auth
