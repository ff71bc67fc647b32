// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/oauthclient.h"

#include "gateway-core/auth/oidc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcSso, "tollgate.sso")

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

namespace {

constexpr qint64 CacheMs = 3600 * 1000;
constexpr qint64 MaxBodyBytes = 1 << 20;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// The provider's own words from an OAuth error body, short and printable.
QString providerError(int status, const QByteArray &body)
{
    const auto object = jsonObject(body);
    QString what = object ? object->value("error"_L1).toString() : QString();
    if (object && object->value("error_description"_L1).isString())
        what += u": "_s + object->value("error_description"_L1).toString();
    return what.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(what.left(200));
}

/// One sign-in's upstream half: token request, then the ID token (OIDC) or the user (OpenShift).
class LoginFlow final : public std::enable_shared_from_this<LoginFlow>
{
public:
    LoginFlow(std::shared_ptr<OAuthClient> client, SsoProvider provider, QByteArray code, UpstreamLogin login,
              OAuthClient::IdentityDone done)
        : m_client(std::move(client))
        , m_provider(std::move(provider))
        , m_code(std::move(code))
        , m_login(std::move(login))
        , m_done(std::move(done))
    {}

    void start()
    {
        m_client->metadata(m_provider, [self = shared_from_this()](const auto &metadata, const QString &error) {
            if (!metadata)
                return self->fail(error);
            self->m_metadata = *metadata;
            self->requestToken();
        });
    }

private:
    void fail(const QString &error) { m_done(std::nullopt, error); }

    void requestToken()
    {
        QList<std::pair<QString, QString>> form{{u"grant_type"_s, u"authorization_code"_s},
                                                {u"code"_s, QString::fromLatin1(m_code)},
                                                {u"redirect_uri"_s, m_login.callbackUrl},
                                                {u"code_verifier"_s, QString::fromLatin1(m_login.verifier)},
                                                {u"client_id"_s, m_provider.clientId}};
        // client_secret_basic is every OIDC provider's default; OpenShift reads the form.
        QByteArray basic;
        const QStringList methods = m_metadata.tokenAuthMethods;
        const bool post = m_provider.kind == SsoProvider::Kind::OpenShift ||
                          (!methods.isEmpty() && !methods.contains(u"client_secret_basic"_s) &&
                           methods.contains(u"client_secret_post"_s));
        if (post) {
            form.append({u"client_secret"_s, QString::fromUtf8(m_provider.clientSecret)});
        } else {
            basic = QUrl::toPercentEncoding(m_provider.clientId) + ':' +
                    QUrl::toPercentEncoding(QString::fromUtf8(m_provider.clientSecret));
        }
        QByteArray body;
        for (const auto &[name, value] : std::as_const(form)) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        m_client->postForm(m_metadata.tokenUrl, body, basic,
                           [self = shared_from_this()](int status, const QByteArray &reply, const QString &error) {
                               self->tokenAnswered(status, reply, error);
                           });
    }

    void tokenAnswered(int status, const QByteArray &body, const QString &error)
    {
        if (status == 0)
            return fail(u"the token endpoint did not answer: "_s + error);
        if (status != 200)
            return fail(u"the token endpoint refused the code: "_s + providerError(status, body));
        const auto tokens = jsonObject(body);
        if (!tokens || tokens->value("access_token"_L1).toString().isEmpty())
            return fail(u"the token endpoint's answer has no access_token"_s);
        m_accessToken = tokens->value("access_token"_L1).toString().toLatin1();
        if (m_provider.kind == SsoProvider::Kind::OpenShift)
            return fetchOpenShiftUser();
        m_idToken = tokens->value("id_token"_L1).toString().toLatin1();
        if (m_idToken.isEmpty())
            return fail(u"the token endpoint's answer has no id_token"_s);
        checkIdToken(false);
    }

    void checkIdToken(bool refreshed)
    {
        m_client->jwks(m_metadata.jwksUrl, refreshed,
                       [self = shared_from_this(), refreshed](const std::optional<QJsonObject> &jwks, const QString &error) {
                           if (!jwks)
                               return self->fail(error);
                           Oidc::IdTokenExpectations expect;
                           expect.issuer = self->m_metadata.issuer;
                           expect.audience = self->m_provider.clientId;
                           expect.nonce = self->m_login.nonce;
                           expect.nowSeconds = nowMs() / 1000;
                           const Oidc::IdTokenResult result = Oidc::verifyIdToken(self->m_idToken, *jwks, expect);
                           if (!result.claims && result.unknownKey && !refreshed)
                               return self->checkIdToken(true); // the provider rotated its keys
                           if (!result.claims)
                               return self->fail(result.error);
                           self->identityFromClaims(*result.claims);
                       });
    }

