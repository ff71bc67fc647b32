// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QJsonObject>

#include <optional>

namespace Tollgate::Store {

class Database;

/// Something the alerting layer tells people about: a budget crossing, an exhausted budget, a key
/// about to expire, or an admin's test. The notifications feed lists these.
struct AlertEvent
{
    QString id;
    QString dedupeKey;   ///< unique: the subject, its budget window and the threshold
    QString type;        ///< soft_budget_crossed, budget_exhausted, key_expiring, test
    QString subjectKind; ///< key, user, system
    QString subjectId;
    QString subjectName;
    QString userId; ///< who the event is about and whose feed shows it (empty: admins only)
    QString userName;
    QJsonObject details;
    qint64 occurredAt = 0;
    std::optional<qint64> readAt; ///< when the viewer of a list marked it read
};

/// One webhook POST of an event to one URL, with its retry state.
struct AlertDelivery
{
    QString id;
    QString eventId;
    QString eventType;
    QString url;
    QString state; ///< pending, delivered, failed
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> lastAttemptAt;
    std::optional<qint64> lastStatus;
    QString lastError;
    std::optional<qint64> deliveredAt;
    qint64 createdAt = 0;
};

/// Who reads the feed and how much of it.
struct NotificationFilter
{
    QString viewerId; ///< read marks are per viewer
    bool all = false; ///< every event (admins) instead of the viewer's own
    bool unreadOnly = false;
    bool ascending = false; ///< oldest first
};

/// Alert events, their per-user read marks and their webhook deliveries.
class AlertRepository final
{
public:
    explicit AlertRepository(Database &db);

    /// Inserts @p event (id and time filled when empty) unless an event with its dedupe key
    /// exists; true when it was new. Safe to call from several replicas at once.
    bool insertEvent(AlertEvent &event);
    std::optional<AlertEvent> findEvent(const QString &id);
    /// Newest first; test events are not part of the feed.
    PageResult<AlertEvent> notifications(const NotificationFilter &filter, Page page = {});
    /// Unread events of the filter (its unreadOnly is ignored).
    qint64 unreadCount(const NotificationFilter &filter);
    /// Marks one event read for @p viewerId; false when the viewer cannot see it.
    bool markRead(const QString &eventId, const QString &viewerId, bool all);
    /// Marks every event the filter shows read; returns how many were unread.
    int markAllRead(const NotificationFilter &filter);

    /// A pending delivery of @p eventId to @p url, first tried at @p firstAttemptAt.
    AlertDelivery addDelivery(const QString &eventId, const QString &url, qint64 firstAttemptAt);
    std::optional<AlertDelivery> findDelivery(const QString &id);
    /// Pending deliveries due at @p now, oldest due first.
    QList<AlertDelivery> dueDeliveries(qint64 now, int limit);
    /// Stores the outcome of an attempt: delivered, failed for good, or pending until @p nextAttemptAt.
    void recordAttempt(const QString &id, qint64 at, const QString &state, std::optional<qint64> status,
                       const QString &error, qint64 nextAttemptAt);
    /// Newest first (oldest with @p ascending); @p state and @p eventId filter when not empty.
    PageResult<AlertDelivery> deliveries(const QString &state, const QString &eventId, Page page = {},
                                         bool ascending = false);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
