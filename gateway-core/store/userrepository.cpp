// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/userrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString Columns =
    u"id, username, email, full_name, provider, subject, roles, user_groups, password_hash, active, "
    "rpm_limit, tpm_limit, parallel_limit, max_budget, budget_duration, budget_reset_at, spend, "
    "last_login_at, version, created_at, updated_at, budget_generation"_s;

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.email = q.value(2).toString();
    u.fullName = q.value(3).toString();
    u.provider = q.value(4).toString();
    u.subject = q.value(5).toString();
    u.roles = stringListFromColumn(q.value(6));
    u.groups = stringListFromColumn(q.value(7));
    u.passwordHash = q.value(8).toString();
    u.active = q.value(9).toBool();
    u.rpmLimit = optionalInt(q.value(10));
    u.tpmLimit = optionalInt(q.value(11));
    u.parallelLimit = optionalInt(q.value(12));
    u.maxBudget = optionalInt(q.value(13));
    u.budgetDuration = q.value(14).toString();
    u.budgetResetAt = optionalInt(q.value(15));
    u.spend = q.value(16).toLongLong();
    u.lastLoginAt = optionalInt(q.value(17));
    u.version = q.value(18).toLongLong();
    u.createdAt = q.value(19).toLongLong();
    u.updatedAt = q.value(20).toLongLong();
    u.budgetGeneration = q.value(21).toLongLong();
    return u;
}

void validate(const User &user)
{
    if (user.username.trimmed().isEmpty())
        throw Error(Error::Code::Invalid, u"username must not be empty"_s);
    static const QStringList roles = {u"admin"_s, u"adminReadonly"_s, u"user"_s};
    for (const QString &role : user.roles) {
        if (!roles.contains(role))
            throw Error(Error::Code::Invalid, u"unknown role: "_s + role);
    }
    if (user.provider != u"local"_s && user.subject.isEmpty())
        throw Error(Error::Code::Invalid, u"external users need a subject"_s);
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

User UserRepository::create(User user)
{
    validate(user);
    if (user.id.isEmpty())
        user.id = newId();
    user.version = 1;
    user.createdAt = user.updatedAt = m_db.now();
    m_db.exec(u"INSERT INTO users (id, username, email, full_name, provider, subject, roles, user_groups, "
              "password_hash, active, rpm_limit, tpm_limit, parallel_limit, max_budget, budget_duration, "
              "budget_reset_at, spend, last_login_at, version, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {user.id,
               user.username,
               nullIfEmpty(user.email),
               user.fullName,
               user.provider,
               nullIfEmpty(user.subject),
               toJson(user.roles),
               toJson(user.groups),
               nullIfEmpty(user.passwordHash),
               user.active,
               nullable(user.rpmLimit),
               nullable(user.tpmLimit),
               nullable(user.parallelLimit),
               nullable(user.maxBudget),
               nullIfEmpty(user.budgetDuration),
               nullable(user.budgetResetAt),
               user.spend,
               nullable(user.lastLoginAt),
               user.version,
               user.createdAt,
               user.updatedAt},
              u"create user"_s);
    return user;
}

std::optional<User> UserRepository::findBy(const QString &where, const QVariantList &values)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM users WHERE "_s + where, values, u"read user"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<User> UserRepository::find(const QString &id)
{
    return findBy(u"id = ?"_s, {id});
}

std::optional<User> UserRepository::findByUsername(const QString &username)
{
    return findBy(u"username = ?"_s, {username});
}

std::optional<User> UserRepository::findByExternalId(const QString &provider, const QString &subject)
{
    return findBy(u"provider = ? AND subject = ?"_s, {provider, subject});
}

User UserRepository::update(const User &user, qint64 expectedVersion)
{
    validate(user);
    const qint64 now = m_db.now();
    QSqlQuery q = m_db.exec(
        u"UPDATE users SET username = ?, email = ?, full_name = ?, provider = ?, subject = ?, roles = ?, "
        "user_groups = ?, password_hash = ?, active = ?, rpm_limit = ?, tpm_limit = ?, parallel_limit = ?, "
        "max_budget = ?, budget_duration = ?, budget_reset_at = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"_s,
        {user.username, nullIfEmpty(user.email), user.fullName, user.provider, nullIfEmpty(user.subject),
         toJson(user.roles), toJson(user.groups), nullIfEmpty(user.passwordHash), user.active,
         nullable(user.rpmLimit), nullable(user.tpmLimit), nullable(user.parallelLimit),
         nullable(user.maxBudget), nullIfEmpty(user.budgetDuration), nullable(user.budgetResetAt), now,
         user.id, expectedVersion},
        u"update user"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"users"_s, u"id"_s, user.id, u"user"_s);
    return *find(user.id);
}

void UserRepository::remove(const QString &id)
{
    QSqlQuery q = m_db.exec(u"DELETE FROM users WHERE id = ?"_s, {id}, u"delete user"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"user not found"_s);
}

PageResult<User> UserRepository::list(const UserFilter &filter, Page page)
{
    Where where;
    if (!filter.search.isEmpty()) {
        const QString pattern = likeContains(filter.search);
        where.add(u"(lower(username) LIKE ? ESCAPE '\\' OR lower(COALESCE(email, '')) LIKE ? ESCAPE '\\' "
                  "OR lower(full_name) LIKE ? ESCAPE '\\')"_s,
                  {pattern, pattern, pattern});
    }
    if (!filter.role.isEmpty())
        where.add(u"roles LIKE ?"_s, {u"%\""_s + filter.role + u"\"%"_s});
    if (filter.active)
        where.add(u"active = ?"_s, {*filter.active});

    QString order;
    switch (filter.sort) {
    case UserFilter::Sort::Username:
        order = u"username"_s;
        break;
    case UserFilter::Sort::CreatedAt:
        order = u"created_at"_s;
        break;
    case UserFilter::Sort::LastLogin:
        order = u"COALESCE(last_login_at, 0)"_s;
        break; // same NULL order on both
    }
    order += filter.descending ? u" DESC, id DESC"_s : u" ASC, id ASC"_s;

    PageResult<User> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM users"_s + where.sql(), where.values, u"count users"_s);
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM users"_s + where.sql() + u" ORDER BY "_s +
                                order + u" LIMIT ? OFFSET ?"_s,
                            values, u"list users"_s);
    while (q.next())
        result.items << fromRow(q);
    return result;
}

UserStats UserRepository::stats()
{
    UserStats stats;
    for (const QString &role : {u"admin"_s, u"adminReadonly"_s, u"user"_s})
        stats.byRole.insert(role, 0);
    // A handful of groups (each distinct role list, active or not), read in order from the
    // covering index idx_users_roles_active instead of the table.
    QSqlQuery q = m_db.exec(u"SELECT roles, active, COUNT(*) FROM users GROUP BY roles, active"_s, {},
                            u"count users"_s);
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        stats.total += n;
        (q.value(1).toBool() ? stats.active : stats.inactive) += n;
        for (const QString &role : stringListFromColumn(q.value(0)))
            stats.byRole[role] += n;
    }
    return stats;
}

void UserRepository::recordLogin(const QString &id, qint64 at)
{
    QSqlQuery q =
        m_db.exec(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s, {at, id}, u"record login"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"user not found"_s);
}

void UserRepository::addSpend(const QString &id, qint64 amount)
{
    QSqlQuery q =
        m_db.exec(u"UPDATE users SET spend = spend + ? WHERE id = ?"_s, {amount, id}, u"add user spend"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"user not found"_s);
}

} // namespace Tollgate::Store
