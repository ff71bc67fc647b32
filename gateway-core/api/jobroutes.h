// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/jobs: the scheduled jobs (service/jobrunner.h) with their interval and last run, and
/// /api/v1/jobs/{name}/run to run one now (audited; 409 while another replica holds its lease).
void addJobRoutes(RouteTable &table);

} // namespace Tollgate::Api
