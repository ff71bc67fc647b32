// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/ssoroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/authroutes.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/userdefaults.h"
#include "gateway-core/api/userroutes.h"
#include "gateway-core/auth/oauthclient.h"
#include "gateway-core/auth/oauthgrants.h"
#include "gateway-core/auth/oidc.h"
#include "gateway-core/auth/sessions.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSsoRoutes, "tollgate.sso")

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

constexpr qint64 LoginTtlMs = 10 * 60 * 1000; // the user's time at the provider
constexpr qint64 CodeTtlMs = 60 * 1000;       // the client exchanges at once
constexpr auto CallbackPath = "/api/v1/auth/sso/callback"_L1;

using Client = std::shared_ptr<Auth::OAuthClient>;

QString kindName(Auth::SsoProvider::Kind kind)
{
    return kind == Auth::SsoProvider::Kind::OpenShift ? u"openshift"_s : u"oidc"_s;
}

Reply redirect(const QUrl &location)
{
    return Reply{302,
                 {Http::Header{"location", location.toEncoded()}, Http::Header{"cache-control", "no-store"},
                  Http::Header{"content-type", "text/plain; charset=utf-8"}},
                 "Redirecting.\n"};
}

/// The client's redirect URI with its state and either a code or an OAuth error.
QUrl clientRedirect(const Auth::PendingLogin &login, const QList<std::pair<QString, QString>> &items)
{
    QUrl url(login.clientRedirect);
    QUrlQuery query(url);
    for (const auto &[name, value] : items)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    query.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(login.clientState)));
    url.setQuery(query);
    return url;
}

QString queryString(const ApiRequest &request, QByteArrayView name)
{
    return QString::fromUtf8(request.http.queryItem(name));
}

/// Audit entries of sign-ins name the account even though the caller is anonymous.
Store::AuditEntry signInEntry(const ApiRequest &request, const QString &action, const std::optional<Store::User> &user,
                              bool success, const QJsonObject &details)
{
    Store::AuditEntry entry = auditEntry(request, action, u"user"_s, user ? user->id : QString());
    if (user) {
        entry.actorId = user->id;
        entry.actorName = user->username;
    }
    entry.success = success;
    entry.after = details;
    return entry;
}

QJsonObject providerJson(const Auth::SsoProvider &provider)
{
    return {{u"id"_s, provider.id},
            {u"name"_s, provider.displayName},
            {u"kind"_s, kindName(provider.kind)},
            {u"startUrl"_s, u"/api/v1/auth/sso/%1/start"_s.arg(provider.id)}};
}

Reply providers(const Client &client, ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {u"id"_s, u"name"_s}, u"id"_s, {});
    QList<QJsonObject> all;
    for (const Auth::SsoProvider &provider : client->options().providers)
        all.append(providerJson(provider));
    std::sort(all.begin(), all.end(), [&query](const QJsonObject &a, const QJsonObject &b) {
        const QString x = a.value(query.sort).toString();
        const QString y = b.value(query.sort).toString();
        return query.descending ? y < x : x < y;
    });
    QJsonArray items;
    for (qsizetype i = query.offset; i < all.size() && items.size() < query.limit; ++i)
        items.append(all.at(i));
    return Json::ok(query.envelope(items, all.size()));
}

/// Where the provider sends the browser back to: public_url, or this request's own host.
QString callbackUrl(const Client &client, const ApiRequest &request)
{
    const QUrl configured = client->options().publicUrl;
    if (configured.isValid() && !configured.isEmpty()) {
        QString base = configured.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        return base + CallbackPath;
    }
    const QString host = QString::fromLatin1(request.http.header("host"));
    static const QRegularExpression hostPattern(u"^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$"_s);
    if (!hostPattern.match(host).hasMatch())
        throw ApiError(400, "invalid_host", u"The Host header is not a host name; configure sso_public_url."_s);
    return (client->options().tls ? u"https://"_s : u"http://"_s) + host + CallbackPath;
}

