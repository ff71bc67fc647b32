// SPDX-License-Identifier: GPL-3.0-or-later
// The config file's "models" and "keys" arrays: declarative models and API keys (GitOps).
#include "gateway-core/config/parsing.h"
#include "gateway-core/util/decimal.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::Config::Internal {

namespace {

const QStringList capabilityNames = {u"chat"_s,     u"completions"_s, u"embeddings"_s,
                                     u"tokenize"_s, u"docling"_s,     u"safety"_s};

// Typed access to one JSON object of the file; every problem becomes an error naming the field.
class ObjectReader final
{
public:
    ObjectReader(const QJsonObject &object, QString where, QStringList &errors)
        : m_object(object)
        , m_where(std::move(where))
        , m_errors(errors)
    {}

    const QString &where() const { return m_where; }
    bool has(const QString &field) const { return m_object.contains(field); }
    QJsonValue value(const QString &field) const { return m_object.value(field); }

    void error(const QString &field, const QString &message)
    {
        m_errors.append(m_where + u"."_s + field + u": "_s + message);
    }

    std::optional<QString> string(const QString &field)
    {
        if (!has(field))
            return std::nullopt;
        if (!value(field).isString()) {
            error(field, u"expected a string"_s);
            return std::nullopt;
        }
        return value(field).toString();
    }

    std::optional<bool> boolean(const QString &field)
    {
        if (!has(field))
            return std::nullopt;
        if (!value(field).isBool()) {
            error(field, u"expected true or false"_s);
            return std::nullopt;
        }
        return value(field).toBool();
    }

    std::optional<qint64> integer(const QString &field, qint64 minimum, qint64 maximum)
    {
        if (!has(field))
            return std::nullopt;
        const QJsonValue v = value(field);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d)) {
            error(field, u"expected a whole number"_s);
            return std::nullopt;
        }
        if (d < double(minimum) || d > double(maximum)) {
            error(field, u"%1 is out of range (%2 to %3)"_s.arg(d).arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return qint64(d);
    }

    /// A non-negative decimal amount in nano-units; numbers and strings ("0.15") alike.
    std::optional<qint64> money(const QString &field)
    {
        if (!has(field))
            return std::nullopt;
        const QJsonValue v = value(field);
        QString text;
        if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (v.isString())
            text = v.toString();
        else {
            error(field, u"expected a number"_s);
            return std::nullopt;
        }
        QString message;
        const auto nanos = Util::parseDecimalNanos(text, &message);
        if (!nanos) {
            error(field, message);
            return std::nullopt;
        }
        if (*nanos < 0) {
            error(field, u"%1 is negative"_s.arg(text));
            return std::nullopt;
        }
        return nanos;
    }

    std::optional<QStringList> stringList(const QString &field)
    {
        if (!has(field))
            return std::nullopt;
        const QJsonValue v = value(field);
        QStringList items;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            ok = ok && item.isString();
            items.append(item.toString());
        }
        if (!ok) {
            error(field, u"expected an array of strings"_s);
            return std::nullopt;
        }
        return items;
    }

    /// A secret given as field, field_env (a variable's name) or field_file (a path): at most one.
    std::optional<std::pair<Util::Secret, QString>> secret(const QString &field, bool required,
                                                           const DeclarationContext &context)
    {
        const QString envField = field + u"_env"_s;
        const QString fileField = field + u"_file"_s;
        const int given = int(has(field)) + int(has(envField)) + int(has(fileField));
        if (given > 1) {
            error(field, u"set only one of %1, %2 and %3"_s.arg(field, envField, fileField));
            return std::nullopt;
        }
        if (given == 0) {
            if (required)
                error(field, u"missing (set %1, %2 or %3)"_s.arg(field, envField, fileField));
            return std::nullopt;
        }
        if (const auto inlineValue = string(field)) {
            if (inlineValue->isEmpty()) {
                error(field, u"is empty"_s);
                return std::nullopt;
            }
            return std::pair(Util::Secret(*inlineValue), u"config file"_s);
        }
        if (const auto name = string(envField)) {
            const QString secretValue = context.environment.value(*name);
            if (secretValue.isEmpty()) {
                error(envField, u"environment variable %1 is not set"_s.arg(*name));
                return std::nullopt;
            }
            return std::pair(Util::Secret(secretValue), u"env "_s + *name);
        }
        if (const auto path = string(fileField)) {
            const QString resolved = resolvePath(*path, context.baseDir, context.environment);
            QString message;
            const auto secretValue = readSecretFile(resolved, &message);
            if (!secretValue) {
                error(fileField, message);
                return std::nullopt;
            }
            return std::pair(Util::Secret(*secretValue), u"file "_s + resolved);
        }
        return std::nullopt;
    }

    /// Reports fields not in known; "//" fields are comments.
    void rejectUnknown(const QStringList &known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!it.key().startsWith(u"//") && !known.contains(it.key()))
                m_errors.append(m_where + u": unknown field \""_s + it.key() + u"\""_s +
                                didYouMean(it.key(), known));
        }
    }

