// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/restoretokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Tollgate::Api {

namespace {

QByteArray hashOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

RestoreTokens::Issued RestoreTokens::issue(const QString &backupId, const QString &caller, qint64 now)
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Issued issued{"rst_" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                  now + LifetimeMs};
    const QMutexLocker lock(&m_mutex);
    forgetExpired(now);
    m_byHash.insert(hashOf(issued.token), {backupId, caller, issued.expiresAt});
    return issued;
}

RestoreTokens::Refusal RestoreTokens::redeem(QByteArrayView token, const QString &backupId, const QString &caller,
                                             qint64 now)
{
    if (token.isEmpty())
        return Refusal::Missing;
    // Looked up by hash: comparing hashes leaks nothing usable about the token.
    const QByteArray hash = hashOf(token);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_byHash.find(hash);
    if (it == m_byHash.end()) {
        forgetExpired(now);
        return Refusal::Unknown;
    }
    if (it->expiresAt <= now) {
        m_byHash.erase(it);
        return Refusal::Expired;
    }
    if (it->caller != caller)
        return Refusal::OtherCaller;
    if (it->backupId != backupId)
        return Refusal::OtherBackup;
    m_byHash.erase(it);
    return Refusal::None;
}

void RestoreTokens::forgetExpired(qint64 now)
{
    m_byHash.removeIf([now](const std::pair<const QByteArray &, Entry &> &entry) { return entry.second.expiresAt <= now; });
}

} // namespace Tollgate::Api
