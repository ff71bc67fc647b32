// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/bootstrap.h"

#include "gateway-core/auth/password.h"
#include "gateway-core/auth/rbac.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

#include <openssl/crypto.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

QByteArray SetupToken::arm()
{
    QByteArray random(24, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        qFatal("no randomness for the setup token");
    const QByteArray token =
        "tgs_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QMutexLocker lock(&m_mutex);
    m_hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    return token;
}

bool SetupToken::isArmed() const
{
    QMutexLocker lock(&m_mutex);
    return !m_hash.isEmpty();
}

bool SetupToken::matches(QByteArrayView token) const
{
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    QMutexLocker lock(&m_mutex);
    return !m_hash.isEmpty() && CRYPTO_memcmp(hash.constData(), m_hash.constData(), size_t(hash.size())) == 0;
}

bool SetupToken::consume(QByteArrayView token)
{
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    QMutexLocker lock(&m_mutex);
    if (m_hash.isEmpty() || CRYPTO_memcmp(hash.constData(), m_hash.constData(), size_t(hash.size())) != 0)
        return false;
    m_hash.clear();
    return true;
}

void SetupToken::disarm()
{
    QMutexLocker lock(&m_mutex);
    m_hash.clear();
}

bool adminExists(Store::Database &db)
{
    Store::UserFilter filter;
    filter.role = RoleAdmin;
    filter.active = true;
    return Store::UserRepository(db).list(filter, {1, 0}).total > 0;
}

QString bootstrapAdmin(Store::Database &db, const QString &spec, SetupToken &setup)
{
    if (adminExists(db)) {
        setup.disarm();
        return {};
    }
    if (!spec.isEmpty()) {
        const qsizetype colon = spec.indexOf(u':');
        const QString name = spec.left(colon).trimmed();
        const QString password = colon > 0 ? spec.mid(colon + 1) : QString();
        const std::optional<QString> problem = passwordProblem(password);
        if (colon <= 0 || name.isEmpty() || problem) {
            Log::error("tollgate.auth",
                       "TOLLGATE_BOOTSTRAP_ADMIN must be NAME:PASSWORD with a password of 10 "
                       "or more characters; falling back to a setup token");
        } else {
            Store::UserRepository users(db);
            Store::Transaction tx(db);
            std::optional<Store::User> existing = users.findByUsername(name);
            Store::User admin;
            QJsonObject before;
            if (existing && existing->provider == u"local"_s) {
                before = QJsonObject{{u"roles"_s, QJsonArray::fromStringList(existing->roles)},
                                     {u"active"_s, existing->active}};
                admin = *existing;
                if (!admin.roles.contains(RoleAdmin))
                    admin.roles.prepend(RoleAdmin);
                admin.active = true;
                admin.passwordHash = hashPassword(password);
                admin = users.update(admin, existing->version);
            } else if (!existing) {
                admin.username = name;
                admin.roles = {RoleAdmin, RoleUser};
                admin.passwordHash = hashPassword(password);
                admin = users.create(admin);
            }
            if (!admin.id.isEmpty()) {
                Store::AuditEntry entry;
                entry.actorName = u"bootstrap"_s;
                entry.action = u"auth.bootstrap_admin"_s;
                entry.targetType = u"user"_s;
                entry.targetId = admin.id;
                if (!before.isEmpty())
                    entry.before = before;
                entry.after = QJsonObject{{u"username"_s, admin.username},
                                          {u"roles"_s, QJsonArray::fromStringList(admin.roles)},
                                          {u"active"_s, admin.active}};
                Store::AuditRepository(db).append(entry);
                tx.commit();
                setup.disarm();
                Log::warning("tollgate.auth", "created the first admin from TOLLGATE_BOOTSTRAP_ADMIN",
                             {{"username", admin.username}});
                return u"bootstrap admin %1 created"_s.arg(admin.username);
            }
            Log::error("tollgate.auth",
                       "TOLLGATE_BOOTSTRAP_ADMIN names an external account; falling back to a "
                       "setup token",
                       {{"username", name}});
        }
    }
    const QByteArray token = setup.arm();
    // In the message, not a field: fields named like secrets are redacted, and this one is meant
    // to be read, once, by whoever starts the server.
    Log::warning("tollgate.auth", u"no admin exists yet: create one with POST /api/v1/auth/setup "
                                  "{\"setupToken\":\"%1\",\"username\",\"password\"}; this one-time token is "
                                  "not shown again"_s.arg(QString::fromLatin1(token)));
    return u"setup token armed"_s;
}

} // namespace Tollgate::Auth
