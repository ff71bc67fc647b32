// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/alerts.h"

#include "gateway-core/service/jobrunner.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/generalsettings.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/secretbox.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAlerts, "tollgate.alerts")

using namespace Qt::StringLiterals;

namespace Tollgate::Service {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
/// A sender that dies mid-pass frees the lease after this long.
constexpr qint64 LeaseMs = 5LL * 60 * 1000;
constexpr int DeliveriesPerPass = 10;
/// Events waiting for an unreachable store; beyond this the oldest are dropped (and logged).
constexpr size_t MaxQueued = 10'000;
const QString LeaseName = u"alert-delivery"_s;

QJsonValue isoTime(qint64 ms)
{
    return ms > 0
               ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs))
               : QJsonValue();
}

/// Stores @p event unless it is a repeat; when new, audits it and queues a delivery per URL.
bool recordEvent(Store::Database &db, Store::AlertEvent &event, qint64 firstAttemptAt,
                 QList<Store::AlertDelivery> *deliveries = nullptr, const QString &actorId = {},
                 const QString &actorName = u"alerts"_s)
{
    const AlertSettings settings = AlertSettings::read(db, {});
    Store::Transaction tx(db);
    Store::AlertRepository repo(db);
    if (!repo.insertEvent(event))
        return false;
    Store::AuditEntry entry;
    entry.at = event.occurredAt;
    entry.actorId = actorId;
    entry.actorName = actorName;
    entry.action = u"alert."_s + event.type;
    entry.targetType = event.subjectKind;
    entry.targetId = event.subjectId;
    entry.after = Alerts::payload(event);
    Store::AuditRepository(db).append(entry);
    for (const QString &url : settings.webhookUrls) {
        Store::AlertDelivery d = repo.addDelivery(event.id, url, firstAttemptAt);
        if (deliveries)
            deliveries->append(d);
    }
    tx.commit();
    qCInfo(lcAlerts, "%s: %s %s", qUtf8Printable(event.type), qUtf8Printable(event.subjectKind),
           qUtf8Printable(event.subjectId));
    return true;
}

/// The response of one POST, or why there was none.
struct PostOutcome
{
    std::optional<qint64> status;
    QString error;
};

PostOutcome post(const QUrl &url, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    // The request runs on a thread of its own with its own event loop: the caller (the alerts
    // thread, or the control thread for a test send) only waits, so none of its own timers or
    // queued calls can run in the middle, and the transfer timeout bounds the wait.
    PostOutcome out;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QNetworkAccessManager manager;
        manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setHeader(QNetworkRequest::UserAgentHeader, u"Tollgate-Alerts/1"_s);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            out.status = status.toLongLong();
        if (!out.status)
            out.error = reply->error() == QNetworkReply::OperationCanceledError
                            ? u"no answer within %1 ms"_s.arg(timeoutMs)
                            : reply->errorString();
        else if (*out.status < 200 || *out.status > 299)
            out.error = u"HTTP %1: %2"_s.arg(*out.status).arg(QString::fromUtf8(reply->read(200)));
    }));
    thread->setObjectName(u"alert-webhook"_s);
    thread->start();
    thread->wait();
    return out;
}

} // namespace

const QString AlertSettings::SecretSetting = u"alerts.webhookSecret"_s;

AlertSettings AlertSettings::read(Store::Database &db, QByteArrayView masterKey)
{
    Store::SettingsRepository repo(db);
    const QJsonObject general = Store::GeneralSettings::stored(repo);
    AlertSettings s;
    for (const QJsonValue &url : general.value("alertWebhookUrls"_L1).toArray())
        s.webhookUrls << url.toString();
    s.keyExpiryWarningDays = general.value("alertKeyExpiryWarningDays"_L1).toInt();
    s.userSoftBudgetPercent = general.value("alertUserSoftBudgetPercent"_L1).toInt();
    s.retryBaseMs = general.value("alertRetryBaseMs"_L1).toInteger();
    if (!masterKey.isEmpty()) {
        const QByteArray sealed = QByteArray::fromBase64(repo.value(SecretSetting).toString().toLatin1());
        if (!sealed.isEmpty())
            s.webhookSecret = Util::SecretBox(masterKey).open(sealed).value_or(QByteArray());
    }
    return s;
}

namespace Alerts {

QJsonObject payload(const Store::AlertEvent &event)
{
    const QJsonValue user =
        event.userId.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonObject{{u"id"_s, event.userId}, {u"name"_s, event.userName}});
    return {{u"id"_s, event.id},
            {u"type"_s, event.type},
            {u"occurredAt"_s, isoTime(event.occurredAt)},
            {u"subject"_s, QJsonObject{{u"kind"_s, event.subjectKind},
                                       {u"id"_s, event.subjectId},
                                       {u"name"_s, event.subjectName},
                                       {u"user"_s, user}}},
            {u"details"_s, event.details}};
}

QByteArray signature(QByteArrayView body, QByteArrayView secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body.toByteArray(), secret.toByteArray(),
                                                        QCryptographicHash::Sha256)
                           .toHex();
}

