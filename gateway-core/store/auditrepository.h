// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Filters of AuditRepository::list(); empty fields do not filter. Times are inclusive-exclusive.
struct AuditFilter
{
    QString actorId;
    QString action;
    QString targetType;
    QString targetId;
    std::optional<qint64> from;
    std::optional<qint64> to;
    QString text; // contained (case-insensitive) in actor name, action, target id or the after/before JSON
    std::optional<bool> success;
};

/// The append-only audit log of every mutation.
class AuditRepository final
{
public:
    explicit AuditRepository(Database &db);

    /// Appends an entry (at defaults to now); returns it with its id.
    AuditEntry append(AuditEntry entry);
    /// Newest first.
    PageResult<AuditEntry> list(const AuditFilter &filter = {}, Page page = {});
    /// Deletes entries older than `before`; returns how many (retention).
    int prune(qint64 before);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
