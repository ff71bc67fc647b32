// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/userroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/userdefaults.h"
#include "gateway-core/auth/bootstrap.h"
#include "gateway-core/auth/password.h"
#include "gateway-core/auth/sessions.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/userrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

QJsonObject userToJson(const Store::User &user)
{
    return {
        {u"id"_s, user.id},
        {u"username"_s, user.username},
        {u"email"_s, user.email.isEmpty() ? QJsonValue() : QJsonValue(user.email)},
        {u"fullName"_s, user.fullName},
        {u"provider"_s, user.provider},
        {u"roles"_s, QJsonArray::fromStringList(user.roles)},
        {u"groups"_s, QJsonArray::fromStringList(user.groups)},
        {u"active"_s, user.active},
        {u"rpmLimit"_s, Json::integer(user.rpmLimit)},
        {u"tpmLimit"_s, Json::integer(user.tpmLimit)},
        {u"parallelLimit"_s, Json::integer(user.parallelLimit)},
        {u"maxBudget"_s, Json::money(user.maxBudget)},
        {u"budgetDuration"_s, user.budgetDuration.isEmpty() ? QJsonValue() : QJsonValue(user.budgetDuration)},
        {u"budgetResetAt"_s, Json::time(user.budgetResetAt)},
        {u"spend"_s, Json::money(user.spend)},
        {u"lastLoginAt"_s, Json::time(user.lastLoginAt)},
        {u"version"_s, double(user.version)},
        {u"createdAt"_s, Json::time(user.createdAt)},
        {u"updatedAt"_s, Json::time(user.updatedAt)}};
}

namespace {

const QStringList LimitFields = {u"active"_s,        u"roles"_s,     u"rpmLimit"_s,      u"tpmLimit"_s,
                                 u"parallelLimit"_s, u"maxBudget"_s, u"budgetDuration"_s};
const QStringList ProfileFields = {u"email"_s, u"fullName"_s, u"password"_s};

QStringList validRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        throw ApiError::invalid(u"roles"_s, u"roles must name at least one role."_s);
    const QStringList known = Auth::knownRoles();
    for (const QString &role : roles) {
        if (!known.contains(role))
            throw ApiError::invalid(u"roles"_s,
                                    u"Unknown role %1; roles are %2."_s.arg(role, known.join(u", "_s)));
    }
    QStringList ordered;
    for (const QString &role : known) {
        if (roles.contains(role))
            ordered.append(role);
    }
    return ordered;
}

/// Applies the fields of @p patch that are in @p allowed to @p user; 400 for any other field.
void applyPatch(Store::User &user, const QJsonObject &patch, const QStringList &allowed,
                const QStringList &ignored = {})
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!allowed.contains(it.key()) && !ignored.contains(it.key()))
            throw ApiError::invalid(
                it.key(), u"%1 cannot be changed here; allowed: %2."_s.arg(it.key(), allowed.join(u", "_s)));
    }
    if (const auto active = Json::optionalBool(patch, "active"_L1))
        user.active = *active;
    if (const auto roles = Json::optionalStringList(patch, "roles"_L1))
        user.roles = validRoles(*roles);
    if (const auto v = Json::patchInt(patch, "rpmLimit"_L1))
        user.rpmLimit = *v;
    if (const auto v = Json::patchInt(patch, "tpmLimit"_L1))
        user.tpmLimit = *v;
    if (const auto v = Json::patchInt(patch, "parallelLimit"_L1, 1))
        user.parallelLimit = *v;
    if (const auto v = Json::patchMoney(patch, "maxBudget"_L1))
        user.maxBudget = *v;
    if (const auto v = Json::patchDuration(patch, "budgetDuration"_L1))
        user.budgetDuration = v->value_or(QString());
    if (allowed.contains(u"email"_s)) {
        const QJsonValue email = patch.value("email"_L1);
        if (email.isNull())
            user.email.clear();
        else if (const auto v = Json::optionalString(patch, "email"_L1))
            user.email = v->trimmed();
        if (!user.email.isEmpty() && (!user.email.contains(u'@') || user.email.size() > 254))
            throw ApiError::invalid(u"email"_s, u"email must be an address such as ada@example.com."_s);
    }
    if (allowed.contains(u"fullName"_s)) {
        if (const auto v = Json::optionalString(patch, "fullName"_L1)) {
            if (v->size() > 255)
                throw ApiError::invalid(u"fullName"_s, u"fullName may have at most 255 characters."_s);
            user.fullName = v->trimmed();
        }
    }
    if (allowed.contains(u"password"_s)) {
        if (const auto v = Json::optionalString(patch, "password"_L1)) {
            if (user.provider != u"local"_s)
                throw ApiError::invalid(u"password"_s, u"Only local accounts have a password."_s);
            if (const auto problem = Auth::passwordProblem(*v))
                throw ApiError::invalid(u"password"_s, *problem);
            user.passwordHash = Auth::hashPassword(*v);
        }
    }
}

