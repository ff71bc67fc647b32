// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

/// Typed views of the control-plane's JSON objects (see gateway-core/api/openapi.json).
namespace Tollgate::Client {

/// A money amount as the API writes it: a decimal string in currency units ("12.5").
std::optional<double> moneyValue(const QJsonValue &value);

/// A user as GET /api/v1/users answers it.
struct User
{
    QString id;
    QString username;
    QString email;
    QString fullName;
    QString provider;
    QStringList roles;
    bool active = true;
    std::optional<qint64> rpmLimit;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> parallelLimit;
    std::optional<double> maxBudget;
    QString budgetDuration;
    std::optional<double> spend;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    qint64 version = 0;

    static User fromJson(const QJsonObject &object);
    bool isAdmin() const;
    /// Spend as a fraction of maxBudget, when both are known and the budget is positive.
    std::optional<double> budgetUsed() const;
};

/// Filters, sorting and paging of GET /api/v1/users.
struct UserQuery
{
    QString search;
    QString role;               ///< "", "admin", "adminReadonly", "user"
    std::optional<bool> active; ///< nullopt: both
    QString sort = QStringLiteral("username");
    int limit = 100;
    int offset = 0;

    QUrlQuery toQuery() const;
    bool sameFilter(const UserQuery &other) const;
};

/// Roles, from most to least powerful.
inline const QString RoleAdmin = QStringLiteral("admin");
inline const QString RoleAdminReadonly = QStringLiteral("adminReadonly");
inline const QString RoleUser = QStringLiteral("user");

} // namespace Tollgate::Client
