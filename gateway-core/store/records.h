// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain rows of the store. Times are milliseconds since the epoch (UTC); money is nano-units of
// currency (1e-9); prices are nano-units per 1M tokens; `version` counts updates of the row.
namespace Tollgate::Store {

/// A window into a listing.
struct Page
{
    int limit = 50;
    int offset = 0;
};

/// One page of rows plus the total number of rows matching the filter.
template<typename T> struct PageResult
{
    QList<T> items;
    qint64 total = 0;
};

/// A person: local account or external identity (OpenShift, OIDC).
struct User
{
    QString id;
    QString username;
    QString email;
    QString fullName;
    QString provider = QStringLiteral("local");   // local, openshift, oidc
    QString subject;                              // external id; empty for local accounts
    QStringList roles = {QStringLiteral("user")}; // admin, adminReadonly, user
    QStringList groups;
    QString passwordHash; // argon2id encoded string; empty when none
    bool active = true;
    std::optional<qint64> rpmLimit;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> parallelLimit;
    std::optional<qint64> maxBudget;
    QString budgetDuration;
    std::optional<qint64> budgetResetAt;
    qint64 spend = 0;
    qint64 budgetGeneration = 0; // bumped by every control-plane reset of spend (the data plane adopts it)
    std::optional<qint64> lastLoginAt;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// A model offered through the gateway.
struct Model
{
    QString id; // the public model name, e.g. "granite-3-8b"
    QString displayName;
    QString description;
    QStringList capabilities; // chat, embeddings, tokenize, docling, safety
    qint64 inputPrice = 0;    // per 1M tokens
    qint64 outputPrice = 0;
    qint64 cachedPrice = 0;
    std::optional<qint64> contextWindow;
    bool restricted = false;
    bool enabled = true;
    QJsonObject metadata;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// One upstream serving a model.
struct Deployment
{
    QString id;
    QString modelId;
    QString baseUrl;
    QString servedName;
    QByteArray apiKeyEncrypted; // empty: no upstream credential
    int weight = 1;
    bool enabled = true;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// The state of a user's access to a model.
enum class SubscriptionStatus { Active, Pending, Denied, Inactive, Expired };
QString toString(SubscriptionStatus status);
/// Throws Error(Invalid) for an unknown name.
SubscriptionStatus subscriptionStatusFromString(const QString &name);

/// A user × model subscription (one row per pair, ever).
struct Subscription
{
    QString id;
    QString userId;
    QString modelId;
    SubscriptionStatus status = SubscriptionStatus::Pending;
    QString reason;
    QString statusChangedBy;
    std::optional<qint64> statusChangedAt;
    std::optional<qint64> expiresAt;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// One status transition of a subscription.
struct SubscriptionHistoryEntry
{
    qint64 id = 0;
    QString subscriptionId;
    QString oldStatus; // empty for the creation entry
    QString newStatus;
    QString reason;
    QString actor;
    qint64 at = 0;
};

/// A virtual API key; only hashes of secrets are stored.
struct ApiKey
{
    QString id; // public key id, stable across rotations
    QString userId;
    QString name;
    QString alias;      // unique when not empty
    QString secretHash; // hex SHA-256
    QString displayPrefix;
    QString previousHash; // accepted until previousHashExpiresAt (rotation grace)
    std::optional<qint64> previousHashExpiresAt;
    QStringList models; // empty: every model the owner may use
    std::optional<qint64> rpmLimit;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> parallelLimit;
    QJsonObject modelLimits; // {model: {rpm, tpm}}
    std::optional<qint64> maxBudget;
    QString budgetDuration;
    std::optional<qint64> budgetResetAt;
    std::optional<qint64> softBudget;
    qint64 spend = 0;
    qint64 budgetGeneration = 0; // bumped by every control-plane reset of spend (the data plane adopts it)
    std::optional<qint64> expiresAt;
    std::optional<qint64> revokedAt;
    bool blocked = false;
    QJsonObject metadata;
    std::optional<qint64> lastUsedAt;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// One metered request.
struct UsageRecord
{
    QString requestId;
    qint64 at = 0;
    QString keyId;
    QString userId;
    QString modelId;
    QString deploymentId;
    QString endpoint;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 cost = 0;
    int status = 200; // HTTP status returned to the client
    QString errorCode;
    qint64 latencyMs = 0;
    std::optional<qint64> ttftMs;
    bool streamed = false;
    bool aborted = false;
};

/// Usage summed per UTC day and dimensions (missing dimensions are empty strings).
struct UsageDaily
{
    QString day; // YYYY-MM-DD (UTC)
    QString userId;
    QString keyId;
    QString modelId;
    QString deploymentId;
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 cost = 0;
    qint64 latencyMsSum = 0;
};

/// One audited action: who did what to which object, with the object before and after.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actorId;
    QString actorName;
    QString action;
    QString targetType;
    QString targetId;
    QJsonValue before; // Undefined/Null: none
    QJsonValue after;
    QString sourceAddress;
    QString requestId;
    bool success = true;
};

/// A JSON setting.
struct Setting
{
    QString key;
    QJsonValue value;
    qint64 version = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

/// An image stored for branding.
struct Logo
{
    QByteArray data; // empty: not set
    QString mimeType;
};

/// The single branding row.
struct Branding
{
    QString title;
    QString subtitle;
    QString footer;
    Logo loginLogo;
    Logo headerLogoLight;
    Logo headerLogoDark;
    qint64 version = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

/// An announcement shown in the console.
struct Banner
{
    QString id;
    bool active = false;
    QJsonObject texts;                        // {lang: text}
    QString variant = QStringLiteral("info"); // info, warning, danger, success, default
    bool dismissible = false;
    std::optional<qint64> startsAt;
    std::optional<qint64> endsAt;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString createdBy;
};

} // namespace Tollgate::Store
