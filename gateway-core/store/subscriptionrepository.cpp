// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/subscriptionrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString Columns =
    u"id, user_id, model_id, status, reason, status_changed_by, status_changed_at, expires_at, "
    "version, created_at, updated_at"_s;

Subscription fromRow(const QSqlQuery &q)
{
    Subscription s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.modelId = q.value(2).toString();
    s.status = subscriptionStatusFromString(q.value(3).toString());
    s.reason = q.value(4).toString();
    s.statusChangedBy = q.value(5).toString();
    s.statusChangedAt = optionalInt(q.value(6));
    s.expiresAt = optionalInt(q.value(7));
    s.version = q.value(8).toLongLong();
    s.createdAt = q.value(9).toLongLong();
    s.updatedAt = q.value(10).toLongLong();
    return s;
}

} // namespace

SubscriptionRepository::SubscriptionRepository(Database &db)
    : m_db(db)
{}

void SubscriptionRepository::appendHistory(const QString &subscriptionId, const QString &oldStatus,
                                           const QString &newStatus, const QString &reason,
                                           const QString &actor, qint64 at)
{
    m_db.exec(
        u"INSERT INTO subscription_history (subscription_id, old_status, new_status, reason, actor, at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {subscriptionId, nullIfEmpty(oldStatus), newStatus, reason, nullIfEmpty(actor), at},
        u"write subscription history"_s);
}

Subscription SubscriptionRepository::create(const QString &userId, const QString &modelId,
                                            SubscriptionStatus status, const QString &actor,
                                            const QString &reason, std::optional<qint64> expiresAt)
{
    Subscription s;
    s.id = newId();
    s.userId = userId;
    s.modelId = modelId;
    s.status = status;
    s.reason = reason;
    s.statusChangedBy = actor;
    s.statusChangedAt = m_db.now();
    s.expiresAt = expiresAt;
    s.version = 1;
    s.createdAt = s.updatedAt = *s.statusChangedAt;
    Transaction tx(m_db);
    m_db.exec(u"INSERT INTO subscriptions ("_s + Columns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {s.id, s.userId, s.modelId, toString(s.status), s.reason, nullIfEmpty(actor),
               nullable(s.statusChangedAt), nullable(s.expiresAt), s.version, s.createdAt, s.updatedAt},
              u"create subscription"_s);
    appendHistory(s.id, {}, toString(status), reason, actor, s.createdAt);
    tx.commit();
    return s;
}

