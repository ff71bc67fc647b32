// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/audit.h"

#include "gateway-core/api/routetable.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"

namespace Tollgate::Api {

Store::AuditEntry auditEntry(const ApiRequest &request, const QString &action, const QString &targetType,
                             const QString &targetId)
{
    Store::AuditEntry entry;
    entry.at = request.db().now();
    entry.actorId = request.caller.userId;
    entry.actorName = request.caller.actorName();
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.sourceAddress = request.sourceAddress();
    entry.requestId = QString::fromLatin1(request.http.requestId);
    return entry;
}

void record(const ApiRequest &request, Store::AuditEntry entry)
{
    Store::AuditRepository(request.db()).append(std::move(entry));
}

} // namespace Tollgate::Api