Reply start(const Client &client, ApiRequest &request)
{
    const Auth::SsoProvider *provider = client->provider(request.param(u"provider"_s));
    if (!provider)
        throw ApiError::notFound(u"No single sign-on provider by that name."_s);
    const QString redirectText = queryString(request, "redirect_uri");
    const QUrl redirectUri(redirectText, QUrl::StrictMode);
    if (redirectText.isEmpty())
        throw ApiError::invalid(u"redirect_uri"_s, u"redirect_uri is required."_s);
    if (!Auth::Oidc::isLoopbackRedirect(redirectUri) && !client->options().webRedirectUris.contains(redirectText))
        throw ApiError(400, "invalid_redirect_uri",
                       u"redirect_uri must be http://127.0.0.1, http://[::1] or http://localhost (any port), or "
                       "one of the configured sso_redirect_uris."_s,
                       u"redirect_uri"_s);
    const QByteArray challenge = request.http.queryItem("code_challenge");
    if (!Auth::Oidc::isPkceValue(challenge))
        throw ApiError::invalid(u"code_challenge"_s, u"code_challenge must be a PKCE S256 challenge (43 to 128 "
                                                     "base64url characters)."_s);
    if (request.http.queryItem("code_challenge_method") != "S256")
        throw ApiError::invalid(u"code_challenge_method"_s, u"code_challenge_method must be S256."_s);
    const QString clientState = queryString(request, "state");
    if (clientState.isEmpty() || clientState.size() > 512)
        throw ApiError::invalid(u"state"_s, u"state is required (at most 512 characters)."_s);

    const QByteArray state = Auth::Oidc::randomToken();
    const QByteArray verifier = Auth::Oidc::randomToken();
    const QByteArray nonce = Auth::Oidc::randomToken(16);
    Auth::PendingLogin login;
    login.provider = provider->id;
    login.clientRedirect = redirectText;
    login.clientChallenge = QString::fromLatin1(challenge);
    login.clientState = clientState;
    login.callbackUrl = callbackUrl(client, request);
    login.secrets = Util::SecretBox(request.context.masterKey).seal(verifier + ' ' + nonce);
    login.expiresAt = request.db().now() + LoginTtlMs;
    Auth::OAuthGrants(request.db()).saveLogin(state, login);

    Reply reply;
    reply.deferred = [client, provider = *provider, login, state, verifier, nonce](std::function<void(Reply)> respond) {
        client->metadata(provider, [=](const std::optional<Auth::ProviderMetadata> &metadata, const QString &error) {
            if (!metadata) {
                qCWarning(lcSsoRoutes, "%s: %s", qUtf8Printable(provider.id), qUtf8Printable(error));
                return respond(toReply(ApiError(502, "provider_unavailable",
                                                u"The sign-in provider cannot be reached: "_s + error)));
            }
            QUrl url = metadata->authorizeUrl;
            QUrlQuery query(url);
            const auto add = [&query](const QString &name, const QString &value) {
                query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
            };
            add(u"response_type"_s, u"code"_s);
            add(u"client_id"_s, provider.clientId);
            add(u"redirect_uri"_s, login.callbackUrl);
            add(u"scope"_s, provider.scopes);
            add(u"state"_s, QString::fromLatin1(state));
            add(u"code_challenge"_s, QString::fromLatin1(Auth::Oidc::pkceChallenge(verifier)));
            add(u"code_challenge_method"_s, u"S256"_s);
            if (provider.kind == Auth::SsoProvider::Kind::Oidc)
                add(u"nonce"_s, QString::fromLatin1(nonce));
            url.setQuery(query);
            respond(redirect(url));
        });
    };
    return reply;
}

