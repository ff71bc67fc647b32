// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/oidc.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tollgate::Auth::Oidc {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    const auto decoded = fromBase64Url(part);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Bignum bignum(const QByteArray &bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

PKey fromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder));
    const PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return PKey(key);
}

/// The public key of one JWK, when it is a usable RSA (2048 bits or more) or P-256 key.
PKey publicKey(const QJsonObject &jwk)
{
    const QString kty = jwk.value("kty"_L1).toString();
    const ParamBld builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return {};
    if (kty == "RSA"_L1) {
        const auto n = fromBase64Url(jwk.value("n"_L1).toString().toLatin1());
        const auto e = fromBase64Url(jwk.value("e"_L1).toString().toLatin1());
        if (!n || !e || n->size() < 256 || e->isEmpty())
            return {};
        const Bignum bn = bignum(*n);
        const Bignum be = bignum(*e);
        if (!bn || !be || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) != 1 ||
            OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, be.get()) != 1)
            return {};
        return fromParams("RSA", builder.get());
    }
    if (kty == "EC"_L1 && jwk.value("crv"_L1).toString() == "P-256"_L1) {
        const auto x = fromBase64Url(jwk.value("x"_L1).toString().toLatin1());
        const auto y = fromBase64Url(jwk.value("y"_L1).toString().toLatin1());
        if (!x || !y || x->size() != 32 || y->size() != 32)
            return {};
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        static char group[] = "prime256v1";
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
            OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             size_t(point.size())) != 1)
            return {};
        return fromParams("EC", builder.get());
    }
    return {};
}

/// JWS ES256 signatures are r ‖ s (32 bytes each); OpenSSL verifies DER.
std::optional<QByteArray> ecdsaDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return std::nullopt;
    EcdsaSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData() + 32), 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return std::nullopt;
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

bool verifySignature(EVP_PKEY *key, QByteArrayView input, const QByteArray &signature)
{
    const MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.data()),
                            size_t(input.size())) == 1;
}

IdTokenResult failure(const QString &error, bool unknownKey = false)
{
    IdTokenResult result;
    result.error = error;
    result.unknownKey = unknownKey;
    return result;
}

} // namespace

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        qFatal("no randomness for a sign-in token");
    return raw.toBase64(Base64Url);
}

QByteArray pkceChallenge(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url);
}

bool isPkceValue(QByteArrayView value)
{
    if (value.size() < 43 || value.size() > 128)
        return false;
    for (const char c : value) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

bool equalSecret(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool isLoopbackRedirect(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme() != "http"_L1 || uri.hasFragment() || !uri.userInfo().isEmpty())
        return false;
    const QString host = uri.host();
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

IdTokenResult verifyIdToken(QByteArrayView token, const QJsonObject &jwks, const IdTokenExpectations &expect)
{
    if (token.size() > 16384)
        return failure(u"the ID token is too large"_s);
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot <= firstDot || token.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.'))
        return failure(u"the ID token is not a compact JWS"_s);
    const std::optional<QJsonObject> header = decodeObject(token.first(firstDot));
    if (!header)
        return failure(u"the ID token's header is not JSON"_s);
    const QString alg = header->value("alg"_L1).toString();
    if (alg != "RS256"_L1 && alg != "ES256"_L1)
        return failure(u"the ID token is signed with %1; only RS256 and ES256 are accepted"_s.arg(alg));
    const QString kid = header->value("kid"_L1).toString();
    const auto rawSignature = fromBase64Url(token.sliced(lastDot + 1));
    if (!rawSignature)
        return failure(u"the ID token's signature is not base64url"_s);
    std::optional<QByteArray> signature = rawSignature;
    if (alg == "ES256"_L1)
        signature = ecdsaDer(*rawSignature);
    if (!signature)
        return failure(u"the ID token's ES256 signature is malformed"_s);

    const QString wantedType = alg == "RS256"_L1 ? u"RSA"_s : u"EC"_s;
    bool candidate = false;
    bool verified = false;
    for (const QJsonValue &value : jwks.value("keys"_L1).toArray()) {
        const QJsonObject jwk = value.toObject();
        if (jwk.value("kty"_L1).toString() != wantedType)
            continue;
        if (!kid.isEmpty() && jwk.value("kid"_L1).toString() != kid)
            continue;
        if (jwk.contains("use"_L1) && jwk.value("use"_L1).toString() != "sig"_L1)
            continue;
        if (jwk.contains("alg"_L1) && jwk.value("alg"_L1).toString() != alg)
            continue;
        const PKey key = publicKey(jwk);
        if (!key)
            continue;
        candidate = true;
        if (verifySignature(key.get(), token.first(lastDot), *signature)) {
            verified = true;
            break;
        }
    }
    if (!candidate)
        return failure(u"no key of the provider's JWKS matches the ID token (kid \"%1\")"_s.arg(kid.left(64)), true);
    if (!verified)
        return failure(u"the ID token's signature does not verify"_s);

    // Claims are read only once the signature holds.
    std::optional<QJsonObject> claims = decodeObject(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!claims)
        return failure(u"the ID token's claims are not JSON"_s);
    if (claims->value("iss"_L1).toString() != expect.issuer)
        return failure(u"the ID token's issuer is \"%1\", not \"%2\""_s.arg(claims->value("iss"_L1).toString().left(200),
                                                                            expect.issuer));
    const QJsonValue aud = claims->value("aud"_L1);
    QStringList audiences;
    if (aud.isString())
        audiences.append(aud.toString());
    for (const QJsonValue &a : aud.toArray())
        audiences.append(a.toString());
    if (!audiences.contains(expect.audience))
        return failure(u"the ID token is not meant for this client (aud)"_s);
    const QString azp = claims->value("azp"_L1).toString();
    if (!azp.isEmpty() && azp != expect.audience)
        return failure(u"the ID token was issued to another client (azp)"_s);
    const QJsonValue exp = claims->value("exp"_L1);
    if (!exp.isDouble() || qint64(exp.toDouble()) + expect.leewaySeconds <= expect.nowSeconds)
        return failure(u"the ID token has expired"_s);
    const QJsonValue iat = claims->value("iat"_L1);
    if (iat.isDouble() && qint64(iat.toDouble()) > expect.nowSeconds + expect.leewaySeconds)
        return failure(u"the ID token was issued in the future (iat)"_s);
    const QJsonValue nbf = claims->value("nbf"_L1);
    if (nbf.isDouble() && qint64(nbf.toDouble()) > expect.nowSeconds + expect.leewaySeconds)
        return failure(u"the ID token is not valid yet (nbf)"_s);
    const QString nonce = claims->value("nonce"_L1).toString();
    if (nonce.isEmpty() || !equalSecret(nonce.toUtf8(), expect.nonce.toUtf8()))
        return failure(u"the ID token's nonce does not match this sign-in"_s);
    if (claims->value("sub"_L1).toString().isEmpty())
        return failure(u"the ID token has no subject (sub)"_s);
    IdTokenResult result;
    result.claims = std::move(claims);
    return result;
}

QStringList claimStrings(const QJsonObject &claims, const QString &path)
{
    QJsonValue value = claims;
    for (const QString &part : path.split(u'.')) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    if (value.isString())
        return {value.toString()};
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace Tollgate::Auth::Oidc
