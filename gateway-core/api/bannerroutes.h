// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/banners: console announcements. Signed-in callers read the one active banner in their
/// language (?lang= or Accept-Language, falling back to English) and dismiss it for themselves;
/// admins list (adminReadonly too), create, change (versioned), delete, activate and deactivate
/// banners. At most one banner is active: activating one deactivates the other in the same
/// transaction. Every change is audited.
void addBannerRoutes(RouteTable &table);

} // namespace Tollgate::Api