bool isActiveAdmin(const Store::User &user)
{
    return user.active && user.roles.contains(Auth::RoleAdmin);
}

void requireAnAdminLeft(Store::Database &db)
{
    if (!Auth::adminExists(db))
        throw ApiError::conflict(u"This change would leave no active admin."_s, "last_admin");
}

Store::User findUser(Store::Database &db, const QString &id)
{
    std::optional<Store::User> user = Store::UserRepository(db).find(id);
    if (!user)
        throw ApiError::notFound(u"No user with id %1."_s.arg(id));
    return *user;
}

/// After a change commits: deactivated users lose their sessions, and the data plane re-reads users.
void afterChange(ApiRequest &request, const Store::User &before, const Store::User &after)
{
    if (before.active && !after.active)
        request.context.sessions->revokeAllSessions(request.db(), after.id);
}

Reply listUsers(ApiRequest &request)
{
    const Json::ListQuery query =
        Json::ListQuery::parse(request.http, {u"username"_s, u"createdAt"_s, u"lastLoginAt"_s}, u"username"_s,
                               {u"search"_s, u"role"_s, u"active"_s});
    Store::UserFilter filter;
    filter.search = query.filter(u"search"_s);
    filter.role = query.filter(u"role"_s);
    if (!filter.role.isEmpty() && !Auth::knownRoles().contains(filter.role))
        throw ApiError::invalid(u"role"_s,
                                u"role must be one of %1."_s.arg(Auth::knownRoles().join(u", "_s)));
    filter.active = query.boolFilter(u"active"_s);
    filter.sort = query.sort == u"createdAt"_s     ? Store::UserFilter::Sort::CreatedAt
                  : query.sort == u"lastLoginAt"_s ? Store::UserFilter::Sort::LastLogin
                                                   : Store::UserFilter::Sort::Username;
    filter.descending = query.descending;
    const Store::PageResult<Store::User> page =
        Store::UserRepository(request.db()).list(filter, {query.limit, query.offset});
    QJsonArray items;
    for (const Store::User &user : page.items)
        items.append(userToJson(user));
    return Json::ok(query.envelope(items, page.total));
}

Reply userStats(ApiRequest &request)
{
    const Store::UserStats stats = Store::UserRepository(request.db()).stats();
    QJsonObject byRole;
    for (auto it = stats.byRole.constBegin(); it != stats.byRole.constEnd(); ++it)
        byRole.insert(it.key(), double(it.value()));
    return Json::ok({{u"total"_s, double(stats.total)},
                     {u"byStatus"_s, QJsonObject{{u"active"_s, double(stats.active)},
                                                 {u"inactive"_s, double(stats.inactive)}}},
                     {u"byRole"_s, byRole}});
}

Reply getUser(ApiRequest &request)
{
    const Store::User user = findUser(request.db(), request.param(u"id"_s));
    return Json::versioned(userToJson(user), user.version);
}

Reply createUser(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    Store::User user;
    user.username = Json::requiredString(body, "username"_L1).trimmed();
    if (!namePattern.match(user.username).hasMatch())
        throw ApiError::invalid(u"username"_s,
                                u"username must be 1 to 64 letters, digits or . _ @ -, starting "
                                "with a letter or digit."_s);
    applyPatch(user, body, LimitFields + ProfileFields, {u"username"_s});
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    if (Store::UserRepository(db).findByUsername(user.username))
        throw ApiError::conflict(u"The username %1 is taken."_s.arg(user.username), "username_taken");
    applyNewUserDefaults(db, user,
                         {body.contains("rpmLimit"_L1), body.contains("tpmLimit"_L1), body.contains("parallelLimit"_L1),
                          body.contains("maxBudget"_L1), body.contains("budgetDuration"_L1)},
                         request.context.timezone);
    user = Store::UserRepository(db).create(user);
    Store::AuditEntry entry = auditEntry(request, u"user.create"_s, u"user"_s, user.id);
    entry.after = userToJson(user);
    record(request, entry);
    tx.commit();
    request.context.storeChanged();
    Reply reply = Json::versioned(userToJson(user), user.version, 201);
    reply.headers.append(Http::Header{"location", "/api/v1/users/" + user.id.toUtf8()});
    return reply;
}

