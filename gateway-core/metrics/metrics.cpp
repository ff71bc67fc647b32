// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metrics/metrics.h"

#include <QMap>
#include <QVarLengthArray>

#include <cmath>

namespace Tollgate::Metrics {

namespace {

void addAtomic(std::atomic<double> &target, double value)
{
    double current = target.load(std::memory_order_relaxed);
    while (!target.compare_exchange_weak(current, current + value, std::memory_order_relaxed)) {
    }
}

QByteArray formatNumber(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 12);
}

void escapeLabel(QByteArray &out, const QByteArray &value)
{
    for (char c : value) {
        if (c == '\\' || c == '"')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

} // namespace

Series::Series(size_t buckets)
    : m_buckets(buckets ? new std::atomic<quint64>[buckets] : nullptr)
{
    for (size_t i = 0; i < buckets; ++i)
        m_buckets[i].store(0, std::memory_order_relaxed);
}

void Series::add(double value)
{
    addAtomic(m_value, value);
}

void Series::set(double value)
{
    m_value.store(value, std::memory_order_relaxed);
}

void Series::observe(double value, const std::vector<double> &bounds)
{
    for (size_t i = 0; i < bounds.size(); ++i) {
        if (value <= bounds[i]) {
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
            break;
        }
    }
    m_count.fetch_add(1, std::memory_order_relaxed);
    addAtomic(m_sum, value);
}

Family::Family(QByteArray name, QByteArray help, Kind kind, QList<QByteArray> labelNames,
               std::vector<double> buckets, int shards)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_kind(kind)
    , m_labelNames(std::move(labelNames))
    , m_buckets(std::move(buckets))
{
    for (int i = 0; i < qMax(1, shards); ++i)
        m_shards.push_back(std::make_unique<Shard>());
}

Series *Family::series(const Labels &labels, int shard)
{
    Shard &s = *m_shards[size_t(shard < 0 ? 0 : shard) % m_shards.size()];
    // Every proxied request looks up half a dozen series: the key is put together on the stack
    // and looked up without a copy; only a new series keeps one.
    QVarLengthArray<char, 256> joined;
    for (const QByteArray &l : labels) {
        joined.append(l.constData(), l.size());
        joined.append('\x1f');
    }
    const QByteArray probe = QByteArray::fromRawData(joined.constData(), joined.size());
    std::lock_guard lock(s.mutex);
    auto it = s.series.constFind(probe);
    if (it != s.series.cend())
        return it->get();
    const QByteArray key(joined.constData(), joined.size());
    auto created = std::make_shared<Series>(m_buckets.size());
    s.series.insert(key, created);
    s.labels.insert(key, labels);
    return created.get();
}

void Family::write(QByteArray &out) const
{
    static constexpr const char *KindNames[] = {"counter", "gauge", "histogram"};
    out += "# HELP " + m_name + ' ' + m_help + '\n';
    out += "# TYPE " + m_name + ' ' + KindNames[int(m_kind)] + '\n';

    struct Sum
    {
        Labels labels;
        double value = 0;
        double sum = 0;
        quint64 count = 0;
        std::vector<quint64> buckets;
    };
    QMap<QByteArray, Sum> merged; // sorted for a stable output
    for (const auto &shard : m_shards) {
        std::lock_guard lock(shard->mutex);
        for (auto it = shard->series.cbegin(); it != shard->series.cend(); ++it) {
            Sum &sum = merged[it.key()];
            if (sum.labels.isEmpty())
                sum.labels = shard->labels.value(it.key());
            sum.buckets.resize(m_buckets.size());
            const Series &series = *it.value();
            sum.value += series.value();
            sum.sum += series.sum();
            sum.count += series.count();
            for (size_t i = 0; i < m_buckets.size(); ++i)
                sum.buckets[i] += series.bucket(i);
        }
    }
    if (merged.isEmpty() && m_labelNames.isEmpty() && m_kind != Kind::Histogram)
        merged.insert(QByteArray(), Sum{});

    auto labelText = [this](const Labels &labels, const QByteArray &extraName, const QByteArray &extraValue) {
        QByteArray text;
        for (qsizetype i = 0; i < m_labelNames.size(); ++i) {
            text += text.isEmpty() ? "{" : ",";
            text += m_labelNames[i] + "=\"";
            escapeLabel(text, i < labels.size() ? labels[i] : QByteArray());
            text += '"';
        }
        if (!extraName.isEmpty()) {
            text += text.isEmpty() ? "{" : ",";
            text += extraName + "=\"" + extraValue + '"';
        }
        if (!text.isEmpty())
            text += '}';
        return text;
    };

    for (const Sum &sum : merged) {
        if (m_kind != Kind::Histogram) {
            out += m_name + labelText(sum.labels, {}, {}) + ' ' + formatNumber(sum.value) + '\n';
            continue;
        }
        quint64 cumulative = 0;
        for (size_t i = 0; i < m_buckets.size(); ++i) {
            cumulative += sum.buckets[i];
            out += m_name + "_bucket" + labelText(sum.labels, "le", formatNumber(m_buckets[i])) + ' '
                   + QByteArray::number(cumulative) + '\n';
        }
        out += m_name + "_bucket" + labelText(sum.labels, "le", "+Inf") + ' ' + QByteArray::number(sum.count)
               + '\n';
        out += m_name + "_sum" + labelText(sum.labels, {}, {}) + ' ' + formatNumber(sum.sum) + '\n';
        out += m_name + "_count" + labelText(sum.labels, {}, {}) + ' ' + QByteArray::number(sum.count) + '\n';
    }
}

Registry::Registry(int shards)
    : m_shards(shards)
{
}

Family *Registry::add(std::unique_ptr<Family> family)
{
    std::lock_guard lock(m_mutex);
    m_families.push_back(std::move(family));
    return m_families.back().get();
}

Family *Registry::counter(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels)
{
    return add(std::make_unique<Family>(name, help, Kind::Counter, std::move(labels), std::vector<double>{}, m_shards));
}

Family *Registry::gauge(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels)
{
    return add(std::make_unique<Family>(name, help, Kind::Gauge, std::move(labels), std::vector<double>{}, m_shards));
}

Family *Registry::histogram(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels,
                            std::vector<double> buckets)
{
    return add(std::make_unique<Family>(name, help, Kind::Histogram, std::move(labels), std::move(buckets), m_shards));
}

QByteArray Registry::exposition() const
{
    QByteArray out;
    std::lock_guard lock(m_mutex);
    for (const auto &family : m_families)
        family->write(out);
    return out;
}

std::vector<double> latencyBuckets()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
}

} // namespace Tollgate::Metrics
