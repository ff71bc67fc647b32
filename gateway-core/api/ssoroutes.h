// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Auth {
struct SsoOptions;
}

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/auth/sso: single sign-on through OpenShift OAuth or an OpenID Connect provider, with
/// the server as the only OAuth client. A desktop client opens .../{provider}/start in the
/// browser with its loopback redirect URI and PKCE challenge; the server sends the browser on to
/// the provider with its own state, PKCE and nonce, completes the flow at .../callback (groups →
/// roles, just-in-time provisioning), and redirects to the client with a one-time code that
/// POST .../exchange turns into a session. Audited as auth.sso_callback, auth.sso_exchange,
/// user.provision and user.sync.
void addSsoRoutes(RouteTable &table, const Auth::SsoOptions &options);

} // namespace Tollgate::Api
