// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/keys/keycache.h"

namespace Tollgate::Store {
class Database;
struct ApiKey;
} // namespace Tollgate::Store

namespace Tollgate::Keys {

/// The cache record of a stored key (models interned through @p cache).
std::shared_ptr<const KeyRecord> recordFromStore(const Store::ApiKey &key, KeyCache &cache);
/// Publishes a stored key (current and, during a rotation grace, previous hash). Returns false
/// when the stored hash is malformed.
bool publish(const Store::ApiKey &key, KeyCache &cache);
/// Loads every key of the store into @p cache in pages; returns how many were loaded.
int loadAll(Store::Database &db, KeyCache &cache);
/// Makes @p cache hold exactly the store's keys (after the store was replaced by a restore):
/// loads every key, then forgets cached keys the store no longer has. Requests keep being
/// served throughout. Returns how many keys were loaded.
int reloadAll(Store::Database &db, KeyCache &cache);

} // namespace Tollgate::Keys
