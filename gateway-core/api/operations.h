// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

namespace Tollgate::Api {

/// Long control-plane operations (a backup, a restore) that run off the control thread and are
/// polled at GET /api/v1/operations/{id}. Kept in memory: an operation belongs to the replica that
/// runs it. Thread-safe.
class Operations final
{
public:
    /// Registers a running operation of @p kind and returns its id.
    QString start(const QString &kind, const QString &target);
    void progress(const QString &id, int percent, const QString &phase);
    /// Marks it succeeded with @p result (shown under "result").
    void succeed(const QString &id, const QJsonObject &result);
    void fail(const QString &id, const QString &error);
    /// The operation as JSON: id, kind, target, state (running, succeeded, failed), percent, phase,
    /// error, result, startedAt, finishedAt; empty when there is no such operation.
    QJsonObject find(const QString &id) const;
    /// The operation when it changed (percent, phase or state) since @p *revision, which is then
    /// advanced; an empty object when nothing changed or there is no such operation.
    QJsonObject changedSince(const QString &id, quint64 *revision) const;

private:
    struct Entry
    {
        QJsonObject json;
        quint64 revision = 1;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_operations;
};

} // namespace Tollgate::Api
