// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/settingsroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/service/alerts.h"
#include "gateway-core/store/generalsettings.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/util/secretbox.h"
#include "gateway-core/util/jsonnumber.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

const QString SettingKey = Store::GeneralSettings::settingKey();

QJsonObject defaults()
{
    return Store::GeneralSettings::defaults();
}

/// Write-only: PATCH sets it (sealed with the master key, in a row of its own so neither GET nor
/// the audit log ever shows it); GET only says whether one is set.
const QString SecretField = u"alertWebhookSecret"_s;

bool secretIsSet(Store::SettingsRepository &repo)
{
    return repo.find(Service::AlertSettings::SecretSetting).has_value();
}

QJsonObject current(Store::SettingsRepository &repo, qint64 *version)
{
    return Store::GeneralSettings::stored(repo, version);
}

QJsonValue integerIn(const QString &field, const QJsonValue &v, qint64 minimum, qint64 maximum)
{
    const std::optional<qint64> n = Util::wholeNumber(v);
    if (!n || *n < minimum || *n > maximum)
        throw ApiError::invalid(field, u"%1 must be a whole number from %2 to %3."_s.arg(field).arg(minimum).arg(maximum));
    return *n;
}

QJsonValue checked(const QString &field, const QJsonValue &v)
{
    // New-user limits: null gives new users none.
    if ((field == u"newUserRpm"_s || field == u"newUserTpm"_s) && !v.isNull())
        return integerIn(field, v, 0, 1'000'000'000);
    if (field == u"newUserParallel"_s && !v.isNull())
        return integerIn(field, v, 1, 10'000);
    if (field == u"newUserRpm"_s || field == u"newUserTpm"_s || field == u"newUserParallel"_s)
        return v;
    if (field == u"usageRetentionDays"_s || field == u"auditRetentionDays"_s || field == u"jobRunRetentionDays"_s
        || field == u"usageDetailRetentionDays"_s)
        return integerIn(field, v, 1, 36'500);
    if (field == u"alertKeyExpiryWarningDays"_s)
        return integerIn(field, v, 0, 365);
    if (field == u"alertUserSoftBudgetPercent"_s)
        return integerIn(field, v, 0, 100);
    if (field == u"alertRetryBaseMs"_s)
        return integerIn(field, v, 100, 3'600'000);
    if (field == u"expiredKeyCleanupDays"_s || field == u"unusedKeyCleanupDays"_s)
        return integerIn(field, v, 0, 36'500);
    if (field == u"newUserBudgetDuration"_s) {
        if (v.isNull())
            return v;
        if (!v.isString() || !Limits::parseBudgetDuration(v.toString()))
            throw ApiError::invalid(field, u"newUserBudgetDuration must be a budget duration such as 1d, 7d, "
                                           "30d or 1mo, or null for a budget that never resets."_s);
        return v;
    }
    if (field == u"newUserBudget"_s) {
        if (v.isNull())
            return v;
        if (!v.isDouble() || v.toDouble() < 0)
            throw ApiError::invalid(field, u"newUserBudget must be a number ≥ 0, or null for none."_s);
        return v;
    }
    if (field == u"displayCurrency"_s) {
        static const QRegularExpression code(u"^[A-Z]{3}$"_s);
        if (!v.isString() || !code.match(v.toString()).hasMatch())
            throw ApiError::invalid(field, u"displayCurrency must be an ISO 4217 code like USD or EUR."_s);
        return v;
    }
    // alertWebhookUrls
    if (!v.isArray())
        throw ApiError::invalid(field, u"alertWebhookUrls must be a list of http(s) URLs."_s);
    const QJsonArray urls = v.toArray();
    if (urls.size() > 20)
        throw ApiError::invalid(field, u"alertWebhookUrls may have at most 20 URLs."_s);
    for (const QJsonValue &u : urls) {
        const QUrl url(u.toString(), QUrl::StrictMode);
        if (!u.isString() || !url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            throw ApiError::invalid(field, u"alertWebhookUrls: %1 is not an http(s) URL."_s.arg(u.toString()));
    }
    return v;
}

Reply getSettings(ApiRequest &request)
{
    Store::SettingsRepository repo(request.db());
    qint64 version = 0;
    QJsonObject answer = current(repo, &version);
    answer.insert(u"alertWebhookSecretSet"_s, secretIsSet(repo));
    answer.insert(u"version"_s, double(version));
    return Json::versioned(answer, version);
}

Reply patchSettings(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const QJsonObject known = defaults();
    QJsonObject changes;
    std::optional<QJsonValue> secret;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == u"version"_s || it.key() == u"alertWebhookSecretSet"_s)
            continue;
        if (it.key() == SecretField) {
            if (!it.value().isNull() && (!it.value().isString() || it.value().toString().size() < 16 ||
                                         it.value().toString().size() > 512))
                throw ApiError::invalid(SecretField, u"alertWebhookSecret must be 16 to 512 characters, or null to remove it."_s);
            secret = it.value();
            continue;
        }
        if (!known.contains(it.key()))
            throw ApiError::invalid(it.key(), u"Unknown setting %1."_s.arg(it.key()));
        changes.insert(it.key(), checked(it.key(), it.value()));
    }
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Store::SettingsRepository repo(db);
    qint64 version = 0;
    const QJsonObject before = current(repo, &version);
    // The first write needs no version (there is none to read); put() with 0 still refuses to
    // overwrite settings another admin stored meanwhile.
    const qint64 expected = version > 0 ? Json::expectedVersion(request.http, body) : 0;
    Json::checkVersion(version, expected);
    QJsonObject after = before;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        after.insert(it.key(), it.value());
    Store::Setting saved;
    try {
        saved = repo.put(SettingKey, after, request.caller.actorName(), expected);
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict)
            throw ApiError(412, "version_mismatch", u"The settings changed since you read them; reload and retry."_s);
        throw;
    }
    const bool secretBefore = secretIsSet(repo);
    if (secret && secret->isNull()) {
        repo.remove(Service::AlertSettings::SecretSetting);
    } else if (secret) {
        const QByteArray sealed = Util::SecretBox(request.context.masterKey).seal(secret->toString().toUtf8());
        repo.put(Service::AlertSettings::SecretSetting, QString::fromLatin1(sealed.toBase64()),
                 request.caller.actorName());
    }
    Store::AuditEntry entry = auditEntry(request, u"settings.update"_s, u"setting"_s, SettingKey);
    QJsonObject auditBefore = before;
    QJsonObject auditAfter = after;
    auditBefore.insert(u"alertWebhookSecretSet"_s, secretBefore);
    auditAfter.insert(u"alertWebhookSecretSet"_s, secret ? !secret->isNull() : secretBefore);
    if (secret)
        auditAfter.insert(SecretField, secret->isNull() ? u"(removed)"_s : u"(changed)"_s);
    entry.before = auditBefore;
    entry.after = auditAfter;
    record(request, entry);
    tx.commit();
    after.insert(u"alertWebhookSecretSet"_s, auditAfter.value("alertWebhookSecretSet"_L1));
    after.insert(u"version"_s, double(saved.version));
    return Json::versioned(after, saved.version);
}

} // namespace

void addSettingsRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/settings", Permission::AdminRead, u"The general settings"_s, getSettings);
    table.add("PATCH", "/api/v1/settings", Permission::AdminWrite, u"Change general settings"_s, patchSettings);
}

} // namespace Tollgate::Api
