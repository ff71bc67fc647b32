// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/storemonitor.h"

#include "gateway-core/store/database.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStore, "tollgate.store")

namespace Tollgate::Service {

/// Lives on the monitor thread; owns that thread's database connection.
class StoreMonitor::Probe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Probe)

public:
    Probe(StoreMonitor *owner, std::shared_ptr<Store::Database> database)
        : m_owner(owner)
        , m_database(std::move(database))
    {
    }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &Probe::check);
        check();
        m_timer->start();
    }

    void refreshNow()
    {
        if (m_initialized)
            check();
    }

    QString problem() const
    {
        QMutexLocker lock(&m_mutex);
        return m_problem;
    }

private:
    void check()
    {
        bool ok = false;
        QString problem;
        try {
            if (!m_migrated) {
                const int applied = m_database->migrate();
                m_migrated = true;
                qCInfo(lcStore, "store %s at schema version %d (%d migrations applied)",
                       qUtf8Printable(m_database->redactedUrl()), m_database->schemaVersion(), applied);
            }
            if (!m_initialized && m_owner->m_initializer) {
                m_owner->m_initializer(*m_database);
                m_initialized = true;
            } else if (m_owner->m_refresher) {
                m_owner->m_refresher(*m_database);
            }
            ok = m_database->ping();
            if (!ok)
                problem = QStringLiteral("the database does not answer");
        } catch (const Store::Error &e) {
            problem = e.message();
            if (!m_migrated && (e.code() == Store::Error::Code::Invalid || e.code() == Store::Error::Code::Internal)) {
                m_timer->stop();
                Q_EMIT m_owner->fatalError(problem);
            }
        } catch (const std::exception &e) {
            problem = QString::fromUtf8(e.what());
        }
        {
            QMutexLocker lock(&m_mutex);
            m_problem = problem;
        }
        if (ok != m_owner->m_ready.exchange(ok, std::memory_order_acq_rel)) {
            if (ok)
                qCInfo(lcStore, "store is reachable");
            else
                qCWarning(lcStore, "store is unreachable: %s", qUtf8Printable(problem));
            Q_EMIT m_owner->readinessChanged(ok);
        } else if (!ok && !m_warned) {
            qCWarning(lcStore, "store is not ready: %s", qUtf8Printable(problem));
        }
        m_warned = !ok;
    }

    StoreMonitor *m_owner;
    std::shared_ptr<Store::Database> m_database;
    QTimer *m_timer = nullptr;
    mutable QMutex m_mutex;
    QString m_problem = QStringLiteral("starting");
    bool m_migrated = false;
    bool m_initialized = false;
    bool m_warned = false;
};

StoreMonitor::StoreMonitor(std::shared_ptr<Store::Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_thread.setObjectName(QStringLiteral("store-monitor"));
}

StoreMonitor::~StoreMonitor()
{
    if (m_probe) {
        Probe *probe = m_probe;
        QMetaObject::invokeMethod(probe, [probe] { delete probe; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void StoreMonitor::setInitializer(std::function<void(Store::Database &)> initializer)
{
    m_initializer = std::move(initializer);
}

void StoreMonitor::setRefresher(std::function<void(Store::Database &)> refresher)
{
    m_refresher = std::move(refresher);
}

void StoreMonitor::start()
{
    if (m_probe)
        return;
    m_probe = new Probe(this, m_database);
    m_probe->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_probe, &Probe::start, Qt::QueuedConnection);
}

void StoreMonitor::refreshAndWait()
{
    if (!m_probe)
        return;
    if (QThread::currentThread() == &m_thread)
        m_probe->refreshNow();
    else
        QMetaObject::invokeMethod(m_probe, &Probe::refreshNow, Qt::BlockingQueuedConnection);
}

QString StoreMonitor::problem() const
{
    return m_probe ? m_probe->problem() : QStringLiteral("not started");
}

} // namespace Tollgate::Service

#include "storemonitor.moc"
