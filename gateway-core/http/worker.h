// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/server.h"

#include <QObject>
#include <QRandomGenerator64>

#include <atomic>
#include <unordered_set>

class QSocketNotifier;
class QTimer;

namespace Tollgate::Http {

class Connection;

/// The event loop of one worker thread: accepts on its own SO_REUSEPORT socket and owns its
/// connections, so nothing here is shared with other workers.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    Worker(int index, int listenFd, std::shared_ptr<const Router> router, const ServerOptions &options,
           std::atomic<int> *connectionCount);
    ~Worker() override;

    /// Runs in the worker thread once it is up.
    void start();
    void drain(int timeoutMs);

    int index() const { return m_index; }
    const ServerOptions &options() const { return m_options; }
    const Router &router() const { return *m_router; }
    /// Coarse clock (ms since the worker started), refreshed by the event loop.
    qint64 nowMs() const;
    const QByteArray &dateHeader() const { return m_date; }
    QByteArray newRequestId();
    bool isDraining() const { return m_draining; }

    void removeConnection(Connection *connection);

Q_SIGNALS:
    void drained();

private:
    void acceptPending();
    void tick();
    void refreshDate();
    void checkDrained();

    int m_index;
    int m_listenFd;
    std::shared_ptr<const Router> m_router;
    ServerOptions m_options;
    std::atomic<int> *m_connectionCount;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_tick = nullptr;
    std::unordered_set<Connection *> m_connections;
    QByteArray m_date;
    QRandomGenerator64 m_random;
    qint64 m_drainDeadline = 0;
    bool m_draining = false;
    bool m_drainedSent = false;
};

} // namespace Tollgate::Http
