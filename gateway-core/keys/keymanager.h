// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QTimeZone>

#include <functional>
#include <optional>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Keys {

class KeyCache;

/// Who changes a key and from where: what the audit log records besides the change itself.
struct Actor
{
    QString id;
    QString name;
    QString sourceAddress;
    QString requestId;
};

/// Edits a stored key inside the operation's transaction (change fields, or throw Store::Error).
using KeyEdit = std::function<void(Store::ApiKey &)>;

/// A key as created or rotated: the stored row and the full secret, which is shown this once.
struct IssuedKey
{
    Store::ApiKey key;
    QByteArray secret;
};

/// Every change to a virtual key goes through here, whichever API asked for it: the store write,
/// its audit record and the key cache of this replica change together. Each operation is one
/// transaction and publishes to the cache only after its commit, so the very next request through
/// this replica sees the change; other replicas pick it up from the store's change feed (and,
/// for deletions, its tombstones) within about a second. Throws Store::Error (Invalid with an
/// English message for bad input, NotFound, Conflict) and writes nothing then.
///
/// Must not be called inside a transaction the caller holds open: the cache would be updated
/// before the caller's commit. Pass work that belongs to the same transaction as an edit.
class KeyManager final
{
public:
    /// @p cache may be null (no data plane in this process); @p zone aligns budget windows.
    KeyManager(Store::Database &db, KeyCache *cache, QTimeZone zone = QTimeZone::utc());

    /// Creates a key from @p settings (owner, name, alias, models, limits, budget, expiry,
    /// metadata): generates the id and secret unless @p presetSecret is given (an imported
    /// key), checks that the owner and every model exist and that the alias is free, and starts
    /// the budget window. @p also runs first in the same transaction and may complete the
    /// settings (e.g. create the owner).
    IssuedKey create(Store::ApiKey settings, const Actor &actor, const KeyEdit &also = {},
                     const QByteArray &presetSecret = {});
    /// Applies @p edit to the stored key and saves it, checked like create(). When
    /// @p expectedVersion is given and stale, Conflict. A changed budget duration starts a new
    /// window from now (spend is kept, as on any settings change).
    Store::ApiKey update(const QString &id, const KeyEdit &edit, const Actor &actor,
                         std::optional<qint64> expectedVersion = std::nullopt);
    /// Issues a new secret under the same key id; the old one keeps working for @p graceMs
    /// (0: refused at once). Spend, limits and budget window are kept. @p edit, when given,
    /// changes settings in the same transaction.
    IssuedKey rotate(const QString &id, qint64 graceMs, const Actor &actor, const KeyEdit &edit = {});
    /// Revokes the key: refused from the next request on, kept for its history.
    Store::ApiKey revoke(const QString &id, const Actor &actor);
    /// Deletes the key. The store keeps a tombstone for other replicas (a deleted row cannot be
    /// found by "changed since"), and this replica's cache forgets the key at once.
    void remove(const QString &id, const Actor &actor);
    /// Deletes several keys in one transaction: all of them, or none when one is missing.
    void remove(const QStringList &ids, const Actor &actor);

    /// The key a reference names: a full secret (sk-...), its SHA-256 hex (LiteLLM's "token",
    /// also a rotated-out secret's during its grace) or a key id.
    std::optional<Store::ApiKey> resolve(const QString &reference);

    /// The key as the audit log and APIs show it: no hashes.
    static QJsonObject describe(const Store::ApiKey &key);

private:
    void check(const Store::ApiKey &key, const Store::ApiKey *before);
    void audit(const Actor &actor, const QString &action, const Store::ApiKey *before,
               const Store::ApiKey *after);
    void publish(const Store::ApiKey &key);

    Store::Database &m_db;
    KeyCache *m_cache;
    QTimeZone m_zone;
};

} // namespace Tollgate::Keys
