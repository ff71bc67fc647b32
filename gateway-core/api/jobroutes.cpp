// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/jobroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/service/jobrunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;
using Service::JobRunner;

void addJobRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/jobs", Permission::AdminRead, u"List scheduled jobs and their last runs"_s,
              [](ApiRequest &request) {
                  JobRunner runner(request.db(), request.context.keys, JobRunner::defaultReplica(), request.context.timezone);
                  QJsonArray items;
                  for (const QString &name : JobRunner::names())
                      items.append(runner.describe(name));
                  return Json::ok({{u"items"_s, items}, {u"total"_s, items.size()}});
              });

    table.add("POST", "/api/v1/jobs/{name}/run", Permission::AdminWrite, u"Run a scheduled job now"_s,
              [](ApiRequest &request) {
                  const QString name = request.param(u"name"_s);
                  if (!JobRunner::names().contains(name))
                      throw ApiError::notFound(u"No job named %1."_s.arg(name));
                  JobRunner runner(request.db(), request.context.keys, JobRunner::defaultReplica(), request.context.timezone);
                  QJsonObject run;
                  try {
                      run = runner.run(name, request.caller.actorName());
                  } catch (const JobRunner::LeaseHeld &held) {
                      throw ApiError::conflict(u"Job %1 is running on %2."_s.arg(name, held.holder), "job_running");
                  }
                  Store::AuditEntry entry = auditEntry(request, u"job.run"_s, u"job"_s, name);
                  entry.after = run;
                  entry.success = run.value("ok"_L1).toBool();
                  record(request, entry);
                  // Users whose budget was reset are in the data plane's catalog before the reply.
                  if (request.context.storeChanged)
                      request.context.storeChanged();
                  return Json::ok(run);
              });
}

} // namespace Tollgate::Api
