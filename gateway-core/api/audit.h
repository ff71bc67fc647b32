// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

namespace Tollgate::Api {

struct ApiRequest;

/// An audit entry for @p request, filled with the actor (the caller), the source address, the
/// request id and the time; set before/after (and success) and pass it to record().
Store::AuditEntry auditEntry(const ApiRequest &request, const QString &action, const QString &targetType,
                             const QString &targetId);
/// Appends @p entry to the audit log (inside the caller's transaction, if one is open).
void record(const ApiRequest &request, Store::AuditEntry entry);

} // namespace Tollgate::Api
