// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/password.h"

#include <QByteArray>

#include <argon2.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

namespace {

constexpr uint32_t TimeCost = 2;
constexpr uint32_t MemoryKiB = 19 * 1024;
constexpr uint32_t Parallelism = 1;
constexpr size_t SaltBytes = 16;
constexpr size_t HashBytes = 32;

} // namespace

QString hashPassword(QStringView password)
{
    const QByteArray utf8 = password.toUtf8();
    unsigned char salt[SaltBytes];
    if (RAND_bytes(salt, sizeof salt) != 1)
        qFatal("no randomness for a password salt");
    QByteArray encoded(
        qsizetype(argon2_encodedlen(TimeCost, MemoryKiB, Parallelism, SaltBytes, HashBytes, Argon2_id)),
        '\0');
    const int rc =
        argon2id_hash_encoded(TimeCost, MemoryKiB, Parallelism, utf8.constData(), size_t(utf8.size()), salt,
                              sizeof salt, HashBytes, encoded.data(), size_t(encoded.size()));
    if (rc != ARGON2_OK)
        qFatal("argon2id failed: %s", argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool verifyPassword(QStringView password, const QString &encoded)
{
    if (!encoded.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray hash = encoded.toLatin1();
    return argon2id_verify(hash.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

void verifyAgainstDummy(QStringView password)
{
    static const QString dummy = hashPassword(u"not a password of anyone");
    (void)verifyPassword(password, dummy);
}

std::optional<QString> passwordProblem(QStringView password)
{
    if (password.size() < 10)
        return u"The password needs at least 10 characters."_s;
    if (password.size() > 1024)
        return u"The password may have at most 1024 characters."_s;
    return std::nullopt;
}

} // namespace Tollgate::Auth
