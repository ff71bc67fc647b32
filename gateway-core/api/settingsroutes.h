// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/settings: the general gateway settings (new-user limits and budget, display currency,
/// retention days, alert webhook URLs), typed, with their defaults in one place. Admins and
/// adminReadonly read them; admins change them (versioned, validated field by field, audited).
/// /api/v1/settings/keys is the key routes' own.
void addSettingsRoutes(RouteTable &table);

} // namespace Tollgate::Api
