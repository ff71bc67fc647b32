// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakeidp.h"

#include "gateway-core/auth/oidc.h"
#include "gateway-core/http/exchange.h"
#include "gateway-core/http/router.h"
#include "gateway-core/http/server.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

QByteArray bnParam(EVP_PKEY *key, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(pad > 0 ? pad : BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}

QByteArray sign(EVP_PKEY *key, QByteArrayView input, bool ecdsa)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.data()),
                       size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (!ecdsa || signature.isEmpty())
        return signature;
    // DER → r ‖ s, as JWS wants it.
    const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
    if (!sig)
        return {};
    QByteArray raw(64, Qt::Uninitialized);
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data() + 32), 32);
    ECDSA_SIG_free(sig);
    return raw;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void respondJson(Http::Exchange &ex, int status, const QJsonObject &body)
{
    ex.respond(status, "application/json", compact(body));
}

void oauthError(Http::Exchange &ex, const QString &error, const QString &description)
{
    respondJson(ex, 400, {{u"error"_s, error}, {u"error_description"_s, description}});
}

struct Grant
{
    bool openshift = false;
    QString redirectUri;
    QByteArray challenge;
    QString nonce;
    FakeIdentityProvider::User user;
};

} // namespace

struct FakeIdentityProvider::State
{
    QMutex mutex;
    QString baseUrl;
    User user;
    Tamper tamper = Tamper::None;
    bool es256 = false;
    int tokenDelayMs = 0;
    Key rsa;
    Key otherRsa; // signs "bad signature" tokens, under the real key's kid
    Key ec;
    QByteArray secret;
    QHash<QByteArray, Grant> codes;
    QHash<QByteArray, User> accessTokens;
    int tokenRequests = 0;
    QString lastRefusal;

    QJsonObject jwks()
    {
        const QJsonObject rsaKey{{u"kty"_s, u"RSA"_s},
                                 {u"kid"_s, u"rsa-1"_s},
                                 {u"use"_s, u"sig"_s},
                                 {u"alg"_s, u"RS256"_s},
                                 {u"n"_s, QString::fromLatin1(bnParam(rsa.get(), OSSL_PKEY_PARAM_RSA_N).toBase64(Base64Url))},
                                 {u"e"_s, QString::fromLatin1(bnParam(rsa.get(), OSSL_PKEY_PARAM_RSA_E).toBase64(Base64Url))}};
        const QJsonObject ecKey{{u"kty"_s, u"EC"_s},
                                {u"kid"_s, u"ec-1"_s},
                                {u"use"_s, u"sig"_s},
                                {u"alg"_s, u"ES256"_s},
                                {u"crv"_s, u"P-256"_s},
                                {u"x"_s, QString::fromLatin1(bnParam(ec.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32).toBase64(Base64Url))},
                                {u"y"_s, QString::fromLatin1(bnParam(ec.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32).toBase64(Base64Url))}};
        return {{u"keys"_s, QJsonArray{rsaKey, ecKey}}};
    }

    // Called with the mutex held.
    QByteArray idToken(const Grant &grant, const QByteArray &clientId)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{{u"iss"_s, tamper == Tamper::WrongIssuer ? baseUrl + u"/other"_s : baseUrl},
                           {u"sub"_s, grant.user.subject},
                           {u"aud"_s, tamper == Tamper::WrongAudience ? u"someone-else"_s : QString::fromLatin1(clientId)},
                           {u"iat"_s, double(now - (tamper == Tamper::Expired ? 7200 : 0))},
                           {u"exp"_s, double(now + (tamper == Tamper::Expired ? -3600 : 300))},
                           {u"nonce"_s, tamper == Tamper::WrongNonce ? u"not-the-nonce"_s : grant.nonce},
                           {u"preferred_username"_s, grant.user.username},
                           {u"email"_s, grant.user.email},
                           {u"name"_s, grant.user.fullName},
                           {u"groups"_s, QJsonArray::fromStringList(grant.user.groups)}};
        QString alg = es256 ? u"ES256"_s : u"RS256"_s;
        if (tamper == Tamper::AlgNone)
            alg = u"none"_s;
        else if (tamper == Tamper::Hs256)
            alg = u"HS256"_s;
        const QJsonObject header{{u"alg"_s, alg}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, es256 ? u"ec-1"_s : u"rsa-1"_s}};
        const QByteArray input = compact(header).toBase64(Base64Url) + '.' + compact(claims).toBase64(Base64Url);
        if (tamper == Tamper::AlgNone)
            return input + '.';
        if (tamper == Tamper::Hs256)
            return input + '.' +
                   QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256).toBase64(Base64Url);
        EVP_PKEY *key = es256 ? ec.get() : (tamper == Tamper::BadSignature ? otherRsa.get() : rsa.get());
        QByteArray signature = sign(key, input, es256);
        if (es256 && tamper == Tamper::BadSignature)
            signature[5] = char(signature[5] ^ 0x40);
        return input + '.' + signature.toBase64(Base64Url);
    }
};

