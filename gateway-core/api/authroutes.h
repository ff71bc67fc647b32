// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Tollgate::Auth {
struct SessionTokens;
}
namespace Tollgate::Store {
struct User;
}

namespace Tollgate::Api {

class RouteTable;

/// The answer of every sign-in (local or SSO) and of a refresh: tokens, lifetimes and the user.
QJsonObject sessionJson(const Auth::SessionTokens &tokens, const Store::User &user, qint64 now);

/// /api/v1/auth: login, refresh, logout, setup (first admin), me and password. Every session
/// event (success or failure) is audited as auth.login, auth.refresh, auth.refresh_reused,
/// auth.logout, auth.setup or auth.password_change.
void addAuthRoutes(RouteTable &table);

} // namespace Tollgate::Api
