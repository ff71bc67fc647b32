// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Named JSON settings with optimistic concurrency.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db);

    std::optional<Setting> find(const QString &key);
    /// The stored value, or fallback when the key is absent.
    QJsonValue value(const QString &key, const QJsonValue &fallback = {});
    /// Inserts or replaces. With expectedVersion, Conflict unless the stored version matches
    /// (0 means "must not exist yet"); without it, last writer wins.
    Setting put(const QString &key, const QJsonValue &value, const QString &actor,
                std::optional<qint64> expectedVersion = std::nullopt);
    void remove(const QString &key);
    /// Every setting, ordered by key.
    QList<Setting> all();

private:
    Database &m_db;
};

} // namespace Tollgate::Store