/// Creates or updates the account of @p identity; throws ApiError when it may not sign in.
Store::User provision(ApiRequest &request, const Auth::SsoProvider &provider, const Auth::ExternalIdentity &identity)
{
    Store::Database &db = request.db();
    Store::UserRepository users(db);
    const Auth::RoleMapping *mapping = request.context.roleMapping;
    const QStringList mapped = mapping ? mapping->rolesFor(identity.groups) : QStringList{Auth::RoleUser};
    const std::optional<Store::User> existing = users.findByExternalId(provider.id, identity.subject);
    if (existing) {
        if (!existing->active)
            throw ApiError(403, "account_inactive", u"This account is deactivated; ask an admin."_s);
        Store::User changed = *existing;
        changed.groups = identity.groups;
        if (!identity.email.isEmpty())
            changed.email = identity.email;
        if (!identity.fullName.isEmpty())
            changed.fullName = identity.fullName;
        // With group_roles set the directory decides the roles at every sign-in; without it the
        // roles an admin gave stay.
        if (mapping && !mapping->isEmpty())
            changed.roles = mapped;
        if (changed.groups == existing->groups && changed.email == existing->email &&
            changed.fullName == existing->fullName && changed.roles == existing->roles)
            return *existing;
        const Store::User updated = users.update(changed, existing->version);
        Store::AuditEntry entry = signInEntry(request, u"user.sync"_s, updated, true, userToJson(updated));
        entry.before = userToJson(*existing);
        record(request, entry);
        return updated;
    }
    if (users.findByUsername(identity.username))
        throw ApiError(409, "username_taken",
                       u"The username %1 belongs to another account; an admin must rename one of them."_s.arg(
                           identity.username));
    Store::User user;
    user.username = identity.username;
    user.email = identity.email;
    user.fullName = identity.fullName;
    user.provider = provider.id;
    user.subject = identity.subject;
    user.groups = identity.groups;
    user.roles = mapped;
    applyNewUserDefaults(db, user, {}, request.context.timezone);
    user = users.create(user);
    record(request, signInEntry(request, u"user.provision"_s, user, true, userToJson(user)));
    return user;
}

/// The provider's answer, on the control thread: account, one-time code, redirect to the client.
Reply finishSignIn(ApiRequest &request, const Auth::SsoProvider &provider, const Auth::PendingLogin &login,
                   const std::optional<Auth::ExternalIdentity> &identity, const QString &upstreamError)
{
    const auto refuse = [&](const QString &reason, const std::optional<Store::User> &user, const QByteArray &code) {
        record(request, signInEntry(request, u"auth.sso_callback"_s, user, false,
                                    {{u"provider"_s, provider.id}, {u"reason"_s, reason}}));
        return redirect(clientRedirect(login, {{u"error"_s, QString::fromLatin1(code)}, {u"error_description"_s, reason}}));
    };
    if (!identity) {
        qCWarning(lcSsoRoutes, "%s: sign-in failed: %s", qUtf8Printable(provider.id), qUtf8Printable(upstreamError));
        return refuse(upstreamError, std::nullopt, "access_denied");
    }
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Store::User user;
    try {
        user = provision(request, provider, *identity);
    } catch (const ApiError &e) {
        tx.commit(); // nothing written but the refusal's audit record
        return refuse(e.message(), Store::UserRepository(db).findByExternalId(provider.id, identity->subject),
                      "access_denied");
    }
    const QByteArray code = "tgc_" + Auth::Oidc::randomToken();
    Auth::OAuthGrants(db).saveCode(code, {user.id, provider.id, login.clientChallenge, db.now() + CodeTtlMs});
    record(request, signInEntry(request, u"auth.sso_callback"_s, user, true,
                                {{u"provider"_s, provider.id},
                                 {u"groups"_s, QJsonArray::fromStringList(identity->groups)},
                                 {u"roles"_s, QJsonArray::fromStringList(user.roles)}}));
    tx.commit();
    return redirect(clientRedirect(login, {{u"code"_s, QString::fromLatin1(code)}}));
}

