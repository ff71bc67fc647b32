// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Api {

/// Long control-plane operations (a backup, a restore) that run off the control thread and are
/// polled at GET /api/v1/operations/{id}. The replica that runs one keeps it in memory; with a
/// shared store it also publishes it there, with a heartbeat, so every replica can report it (and
/// reports it failed once its replica stopped beating). Thread-safe.
class Operations final
{
public:
    /// @p shared: the store replicas share (null: memory only, as for SQLite's single process);
    /// @p owner: this replica's id.
    explicit Operations(std::shared_ptr<Store::Database> shared = {}, QString owner = {});
    ~Operations();
    Q_DISABLE_COPY_MOVE(Operations)

    /// Registers a running operation of @p kind and returns its id (@p id when given).
    QString start(const QString &kind, const QString &target, const QString &id = {});
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
    /// Applies @p change to operation @p id (a no-op when it answers false) and has it published.
    template<typename Change> void update(const QString &id, Change change);
    void publish(const QString &id, const Entry &entry) const;
    /// The publisher thread: writes changed operations and renews the heartbeat.
    void publishLoop();
    /// Operation @p id as another replica published it (empty when unknown), with its revision.
    Entry published(const QString &id) const;

    std::shared_ptr<Store::Database> m_shared;
    QString m_owner;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_operations;
    QSet<QString> m_changed; ///< not published yet
    QWaitCondition m_wake;
    bool m_stopping = false;
    QThread *m_publisher = nullptr;
};

} // namespace Tollgate::Api
