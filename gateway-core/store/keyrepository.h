// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Virtual API keys: hashes, limits, budgets, rotation, revocation and spend.
class KeyRepository final
{
public:
    explicit KeyRepository(Database &db);

    /// Inserts a key (id, secretHash and displayPrefix required); Conflict on a taken id, hash or alias.
    ApiKey create(ApiKey key);
    std::optional<ApiKey> find(const QString &id);
    /// The key whose current hash matches, or whose previous hash matches while now < its grace expiry.
    std::optional<ApiKey> findByHash(const QString &secretHash, qint64 now);
    /// A user's keys, newest first.
    PageResult<ApiKey> listByUser(const QString &userId, Page page = {});
    /// Keyset paging over all keys by id, for loading the in-memory cache: pass the last id seen.
    QList<ApiKey> listAfter(const QString &afterId, int limit);
    /// Keys changed (created, updated, rotated, revoked) at or after @p sinceMs, oldest change first:
    /// how replicas pick up each other's changes.
    QList<ApiKey> listChangedSince(qint64 sinceMs, int limit);
    /// Replaces the settings (name, alias, models, limits, budgets, expiry, blocked, metadata).
    ApiKey update(const ApiKey &key, qint64 expectedVersion);
    /// Issues a new secret under the same id; the old hash stays valid until graceUntil. Spend is kept.
    ApiKey rotate(const QString &id, const QString &newSecretHash, const QString &newDisplayPrefix,
                  qint64 graceUntil, qint64 expectedVersion);
    /// Marks the key revoked (idempotent: the first revocation time is kept).
    ApiKey revoke(const QString &id, qint64 at);
    void remove(const QString &id);
    /// Adds metered spend; does not bump the version so it never races settings edits.
    void addSpend(const QString &id, qint64 amount);
    /// Starts a new budget window: spend back to 0 and the next reset time.
    void resetBudget(const QString &id, std::optional<qint64> nextResetAt);
    /// Records the last use time (no version bump).
    void touch(const QString &id, qint64 at);

private:
    std::optional<ApiKey> findBy(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace Tollgate::Store
