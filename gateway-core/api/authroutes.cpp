// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/authroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/userroutes.h"
#include "gateway-core/auth/bootstrap.h"
#include "gateway-core/auth/error.h"
#include "gateway-core/auth/password.h"
#include "gateway-core/auth/sessions.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/userrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

/// Audit entries of session events name the account even when the caller is anonymous.
Store::AuditEntry sessionEntry(const ApiRequest &request, const QString &action,
                               const std::optional<Store::User> &user, bool success)
{
    Store::AuditEntry entry = auditEntry(request, action, u"user"_s, user ? user->id : QString());
    if (user && !request.caller.isAuthenticated()) {
        entry.actorId = user->id;
        entry.actorName = user->username;
    }
    entry.success = success;
    return entry;
}

void throwIfLimited(ApiRequest &request, const QString &username)
{
    Auth::LoginLimiter &limiter = request.context.sessions->loginLimiter();
    const int wait = limiter.retryAfterSeconds(username, request.sourceAddress(), request.db().now());
    if (wait > 0)
        throw Auth::Error(Auth::Error::Code::RateLimited,
                          u"Too many failed attempts; try again in %1 seconds."_s.arg(wait), {}, wait);
}

Reply login(ApiRequest &request)
{
    const QString username = Json::requiredString(request.body(), "username"_L1).trimmed();
    const QString password = Json::requiredString(request.body(), "password"_L1);
    Store::Database &db = request.db();
    try {
        throwIfLimited(request, username);
    } catch (const Auth::Error &) {
        Store::AuditEntry entry = sessionEntry(request, u"auth.login"_s, std::nullopt, false);
        entry.actorName = username.left(64);
        entry.after = QJsonObject{{u"reason"_s, u"rate_limited"_s}};
        record(request, entry);
        throw;
    }
    Store::UserRepository users(db);
    const std::optional<Store::User> user = users.findByUsername(username);
    bool ok = false;
    if (user && user->provider == u"local"_s && !user->passwordHash.isEmpty())
        ok = Auth::verifyPassword(password, user->passwordHash) && user->active;
    else
        Auth::verifyAgainstDummy(password);
    Auth::LoginLimiter &limiter = request.context.sessions->loginLimiter();
    if (!ok) {
        limiter.recordFailure(username, request.sourceAddress(), db.now());
        Store::AuditEntry entry = sessionEntry(request, u"auth.login"_s, user, false);
        if (!user)
            entry.actorName = username.left(64);
        entry.after = QJsonObject{{u"reason"_s, u"invalid_credentials"_s}};
        record(request, entry);
        throw Auth::Error(Auth::Error::Code::InvalidCredentials, u"Wrong username or password."_s);
    }
    limiter.recordSuccess(username);
    const qint64 now = db.now();
    users.recordLogin(user->id, now);
    const Auth::SessionTokens tokens = request.context.sessions->open(db, *user);
    Store::AuditEntry entry = sessionEntry(request, u"auth.login"_s, user, true);
    entry.after = QJsonObject{{u"sessionId"_s, tokens.sessionId}};
    record(request, entry);
    return Json::ok(sessionJson(tokens, *user, now));
}

Reply refresh(ApiRequest &request)
{
    const QString token = Json::requiredString(request.body(), "refreshToken"_L1);
    Store::Database &db = request.db();
    const Auth::RefreshResult result = request.context.sessions->refresh(db, token.toLatin1());
    switch (result.outcome) {
    case Auth::RefreshResult::Outcome::Rotated: {
        Store::AuditEntry entry = sessionEntry(request, u"auth.refresh"_s, result.user, true);
        entry.after = QJsonObject{{u"sessionId"_s, result.tokens.sessionId}};
        record(request, entry);
        return Json::ok(sessionJson(result.tokens, *result.user, db.now()));
    }
    case Auth::RefreshResult::Outcome::Reused:
        record(request, sessionEntry(request, u"auth.refresh_reused"_s, result.user, false));
        throw Auth::Error(
            Auth::Error::Code::RefreshReused,
            u"This refresh token was used before, so its session has been ended; sign in again."_s);
    case Auth::RefreshResult::Outcome::Invalid:
        break;
    }
    record(request, sessionEntry(request, u"auth.refresh"_s, result.user, false));
    throw Auth::Error(Auth::Error::Code::Unauthenticated,
                      u"The refresh token is invalid or expired; sign in again."_s);
}

