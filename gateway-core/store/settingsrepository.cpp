// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/settingsrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

Setting fromRow(const QSqlQuery &q)
{
    Setting s;
    s.key = q.value(0).toString();
    s.value = jsonValueFromColumn(q.value(1));
    s.version = q.value(2).toLongLong();
    s.updatedAt = q.value(3).toLongLong();
    s.updatedBy = q.value(4).toString();
    return s;
}

const QString Select = u"SELECT setting_key, value, version, updated_at, updated_by FROM settings"_s;

} // namespace

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{}

std::optional<Setting> SettingsRepository::find(const QString &key)
{
    QSqlQuery q = m_db.exec(Select + u" WHERE setting_key = ?"_s, {key}, u"read setting"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QJsonValue SettingsRepository::value(const QString &key, const QJsonValue &fallback)
{
    const std::optional<Setting> setting = find(key);
    return setting ? setting->value : fallback;
}

Setting SettingsRepository::put(const QString &key, const QJsonValue &value, const QString &actor,
                                std::optional<qint64> expectedVersion)
{
    if (key.isEmpty())
        throw Error(Error::Code::Invalid, u"setting key must not be empty"_s);
    if (value.isUndefined())
        throw Error(Error::Code::Invalid, u"setting value must be JSON"_s);
    // JSON null is stored as the text "null" so a setting can explicitly be null.
    const QVariant text = value.isNull() ? QVariant(u"null"_s) : jsonValueToColumn(value);
    const qint64 now = m_db.now();
    Transaction tx(m_db);
    const std::optional<Setting> current = find(key);
    if (expectedVersion && (current ? current->version : 0) != *expectedVersion)
        throw Error(Error::Code::Conflict, u"setting was changed by someone else; reload and retry"_s);
    if (current) {
        // Guarded by the version read above so concurrent writers on PostgreSQL cannot interleave.
        QSqlQuery q = m_db.exec(u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, "
                                "updated_by = ? WHERE setting_key = ? AND version = ?"_s,
                                {text, now, nullIfEmpty(actor), key, current->version}, u"update setting"_s);
        if (q.numRowsAffected() != 1)
            throw Error(Error::Code::Conflict, u"setting was changed by someone else; reload and retry"_s);
    } else {
        m_db.exec(u"INSERT INTO settings (setting_key, value, version, updated_at, updated_by) "
                  "VALUES (?, ?, 1, ?, ?)"_s,
                  {key, text, now, nullIfEmpty(actor)}, u"create setting"_s);
    }
    tx.commit();
    return *find(key);
}

void SettingsRepository::remove(const QString &key)
{
    if (m_db.exec(u"DELETE FROM settings WHERE setting_key = ?"_s, {key}, u"delete setting"_s)
            .numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"setting not found"_s);
}

QList<Setting> SettingsRepository::all()
{
    QSqlQuery q = m_db.exec(Select + u" ORDER BY setting_key"_s, {}, u"list settings"_s);
    QList<Setting> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

} // namespace Tollgate::Store
