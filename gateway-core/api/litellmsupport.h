// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/api/controlexecutor.h"
#include "gateway-core/keys/keymanager.h"
#include "gateway-core/store/records.h"

#include <QJsonObject>
#include <QString>

#include <exception>
#include <functional>
#include <optional>

namespace Tollgate::Api {
struct Context;
}

// What the LiteLLM-compatible handlers share: input checks, unit conversions and response shapes.
namespace Tollgate::Api::LiteLlm {

/// A request the handlers refuse, with the status and English message LiteLLM's client sees.
class Refusal final : public std::exception
{
public:
    Refusal(int status, QString message)
        : m_status(status)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    int status() const { return m_status; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    int m_status;
    QString m_message;
    QByteArray m_utf8;
};

/// LiteLLM's error body: {"error":{"message","type","param":null,"code":"<status>"}}.
Reply errorReply(int status, const QString &message);
/// A JSON object reply with status 200.
Reply jsonReply(const QJsonObject &body);

/// Runs @p work, mapping Refusal and Store::Error to LiteLLM-shaped errors.
Reply guarded(const std::function<Reply()> &work);

/// The request body as a JSON object; Refusal(400) when it is not one.
QJsonObject bodyObject(const Http::Request &request);

/// Typed, checked access to a request body's fields. Absent fields read as std::nullopt; a
/// present null reads as "cleared" where the accessor says so; a wrong type or range is a
/// Refusal(400) naming the field.
class Fields final
{
public:
    explicit Fields(QJsonObject object)
        : m_object(std::move(object))
    {}

    bool has(QLatin1String name) const { return m_object.contains(name); }
    bool isNull(QLatin1String name) const { return m_object.value(name).isNull(); }
    const QJsonObject &object() const { return m_object; }

    /// A string; null and absent both read as std::nullopt.
    std::optional<QString> string(QLatin1String name) const;
    /// A non-negative whole number (requests, tokens); null, absent or LiteLLM's "unlimited"
    /// sentinel 2147483647 (and above) read as std::nullopt.
    std::optional<qint64> limit(QLatin1String name) const;
    /// A non-negative amount of money in currency units, as nano-units; null reads as std::nullopt.
    std::optional<qint64> money(QLatin1String name) const;
    /// A list of strings; null reads as an empty list.
    std::optional<QStringList> strings(QLatin1String name) const;
    /// An object; null reads as an empty object.
    std::optional<QJsonObject> map(QLatin1String name) const;
    std::optional<bool> boolean(QLatin1String name) const;

private:
    QJsonValue value(QLatin1String name) const { return m_object.value(name); }
    QJsonObject m_object;
};

/// Nano-units to LiteLLM's floating currency units.
double toUnits(qint64 nanos);
/// A duration like "30d", "168h", "1h", "30s", "2w", "1mo" in milliseconds; Refusal(400) naming
/// @p field otherwise.
qint64 durationMs(const QString &text, QLatin1String field);
/// ISO-8601 UTC with milliseconds, or null.
QJsonValue isoTime(std::optional<qint64> ms);

/// The actor of a master-key call: LiteLLM's `litellm-changed-by` header names the person when
/// automation sends it.
Keys::Actor actorFor(const Http::Request &request);

/// The owner of a key or the user that /user/new names: found by id, then by username; created
/// (a local account without password, as LiteLLM creates users on first mention) when missing.
/// Returns the user id. Runs inside the caller's transaction.
QString ensureUser(Store::Database &db, const QString &userId, const Keys::Actor &actor,
                   const std::function<void(Store::User &)> &settings = {}, bool *created = nullptr);

/// Makes @p userId's subscriptions to @p models active (LiteLLM has no subscriptions: a
/// master-key call that puts a model on a key is the approval). An empty list stands for every
/// enabled, unrestricted model, which is what an unrestricted LiteLLM key may call. Refusal(400)
/// naming models that do not exist.
void grantSubscriptions(Store::Database &db, const QString &userId, const QStringList &models,
                        const Keys::Actor &actor);

/// Applies the key fields LiteLLM's /key/generate and /key/update share to @p key (present
/// fields only; null clears). Refusal(400) on a bad field.
void applyKeyFields(const Fields &fields, Store::ApiKey &key, qint64 now);

/// A key in the shape of LiteLLM's /key/info "info" and /key/generate responses (no secret).
QJsonObject keyInfo(const Store::ApiKey &key);

/// Writes an audit record for a change that is not a key's (users, models).
void auditChange(Store::Database &db, const Keys::Actor &actor, const QString &action,
                 const QString &targetType, const QString &targetId, const QJsonValue &before,
                 const QJsonValue &after);

/// The /user/new, /user/info, /model/info and /model/new handlers.
Reply newUser(const Context &context, const Http::Request &request);
Reply userInfo(const Context &context, const Http::Request &request);
Reply modelInfo(const Context &context, const Http::Request &request);
Reply newModel(const Context &context, const Http::Request &request);
/// /user/update and /model/delete (LiteMaaS and the RHDP tools call them).
Reply updateUser(const Context &context, const Http::Request &request);
Reply deleteModel(const Context &context, const Http::Request &request);

/// /key/generate; /user/new shares it for its auto-created key.
QJsonObject generateKey(const Context &context, const Fields &fields, const Keys::Actor &actor,
                        const Keys::KeyEdit &also = {});

} // namespace Tollgate::Api::LiteLlm
