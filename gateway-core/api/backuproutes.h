// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/backups: consistent online backups of the whole store into @p backupDir (SQLite:
/// VACUUM INTO; PostgreSQL: pg_dump -Fc), each with a manifest (size, SHA-256, schema version, row
/// counts per table), listed, downloaded, verified in a scratch database and deleted by admins;
/// restored over the live store after a confirmation step (verified first, a "pre-restore" safety
/// backup taken, caches reloaded); and /api/v1/operations/{id} (and /events, as Server-Sent
/// Events), the progress of those running in the background.
void addBackupRoutes(RouteTable &table, const QString &backupDir);

} // namespace Tollgate::Api
