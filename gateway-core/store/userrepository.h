// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QMap>

#include <optional>

namespace Tollgate::Store {

class Database;

/// Filters of UserRepository::list(); empty fields do not filter.
struct UserFilter
{
    QString search; // username, email or full name contains (case-insensitive)
    QString role;   // has this role
    std::optional<bool> active;
    enum class Sort { Username, CreatedAt, LastLogin } sort = Sort::Username;
    bool descending = false;
};

/// How many users there are, by status and by role (UserRepository::stats()).
struct UserStats
{
    qint64 total = 0;
    qint64 active = 0;
    qint64 inactive = 0;
    /// admin, adminReadonly and user, each present; a user with two roles counts under both.
    QMap<QString, qint64> byRole;
};

/// Users: accounts, roles, groups, local credentials, limits and spend.
class UserRepository final
{
public:
    explicit UserRepository(Database &db);

    /// Inserts the user (id generated when empty); Conflict on a taken username or external identity.
    User create(User user);
    std::optional<User> find(const QString &id);
    std::optional<User> findByUsername(const QString &username);
    std::optional<User> findByExternalId(const QString &provider, const QString &subject);
    /// Replaces the mutable fields; Conflict if the stored version is not expectedVersion.
    User update(const User &user, qint64 expectedVersion);
    /// Deletes the user with their subscriptions and keys (cascade); NotFound if absent.
    void remove(const QString &id);
    PageResult<User> list(const UserFilter &filter = {}, Page page = {});
    /// Every count of UserStats in one grouped query (a scan of the (roles, active) index).
    UserStats stats();
    /// Records a login time without bumping the version (not an edit of the account).
    void recordLogin(const QString &id, qint64 at);
    /// Adds metered spend without bumping the version so it never races admin edits.
    void addSpend(const QString &id, qint64 amount);

private:
    std::optional<User> findBy(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace Tollgate::Store
