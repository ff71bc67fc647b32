// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/keys: a user's own virtual API keys (admins: everybody's) — list with spend and the
/// budget window, create within the admin-set defaults and maxima (the secret is answered once),
/// detail, versioned update, rotate with a grace period, revoke, delete — and
/// /api/v1/settings/keys, those defaults and maxima. Changes go through Keys::KeyManager, so each
/// is audited and reaches this replica's data plane before the answer is sent.
void addKeyRoutes(RouteTable &table);

} // namespace Tollgate::Api
