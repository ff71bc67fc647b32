// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/audit: the audit log for admins and adminReadonly — a filtered, paged, sorted list
/// (actor, action prefix, target, date range, free text) and /api/v1/audit/export, the same
/// filters streamed as CSV or a JSON array, page by page, never held in memory whole.
void addAuditRoutes(RouteTable &table);

} // namespace Tollgate::Api