std::optional<Subscription> SubscriptionRepository::find(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM subscriptions WHERE id = ?"_s, {id},
                            u"read subscription"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Subscription> SubscriptionRepository::findFor(const QString &userId, const QString &modelId)
{
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM subscriptions WHERE user_id = ? AND model_id = ?"_s,
                  {userId, modelId}, u"read subscription"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

Subscription SubscriptionRepository::setStatus(const QString &id, SubscriptionStatus status,
                                               const QString &actor, const QString &reason,
                                               qint64 expectedVersion,
                                               const std::optional<std::optional<qint64>> &expiresAt)
{
    const qint64 now = m_db.now();
    Transaction tx(m_db);
    // Read inside the transaction so the history's old status is the one actually replaced.
    const std::optional<Subscription> current = find(id);
    if (!current)
        throw Error(Error::Code::NotFound, u"subscription not found"_s);
    if (current->version != expectedVersion)
        throw Error(Error::Code::Conflict, u"subscription was changed by someone else; reload and retry"_s);
    const std::optional<qint64> expiry = expiresAt ? *expiresAt : current->expiresAt;
    QSqlQuery q = m_db.exec(
        u"UPDATE subscriptions SET status = ?, reason = ?, status_changed_by = ?, "
        "status_changed_at = ?, expires_at = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"_s,
        {toString(status), reason, nullIfEmpty(actor), now, nullable(expiry), now, id, expectedVersion},
        u"change subscription status"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"subscriptions"_s, u"id"_s, id, u"subscription"_s);
    appendHistory(id, toString(current->status), toString(status), reason, actor, now);
    tx.commit();
    return *find(id);
}

int SubscriptionRepository::expireDue(qint64 now, const QString &actor, QStringList *expiredIds)
{
    Transaction tx(m_db);
    QSqlQuery due =
        m_db.exec(u"SELECT id FROM subscriptions WHERE status = 'active' AND expires_at IS NOT NULL "
                  "AND expires_at <= ?"_s,
                  {now}, u"find expired subscriptions"_s);
    QStringList ids;
    while (due.next())
        ids << due.value(0).toString();
    const QString reason = u"subscription expired"_s;
    QSqlQuery update =
        m_db.prepare(u"UPDATE subscriptions SET status = 'expired', reason = ?, status_changed_by = ?, "
                     "status_changed_at = ?, version = version + 1, updated_at = ? WHERE id = ?"_s,
                     u"expire subscription"_s);
    for (const QString &id : std::as_const(ids)) {
        m_db.execPrepared(update, {reason, nullIfEmpty(actor), now, now, id}, u"expire subscription"_s);
        appendHistory(id, u"active"_s, u"expired"_s, reason, actor, now);
    }
    tx.commit();
    if (expiredIds)
        *expiredIds = ids;
    return int(ids.size());
}

bool SubscriptionRepository::hasDue(qint64 now)
{
    QSqlQuery q = m_db.exec(u"SELECT 1 FROM subscriptions WHERE status = 'active' AND expires_at IS NOT NULL "
                            "AND expires_at <= ? LIMIT 1"_s,
                            {now}, u"find expired subscriptions"_s);
    return q.next();
}

void SubscriptionRepository::remove(const QString &id)
{
    QSqlQuery q = m_db.exec(u"DELETE FROM subscriptions WHERE id = ?"_s, {id}, u"delete subscription"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"subscription not found"_s);
}

PageResult<Subscription> SubscriptionRepository::list(const SubscriptionFilter &filter, Page page)
{
    Where where;
    if (!filter.userId.isEmpty())
        where.add(u"user_id = ?"_s, {filter.userId});
    if (!filter.modelId.isEmpty())
        where.add(u"model_id = ?"_s, {filter.modelId});
    if (filter.status)
        where.add(u"status = ?"_s, {toString(*filter.status)});
    PageResult<Subscription> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM subscriptions"_s + where.sql(), where.values,
                         u"count subscriptions"_s);
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QString order;
    switch (filter.sort) {
    case SubscriptionFilter::Sort::CreatedAt:
        order = u"created_at"_s;
        break;
    case SubscriptionFilter::Sort::StatusChangedAt:
        order = u"status_changed_at"_s;
        break;
    case SubscriptionFilter::Sort::Status:
        order = u"status"_s;
        break;
    case SubscriptionFilter::Sort::ModelId:
        order = u"model_id"_s;
        break;
    case SubscriptionFilter::Sort::UserId:
        order = u"user_id"_s;
        break;
    }
    const QString direction = filter.descending ? u" DESC"_s : u" ASC"_s;
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM subscriptions"_s + where.sql() + u" ORDER BY "_s + order +
                      direction + u", created_at"_s + direction + u", id LIMIT ? OFFSET ?"_s,
                  values, u"list subscriptions"_s);
    while (q.next())
        result.items << fromRow(q);
    return result;
}

QList<SubscriptionHistoryEntry> SubscriptionRepository::history(const QString &subscriptionId)
{
    QSqlQuery q = m_db.exec(u"SELECT id, subscription_id, old_status, new_status, reason, actor, at "
                            "FROM subscription_history WHERE subscription_id = ? ORDER BY at, id"_s,
                            {subscriptionId}, u"read subscription history"_s);
    QList<SubscriptionHistoryEntry> result;
    while (q.next()) {
        SubscriptionHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.subscriptionId = q.value(1).toString();
        e.oldStatus = q.value(2).toString();
        e.newStatus = q.value(3).toString();
        e.reason = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.at = q.value(6).toLongLong();
        result << e;
    }
    return result;
}

} // namespace Tollgate::Store