private:
    QJsonObject m_object;
    QString m_where;
    QStringList &m_errors;
};

std::optional<Deployment> readDeployment(ObjectReader &r, const Model &model,
                                         const DeclarationContext &context)
{
    r.rejectUnknown(
        {u"base_url"_s, u"served_name"_s, u"api_key"_s, u"api_key_env"_s, u"api_key_file"_s, u"weight"_s});
    Deployment deployment;
    bool ok = true;
    if (const auto url = r.string(u"base_url"_s)) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") ||
            parsed.host().isEmpty()) {
            r.error(u"base_url"_s, u"\"%1\" is not an http:// or https:// URL"_s.arg(*url));
            ok = false;
        }
        deployment.baseUrl = *url;
        while (deployment.baseUrl.endsWith(u'/'))
            deployment.baseUrl.chop(1);
    } else {
        if (!r.has(u"base_url"_s))
            r.error(u"base_url"_s, u"missing"_s);
        ok = false;
    }
    deployment.servedName = r.string(u"served_name"_s).value_or(model.id);
    if (deployment.servedName.isEmpty()) {
        r.error(u"served_name"_s, u"is empty"_s);
        ok = false;
    }
    if (const auto apiKey = r.secret(u"api_key"_s, false, context)) {
        deployment.apiKey = apiKey->first;
        deployment.apiKeyFrom = apiKey->second;
    }
    deployment.weight = int(r.integer(u"weight"_s, 0, 1000).value_or(1));
    return ok ? std::optional(deployment) : std::nullopt;
}

