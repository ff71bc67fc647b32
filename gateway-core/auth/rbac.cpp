// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/auth/rbac.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Auth {

QStringList knownRoles()
{
    return {RoleAdmin, RoleAdminReadonly, RoleUser};
}

bool Caller::isAdmin() const
{
    return kind == Kind::MasterKey || (kind == Kind::User && roles.contains(RoleAdmin));
}

bool Caller::canReadAdmin() const
{
    return isAdmin() || (kind == Kind::User && roles.contains(RoleAdminReadonly));
}

QString Caller::actorName() const
{
    switch (kind) {
    case Kind::Anonymous:
        return u"anonymous"_s;
    case Kind::MasterKey:
        return u"master-key"_s;
    case Kind::User:
        return username;
    }
    return {};
}

QLatin1StringView permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Public:
        return "public"_L1;
    case Permission::Authenticated:
        return "authenticated"_L1;
    case Permission::OwnOrAdmin:
        return "own-or-admin"_L1;
    case Permission::AdminRead:
        return "admin-read"_L1;
    case Permission::AdminWrite:
        return "admin-write"_L1;
    }
    return "admin-write"_L1;
}

Decision authorize(Permission permission, const Caller &caller, QByteArrayView method, const QString &ownerId)
{
    if (permission == Permission::Public)
        return Decision::Allow;
    if (!caller.isAuthenticated())
        return Decision::Unauthenticated;
    const bool read = method == "GET" || method == "HEAD";
    switch (permission) {
    case Permission::Public:
    case Permission::Authenticated:
        return Decision::Allow;
    case Permission::OwnOrAdmin:
        if (caller.kind == Caller::Kind::User && !ownerId.isEmpty() && caller.userId == ownerId)
            return Decision::Allow;
        return (read ? caller.canReadAdmin() : caller.isAdmin()) ? Decision::Allow : Decision::Forbidden;
    case Permission::AdminRead:
        // A read permission on a write route would let adminReadonly change things.
        if (!read)
            return caller.isAdmin() ? Decision::Allow : Decision::Forbidden;
        return caller.canReadAdmin() ? Decision::Allow : Decision::Forbidden;
    case Permission::AdminWrite:
        return caller.isAdmin() ? Decision::Allow : Decision::Forbidden;
    }
    return Decision::Forbidden;
}

std::optional<RoleMapping> RoleMapping::parse(const QStringList &entries, QString *error)
{
    RoleMapping mapping;
    const QStringList roles = knownRoles();
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.lastIndexOf(u'=');
        const QString group = eq > 0 ? entry.left(eq).trimmed() : QString();
        const QString role = eq > 0 ? entry.mid(eq + 1).trimmed() : QString();
        if (group.isEmpty() || !roles.contains(role)) {
            if (error)
                *error = u"\"%1\" is not GROUP=ROLE with ROLE one of %2"_s.arg(entry, roles.join(u", "_s));
            return std::nullopt;
        }
        QStringList &mapped = mapping.m_roles[group];
        if (!mapped.contains(role))
            mapped.append(role);
    }
    return mapping;
}

QStringList RoleMapping::rolesFor(const QStringList &groups) const
{
    QStringList granted{RoleUser};
    for (const QString &group : groups)
        granted += m_roles.value(group);
    QStringList ordered;
    for (const QString &role : knownRoles()) {
        if (granted.contains(role))
            ordered.append(role);
    }
    return ordered;
}

} // namespace Tollgate::Auth