Reply logout(ApiRequest &request)
{
    const std::optional<QString> token = Json::optionalString(request.body(), "refreshToken"_L1);
    Store::Database &db = request.db();
    Auth::Sessions &sessions = *request.context.sessions;
    QString userId;
    if (token) {
        userId = sessions.revokeByRefreshToken(db, token->toLatin1());
    } else if (!request.caller.sessionId.isEmpty()) {
        sessions.revokeSession(db, request.caller.sessionId);
        userId = request.caller.userId;
    } else {
        throw ApiError::invalid(u"refreshToken"_s,
                                u"Send the session's refreshToken, or its access token."_s);
    }
    const std::optional<Store::User> user =
        userId.isEmpty() ? std::nullopt : Store::UserRepository(db).find(userId);
    record(request, sessionEntry(request, u"auth.logout"_s, user, user.has_value()));
    return Json::noContent();
}

Reply setup(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const QString token = Json::requiredString(body, "setupToken"_L1);
    const QString username = Json::requiredString(body, "username"_L1).trimmed();
    const QString password = Json::requiredString(body, "password"_L1);
    Store::Database &db = request.db();
    throwIfLimited(request, {});
    if (Auth::adminExists(db))
        throw Auth::Error(Auth::Error::Code::SetupComplete, u"An admin exists already; sign in instead."_s);
    Auth::SetupToken &setupToken = *request.context.setupToken;
    if (!setupToken.matches(token.toLatin1())) {
        request.context.sessions->loginLimiter().recordFailure({}, request.sourceAddress(), db.now());
        Store::AuditEntry entry = sessionEntry(request, u"auth.setup"_s, std::nullopt, false);
        entry.after = QJsonObject{{u"reason"_s, u"invalid_setup_token"_s}};
        record(request, entry);
        throw ApiError(401, "invalid_setup_token",
                       u"The setup token is wrong or spent; the server logs a fresh one when it starts "
                       "without an admin."_s);
    }
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    if (!namePattern.match(username).hasMatch())
        throw ApiError::invalid(u"username"_s, u"username must be 1 to 64 letters, digits or . _ @ -."_s);
    if (const auto problem = Auth::passwordProblem(password))
        throw ApiError::invalid(u"password"_s, *problem);
    Store::Transaction tx(db);
    Store::UserRepository users(db);
    if (users.findByUsername(username))
        throw ApiError::conflict(u"The username %1 is taken."_s.arg(username), "username_taken");
    Store::User admin;
    admin.username = username;
    admin.roles = {Auth::RoleAdmin, Auth::RoleUser};
    admin.passwordHash = Auth::hashPassword(password);
    if (const auto email = Json::optionalString(body, "email"_L1))
        admin.email = email->trimmed();
    admin = users.create(admin);
    const qint64 now = db.now();
    users.recordLogin(admin.id, now);
    const Auth::SessionTokens tokens = request.context.sessions->open(db, admin);
    Store::AuditEntry entry = sessionEntry(request, u"auth.setup"_s, admin, true);
    entry.after = userToJson(admin);
    record(request, entry);
    tx.commit();
    setupToken.consume(token.toLatin1());
    return Json::ok(sessionJson(tokens, admin, now), 201);
}

