// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keypolicy.h"

#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/duration.h"
#include "gateway-core/util/jsonnumber.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Keys {

namespace {

QJsonValue integer(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(const std::optional<qint64> &v)
{
    return v ? QJsonValue(Util::formatNanos(*v)) : QJsonValue(QJsonValue::Null);
}

void readInteger(const QJsonObject &o, QLatin1StringView name, std::optional<qint64> &out)
{
    const QJsonValue v = o.value(name);
    if (v.isNull())
        out.reset();
    else if (const std::optional<qint64> n = Util::wholeNumber(v))
        out = *n;
}

void readMoney(const QJsonObject &o, QLatin1StringView name, std::optional<qint64> &out)
{
    const QJsonValue v = o.value(name);
    if (v.isNull())
        out.reset();
    else if (v.isString())
        out = Util::parseDecimalNanos(v.toString());
}

void readString(const QJsonObject &o, QLatin1StringView name, QString &out)
{
    const QJsonValue v = o.value(name);
    if (v.isNull())
        out.clear();
    else if (v.isString())
        out = v.toString();
}

} // namespace

QJsonObject KeyPolicy::toJson() const
{
    return {
        {u"defaultRpm"_s, integer(defaultRpm)},
        {u"maxRpm"_s, integer(maxRpm)},
        {u"defaultTpm"_s, integer(defaultTpm)},
        {u"maxTpm"_s, integer(maxTpm)},
        {u"defaultParallel"_s, integer(defaultParallel)},
        {u"maxParallel"_s, integer(maxParallel)},
        {u"defaultMaxBudget"_s, money(defaultMaxBudget)},
        {u"maxBudget"_s, money(maxBudget)},
        {u"defaultBudgetDuration"_s,
         defaultBudgetDuration.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(defaultBudgetDuration)},
        {u"defaultExpiryDays"_s, integer(defaultExpiryDays)},
        {u"maxExpiryDays"_s, integer(maxExpiryDays)},
        {u"maxActiveKeysPerUser"_s, integer(maxActiveKeysPerUser)},
        {u"maxGracePeriod"_s,
         maxGracePeriod.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(maxGracePeriod)},
    };
}

KeyPolicy KeyPolicy::fromJson(const QJsonObject &o)
{
    KeyPolicy p;
    readInteger(o, "defaultRpm"_L1, p.defaultRpm);
    readInteger(o, "maxRpm"_L1, p.maxRpm);
    readInteger(o, "defaultTpm"_L1, p.defaultTpm);
    readInteger(o, "maxTpm"_L1, p.maxTpm);
    readInteger(o, "defaultParallel"_L1, p.defaultParallel);
    readInteger(o, "maxParallel"_L1, p.maxParallel);
    readMoney(o, "defaultMaxBudget"_L1, p.defaultMaxBudget);
    readMoney(o, "maxBudget"_L1, p.maxBudget);
    readString(o, "defaultBudgetDuration"_L1, p.defaultBudgetDuration);
    readInteger(o, "defaultExpiryDays"_L1, p.defaultExpiryDays);
    readInteger(o, "maxExpiryDays"_L1, p.maxExpiryDays);
    readInteger(o, "maxActiveKeysPerUser"_L1, p.maxActiveKeysPerUser);
    readString(o, "maxGracePeriod"_L1, p.maxGracePeriod);
    return p;
}

KeyPolicy KeyPolicy::load(Store::Database &db)
{
    const QJsonValue stored = Store::SettingsRepository(db).value(SettingKey);
    return stored.isObject() ? fromJson(stored.toObject()) : KeyPolicy{};
}

std::optional<qint64> KeyPolicy::maxGraceMs() const
{
    if (maxGracePeriod.isEmpty())
        return std::nullopt;
    const auto d = Util::parseDuration(maxGracePeriod);
    return d ? std::optional<qint64>(d->toMilliseconds()) : std::nullopt;
}

} // namespace Tollgate::Keys