Reply callback(const Client &client, ApiRequest &request)
{
    const QByteArray state = request.http.queryItem("state");
    const std::optional<Auth::PendingLogin> login =
        state.isEmpty() ? std::nullopt : Auth::OAuthGrants(request.db()).takeLogin(state);
    if (!login)
        throw ApiError(400, "invalid_state",
                       u"This sign-in is unknown, expired or finished already; start again from the console."_s);
    const Auth::SsoProvider *found = client->provider(login->provider);
    const std::optional<QByteArray> secrets = Util::SecretBox(request.context.masterKey).open(login->secrets);
    const QList<QByteArray> parts = secrets ? secrets->split(' ') : QList<QByteArray>();
    if (!found || parts.size() != 2)
        throw ApiError(400, "invalid_state", u"This sign-in cannot be completed by this server; start again."_s);
    const Auth::SsoProvider provider = *found;
    const QString providerError = queryString(request, "error");
    const QByteArray code = request.http.queryItem("code");
    if (!providerError.isEmpty() || code.isEmpty()) {
        static const QRegularExpression safe(u"^[a-z_]{1,64}$"_s);
        const QString reason = providerError.isEmpty() ? u"the provider sent no code"_s
                                                       : u"the provider refused: "_s + providerError.left(64);
        record(request, signInEntry(request, u"auth.sso_callback"_s, std::nullopt, false,
                                    {{u"provider"_s, provider.id}, {u"reason"_s, reason}}));
        const QString sent = safe.match(providerError).hasMatch() ? providerError : u"access_denied"_s;
        return redirect(clientRedirect(*login, {{u"error"_s, sent}, {u"error_description"_s, reason}}));
    }
    const Auth::UpstreamLogin upstream{login->callbackUrl, parts[0], QString::fromLatin1(parts[1])};
    Reply reply;
    reply.deferred = [client, provider, login = *login, code, upstream, http = request.http,
                      context = request.context](std::function<void(Reply)> respond) {
        client->completeLogin(provider, code, upstream,
                              [=](const std::optional<Auth::ExternalIdentity> &identity, const QString &error) {
                                  ApiRequest again(http, context, Auth::Caller{}, {});
                                  try {
                                      respond(finishSignIn(again, provider, login, identity, error));
                                  } catch (...) {
                                      respond(currentExceptionReply(http.requestId));
                                  }
                              });
    };
    return reply;
}

Reply exchange(ApiRequest &request)
{
    const QString code = Json::requiredString(request.body(), "code"_L1);
    const QString verifier = Json::requiredString(request.body(), "code_verifier"_L1);
    Store::Database &db = request.db();
    // No sign-in rate limit here: a code is 256 random bits, good for one attempt and a minute.
    bool replayed = false;
    const std::optional<Auth::IssuedCode> issued = Auth::OAuthGrants(db).takeCode(code.toLatin1(), &replayed);
    Store::UserRepository users(db);
    const std::optional<Store::User> user = issued ? users.find(issued->userId) : std::nullopt;
    const auto refuse = [&](const QString &reason, int status, QByteArray errorCode, const QString &message) {
        record(request, signInEntry(request, u"auth.sso_exchange"_s, user, false, {{u"reason"_s, reason}}));
        return ApiError(status, std::move(errorCode), message);
    };
    if (!issued)
        throw refuse(replayed ? u"code_reused"_s : u"unknown_code"_s, 400, "invalid_grant",
               u"The code is unknown, expired or used already; sign in again."_s);
    if (!Auth::Oidc::equalSecret(Auth::Oidc::pkceChallenge(verifier.toLatin1()), issued->clientChallenge.toLatin1()))
        throw refuse(u"pkce_mismatch"_s, 400, "invalid_grant", u"code_verifier does not match the code_challenge."_s);
    if (!user || !user->active)
        throw refuse(u"account_inactive"_s, 403, "account_inactive", u"This account is deactivated; ask an admin."_s);
    const qint64 now = db.now();
    users.recordLogin(user->id, now);
    const Auth::SessionTokens tokens = request.context.sessions->open(db, *user);
    record(request, signInEntry(request, u"auth.sso_exchange"_s, user, true,
                                {{u"provider"_s, issued->provider}, {u"sessionId"_s, tokens.sessionId}}));
    return Json::ok(sessionJson(tokens, *user, now));
}

} // namespace

void addSsoRoutes(RouteTable &table, const Auth::SsoOptions &options)
{
    const Client client = std::make_shared<Auth::OAuthClient>(options);
    table.add("GET", "/api/v1/auth/sso/providers", Permission::Public, u"Single sign-on providers"_s,
              [client](ApiRequest &request) { return providers(client, request); });
    table.add("GET", "/api/v1/auth/sso/{provider}/start", Permission::Public,
              u"Start a browser sign-in at a provider (loopback redirect + PKCE)"_s,
              [client](ApiRequest &request) { return start(client, request); });
    table.add("GET", "/api/v1/auth/sso/callback", Permission::Public,
              u"The provider's redirect: finish the sign-in, redirect to the client with a one-time code"_s,
              [client](ApiRequest &request) { return callback(client, request); });
    table.add("POST", "/api/v1/auth/sso/exchange", Permission::Public,
              u"Exchange a one-time code and its PKCE verifier for a session"_s, exchange);
}

} // namespace Tollgate::Api
