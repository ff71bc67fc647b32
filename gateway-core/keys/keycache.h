// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace Tollgate::Keys {

/// Raw SHA-256 of a presented key: the cache's lookup key (32 bytes, not 64 hex characters).
using KeyHash = std::array<unsigned char, 32>;

KeyHash hashOf(QByteArrayView presented);
/// Parses 64 hex characters (the stored form); false when malformed.
bool hashFromHex(QByteArrayView hex, KeyHash *out);

/// Per-model overrides of a key's request and token rates.
struct ModelLimit
{
    qint64 rpm = -1;
    qint64 tpm = -1;
};

/// What the gateway needs to decide on a request, and nothing more. Immutable once published:
/// a change builds a new record and swaps it in, so readers never see half an update.
struct KeyRecord
{
    QByteArray keyId;
    QByteArray userId; ///< shared between the keys of one user (interned)
    std::shared_ptr<const QList<QByteArray>> models; ///< sorted; empty list = every model the owner may use
    std::shared_ptr<const QHash<QByteArray, ModelLimit>> modelLimits; ///< may be null
    qint64 rpm = -1; ///< -1 = no limit
    qint64 tpm = -1;
    qint64 parallel = -1;
    qint64 maxBudget = -1;  ///< nano-units; -1 = no budget
    qint64 softBudget = -1; ///< nano-units; -1 = none
    QByteArray budgetDuration; ///< "" = one budget for the key's life
    qint64 spend = 0;          ///< spend in the current window when the record was loaded
    qint64 budgetResetAtMs = 0; ///< when the stored spend window ends; 0 = never
    qint64 budgetGeneration = 0; ///< changes when the control plane resets spend: the limiter adopts it
    qint64 expiresAtMs = 0;    ///< 0 = never
    bool revoked = false;
    bool blocked = false;

    bool allowsModel(QByteArrayView model) const;
    ModelLimit limitFor(QByteArrayView model) const;
};

/// Where a hash points: the key, and until when this hash is accepted (a rotated-out secret
/// keeps working through its grace period).
struct KeyEntry
{
    std::shared_ptr<const KeyRecord> record;
    qint64 validUntilMs = 0; ///< 0 = as long as the key lives
};

/// Thread-safe map from key hash to key record: the gateway's only credential lookup, so the
/// database is never on the request path. Sharded reader-writer locks keep workers from
/// contending with each other; writers (control plane, change feed) are rare.
class KeyCache final
{
public:
    KeyCache();
    ~KeyCache();
    KeyCache(const KeyCache &) = delete;
    KeyCache &operator=(const KeyCache &) = delete;

    /// The entry for @p hash, or an empty entry when unknown.
    KeyEntry find(const KeyHash &hash) const;

    /// Publishes @p record under its current hash (and an optional previous hash accepted until
    /// @p previousValidUntilMs). Replaces every hash the key id had before.
    void put(std::shared_ptr<const KeyRecord> record, const KeyHash &hash,
             const KeyHash *previousHash = nullptr, qint64 previousValidUntilMs = 0);
    /// One key for putMany().
    struct Publication
    {
        std::shared_ptr<const KeyRecord> record;
        KeyHash hash;
        bool hasPrevious = false;
        KeyHash previousHash;
        qint64 previousValidUntilMs = 0;
    };
    /// put() for many keys under one lock (bulk loads from several threads).
    void putMany(std::vector<Publication> &publications);
    /// Replaces the record of @p keyId under the hashes it already has (limits or state changed).
    bool update(std::shared_ptr<const KeyRecord> record);
    /// Forgets every hash of @p keyId; the next request with it is unknown.
    void remove(const QByteArray &keyId);
    void clear();
    size_t size() const;
    /// The ids of every cached key.
    QList<QByteArray> keyIds() const;
    /// Makes room for @p keys more keys at once (a bulk load), so the maps do not grow step by step.
    void reserve(size_t keys);

    /// Shares equal model lists between keys (thousands of keys usually carry a few lists).
    std::shared_ptr<const QList<QByteArray>> internModels(QList<QByteArray> models);
    /// Shares equal short strings (user ids, budget durations) between records.
    QByteArray intern(const QByteArray &text);

private:
    struct HashOf
    {
        size_t operator()(const KeyHash &h) const noexcept;
    };
    struct Shard
    {
        mutable std::shared_mutex mutex;
        std::unordered_map<KeyHash, KeyEntry, HashOf> entries;
    };
    static constexpr size_t ShardCount = 64;

    Shard &shardFor(const KeyHash &hash) const;
    void eraseHash(const KeyHash &hash);
    void putLocked(std::shared_ptr<const KeyRecord> record, const KeyHash &hash, const KeyHash *previousHash,
                   qint64 previousValidUntilMs);

    std::unique_ptr<Shard[]> m_shards;
    // Writers only: key id → its current hash, and → the hash still accepted from before a
    // rotation. Two flat maps instead of a list per key: a million keys cost 64 bytes each here.
    mutable std::mutex m_indexMutex;
    QHash<QByteArray, KeyHash> m_currentHash;
    QHash<QByteArray, KeyHash> m_previousHash;
    std::mutex m_internMutex;
    QHash<QByteArray, std::weak_ptr<const QList<QByteArray>>> m_interned;
    QSet<QByteArray> m_strings;
};

} // namespace Tollgate::Keys