    void identityFromClaims(const QJsonObject &claims)
    {
        ExternalIdentity identity;
        identity.subject = claims.value("sub"_L1).toString();
        identity.email = claims.value("email"_L1).toString();
        identity.fullName = claims.value("name"_L1).toString();
        const QStringList names = Oidc::claimStrings(claims, m_provider.usernameClaim);
        identity.username = !names.isEmpty() ? names.first()
                            : !identity.email.isEmpty() ? identity.email
                                                        : identity.subject;
        identity.groups = Oidc::claimStrings(claims, m_provider.groupsClaim);
        m_done(identity, {});
    }

    void fetchOpenShiftUser()
    {
        const QUrl url = withPath(m_provider.baseUrl, u"/apis/user.openshift.io/v1/users/~"_s);
        m_client->get(url, m_accessToken,
                      [self = shared_from_this()](int status, const QByteArray &body, const QString &error) {
                          if (status == 0)
                              return self->fail(u"the OpenShift API did not answer: "_s + error);
                          const auto user = jsonObject(body);
                          if (status != 200 || !user)
                              return self->fail(u"the OpenShift API did not return the user: HTTP %1"_s.arg(status));
                          const QJsonObject meta = user->value("metadata"_L1).toObject();
                          ExternalIdentity identity;
                          identity.username = meta.value("name"_L1).toString();
                          identity.subject = meta.value("uid"_L1).toString();
                          if (identity.subject.isEmpty())
                              identity.subject = identity.username;
                          identity.fullName = user->value("fullName"_L1).toString();
                          identity.groups = Oidc::claimStrings(*user, u"groups"_s);
                          if (identity.username.isEmpty())
                              return self->fail(u"the OpenShift user has no name"_s);
                          self->m_done(identity, {});
                      });
    }

    std::shared_ptr<OAuthClient> m_client;
    SsoProvider m_provider;
    QByteArray m_code;
    UpstreamLogin m_login;
    OAuthClient::IdentityDone m_done;
    ProviderMetadata m_metadata;
    QByteArray m_accessToken;
    QByteArray m_idToken;
};

} // namespace

OAuthClient::OAuthClient(SsoOptions options)
    : m_options(std::move(options))
{}

OAuthClient::~OAuthClient() = default;

const SsoProvider *OAuthClient::provider(const QString &id) const
{
    for (const SsoProvider &p : m_options.providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QNetworkAccessManager &OAuthClient::network()
{
    // One per thread, created and destroyed on the thread that uses it (Qt's rule for QObjects):
    // the control-plane thread, where it outlives every OAuthClient call.
    thread_local std::unique_ptr<QNetworkAccessManager> manager;
    if (!manager) {
        manager = std::make_unique<QNetworkAccessManager>();
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *manager;
}

void OAuthClient::send(QNetworkReply *reply, HttpDone done)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            const QString error = reply->error() == QNetworkReply::OperationCanceledError
                                      ? u"timed out or answer too large"_s
                                      : reply->errorString();
            qCWarning(lcSso, "%s %s: %s", reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET",
                      qUtf8Printable(reply->url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)),
                      qUtf8Printable(error));
            return done(0, {}, error);
        }
        done(status, body, {});
    });
}

namespace {

QNetworkRequest makeRequest(const QUrl &url, const SsoOptions &options)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(options.timeoutMs);
    request.setRawHeader("accept", "application/json");
    if (!options.caFile.isEmpty() && url.scheme() == "https"_L1) {
        static const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extra);
        request.setSslConfiguration(tls);
    }
    return request;
}

} // namespace

void OAuthClient::get(const QUrl &url, const QByteArray &bearer, HttpDone done)
{
    QNetworkRequest request = makeRequest(url, m_options);
    if (!bearer.isEmpty())
        request.setRawHeader("authorization", "Bearer " + bearer);
    send(network().get(request), std::move(done));
}

void OAuthClient::postForm(const QUrl &url, const QByteArray &form, const QByteArray &basicAuth, HttpDone done)
{
    QNetworkRequest request = makeRequest(url, m_options);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    if (!basicAuth.isEmpty())
        request.setRawHeader("authorization", "Basic " + basicAuth.toBase64());
    send(network().post(request, form), std::move(done));
}