qint64 retryDelayMs(int attempts, qint64 baseMs)
{
    // 10 s, 30 s, 2 min, 10 min, 1 h with the default base; then the delivery has failed.
    static constexpr qint64 Factors[] = {1, 3, 12, 60, 360};
    if (attempts < 1 || attempts > int(std::size(Factors)))
        return -1;
    return baseMs * Factors[attempts - 1];
}

bool recordBudgetEvent(Store::Database &db, const Limits::BudgetEvent &event, qint64 occurredAt)
{
    if (event.subject == Limits::SubjectKind::KeyModel)
        return false;
    Store::AlertEvent a;
    a.type = event.kind == Limits::BudgetEvent::Kind::SoftBudgetCrossed ? u"soft_budget_crossed"_s
                                                                        : u"budget_exhausted"_s;
    a.subjectId = QString::fromUtf8(event.id);
    a.occurredAt = occurredAt;
    if (event.subject == Limits::SubjectKind::Key) {
        QSqlQuery q = db.exec(
            u"SELECT k.name, k.user_id, u.username FROM api_keys k LEFT JOIN users u ON u.id = k.user_id "
            "WHERE k.id = ?"_s,
            {a.subjectId}, u"read alert key"_s);
        if (!q.next())
            return false; // deleted since
        a.subjectKind = u"key"_s;
        a.subjectName = q.value(0).toString();
        a.userId = q.value(1).toString();
        a.userName = q.value(2).toString();
    } else {
        QSqlQuery q =
            db.exec(u"SELECT username FROM users WHERE id = ?"_s, {a.subjectId}, u"read alert user"_s);
        if (!q.next())
            return false;
        a.subjectKind = u"user"_s;
        a.subjectName = q.value(0).toString();
        a.userId = a.subjectId;
        a.userName = a.subjectName;
    }
    // Once per subject, budget window and threshold: a raised budget can alert again.
    a.dedupeKey =
        u"%1:%2:%3:%4:%5"_s.arg(a.type, a.subjectKind, a.subjectId).arg(event.resetAtMs).arg(event.threshold);
    a.details = {{u"spend"_s, Util::formatNanos(event.spend)},
                 {u"budget"_s, Util::formatNanos(event.threshold)},
                 {u"resetAt"_s, isoTime(event.resetAtMs)}};
    return recordEvent(db, a, db.now());
}

int warnExpiringKeys(Store::Database &db, qint64 now)
{
    const AlertSettings settings = AlertSettings::read(db, {});
    if (settings.keyExpiryWarningDays <= 0)
        return 0;
    QSqlQuery q =
        db.exec(u"SELECT k.id, k.name, k.user_id, u.username, k.expires_at FROM api_keys k "
                "LEFT JOIN users u ON u.id = k.user_id WHERE k.expires_at IS NOT NULL AND k.expires_at > ? "
                "AND k.expires_at <= ? AND k.revoked_at IS NULL ORDER BY k.expires_at"_s,
                {now, now + settings.keyExpiryWarningDays * DayMs}, u"find expiring keys"_s);
    QList<Store::AlertEvent> events;
    while (q.next()) {
        Store::AlertEvent a;
        a.type = u"key_expiring"_s;
        a.subjectKind = u"key"_s;
        a.subjectId = q.value(0).toString();
        a.subjectName = q.value(1).toString();
        a.userId = q.value(2).toString();
        a.userName = q.value(3).toString();
        const qint64 expiresAt = q.value(4).toLongLong();
        a.dedupeKey = u"key_expiring:key:%1:%2"_s.arg(a.subjectId).arg(expiresAt);
        a.details = {{u"expiresAt"_s, isoTime(expiresAt)},
                     {u"daysLeft"_s, double((expiresAt - now + DayMs - 1) / DayMs)},
                     {u"warningDays"_s, settings.keyExpiryWarningDays}};
        events << a;
    }
    int added = 0;
    for (Store::AlertEvent &a : events)
        added += recordEvent(db, a, now) ? 1 : 0;
    return added;
}

QList<Store::AlertDelivery> recordTest(Store::Database &db, const QString &actorId, const QString &actorName)
{
    Store::AlertEvent a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.type = u"test"_s;
    a.subjectKind = u"system"_s;
    a.subjectId = u"tollgate"_s;
    a.subjectName = u"Tollgate"_s;
    a.dedupeKey = u"test:"_s + a.id;
    a.details = {{u"message"_s, u"A test alert sent by %1."_s.arg(actorName)}};
    QList<Store::AlertDelivery> deliveries;
    recordEvent(db, a, db.now() + 60'000, &deliveries, actorId, actorName);
    return deliveries;
}

} // namespace Alerts

WebhookSender::WebhookSender(Store::Database &db, QByteArray masterKey, int timeoutMs)
    : m_db(db)
    , m_masterKey(std::move(masterKey))
    , m_timeoutMs(timeoutMs)
{}

