// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/types.h"

#include "gateway-core/util/jsonnumber.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

namespace {

QDateTime time(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

std::optional<double> moneyValue(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double v = value.toString().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

User User::fromJson(const QJsonObject &o)
{
    User user;
    user.id = o.value("id"_L1).toString();
    user.username = o.value("username"_L1).toString();
    user.email = o.value("email"_L1).toString();
    user.fullName = o.value("fullName"_L1).toString();
    user.provider = o.value("provider"_L1).toString();
    for (const QJsonValue &role : o.value("roles"_L1).toArray())
        user.roles.append(role.toString());
    user.active = o.value("active"_L1).toBool(true);
    user.rpmLimit = Util::wholeNumber(o.value("rpmLimit"_L1));
    user.tpmLimit = Util::wholeNumber(o.value("tpmLimit"_L1));
    user.parallelLimit = Util::wholeNumber(o.value("parallelLimit"_L1));
    user.maxBudget = moneyValue(o.value("maxBudget"_L1));
    user.budgetDuration = o.value("budgetDuration"_L1).toString();
    user.spend = moneyValue(o.value("spend"_L1));
    user.lastLoginAt = time(o.value("lastLoginAt"_L1));
    user.createdAt = time(o.value("createdAt"_L1));
    user.version = Util::wholeNumber(o.value("version"_L1)).value_or(0);
    return user;
}

bool User::isAdmin() const
{
    return roles.contains(RoleAdmin);
}

std::optional<double> User::budgetUsed() const
{
    if (!maxBudget || *maxBudget <= 0)
        return std::nullopt;
    return spend.value_or(0.0) / *maxBudget;
}

QUrlQuery UserQuery::toQuery() const
{
    QUrlQuery query;
    if (!search.isEmpty())
        query.addQueryItem(u"search"_s, search);
    if (!role.isEmpty())
        query.addQueryItem(u"role"_s, role);
    if (active)
        query.addQueryItem(u"active"_s, *active ? u"true"_s : u"false"_s);
    if (!sort.isEmpty())
        query.addQueryItem(u"sort"_s, sort);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    return query;
}

bool UserQuery::sameFilter(const UserQuery &other) const
{
    return search == other.search && role == other.role && active == other.active && sort == other.sort;
}

} // namespace Tollgate::Client