FakeIdentityProvider::FakeIdentityProvider()
    : m_state(std::make_shared<State>())
{}

FakeIdentityProvider::~FakeIdentityProvider() = default;

QString FakeIdentityProvider::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server ? m_server->port() : 0);
}

void FakeIdentityProvider::setUser(const User &user)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->user = user;
}

void FakeIdentityProvider::setTamper(Tamper tamper)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tamper = tamper;
}

void FakeIdentityProvider::setEs256(bool on)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->es256 = on;
}

void FakeIdentityProvider::setTokenDelayMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokenDelayMs = ms;
}

int FakeIdentityProvider::tokenRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->tokenRequests;
}

QString FakeIdentityProvider::lastTokenRefusal() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastRefusal;
}

bool FakeIdentityProvider::start()
{
    std::shared_ptr<State> state = m_state;
    state->rsa.reset(EVP_RSA_gen(2048));
    state->otherRsa.reset(EVP_RSA_gen(2048));
    state->ec.reset(EVP_EC_gen("P-256"));
    if (!state->rsa || !state->otherRsa || !state->ec) {
        m_error = u"cannot generate keys"_s;
        return false;
    }
    const QByteArray clientId = this->clientId().toLatin1();
    const QByteArray secret = clientSecret();
    state->secret = secret;
    auto router = std::make_shared<Http::Router>();

    router->add("GET", "/.well-known/openid-configuration", [state](Http::Exchange &ex) {
        QMutexLocker lock(&state->mutex);
        respondJson(ex, 200,
                    {{u"issuer"_s, state->baseUrl},
                     {u"authorization_endpoint"_s, state->baseUrl + u"/authorize"_s},
                     {u"token_endpoint"_s, state->baseUrl + u"/token"_s},
                     {u"jwks_uri"_s, state->baseUrl + u"/jwks"_s},
                     {u"response_types_supported"_s, QJsonArray{u"code"_s}},
                     {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
                     {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s, u"ES256"_s}}});
    });
    router->add("GET", "/.well-known/oauth-authorization-server", [state](Http::Exchange &ex) {
        QMutexLocker lock(&state->mutex);
        respondJson(ex, 200,
                    {{u"issuer"_s, state->baseUrl},
                     {u"authorization_endpoint"_s, state->baseUrl + u"/oauth/authorize"_s},
                     {u"token_endpoint"_s, state->baseUrl + u"/oauth/token"_s},
                     {u"scopes_supported"_s, QJsonArray{u"user:info"_s, u"user:check-access"_s}},
                     {u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s, u"S256"_s}}});
    });
    router->add("GET", "/jwks", [state](Http::Exchange &ex) {
        QMutexLocker lock(&state->mutex);
        respondJson(ex, 200, state->jwks());
    });

    const auto authorize = [state, clientId](bool openshift) {
        return [state, clientId, openshift](Http::Exchange &ex) {
            const Http::Request &r = ex.request();
            const QString redirectUri = QString::fromUtf8(r.queryItem("redirect_uri"));
            if (r.queryItem("client_id") != clientId || r.queryItem("response_type") != "code" ||
                redirectUri.isEmpty() || r.queryItem("code_challenge_method") != "S256" ||
                !Auth::Oidc::isPkceValue(r.queryItem("code_challenge")) ||
                (!openshift && r.queryItem("nonce").isEmpty())) {
                ex.respond(400, "text/plain", "bad authorization request");
                return;
            }
            QMutexLocker lock(&state->mutex);
            const QByteArray code = Auth::Oidc::randomToken(16);
            state->codes.insert(code, Grant{openshift, redirectUri, r.queryItem("code_challenge"),
                                            QString::fromUtf8(r.queryItem("nonce")), state->user});
            QUrl target(redirectUri);
            QUrlQuery query(target);
            query.addQueryItem(u"code"_s, QString::fromLatin1(code));
            query.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(r.queryItem("state")))));
            target.setQuery(query);
            ex.respond(302, {Http::Header{"location", target.toEncoded()}}, {});
        };
    };
    router->add("GET", "/authorize", authorize(false));
    router->add("GET", "/oauth/authorize", authorize(true));

    const auto token = [state, clientId, secret](bool openshift) {
        return [state, clientId, secret, openshift](Http::Exchange &ex) {
            const Http::Request &r = ex.request();
            const QUrlQuery form(QString::fromLatin1(r.body));
            const auto field = [&form](const QString &name) {
                return form.queryItemValue(name, QUrl::FullyDecoded);
            };
            QMutexLocker lock(&state->mutex);
            ++state->tokenRequests;
            const auto refuse = [&](const QString &error, const QString &reason) {
                state->lastRefusal = reason;
                oauthError(ex, error, reason);
            };
            QByteArray id = field(u"client_id"_s).toLatin1();
            QByteArray presented = field(u"client_secret"_s).toUtf8();
            const QByteArray authorization = r.header("authorization");
            if (authorization.startsWith("Basic ")) {
                const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
                const qsizetype colon = decoded.indexOf(':');
                id = QByteArray::fromPercentEncoding(decoded.left(colon));
                presented = QByteArray::fromPercentEncoding(decoded.mid(colon + 1));
            }
            if (id != clientId || presented != secret)
                return refuse(u"invalid_client"_s, u"client authentication failed"_s);
            if (field(u"grant_type"_s) != u"authorization_code"_s)
                return refuse(u"unsupported_grant_type"_s, u"grant_type"_s);
            const QByteArray code = field(u"code"_s).toLatin1();
            if (!state->codes.contains(code))
                return refuse(u"invalid_grant"_s, u"unknown or used code"_s);
            const Grant grant = state->codes.take(code);
            if (grant.openshift != openshift || grant.redirectUri != field(u"redirect_uri"_s))
                return refuse(u"invalid_grant"_s, u"redirect_uri mismatch"_s);
            if (Auth::Oidc::pkceChallenge(field(u"code_verifier"_s).toLatin1()) != grant.challenge)
                return refuse(u"invalid_grant"_s, u"PKCE verification failed"_s);
            state->lastRefusal.clear();
            const QByteArray access = "fake-at-" + Auth::Oidc::randomToken(16);
            state->accessTokens.insert(access, grant.user);
            QJsonObject answer{{u"access_token"_s, QString::fromLatin1(access)},
                               {u"token_type"_s, u"Bearer"_s},
                               {u"expires_in"_s, 300}};
            if (!openshift)
                answer.insert(u"id_token"_s, QString::fromLatin1(state->idToken(grant, clientId)));
            if (state->tokenDelayMs > 0) {
                // The timer belongs to the exchange: it dies with it if the client gives up.
                QTimer::singleShot(state->tokenDelayMs, &ex, [&ex, body = compact(answer)] {
                    ex.respond(200, "application/json", body);
                });
                return;
            }
            respondJson(ex, 200, answer);
        };
    };
    router->add("POST", "/token", token(false));
    router->add("POST", "/oauth/token", token(true));

    router->add("GET", "/apis/user.openshift.io/v1/users/~", [state](Http::Exchange &ex) {
        const QByteArray authorization = ex.request().header("authorization");
        QMutexLocker lock(&state->mutex);
        const QByteArray bearer = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
        if (!state->accessTokens.contains(bearer)) {
            respondJson(ex, 401, {{u"kind"_s, u"Status"_s}, {u"code"_s, 401}});
            return;
        }
        const User user = state->accessTokens.value(bearer);
        respondJson(ex, 200,
                    {{u"kind"_s, u"User"_s},
                     {u"apiVersion"_s, u"user.openshift.io/v1"_s},
                     {u"metadata"_s, QJsonObject{{u"name"_s, user.username}, {u"uid"_s, user.subject}}},
                     {u"fullName"_s, user.fullName},
                     {u"identities"_s, QJsonArray{u"htpasswd:"_s + user.username}},
                     {u"groups"_s, QJsonArray::fromStringList(user.groups)}});
    });

    Http::ServerOptions options;
    options.workers = 2;
    m_server = std::make_unique<Http::Server>(router, options);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    QMutexLocker lock(&state->mutex);
    state->baseUrl = baseUrl();
    return true;
}

} // namespace Tollgate::Testing
