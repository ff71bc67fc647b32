// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tollgate::Store {

class Database;
enum class Dialect;

/// Versioned, forward-only schema migrations; one schema definition for SQLite and PostgreSQL.
namespace Migrations {

/// One numbered step; statements use ${BOOL}, ${BLOB}, ${AUTOID} for the few dialect differences.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

/// Every migration this binary knows, in ascending version order.
const QList<Migration> &all();
/// The newest version this binary knows.
int latestVersion();
/// A statement with the dialect placeholders substituted.
QString render(const QString &statement, Dialect dialect);
/// Applies pending migrations (each in one transaction, serialised across processes); returns the count.
/// Throws Error(Invalid) when the database was migrated by a newer binary.
int apply(Database &db);
/// Highest applied version, 0 if none.
int currentVersion(Database &db);

} // namespace Migrations
} // namespace Tollgate::Store