Reply updateUser(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const qint64 expected = Json::expectedVersion(request.http, body);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::User before = findUser(db, request.param(u"id"_s));
    Json::checkVersion(before.version, expected);
    Store::User after = before;
    applyPatch(after, body, LimitFields + ProfileFields, {u"version"_s});
    try {
        after = Store::UserRepository(db).update(after, expected);
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict)
            Json::checkVersion(findUser(db, before.id).version, expected);
        throw;
    }
    if (isActiveAdmin(before) && !isActiveAdmin(after))
        requireAnAdminLeft(db);
    Store::AuditEntry entry = auditEntry(request, u"user.update"_s, u"user"_s, after.id);
    entry.before = userToJson(before);
    entry.after = userToJson(after);
    record(request, entry);
    tx.commit();
    afterChange(request, before, after);
    request.context.storeChanged();
    return Json::versioned(userToJson(after), after.version);
}

Reply bulkUpdateUsers(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const std::optional<QStringList> ids = Json::optionalStringList(body, "ids"_L1);
    if (!ids || ids->isEmpty() || ids->size() > 1000)
        throw ApiError::invalid(u"ids"_s, u"ids must list 1 to 1000 user ids."_s);
    const QJsonValue set = body.value("set"_L1);
    if (!set.isObject() || set.toObject().isEmpty())
        throw ApiError::invalid(u"set"_s, u"set must be an object with the fields to apply (%1)."_s.arg(
                                              LimitFields.join(u", "_s)));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"ids"_s && it.key() != u"set"_s)
            throw ApiError::invalid(it.key(), u"Unknown field %1; send ids and set."_s.arg(it.key()));
    }
    Store::Database &db = request.db();
    Store::UserRepository users(db);
    QList<QPair<Store::User, Store::User>> changes;
    bool adminLost = false;
    {
        Store::Transaction tx(db);
        for (const QString &id : *ids) {
            const Store::User before = findUser(db, id);
            Store::User after = before;
            applyPatch(after, set.toObject(), LimitFields);
            after = users.update(after, before.version);
            adminLost = adminLost || (isActiveAdmin(before) && !isActiveAdmin(after));
            Store::AuditEntry entry = auditEntry(request, u"user.bulk_update"_s, u"user"_s, id);
            entry.before = userToJson(before);
            entry.after = userToJson(after);
            record(request, entry);
            changes.append({before, after});
        }
        if (adminLost)
            requireAnAdminLeft(db);
        tx.commit();
    }
    QJsonArray items;
    for (const auto &[before, after] : std::as_const(changes)) {
        afterChange(request, before, after);
        items.append(userToJson(after));
    }
    request.context.storeChanged();
    return Json::ok({{u"updated"_s, items.size()}, {u"items"_s, items}});
}

} // namespace

void addUserRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/users", Permission::AdminRead,
              u"List users: search, role, active; sort username|createdAt|lastLoginAt"_s, listUsers);
    // A password is hashed aside (argon2id, tens of milliseconds).
    table.add("POST", "/api/v1/users", Permission::AdminWrite, u"Create a local user"_s, createUser,
              Runs::Aside);
    table.add("POST", "/api/v1/users/bulk", Permission::AdminWrite,
              u"Apply active, roles, limits or budget to many users"_s, bulkUpdateUsers);
    // Before /users/{id}, which would match it too.
    table.add("GET", "/api/v1/users/stats", Permission::AdminRead,
              u"How many users there are: in all, by status and by role"_s, userStats);
    table.add("GET", "/api/v1/users/{id}", Permission::OwnOrAdmin, u"One user"_s, getUser);
    table.add("PATCH", "/api/v1/users/{id}", Permission::AdminWrite,
              u"Change roles, active, profile, password, limits or budget (If-Match)"_s, updateUser,
              Runs::Aside);
}

} // namespace Tollgate::Api
