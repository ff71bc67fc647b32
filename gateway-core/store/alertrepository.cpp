// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/alertrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString EventColumns = u"e.id, e.dedupe_key, e.type, e.subject_kind, e.subject_id, e.subject_name, "
                             "e.user_id, e.user_name, e.details, e.occurred_at"_s;
const QString DeliveryColumns =
    u"d.id, d.event_id, e.type, d.url, d.state, d.attempts, d.next_attempt_at, "
    "d.last_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at"_s;

AlertEvent eventFromRow(const QSqlQuery &q)
{
    AlertEvent e;
    e.id = q.value(0).toString();
    e.dedupeKey = q.value(1).toString();
    e.type = q.value(2).toString();
    e.subjectKind = q.value(3).toString();
    e.subjectId = q.value(4).toString();
    e.subjectName = q.value(5).toString();
    e.userId = q.value(6).toString();
    e.userName = q.value(7).toString();
    e.details = objectFromColumn(q.value(8));
    e.occurredAt = q.value(9).toLongLong();
    return e;
}

AlertDelivery deliveryFromRow(const QSqlQuery &q)
{
    AlertDelivery d;
    d.id = q.value(0).toString();
    d.eventId = q.value(1).toString();
    d.eventType = q.value(2).toString();
    d.url = q.value(3).toString();
    d.state = q.value(4).toString();
    d.attempts = q.value(5).toInt();
    d.nextAttemptAt = q.value(6).toLongLong();
    d.lastAttemptAt = optionalInt(q.value(7));
    d.lastStatus = optionalInt(q.value(8));
    d.lastError = q.value(9).toString();
    d.deliveredAt = optionalInt(q.value(10));
    d.createdAt = q.value(11).toLongLong();
    return d;
}

/// The feed of a filter: test events are for the webhook only.
Where feedWhere(const NotificationFilter &filter, bool unreadOnly)
{
    Where where;
    where.add(u"e.type <> 'test'"_s, {});
    if (!filter.all)
        where.add(u"e.user_id = ?"_s, {filter.viewerId});
    if (unreadOnly)
        where.add(u"r.event_id IS NULL"_s, {});
    return where;
}

const QString FeedFrom =
    u" FROM alert_events e LEFT JOIN alert_reads r ON r.event_id = e.id AND r.user_id = ?"_s;

} // namespace

AlertRepository::AlertRepository(Database &db)
    : m_db(db)
{}

bool AlertRepository::insertEvent(AlertEvent &event)
{
    if (event.id.isEmpty())
        event.id = newId();
    if (event.occurredAt == 0)
        event.occurredAt = m_db.now();
    // The dedupe key decides: of several replicas (or a restarted one) reporting the same
    // crossing, exactly one inserts a row.
    QSqlQuery q = m_db.exec(
        u"INSERT INTO alert_events (id, dedupe_key, type, subject_kind, subject_id, subject_name, "
        "user_id, user_name, details, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dedupe_key) DO NOTHING"_s,
        {event.id, event.dedupeKey, event.type, event.subjectKind, event.subjectId, event.subjectName,
         nullIfEmpty(event.userId), event.userName, toJson(event.details), event.occurredAt},
        u"record alert event"_s);
    return q.numRowsAffected() == 1;
}

std::optional<AlertEvent> AlertRepository::findEvent(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + EventColumns + u" FROM alert_events e WHERE e.id = ?"_s, {id},
                            u"read alert event"_s);
    if (!q.next())
        return std::nullopt;
    return eventFromRow(q);
}

PageResult<AlertEvent> AlertRepository::notifications(const NotificationFilter &filter, Page page)
{
    const Where where = feedWhere(filter, filter.unreadOnly);
    QVariantList values{filter.viewerId};
    values << where.values;
    PageResult<AlertEvent> result;
    result.total =
        count(m_db, u"SELECT COUNT(*)"_s + FeedFrom + where.sql(), values, u"count notifications"_s);
    values << page.limit << page.offset;
    const QString order =
        filter.ascending ? u" ORDER BY e.occurred_at, e.id"_s : u" ORDER BY e.occurred_at DESC, e.id DESC"_s;
    QSqlQuery q = m_db.exec(u"SELECT "_s + EventColumns + u", r.at"_s + FeedFrom + where.sql() + order +
                                u" LIMIT ? OFFSET ?"_s,
                            values, u"list notifications"_s);
    while (q.next()) {
        AlertEvent e = eventFromRow(q);
        e.readAt = optionalInt(q.value(10));
        result.items << e;
    }
    return result;
}

