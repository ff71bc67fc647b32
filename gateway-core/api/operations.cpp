// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/operations.h"

#include "gateway-core/api/json.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/runtimestate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOperations, "tollgate.operations")

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

namespace {

/// Finished operations stay readable this long in the shared store.
constexpr qint64 KeepFinishedMs = 24 * 3600 * 1000;

} // namespace

Operations::Operations(std::shared_ptr<Store::Database> shared, QString owner)
    : m_shared(std::move(shared))
    , m_owner(std::move(owner))
{
    if (!m_shared)
        return;
    // Progress is published from a thread of its own: the thread running an operation may be
    // inside a transaction (a backup's snapshot) that a write would break.
    m_publisher = QThread::create([this] { publishLoop(); });
    m_publisher->setObjectName(u"operations-publisher"_s);
    m_publisher->start();
}

Operations::~Operations()
{
    if (!m_publisher)
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_publisher->wait();
    delete m_publisher;
}

void Operations::publishLoop()
{
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_changed.isEmpty() && !m_stopping)
            m_wake.wait(&m_mutex, Store::HeartbeatIntervalMs);
        // The latest state of what changed; steps in between may be skipped.
        QList<std::pair<QString, Entry>> changed;
        for (const QString &id : std::as_const(m_changed))
            changed.append({id, m_operations.value(id)});
        m_changed.clear();
        const bool running = std::any_of(m_operations.cbegin(), m_operations.cend(), [](const Entry &entry) {
            return entry.json.value("state"_L1).toString() == u"running"_s;
        });
        const bool stopping = m_stopping;
        lock.unlock();
        for (const auto &[id, entry] : std::as_const(changed))
            publish(id, entry);
        // Renews what this replica holds while it runs something; a replica that dies stops, and
        // the others stop waiting for it (Store::HeartbeatStaleMs).
        if (running && sinceBeat.elapsed() >= Store::HeartbeatIntervalMs) {
            sinceBeat.restart();
            try {
                Store::heartbeat(*m_shared, m_owner, m_shared->now());
            } catch (const std::exception &e) {
                qCWarning(lcOperations, "heartbeat failed: %s", e.what());
            }
        }
        if (stopping)
            return;
        lock.relock();
    }
}

QString Operations::start(const QString &kind, const QString &target, const QString &id)
{
    const QString operationId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    const Entry entry{QJsonObject{{u"id"_s, operationId},
                                  {u"kind"_s, kind},
                                  {u"target"_s, target},
                                  {u"state"_s, u"running"_s},
                                  {u"percent"_s, 0},
                                  {u"phase"_s, u"starting"_s},
                                  {u"error"_s, QJsonValue::Null},
                                  {u"result"_s, QJsonValue::Null},
                                  {u"startedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch())},
                                  {u"finishedAt"_s, QJsonValue::Null}}};
    {
        const QMutexLocker lock(&m_mutex);
        m_operations.insert(operationId, entry);
    }
    if (m_shared) {
        try {
            Store::OperationRepository(*m_shared).purge(m_shared->now() - KeepFinishedMs);
        } catch (const std::exception &e) {
            qCWarning(lcOperations, "cannot forget old operations: %s", e.what());
        }
    }
    // Written at once, so another replica finds it as soon as the caller hears its id.
    publish(operationId, entry);
    return operationId;
}

template<typename Change> void Operations::update(const QString &id, Change change)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_operations.find(id);
    if (it == m_operations.end() || !change(it->json))
        return;
    ++it->revision;
    if (m_shared) {
        m_changed.insert(id);
        m_wake.wakeAll();
    }
}

void Operations::progress(const QString &id, int percent, const QString &phase)
{
    const int bounded = qBound(0, percent, 100);
    update(id, [&](QJsonObject &json) {
        if (json.value("percent"_L1).toInt() == bounded && json.value("phase"_L1).toString() == phase)
            return false;
        json.insert(u"percent"_s, bounded);
        json.insert(u"phase"_s, phase);
        return true;
    });
}

void Operations::succeed(const QString &id, const QJsonObject &result)
{
    update(id, [&](QJsonObject &json) {
        json.insert(u"state"_s, u"succeeded"_s);
        json.insert(u"percent"_s, 100);
        json.insert(u"phase"_s, u"done"_s);
        json.insert(u"result"_s, result);
        json.insert(u"finishedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch()));
        return true;
    });
}

void Operations::fail(const QString &id, const QString &error)
{
    update(id, [&](QJsonObject &json) {
        json.insert(u"state"_s, u"failed"_s);
        json.insert(u"error"_s, error);
        json.insert(u"finishedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch()));
        return true;
    });
}

void Operations::publish(const QString &id, const Entry &entry) const
{
    if (!m_shared)
        return;
    try {
        Store::OperationRepository(*m_shared).save({id, m_owner, entry.json.value("state"_L1).toString(),
                                                    QJsonDocument(entry.json).toJson(QJsonDocument::Compact),
                                                    qint64(entry.revision), m_shared->now()});
    } catch (const std::exception &e) {
        // The operation runs on; only other replicas cannot follow this step.
        qCWarning(lcOperations, "cannot publish operation %s: %s", qUtf8Printable(id), e.what());
    }
}

Operations::Entry Operations::published(const QString &id) const
{
    if (!m_shared)
        return {};
    const std::optional<Store::StoredOperation> stored = Store::OperationRepository(*m_shared).find(id);
    if (!stored)
        return {};
    Entry entry{QJsonDocument::fromJson(stored->body).object(), quint64(stored->revision)};
    if (stored->state == u"running"_s && stored->heartbeatAt < m_shared->now() - Store::HeartbeatStaleMs) {
        // Its replica stopped beating: it will never finish.
        entry.json.insert(u"state"_s, u"failed"_s);
        entry.json.insert(u"error"_s, u"the replica running it stopped (no heartbeat since %1)"_s.arg(
                                          Json::time(stored->heartbeatAt).toString()));
        entry.json.insert(u"finishedAt"_s, QJsonValue::Null);
        ++entry.revision;
    }
    return entry;
}

QJsonObject Operations::find(const QString &id) const
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_operations.constFind(id);
        if (it != m_operations.cend())
            return it->json;
    }
    return published(id).json;
}

QJsonObject Operations::changedSince(const QString &id, quint64 *revision) const
{
    Entry entry;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_operations.constFind(id);
        if (it != m_operations.cend())
            entry = *it;
    }
    if (entry.json.isEmpty())
        entry = published(id);
    if (entry.json.isEmpty() || entry.revision <= *revision)
        return {};
    *revision = entry.revision;
    return entry.json;
}

} // namespace Tollgate::Api
