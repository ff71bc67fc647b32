// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mockllm/stats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tollgate::MockLlm {

namespace {

QString latin(QByteArrayView text)
{
    return QString::fromLatin1(text);
}

QJsonObject requestObject(const Http::Request &r, int worker)
{
    QJsonObject headers;
    QJsonArray headerList;
    for (const Http::Header &h : r.headers) {
        headers.insert(latin(h.name), QString::fromUtf8(h.value));
        headerList.append(QJsonArray{latin(h.name), QString::fromUtf8(h.value)});
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QJsonValue json;
    if (error.error == QJsonParseError::NoError)
        json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QJsonObject{
        {u"method"_s, latin(r.method)},
        {u"path"_s, latin(r.path)},
        {u"query"_s, latin(r.query)},
        {u"headers"_s, headers},
        {u"header_list"_s, headerList},
        {u"has_authorization"_s, r.hasHeader("authorization")},
        {u"body"_s, QString::fromUtf8(r.body)},
        {u"json"_s, json},
        {u"worker"_s, worker},
    };
}

} // namespace

Stats::Stats(int workers)
{
    for (int i = 0; i < qMax(1, workers); ++i)
        m_slots.push_back(std::make_unique<Slot>());
    m_clock.start();
}

void Stats::recordRequest(int worker, const Http::Request &request)
{
    Slot &s = slot(worker);
    const qint64 stamp = m_clock.nsecsElapsed();
    const std::lock_guard lock(s.mutex);
    s.last = request;
    s.lastStampNs = stamp;
}

QByteArray Stats::lastRequestJson() const
{
    qint64 newest = -1;
    QJsonObject object;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        const Slot &s = *m_slots[i];
        const std::lock_guard lock(s.mutex);
        if (s.lastStampNs > newest) {
            newest = s.lastStampNs;
            object = requestObject(s.last, int(i));
        }
    }
    return newest < 0 ? QByteArray("null") : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray Stats::toJson() const
{
    std::array<quint64, size_t(Counter::Count)> sum{};
    for (const auto &s : m_slots) {
        for (size_t i = 0; i < sum.size(); ++i)
            sum[i] += s->counters[i].load(std::memory_order_relaxed);
    }
    auto n = [&sum](Counter c) { return qint64(sum[size_t(c)]); };
    const QJsonObject requests{
        {u"total"_s, n(Counter::Total)},
        {u"chat_completions"_s, n(Counter::ChatCompletions)},
        {u"completions"_s, n(Counter::Completions)},
        {u"embeddings"_s, n(Counter::Embeddings)},
        {u"models"_s, n(Counter::Models)},
        {u"tokenize"_s, n(Counter::Tokenize)},
        {u"other"_s, n(Counter::Other)},
    };
    const QJsonObject errors{
        {u"bad_request"_s, n(Counter::BadRequest)},
        {u"model_not_found"_s, n(Counter::ModelNotFound)},
    };
    const QJsonObject faults{
        {u"refuse"_s, n(Counter::FaultRefuse)},
        {u"http_500"_s, n(Counter::FaultHttp500)},
        {u"http_503"_s, n(Counter::FaultHttp503)},
        {u"stall"_s, n(Counter::FaultStall)},
        {u"drop_mid_stream"_s, n(Counter::FaultDropMidStream)},
        {u"malformed_json"_s, n(Counter::FaultMalformedJson)},
    };
    const QByteArray last = lastRequestJson();
    const QJsonObject stats{
        {u"requests"_s, requests},
        {u"streams"_s, n(Counter::Streams)},
        {u"errors"_s, errors},
        {u"faults"_s, faults},
        {u"last_request"_s, last == "null" ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(last).object())},
    };
    return QJsonDocument(stats).toJson(QJsonDocument::Compact);
}

void Stats::reset()
{
    for (const auto &s : m_slots) {
        for (auto &c : s->counters)
            c.store(0, std::memory_order_relaxed);
        const std::lock_guard lock(s->mutex);
        s->last = Http::Request();
        s->lastStampNs = -1;
    }
}

} // namespace Tollgate::MockLlm
