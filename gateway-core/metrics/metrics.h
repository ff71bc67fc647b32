// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace Tollgate::Metrics {

/// Label values in the order the family declared its label names.
using Labels = QList<QByteArray>;

enum class Kind { Counter, Gauge, Histogram };

/// One time series: a value (counter or gauge) or histogram buckets, updated lock-free.
class Series final
{
public:
    explicit Series(size_t buckets);

    void add(double value = 1.0);
    void set(double value);
    void observe(double value, const std::vector<double> &bounds);

    double value() const { return m_value.load(std::memory_order_relaxed); }
    quint64 bucket(size_t i) const { return m_buckets[i].load(std::memory_order_relaxed); }
    quint64 count() const { return m_count.load(std::memory_order_relaxed); }
    double sum() const { return m_sum.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0};
    std::atomic<double> m_sum{0};
    std::atomic<quint64> m_count{0};
    std::unique_ptr<std::atomic<quint64>[]> m_buckets;
};

/// A metric name with its label names and its series. Writers on different worker threads use
/// different shards, so the only lock a request takes is its own shard's, contended only while a
/// scrape reads it.
class Family final
{
public:
    Family(QByteArray name, QByteArray help, Kind kind, QList<QByteArray> labelNames,
           std::vector<double> buckets, int shards);

    /// The series for @p labels in @p shard (a worker index; out-of-range values wrap).
    /// The pointer stays valid for the life of the family, so callers may keep it.
    Series *series(const Labels &labels, int shard = 0);

    void inc(const Labels &labels, int shard = 0, double by = 1.0) { series(labels, shard)->add(by); }
    void observe(const Labels &labels, double value, int shard = 0)
    {
        series(labels, shard)->observe(value, m_buckets);
    }

    /// Prometheus text exposition of this family (shards summed per label set).
    void write(QByteArray &out) const;
    const QByteArray &name() const { return m_name; }

private:
    struct Shard
    {
        mutable std::mutex mutex;
        QHash<QByteArray, std::shared_ptr<Series>> series;
        QHash<QByteArray, Labels> labels;
    };

    QByteArray m_name;
    QByteArray m_help;
    Kind m_kind;
    QList<QByteArray> m_labelNames;
    std::vector<double> m_buckets;
    std::vector<std::unique_ptr<Shard>> m_shards;
};

/// All families of a process; create them at start-up, then update from any thread.
class Registry final
{
public:
    explicit Registry(int shards = 1);

    Family *counter(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels = {});
    Family *gauge(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels = {});
    Family *histogram(const QByteArray &name, const QByteArray &help, QList<QByteArray> labels,
                      std::vector<double> buckets);

    /// Text format 0.0.4, families in registration order.
    QByteArray exposition() const;

private:
    Family *add(std::unique_ptr<Family> family);

    int m_shards;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Family>> m_families;
};

/// Latency buckets in seconds suited to a gateway: 0.5 ms … 60 s.
std::vector<double> latencyBuckets();

} // namespace Tollgate::Metrics