void OAuthClient::metadata(const SsoProvider &provider, MetadataDone done)
{
    const auto cached = m_metadata.constFind(provider.id);
    if (cached != m_metadata.cend() && nowMs() - cached->fetchedAt < CacheMs)
        return done(cached->metadata, {});
    const bool openshift = provider.kind == SsoProvider::Kind::OpenShift;
    if (openshift && provider.authorizeUrl.isValid() && provider.tokenUrl.isValid()) {
        ProviderMetadata configured;
        configured.authorizeUrl = provider.authorizeUrl;
        configured.tokenUrl = provider.tokenUrl;
        return done(configured, {});
    }
    const QUrl url = withPath(provider.baseUrl, openshift ? u"/.well-known/oauth-authorization-server"_s
                                                          : u"/.well-known/openid-configuration"_s);
    get(url, {}, [self = shared_from_this(), provider, url, done = std::move(done)](int status, const QByteArray &body,
                                                                                  const QString &error) {
        const auto document = status == 200 ? jsonObject(body) : std::nullopt;
        if (!document) {
            const QString why = status == 0 ? error : u"HTTP %1"_s.arg(status);
            return done(std::nullopt, u"the discovery document %1 could not be read: %2"_s.arg(url.toDisplayString(), why));
        }
        ProviderMetadata metadata;
        metadata.issuer = document->value("issuer"_L1).toString();
        metadata.authorizeUrl = provider.authorizeUrl.isValid()
                                    ? provider.authorizeUrl
                                    : QUrl(document->value("authorization_endpoint"_L1).toString());
        metadata.tokenUrl =
            provider.tokenUrl.isValid() ? provider.tokenUrl : QUrl(document->value("token_endpoint"_L1).toString());
        metadata.jwksUrl = QUrl(document->value("jwks_uri"_L1).toString());
        for (const QJsonValue &m : document->value("token_endpoint_auth_methods_supported"_L1).toArray())
            metadata.tokenAuthMethods.append(m.toString());
        if (provider.kind == SsoProvider::Kind::Oidc) {
            // OIDC Discovery 4.3: the document must name the issuer it was fetched from.
            QString expected = provider.baseUrl.toString();
            QString issuer = metadata.issuer;
            while (expected.endsWith(u'/'))
                expected.chop(1);
            while (issuer.endsWith(u'/'))
                issuer.chop(1);
            if (issuer != expected)
                return done(std::nullopt, u"the discovery document names issuer \"%1\", not \"%2\""_s.arg(
                                              metadata.issuer.left(200), provider.baseUrl.toString()));
            if (!metadata.jwksUrl.isValid() || metadata.jwksUrl.isRelative())
                return done(std::nullopt, u"the discovery document has no jwks_uri"_s);
        }
        if (!metadata.authorizeUrl.isValid() || metadata.authorizeUrl.isRelative() || !metadata.tokenUrl.isValid() ||
            metadata.tokenUrl.isRelative())
            return done(std::nullopt, u"the discovery document lacks the authorization or token endpoint"_s);
        self->m_metadata.insert(provider.id, Cached{metadata, {}, nowMs()});
        done(metadata, {});
    });
}

void OAuthClient::jwks(const QUrl &url, bool refresh,
                       std::function<void(const std::optional<QJsonObject> &, const QString &)> done)
{
    const QString key = url.toString();
    const auto cached = m_jwks.constFind(key);
    if (!refresh && cached != m_jwks.cend() && nowMs() - cached->fetchedAt < CacheMs)
        return done(cached->jwks, {});
    get(url, {}, [self = shared_from_this(), key, done = std::move(done)](int status, const QByteArray &body,
                                                                        const QString &error) {
        const auto document = status == 200 ? jsonObject(body) : std::nullopt;
        if (!document || !document->value("keys"_L1).isArray())
            return done(std::nullopt, u"the provider's JWKS could not be read: %1"_s.arg(
                                          status == 0 ? error : u"HTTP %1"_s.arg(status)));
        self->m_jwks.insert(key, Cached{{}, *document, nowMs()});
        done(*document, {});
    });
}

void OAuthClient::completeLogin(const SsoProvider &provider, const QByteArray &code, const UpstreamLogin &login,
                                IdentityDone done)
{
    std::make_shared<LoginFlow>(shared_from_this(), provider, code, login, std::move(done))->start();
}

} // namespace Tollgate::Auth