std::optional<Model> readModel(ObjectReader &r, const DeclarationContext &context, QStringList &errors)
{
    r.rejectUnknown({u"id"_s, u"capabilities"_s, u"prices"_s, u"context_window"_s, u"restricted"_s,
                     u"enabled"_s, u"deployments"_s});
    Model model;
    model.id = r.string(u"id"_s).value_or(QString());
    if (model.id.isEmpty() || model.id.contains(u' ')) {
        r.error(u"id"_s, model.id.isEmpty() ? u"missing"_s : u"\"%1\" contains a space"_s.arg(model.id));
        return std::nullopt;
    }
    const qsizetype before = errors.size();
    model.capabilities = r.stringList(u"capabilities"_s).value_or(QStringList{u"chat"_s});
    for (const QString &capability : std::as_const(model.capabilities)) {
        if (!capabilityNames.contains(capability))
            r.error(u"capabilities"_s,
                    u"unknown capability \"%1\" (use %2)"_s.arg(capability, capabilityNames.join(u", ")));
    }
    if (r.has(u"prices"_s)) {
        if (!r.value(u"prices"_s).isObject()) {
            r.error(u"prices"_s, u"expected an object {\"input\", \"output\", \"cached\"}"_s);
        } else {
            ObjectReader prices(r.value(u"prices"_s).toObject(), r.where() + u".prices"_s, errors);
            prices.rejectUnknown({u"input"_s, u"output"_s, u"cached"_s});
            model.prices.input = prices.money(u"input"_s).value_or(0);
            model.prices.output = prices.money(u"output"_s).value_or(0);
            model.prices.cached = prices.money(u"cached"_s).value_or(model.prices.input);
        }
    }
    model.contextWindow = r.integer(u"context_window"_s, 0, 100'000'000).value_or(0);
    model.restricted = r.boolean(u"restricted"_s).value_or(false);
    model.enabled = r.boolean(u"enabled"_s).value_or(true);

    const QJsonValue deployments = r.value(u"deployments"_s);
    if (!deployments.isArray() || deployments.toArray().isEmpty()) {
        r.error(u"deployments"_s, u"expected an array of at least one {\"base_url\": ...}"_s);
    } else {
        const QJsonArray array = deployments.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = r.where() + u".deployments[%1]"_s.arg(i);
            if (!array.at(i).isObject()) {
                errors.append(where + u": expected an object"_s);
                continue;
            }
            ObjectReader deployment(array.at(i).toObject(), where, errors);
            if (auto parsed = readDeployment(deployment, model, context))
                model.deployments.append(std::move(*parsed));
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return model;
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    // Without an offset the time is UTC, whatever the server's local zone.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

std::optional<ApiKey> readKey(ObjectReader &r, const DeclarationContext &context, QStringList &errors,
                              QStringList &warnings)
{
    r.rejectUnknown({u"key"_s, u"key_env"_s, u"key_file"_s, u"user"_s, u"alias"_s, u"models"_s,
                     u"rpm_limit"_s, u"tpm_limit"_s, u"parallel_limit"_s, u"max_budget"_s,
                     u"budget_duration"_s, u"soft_budget"_s, u"expires_at"_s});
    const qsizetype before = errors.size();
    ApiKey key;
    if (const auto secret = r.secret(u"key"_s, true, context)) {
        key.key = secret->first;
        key.keyFrom = secret->second;
        if (!key.key.reveal().startsWith(u"sk-") || key.key.size() < 8)
            r.error(u"key"_s, u"a key starts with \"sk-\" and is at least 8 characters long"_s);
    }
    key.user = r.string(u"user"_s).value_or(QString());
    key.alias = r.string(u"alias"_s).value_or(QString());
    key.models = r.stringList(u"models"_s).value_or(QStringList());
    key.rpmLimit = r.integer(u"rpm_limit"_s, 0, std::numeric_limits<qint32>::max());
    key.tpmLimit = r.integer(u"tpm_limit"_s, 0, std::numeric_limits<qint64>::max() / 2);
    key.parallelLimit = r.integer(u"parallel_limit"_s, 0, 1'000'000);
    key.maxBudget = r.money(u"max_budget"_s);
    key.softBudget = r.money(u"soft_budget"_s);
    if (key.maxBudget && key.softBudget && *key.softBudget > *key.maxBudget)
        r.error(u"soft_budget"_s, u"is above max_budget"_s);
    if (const auto text = r.string(u"budget_duration"_s)) {
        QString message;
        key.budgetDuration = Util::parseDuration(*text, &message);
        if (!key.budgetDuration)
            r.error(u"budget_duration"_s, message);
    }
    if (const auto text = r.string(u"expires_at"_s)) {
        if (const auto time = parseTimestamp(*text)) {
            key.expiresAt = *time;
            if (key.expiresAt < QDateTime::currentDateTimeUtc())
                warnings.append(r.where() + u".expires_at: "_s + *text +
                                u" is in the past; the key is expired"_s);
        } else {
            r.error(u"expires_at"_s, u"\"%1\" is not an ISO 8601 time (2026-12-31T23:59:59Z)"_s.arg(*text));
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return key;
}

// Runs read on every object of root[name], which must be an array; what read returns is kept.
template<typename T, typename Read>
QList<T> readArray(const QJsonObject &root, const QString &name, const DeclarationContext &context,
                   QStringList &errors, Read read)
{
    QList<T> items;
    if (!root.contains(name))
        return items;
    const QString where = u"config file %1, %2"_s.arg(context.file, name);
    if (!root.value(name).isArray()) {
        errors.append(where + u": expected an array of objects"_s);
        return items;
    }
    const QJsonArray array = root.value(name).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        QString itemWhere = where + u"[%1]"_s.arg(i);
        // The id or alias makes a message findable in a long file.
        const QString label = item.toObject().value(name == u"models" ? u"id"_s : u"alias"_s).toString();
        if (!label.isEmpty())
            itemWhere += u" ("_s + label + u")"_s;
        if (!item.isObject()) {
            errors.append(itemWhere + u": expected an object"_s);
            continue;
        }
        ObjectReader reader(item.toObject(), itemWhere, errors);
        if (auto parsed = read(reader))
            items.append(std::move(*parsed));
    }
    return items;
}

} // namespace

void readDeclarations(const QJsonObject &root, const DeclarationContext &context, Settings &settings,
                      QStringList &errors, QStringList &warnings)
{
    settings.models = readArray<Model>(root, u"models"_s, context, errors,
                                       [&](ObjectReader &r) { return readModel(r, context, errors); });
    settings.apiKeys = readArray<ApiKey>(root, u"keys"_s, context, errors, [&](ObjectReader &r) {
        return readKey(r, context, errors, warnings);
    });

    const QString where = u"config file "_s + context.file;
    QSet<QString> modelIds;
    for (const Model &model : std::as_const(settings.models)) {
        if (modelIds.contains(model.id))
            errors.append(where + u", models: model \"%1\" is declared twice"_s.arg(model.id));
        modelIds.insert(model.id);
    }
    // Also models that failed to parse: their keys' references are not the problem to report.
    const QJsonArray rawModels = root.value(u"models"_s).toArray();
    for (const QJsonValue &raw : rawModels)
        modelIds.insert(raw.toObject().value(u"id"_s).toString());

    QHash<QString, qsizetype> secrets;
    QHash<QString, qsizetype> aliases;
    for (qsizetype i = 0; i < settings.apiKeys.size(); ++i) {
        const ApiKey &key = settings.apiKeys.at(i);
        const QString keyWhere =
            where + u", keys[%1]"_s.arg(i) + (key.alias.isEmpty() ? QString() : u" ("_s + key.alias + u")"_s);
        if (const auto it = secrets.constFind(key.key.reveal()); it != secrets.constEnd())
            errors.append(keyWhere + u".key: the same key as keys[%1]"_s.arg(*it));
        secrets.insert(key.key.reveal(), i);
        if (!key.alias.isEmpty()) {
            if (const auto it = aliases.constFind(key.alias); it != aliases.constEnd())
                errors.append(keyWhere +
                              u".alias: \"%1\" is also the alias of keys[%2]"_s.arg(key.alias).arg(*it));
            aliases.insert(key.alias, i);
        }
        for (const QString &model : key.models) {
            if (!modelIds.contains(model))
                errors.append(keyWhere +
                              u".models: unknown model \"%1\"%2"_s.arg(
                                  model, didYouMean(model, QStringList(modelIds.begin(), modelIds.end()))));
        }
    }
}

} // namespace Tollgate::Config::Internal
