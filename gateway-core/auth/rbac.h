// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// Who is calling and what they may do: roles, the caller of a request, the permission a route
/// declares, and the mapping of directory groups to roles (for SSO).
namespace Tollgate::Auth {

/// Full control.
inline constexpr QLatin1StringView RoleAdmin{"admin"};
/// Reads every admin view, changes nothing an admin owns.
inline constexpr QLatin1StringView RoleAdminReadonly{"adminReadonly"};
/// Sees and changes only their own things.
inline constexpr QLatin1StringView RoleUser{"user"};
/// The three roles, in this order.
QStringList knownRoles();

/// The authenticated (or anonymous) caller of one control-plane request.
struct Caller
{
    enum class Kind { Anonymous, User, MasterKey };
    Kind kind = Kind::Anonymous;
    QString userId;   ///< empty unless Kind::User
    QString username; ///< empty unless Kind::User
    QStringList roles;
    QString sessionId; ///< the session (refresh-token family) of the access token, if any

    bool isAuthenticated() const { return kind != Kind::Anonymous; }
    /// The master key or the admin role.
    bool isAdmin() const;
    /// isAdmin() or adminReadonly.
    bool canReadAdmin() const;
    /// For audit records: the username, "master-key" or "anonymous".
    QString actorName() const;
};

/// What a route requires; each route of the table declares exactly one.
enum class Permission {
    Public,        ///< anyone, even without credentials
    Authenticated, ///< any signed-in caller; the handler limits them to their own things
    OwnOrAdmin,    ///< the path's {id} is the caller's own user id; otherwise reads need
                   ///< adminReadonly or admin and writes need admin
    AdminRead,     ///< admin or adminReadonly; only for GET routes
    AdminWrite,    ///< admin only
};
/// "public", "authenticated", "own-or-admin", "admin-read", "admin-write" (OpenAPI x-permission).
QLatin1StringView permissionName(Permission permission);

enum class Decision { Allow, Unauthenticated, Forbidden };

/// The one RBAC rule. @p ownerId is the user the request is about (the {id} path parameter for
/// OwnOrAdmin routes). Reads are GET and HEAD; everything else is a write.
Decision authorize(Permission permission, const Caller &caller, QByteArrayView method,
                   const QString &ownerId = {});

/// Maps directory groups (OpenShift, OIDC) to roles, from the group_roles setting: entries
/// "group=role". Everybody gets "user"; a user in several mapped groups gets every mapped role.
class RoleMapping final
{
public:
    RoleMapping() = default;
    /// Parses "group=role" entries; nullopt with @p error naming the bad entry.
    static std::optional<RoleMapping> parse(const QStringList &entries, QString *error = nullptr);

    /// The roles of a member of @p groups, in knownRoles() order.
    QStringList rolesFor(const QStringList &groups) const;
    bool isEmpty() const { return m_roles.isEmpty(); }

private:
    QHash<QString, QStringList> m_roles; // group → roles
};

} // namespace Tollgate::Auth
