// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/operations.h"

#include "gateway-core/api/json.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

QString Operations::start(const QString &kind, const QString &target)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QMutexLocker lock(&m_mutex);
    m_operations.insert(id, {QJsonObject{{u"id"_s, id},
                             {u"kind"_s, kind},
                             {u"target"_s, target},
                             {u"state"_s, u"running"_s},
                             {u"percent"_s, 0},
                             {u"phase"_s, u"starting"_s},
                             {u"error"_s, QJsonValue::Null},
                             {u"result"_s, QJsonValue::Null},
                             {u"startedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch())},
                             {u"finishedAt"_s, QJsonValue::Null}}});
    return id;
}

void Operations::progress(const QString &id, int percent, const QString &phase)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    const int bounded = qBound(0, percent, 100);
    if (it->json.value("percent"_L1).toInt() == bounded && it->json.value("phase"_L1).toString() == phase)
        return;
    it->json.insert(u"percent"_s, bounded);
    it->json.insert(u"phase"_s, phase);
    ++it->revision;
}

void Operations::succeed(const QString &id, const QJsonObject &result)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    it->json.insert(u"state"_s, u"succeeded"_s);
    it->json.insert(u"percent"_s, 100);
    it->json.insert(u"phase"_s, u"done"_s);
    it->json.insert(u"result"_s, result);
    it->json.insert(u"finishedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch()));
    ++it->revision;
}

void Operations::fail(const QString &id, const QString &error)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    it->json.insert(u"state"_s, u"failed"_s);
    it->json.insert(u"error"_s, error);
    it->json.insert(u"finishedAt"_s, Json::time(QDateTime::currentMSecsSinceEpoch()));
    ++it->revision;
}

QJsonObject Operations::find(const QString &id) const
{
    const QMutexLocker lock(&m_mutex);
    return m_operations.value(id).json;
}

QJsonObject Operations::changedSince(const QString &id, quint64 *revision) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_operations.constFind(id);
    if (it == m_operations.cend() || it->revision <= *revision)
        return {};
    *revision = it->revision;
    return it->json;
}

} // namespace Tollgate::Api
