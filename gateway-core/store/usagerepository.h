// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QHash>

#include <optional>

class QSqlQuery;

namespace Tollgate::Store {

class Database;

/// Filters of usage queries; empty fields do not filter. Days are 'YYYY-MM-DD' (UTC), inclusive.
struct UsageFilter
{
    QString fromDay;
    QString toDay;
    QString userId;
    QString keyId;
    QString modelId;
    QString deploymentId;
};

/// Usage records and their daily rollups.
class UsageRepository final
{
public:
    /// The columns of usage_records, in the order recordFromRow() reads them.
    static const QString &recordColumns();
    /// A usage record from a row selected with recordColumns().
    static UsageRecord recordFromRow(const QSqlQuery &q);

    explicit UsageRepository(Database &db);

    /// Inserts records and folds the new ones into usage_daily and into key and user spend, in one
    /// transaction. Idempotent by request id: records already stored are skipped and not counted
    /// again. Returns how many were new.
    int appendBatch(const QList<UsageRecord> &records);
    std::optional<UsageRecord> findRecord(const QString &requestId);
    /// Records of the filter's days (by `at`), newest first.
    PageResult<UsageRecord> listRecords(const UsageFilter &filter = {}, Page page = {});
    /// Daily rollup rows, ordered by day and dimensions.
    QList<UsageDaily> daily(const UsageFilter &filter = {});
    /// The rollups of the filter summed into one row (dimensions left empty).
    UsageDaily totals(const UsageFilter &filter = {});

    /// Metered cost per key of @p keyIds since @p sinceMs (keys without usage are absent).
    QHash<QString, qint64> keySpendSince(const QStringList &keyIds, qint64 sinceMs);

    /// The UTC day of a timestamp, as used by the rollups.
    static QString dayOf(qint64 msecsSinceEpoch);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
