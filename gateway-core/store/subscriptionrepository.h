// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Filters of SubscriptionRepository::list(); empty fields do not filter.
struct SubscriptionFilter
{
    enum class Sort { CreatedAt, StatusChangedAt, Status, ModelId, UserId };

    QString userId;
    QString modelId;
    std::optional<SubscriptionStatus> status;
    Sort sort = Sort::CreatedAt;
    bool descending = true;
};

/// User × model subscriptions; every status change is written to the history in the same transaction.
class SubscriptionRepository final
{
public:
    explicit SubscriptionRepository(Database &db);

    /// Creates the subscription and its first history entry; Conflict if the pair exists.
    Subscription create(const QString &userId, const QString &modelId, SubscriptionStatus status,
                        const QString &actor, const QString &reason = {},
                        std::optional<qint64> expiresAt = std::nullopt);
    std::optional<Subscription> find(const QString &id);
    std::optional<Subscription> findFor(const QString &userId, const QString &modelId);
    /// Changes the status and appends history atomically; Conflict on a version mismatch.
    /// @p expiresAt, when given, replaces the expiry too (its inner nullopt: never expires).
    Subscription setStatus(const QString &id, SubscriptionStatus status, const QString &actor,
                           const QString &reason, qint64 expectedVersion,
                           const std::optional<std::optional<qint64>> &expiresAt = std::nullopt);
    /// Marks active subscriptions whose expires_at has passed as expired; returns how many and,
    /// in @p expiredIds, which.
    int expireDue(qint64 now, const QString &actor, QStringList *expiredIds = nullptr);
    /// Whether expireDue() would expire anything: one read, no transaction.
    bool hasDue(qint64 now);
    void remove(const QString &id);
    /// Ordered by creation time, newest first.
    PageResult<Subscription> list(const SubscriptionFilter &filter = {}, Page page = {});
    /// Status transitions of one subscription, oldest first.
    QList<SubscriptionHistoryEntry> history(const QString &subscriptionId);

private:
    void appendHistory(const QString &subscriptionId, const QString &oldStatus, const QString &newStatus,
                       const QString &reason, const QString &actor, qint64 at);
    Database &m_db;
};

} // namespace Tollgate::Store
