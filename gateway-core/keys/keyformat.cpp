// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keyformat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/crypto.h>

namespace Tollgate::Keys {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

bool isBase62(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Uniform base62 characters from the system CSPRNG; rejection sampling avoids modulo bias.
QByteArray randomBase62(int length)
{
    QByteArray out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    while (out.size() < length) {
        quint32 word = rng->generate();
        for (int i = 0; i < 4 && out.size() < length; ++i, word >>= 8) {
            const quint32 byte = word & 0xff;
            if (byte < 248) // 248 = 4 * 62: the largest multiple of 62 below 256
                out += Alphabet[byte % 62];
        }
    }
    return out;
}

} // namespace

QByteArray newKeyId()
{
    return randomBase62(KeyIdLength);
}

QByteArray newSecret()
{
    return randomBase62(SecretLength);
}

QByteArray compose(const KeyParts &parts)
{
    return KeyPrefix.toByteArray() + parts.keyId + '_' + parts.secret;
}

std::optional<KeyParts> parse(QByteArrayView presented)
{
    if (presented.size() != KeyPrefix.size() + KeyIdLength + 1 + SecretLength
        || !presented.startsWith(KeyPrefix) || presented[KeyPrefix.size() + KeyIdLength] != '_')
        return std::nullopt;
    const QByteArrayView id = presented.sliced(KeyPrefix.size(), KeyIdLength);
    const QByteArrayView secret = presented.sliced(KeyPrefix.size() + KeyIdLength + 1);
    for (char c : id) {
        if (!isBase62(c))
            return std::nullopt;
    }
    for (char c : secret) {
        if (!isBase62(c))
            return std::nullopt;
    }
    return KeyParts{id.toByteArray(), secret.toByteArray()};
}

QByteArray hashKey(QByteArrayView presented)
{
    return QCryptographicHash::hash(presented, QCryptographicHash::Sha256).toHex();
}

QByteArray displayPrefix(QByteArrayView presented)
{
    if (const auto parts = parse(presented))
        return KeyPrefix.toByteArray() + parts->keyId + "_\xe2\x80\xa6" + parts->secret.right(4);
    // Foreign keys (imported or declared in configuration) keep LiteLLM's "sk-...last4" form.
    return presented.first(qMin<qsizetype>(3, presented.size())).toByteArray() + "..."
           + presented.last(qMin<qsizetype>(4, presented.size())).toByteArray();
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace Tollgate::Keys
