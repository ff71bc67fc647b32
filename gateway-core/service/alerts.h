// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/limits/limittypes.h"
#include "gateway-core/store/alertrepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

/// The alert settings: the alert fields of the general settings (PATCH /api/v1/settings) with
/// their defaults, and the webhook secret, which is kept sealed in a row of its own.
/// The alert fields of the general settings (their defaults are Store::GeneralSettings::defaults()).
struct AlertSettings
{
    QStringList webhookUrls;
    QByteArray webhookSecret; ///< empty: deliveries are not signed
    int keyExpiryWarningDays = 0;
    int userSoftBudgetPercent = 0; ///< a user's soft threshold, percent of max_budget; 0 = none
    qint64 retryBaseMs = 0;        ///< first retry delay; later ones are 3, 12, 60 and 360 times it

    /// The settings row that holds the sealed secret.
    static const QString SecretSetting;
    static AlertSettings read(Store::Database &db, QByteArrayView masterKey);
};

/// Recording alert events: each new event (deduplicated by subject, window and threshold) gets an
/// audit entry and one pending webhook delivery per configured URL, in one transaction.
namespace Alerts {

/// Records a budget event the limiter reported at @p occurredAt (0: now); true when it was new. Key×model
/// events are not alerts (key×model subjects have no budget).
bool recordBudgetEvent(Store::Database &db, const Limits::BudgetEvent &event, qint64 occurredAt = 0);
/// Records a warning for every key that expires within the keyExpiryWarningDays setting and was
/// not warned about for that expiry yet; returns how many are new.
int warnExpiringKeys(Store::Database &db, qint64 now);
/// Records an admin's test event and its deliveries (one per URL), due in a minute so the
/// caller can try them first. Empty when no webhook URL is set.
QList<Store::AlertDelivery> recordTest(Store::Database &db, const QString &actorId, const QString &actorName);

/// The JSON body a webhook receives: {id, type, occurredAt, subject{kind,id,name,user}, details}.
QJsonObject payload(const Store::AlertEvent &event);
/// "sha256=<hex HMAC-SHA256 of body>".
QByteArray signature(QByteArrayView body, QByteArrayView secret);
/// The wait after the @p attempts-th failed attempt, or -1 when the delivery has failed for good.
qint64 retryDelayMs(int attempts, qint64 baseMs);

} // namespace Alerts

/// Sends webhook deliveries: one POST per delivery with a timeout, the outcome stored, retries
/// scheduled with backoff. Blocks its thread for at most the timeout per delivery.
class WebhookSender final
{
public:
    WebhookSender(Store::Database &db, QByteArray masterKey, int timeoutMs = 10'000);

    /// Tries @p delivery now and returns it as stored afterwards.
    Store::AlertDelivery attempt(const Store::AlertDelivery &delivery);
    /// Tries every due delivery if this replica gets the alert-delivery lease (one sender across
    /// replicas); returns how many it tried.
    int sendDue(const QString &replica);

private:
    Store::Database &m_db;
    QByteArray m_masterKey;
    int m_timeoutMs;
};

/// The control side of alerting in a running server. The data plane hands budget events to
/// post() (no I/O, a short lock; events are rare: once per subject and window); a thread of its
/// own records them in the store and sends the webhook deliveries that are due.
class AlertDispatcher final
{
public:
    AlertDispatcher(std::shared_ptr<Store::Database> db, QByteArray masterKey, std::function<bool()> ready,
                    int tickMs = 500);
    ~AlertDispatcher();
    AlertDispatcher(const AlertDispatcher &) = delete;
    AlertDispatcher &operator=(const AlertDispatcher &) = delete;

    void start();
    /// Queues @p event for recording; callable from any thread.
    void post(const Limits::BudgetEvent &event);
    /// Records what is queued now, on the caller's thread (shutdown); false when the store failed.
    bool recordQueued();

private:
    void tick();

    std::shared_ptr<Store::Database> m_db;
    QByteArray m_masterKey;
    std::function<bool()> m_ready;
    int m_tickMs;
    std::mutex m_mutex;
    struct Queued
    {
        Limits::BudgetEvent event;
        qint64 at = 0;
    };
    std::vector<Queued> m_queue;
    QThread m_thread;
    QObject *m_timer = nullptr;
};

} // namespace Tollgate::Service