qint64 AlertRepository::unreadCount(const NotificationFilter &filter)
{
    const Where where = feedWhere(filter, true);
    QVariantList values{filter.viewerId};
    values << where.values;
    return count(m_db, u"SELECT COUNT(*)"_s + FeedFrom + where.sql(), values,
                 u"count unread notifications"_s);
}

bool AlertRepository::markRead(const QString &eventId, const QString &viewerId, bool all)
{
    const std::optional<AlertEvent> event = findEvent(eventId);
    if (!event || event->type == u"test"_s || (!all && event->userId != viewerId))
        return false;
    m_db.exec(u"INSERT INTO alert_reads (event_id, user_id, at) VALUES (?, ?, ?) "
              "ON CONFLICT (event_id, user_id) DO NOTHING"_s,
              {eventId, viewerId, m_db.now()}, u"mark notification read"_s);
    return true;
}

int AlertRepository::markAllRead(const NotificationFilter &filter)
{
    const Where where = feedWhere(filter, true);
    QVariantList values{filter.viewerId, m_db.now(), filter.viewerId};
    values << where.values;
    QSqlQuery q = m_db.exec(u"INSERT INTO alert_reads (event_id, user_id, at) SELECT e.id, ?, ?"_s +
                                FeedFrom + where.sql() + u" ON CONFLICT (event_id, user_id) DO NOTHING"_s,
                            values, u"mark notifications read"_s);
    return q.numRowsAffected();
}

AlertDelivery AlertRepository::addDelivery(const QString &eventId, const QString &url, qint64 firstAttemptAt)
{
    AlertDelivery d;
    d.id = newId();
    d.eventId = eventId;
    d.url = url;
    d.state = u"pending"_s;
    d.nextAttemptAt = firstAttemptAt;
    d.createdAt = m_db.now();
    m_db.exec(u"INSERT INTO alert_deliveries (id, event_id, url, state, next_attempt_at, created_at) "
              "VALUES (?, ?, ?, 'pending', ?, ?)"_s,
              {d.id, eventId, url, firstAttemptAt, d.createdAt}, u"add alert delivery"_s);
    return d;
}

std::optional<AlertDelivery> AlertRepository::findDelivery(const QString &id)
{
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + DeliveryColumns +
                      u" FROM alert_deliveries d JOIN alert_events e ON e.id = d.event_id WHERE d.id = ?"_s,
                  {id}, u"read alert delivery"_s);
    if (!q.next())
        return std::nullopt;
    return deliveryFromRow(q);
}

QList<AlertDelivery> AlertRepository::dueDeliveries(qint64 now, int limit)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + DeliveryColumns +
                                u" FROM alert_deliveries d JOIN alert_events e ON e.id = d.event_id "
                                "WHERE d.state = 'pending' AND d.next_attempt_at <= ? "
                                "ORDER BY d.next_attempt_at, d.id LIMIT ?"_s,
                            {now, limit}, u"read due alert deliveries"_s);
    QList<AlertDelivery> due;
    while (q.next())
        due << deliveryFromRow(q);
    return due;
}

void AlertRepository::recordAttempt(const QString &id, qint64 at, const QString &state,
                                    std::optional<qint64> status, const QString &error, qint64 nextAttemptAt)
{
    m_db.exec(u"UPDATE alert_deliveries SET state = ?, attempts = attempts + 1, last_attempt_at = ?, "
              "last_status = ?, last_error = ?, next_attempt_at = ?, delivered_at = ? WHERE id = ?"_s,
              {state, at, nullable(status), nullIfEmpty(error), nextAttemptAt,
               state == u"delivered"_s ? QVariant(at) : QVariant(QMetaType::fromType<qint64>()), id},
              u"record alert delivery attempt"_s);
}

PageResult<AlertDelivery> AlertRepository::deliveries(const QString &state, const QString &eventId, Page page,
                                                      bool ascending)
{
    Where where;
    if (!state.isEmpty())
        where.add(u"d.state = ?"_s, {state});
    if (!eventId.isEmpty())
        where.add(u"d.event_id = ?"_s, {eventId});
    PageResult<AlertDelivery> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM alert_deliveries d"_s + where.sql(), where.values,
                         u"count alert deliveries"_s);
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QSqlQuery q = m_db.exec(
        u"SELECT "_s + DeliveryColumns +
            u" FROM alert_deliveries d JOIN alert_events e ON e.id = d.event_id"_s + where.sql() +
            (ascending ? u" ORDER BY d.created_at, d.id"_s : u" ORDER BY d.created_at DESC, d.id DESC"_s) +
            u" LIMIT ? OFFSET ?"_s,
        values, u"list alert deliveries"_s);
    while (q.next())
        result.items << deliveryFromRow(q);
    return result;
}

} // namespace Tollgate::Store
