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
    QString actionPrefix; // action starts with this ("key." or "key.create")
    QString targetType;
    QString targetId;
    std::optional<qint64> from;
    std::optional<qint64> to;
    QString text; // contained (case-insensitive) in actor name, action, target id or the after/before JSON
    std::optional<bool> success;
    std::optional<qint64> maxId; // only entries with id <= maxId (a stable snapshot for paging an export)
    bool ascending = false;      // oldest first instead of newest first
};

/// The append-only audit log of every mutation.
class AuditRepository final
{
public:
    explicit AuditRepository(Database &db);

    /// Appends an entry (at defaults to now); returns it with its id.
    AuditEntry append(AuditEntry entry);
    /// Newest first (oldest first with filter.ascending).
    PageResult<AuditEntry> list(const AuditFilter &filter = {}, Page page = {});
    /// The newest entry's id (0 when the log is empty).
    qint64 lastId();
    /// Deletes entries older than `before`; returns how many (retention).
    int prune(qint64 before);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
