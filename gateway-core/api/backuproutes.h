// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/backups: consistent online backups of the whole store into @p backupDir (SQLite:
/// VACUUM INTO; PostgreSQL: pg_dump -Fc), each with a manifest (size, SHA-256, schema version, row
/// counts per table), listed, downloaded and deleted by admins; and /api/v1/operations/{id}, the
/// progress of a backup running in the background.
void addBackupRoutes(RouteTable &table, const QString &backupDir);

} // namespace Tollgate::Api
