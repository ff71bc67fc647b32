// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/secretbox.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/evp.h>

#include <memory>

namespace Tollgate::Util {

namespace {
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
constexpr QByteArrayView Version = "v1:";

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
} // namespace

SecretBox::SecretBox(QByteArrayView masterKey)
    : m_key(QCryptographicHash::hash(QByteArray("tollgate secret box v1\0", 23) + masterKey.toByteArray(),
                                     QCryptographicHash::Sha256))
{
}

QByteArray SecretBox::seal(QByteArrayView plaintext) const
{
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(nonce.data()),
                                         reinterpret_cast<quint32 *>(nonce.data() + NonceBytes));
    QByteArray out = nonce;
    out.resize(NonceBytes + plaintext.size() + TagBytes);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data() + NonceBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData())) != 1
        || EVP_EncryptUpdate(ctx.get(), cipher, &length, reinterpret_cast<const unsigned char *>(plaintext.data()),
                             int(plaintext.size())) != 1)
        return {};
    total = length;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + total, &length) != 1)
        return {};
    total += length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, cipher + total) != 1)
        return {};
    return Version.toByteArray() + out.toBase64();
}

std::optional<QByteArray> SecretBox::open(QByteArrayView sealed) const
{
    if (!sealed.startsWith(Version))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.sliced(Version.size()).toByteArray());
    if (raw.size() < NonceBytes + TagBytes)
        return std::nullopt;
    const qsizetype cipherBytes = raw.size() - NonceBytes - TagBytes;
    const auto *nonce = reinterpret_cast<const unsigned char *>(raw.constData());
    const auto *cipher = nonce + NonceBytes;
    QByteArray tag = raw.right(TagBytes);
    QByteArray plain(cipherBytes, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()), nonce) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length, cipher,
                             int(cipherBytes)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1)
        return std::nullopt;
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + length, &finalLength) != 1)
        return std::nullopt;
    return plain;
}

} // namespace Tollgate::Util