Reply changePassword(ApiRequest &request)
{
    const QString current = Json::requiredString(request.body(), "currentPassword"_L1);
    const QString next = Json::requiredString(request.body(), "newPassword"_L1);
    if (request.caller.kind != Auth::Caller::Kind::User)
        throw ApiError(403, "forbidden", u"Only a signed-in account has a password to change."_s);
    Store::Database &db = request.db();
    throwIfLimited(request, request.caller.username);
    Store::UserRepository users(db);
    const std::optional<Store::User> user = users.find(request.caller.userId);
    if (!user || user->provider != u"local"_s || !Auth::verifyPassword(current, user->passwordHash)) {
        request.context.sessions->loginLimiter().recordFailure(request.caller.username,
                                                               request.sourceAddress(), db.now());
        record(request, sessionEntry(request, u"auth.password_change"_s, user, false));
        throw ApiError::invalid(u"currentPassword"_s, u"The current password is wrong."_s);
    }
    if (const auto problem = Auth::passwordProblem(next))
        throw ApiError::invalid(u"newPassword"_s, *problem);
    Store::User changed = *user;
    changed.passwordHash = Auth::hashPassword(next);
    Store::Transaction tx(db);
    users.update(changed, user->version);
    // Whoever else holds a session of this account (perhaps with the old password) is signed out.
    request.context.sessions->revokeAllSessions(db, user->id, request.caller.sessionId);
    record(request, sessionEntry(request, u"auth.password_change"_s, user, true));
    tx.commit();
    return Json::noContent();
}

Reply me(ApiRequest &request)
{
    if (request.caller.kind == Auth::Caller::Kind::MasterKey)
        return Json::ok({{u"id"_s, QJsonValue()},
                         {u"username"_s, request.caller.actorName()},
                         {u"roles"_s, QJsonArray::fromStringList(request.caller.roles)}});
    const std::optional<Store::User> user = Store::UserRepository(request.db()).find(request.caller.userId);
    if (!user)
        throw ApiError::notFound(u"Your account is gone."_s);
    QJsonObject json = userToJson(*user);
    json.insert(u"sessionId"_s, request.caller.sessionId);
    return Json::versioned(json, user->version);
}

} // namespace

QJsonObject sessionJson(const Auth::SessionTokens &tokens, const Store::User &user, qint64 now)
{
    return {{u"accessToken"_s, QString::fromLatin1(tokens.accessToken)},
            {u"tokenType"_s, u"Bearer"_s},
            {u"expiresIn"_s, double((tokens.accessExpiresAt - now) / 1000)},
            {u"refreshToken"_s, QString::fromLatin1(tokens.refreshToken)},
            {u"refreshExpiresIn"_s, double((tokens.refreshExpiresAt - now) / 1000)},
            {u"sessionId"_s, tokens.sessionId},
            {u"user"_s, userToJson(user)}};
}

void addAuthRoutes(RouteTable &table)
{
    // Password hashing runs aside so it holds up no other control request. Up to the pool's
    // size of sign-ins for one name or address can be checked against the limiter before the
    // first of them records its failure; the setup stays on the control thread, where its
    // one-time token cannot be redeemed twice at once.
    table.add("POST", "/api/v1/auth/login", Permission::Public,
              u"Sign in with a local account: access and refresh tokens"_s, login, Runs::Aside);
    table.add("POST", "/api/v1/auth/refresh", Permission::Public,
              u"Rotate a refresh token for a new token pair"_s, refresh);
    table.add("POST", "/api/v1/auth/logout", Permission::Public,
              u"End the session of a refresh token (or of the access token)"_s, logout);
    table.add("POST", "/api/v1/auth/setup", Permission::Public,
              u"Create the first admin with the one-time setup token"_s, setup);
    table.add("GET", "/api/v1/auth/me", Permission::Authenticated, u"The signed-in account"_s, me);
    table.add("POST", "/api/v1/auth/password", Permission::Authenticated,
              u"Change your own password; your other sessions end"_s, changePassword, Runs::Aside);
}

} // namespace Tollgate::Api
