// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/jwt.h"

#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Tollgate::Auth::Jwt {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hmac(QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
              size_t(data.size()), out, &length))
        qFatal("HMAC-SHA-256 failed");
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(),
                                                        Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray sign(const QJsonObject &claims, QByteArrayView key)
{
    static const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(Base64Url);
    const QByteArray input =
        header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return input + '.' + hmac(key, input).toBase64(Base64Url);
}

std::optional<QJsonObject> verify(QByteArrayView token, QByteArrayView key, qint64 nowSeconds)
{
    if (token.size() > 8192)
        return std::nullopt;
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot <= firstDot ||
        token.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.'))
        return std::nullopt;
    const auto signature = QByteArray::fromBase64Encoding(
        token.sliced(lastDot + 1).toByteArray(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = hmac(key, token.first(lastDot));
    if (!signature || signature.decoded.size() != expected.size() ||
        CRYPTO_memcmp(signature.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return std::nullopt;
    // Checked after the signature, so an attacker learns nothing from which check failed.
    const std::optional<QJsonObject> header = decodeObject(token.first(firstDot));
    if (!header || header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    std::optional<QJsonObject> claims = decodeObject(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!claims)
        return std::nullopt;
    const QJsonValue exp = claims->value(QLatin1String("exp"));
    if (!exp.isDouble() || qint64(exp.toDouble()) <= nowSeconds)
        return std::nullopt;
    return claims;
}

} // namespace Tollgate::Auth::Jwt
