// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

/// Opens and migrates the store on its own thread, then probes it every second, so a slow or
/// unreachable database never stalls an event loop that serves requests. ready() is lock-free.
class StoreMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreMonitor)

public:
    explicit StoreMonitor(std::shared_ptr<Store::Database> database, QObject *parent = nullptr);
    ~StoreMonitor() override;

    /// Runs once on the monitor thread after the migrations, before the store counts as ready
    /// (loading caches, applying declarations); an exception makes the next probe try again.
    void setInitializer(std::function<void(Store::Database &)> initializer);
    /// Runs on every probe once initialized (about once a second): picks up changes other
    /// replicas made; an exception is logged and the next probe tries again.
    void setRefresher(std::function<void(Store::Database &)> refresher);
    void start();
    /// Runs the refresher now instead of at the next probe and returns once it ran, so a
    /// control-plane change is in the data plane's caches before its reply goes out.
    void refreshAndWait();
    /// True once migrations ran and the last probe answered.
    bool ready() const { return m_ready.load(std::memory_order_acquire); }
    /// Why the store is not ready (English, no secrets); empty when ready.
    QString problem() const;

Q_SIGNALS:
    /// The store became reachable (true) or unreachable (false).
    void readinessChanged(bool ready);
    /// Migrations failed in a way retrying cannot fix (e.g. a schema newer than this binary).
    void fatalError(const QString &message);

private:
    class Probe;
    std::shared_ptr<Store::Database> m_database;
    QThread m_thread;
    Probe *m_probe = nullptr;
    std::function<void(Store::Database &)> m_initializer;
    std::function<void(Store::Database &)> m_refresher;
    std::atomic<bool> m_ready{false};
};

} // namespace Tollgate::Service
