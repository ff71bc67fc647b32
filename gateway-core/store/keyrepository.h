// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Filters and order of KeyRepository::list(); empty fields do not filter.
struct KeyFilter
{
    /// What a key is at a moment: revoked wins over blocked, blocked over expired.
    enum class State { Any, Active, Expired, Revoked, Blocked };
    enum class Sort { Created, Name, LastUsed, Expires, Spend };

    QString userId;
    QString alias;
    QString model;  ///< keys whose model list names this model
    QString search; ///< name, alias or display prefix contains it (case-insensitive)
    State state = State::Any;
    qint64 now = 0; ///< the moment State is judged at
    Sort sort = Sort::Created;
    bool descending = true; ///< keys without the sort value (never used, no expiry) come last
};

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
    /// Keys matching @p filter, in its order (ties by id).
    PageResult<ApiKey> list(const KeyFilter &filter, Page page = {});
    /// Keys of @p userId that still work or can again: neither revoked nor expired at @p now
    /// (blocked keys count, since they can be unblocked). Inside a transaction, it holds the
    /// owner's row until the end of it (PostgreSQL; SQLite writers are serialized anyway), so two
    /// concurrent creations for one user cannot both take the last place under a cap.
    qint64 countActive(const QString &userId, qint64 now);
    /// The key with this alias, if any.
    std::optional<ApiKey> findByAlias(const QString &alias);
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
    /// Deletes the key and leaves a tombstone (in one transaction), so replicas that cache the
    /// key learn of the deletion from removedSince(); NotFound if absent.
    void remove(const QString &id);
    /// Ids of keys deleted at or after @p sinceMs: the deletions the change feed cannot show.
    QStringList removedSince(qint64 sinceMs);
    /// Forgets tombstones older than @p before (every replica has long applied them); returns how many.
    int pruneTombstones(qint64 before);
    /// Adds metered spend; does not bump the version so it never races settings edits.
    void addSpend(const QString &id, qint64 amount);
    /// Starts a new budget window: spend back to 0, the next reset time and a new budget
    /// generation, so the gateway's limiter takes the reset over what it counted.
    void resetBudget(const QString &id, std::optional<qint64> nextResetAt);
    /// Records the last use time (no version bump).
    void touch(const QString &id, qint64 at);

private:
    std::optional<ApiKey> findBy(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace Tollgate::Store