Store::AlertDelivery WebhookSender::attempt(const Store::AlertDelivery &delivery)
{
    Store::AlertRepository repo(m_db);
    const AlertSettings settings = AlertSettings::read(m_db, m_masterKey);
    const std::optional<Store::AlertEvent> event = repo.findEvent(delivery.eventId);
    const QUrl url(delivery.url, QUrl::StrictMode);
    PostOutcome outcome;
    if (!event) {
        outcome.error = u"the event no longer exists"_s;
    } else if (!url.isValid() || url.host().isEmpty() ||
               (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        outcome.error = u"not an http(s) URL"_s;
    } else {
        const QByteArray body = QJsonDocument(Alerts::payload(*event)).toJson(QJsonDocument::Compact);
        QList<std::pair<QByteArray, QByteArray>> headers{{"X-Tollgate-Event", event->type.toUtf8()},
                                                         {"X-Tollgate-Delivery", delivery.id.toUtf8()}};
        if (!settings.webhookSecret.isEmpty())
            headers.append({"X-Tollgate-Signature", Alerts::signature(body, settings.webhookSecret)});
        outcome = post(url, body, headers, m_timeoutMs);
    }
    const qint64 now = m_db.now();
    const bool ok = outcome.error.isEmpty();
    const qint64 delay =
        ok || !event ? -1 : Alerts::retryDelayMs(delivery.attempts + 1, settings.retryBaseMs);
    const QString state = ok ? u"delivered"_s : delay < 0 ? u"failed"_s : u"pending"_s;
    repo.recordAttempt(delivery.id, now, state, outcome.status, outcome.error, delay < 0 ? now : now + delay);
    if (!ok)
        qCWarning(lcAlerts, "webhook delivery %s (attempt %d): %s; %s", qUtf8Printable(delivery.id),
                  delivery.attempts + 1, qUtf8Printable(outcome.error), qUtf8Printable(state));
    return repo.findDelivery(delivery.id).value_or(delivery);
}

int WebhookSender::sendDue(const QString &replica)
{
    Store::AlertRepository repo(m_db);
    // Reading first keeps an idle sender from writing the lease row twice a second.
    if (repo.dueDeliveries(m_db.now(), 1).isEmpty())
        return 0;
    if (!takeJobLease(m_db, LeaseName, replica, m_db.now(), LeaseMs))
        return 0;
    int tried = 0;
    try {
        for (const Store::AlertDelivery &d : repo.dueDeliveries(m_db.now(), DeliveriesPerPass)) {
            attempt(d);
            ++tried;
        }
    } catch (...) {
        releaseJobLease(m_db, LeaseName, replica);
        throw;
    }
    releaseJobLease(m_db, LeaseName, replica);
    return tried;
}

AlertDispatcher::AlertDispatcher(std::shared_ptr<Store::Database> db, QByteArray masterKey,
                                 std::function<bool()> ready, int tickMs)
    : m_db(std::move(db))
    , m_masterKey(std::move(masterKey))
    , m_ready(std::move(ready))
    , m_tickMs(tickMs)
{
    m_thread.setObjectName(u"alerts"_s);
}

AlertDispatcher::~AlertDispatcher()
{
    if (m_timer) {
        QObject *timer = m_timer;
        QMetaObject::invokeMethod(
            timer, [timer] { delete timer; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void AlertDispatcher::start()
{
    auto *timer = new QTimer;
    timer->setInterval(m_tickMs);
    timer->moveToThread(&m_thread);
    m_timer = timer;
    QObject::connect(timer, &QTimer::timeout, timer, [this] { tick(); });
    QObject::connect(&m_thread, &QThread::started, timer, [timer] { timer->start(); });
    m_thread.start();
}

void AlertDispatcher::post(const Limits::BudgetEvent &event)
{
    std::lock_guard lock(m_mutex);
    if (m_queue.size() >= MaxQueued) {
        qCWarning(lcAlerts, "alert queue full: an alert for %s is dropped", event.id.constData());
        return;
    }
    m_queue.push_back({event, QDateTime::currentMSecsSinceEpoch()});
}

bool AlertDispatcher::recordQueued()
{
    std::vector<Queued> events;
    {
        std::lock_guard lock(m_mutex);
        events.swap(m_queue);
    }
    size_t done = 0;
    try {
        for (; done < events.size(); ++done)
            Alerts::recordBudgetEvent(*m_db, events[done].event, events[done].at);
    } catch (const std::exception &e) {
        // The store is unreachable: keep what is left for the next try.
        qCWarning(lcAlerts) << "recording alerts:" << e.what();
        std::lock_guard lock(m_mutex);
        m_queue.insert(m_queue.begin(), events.begin() + qsizetype(done), events.end());
        return false;
    }
    return true;
}

void AlertDispatcher::tick()
{
    if (m_ready && !m_ready())
        return;
    if (!recordQueued())
        return;
    try {
        WebhookSender(*m_db, m_masterKey).sendDue(JobRunner::defaultReplica());
    } catch (const std::exception &e) {
        qCWarning(lcAlerts) << "sending alerts:" << e.what();
    }
}

} // namespace Tollgate::Service
