// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/restoretokens.h"

#include "gateway-core/store/runtimestate.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Tollgate::Api {

namespace {

QByteArray hashOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

RestoreTokens::RestoreTokens(std::shared_ptr<Store::Database> db)
    : m_db(std::move(db))
{}

RestoreTokens::Issued RestoreTokens::issue(const QString &backupId, const QString &caller, qint64 now)
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Issued issued{"rst_" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                  now + LifetimeMs};
    Store::RestoreTokenRepository(*m_db).insert(hashOf(issued.token), {backupId, caller, issued.expiresAt},
                                                now);
    return issued;
}

RestoreTokens::Refusal RestoreTokens::redeem(QByteArrayView token, const QString &backupId,
                                             const QString &caller, qint64 now)
{
    if (token.isEmpty())
        return Refusal::Missing;
    // Looked up by hash: comparing hashes leaks nothing usable about the token.
    const QByteArray hash = hashOf(token);
    Store::RestoreTokenRepository tokens(*m_db);
    // Accepting is one statement, so a token redeemed on two replicas at once passes only once;
    // the reads below only say why it was refused.
    if (tokens.consume(hash, backupId, caller, now))
        return Refusal::None;
    const std::optional<Store::StoredRestoreToken> stored = tokens.find(hash);
    if (!stored)
        return Refusal::Unknown;
    if (stored->expiresAt <= now) {
        tokens.remove(hash);
        return Refusal::Expired;
    }
    if (stored->caller != caller)
        return Refusal::OtherCaller;
    if (stored->backupId != backupId)
        return Refusal::OtherBackup;
    return Refusal::Unknown; // used up by another request meanwhile
}

} // namespace Tollgate::Api
