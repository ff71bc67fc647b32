// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metrics/metrics.h"

#include <QTest>

#include <thread>

using namespace Tollgate::Metrics;

class TestMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countersSumAcrossShardsAndThreads()
    {
        Registry registry(4);
        Family *requests = registry.counter("tollgate_requests_total", "Requests.", {"model", "status"});
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([requests, t] {
                for (int i = 0; i < 10000; ++i)
                    requests->inc({"m1", i % 2 ? "200" : "429"}, t);
            });
        }
        for (auto &t : threads)
            t.join();
        const QByteArray text = registry.exposition();
        QVERIFY2(text.contains("# TYPE tollgate_requests_total counter\n"), text.constData());
        QVERIFY2(text.contains("tollgate_requests_total{model=\"m1\",status=\"200\"} 20000\n"), text.constData());
        QVERIFY(text.contains("tollgate_requests_total{model=\"m1\",status=\"429\"} 20000\n"));
    }

    void histogramBucketsAreCumulative()
    {
        Registry registry;
        Family *latency = registry.histogram("tollgate_latency_seconds", "Latency.", {"model"}, {0.1, 1});
        latency->observe({"m"}, 0.05);
        latency->observe({"m"}, 0.5);
        latency->observe({"m"}, 5);
        const QByteArray text = registry.exposition();
        QVERIFY2(text.contains("tollgate_latency_seconds_bucket{model=\"m\",le=\"0.1\"} 1\n"), text.constData());
        QVERIFY(text.contains("tollgate_latency_seconds_bucket{model=\"m\",le=\"1\"} 2\n"));
        QVERIFY(text.contains("tollgate_latency_seconds_bucket{model=\"m\",le=\"+Inf\"} 3\n"));
        QVERIFY(text.contains("tollgate_latency_seconds_count{model=\"m\"} 3\n"));
        QVERIFY(text.contains("tollgate_latency_seconds_sum{model=\"m\"} 5.55\n"));
    }

    void labelValuesAreEscaped()
    {
        Registry registry;
        Family *f = registry.counter("t_total", "T.", {"model"});
        f->inc({"a\"b\\c\nd"});
        QVERIFY(registry.exposition().contains("t_total{model=\"a\\\"b\\\\c\\nd\"} 1\n"));
    }

    void gaugesAndUnlabelledDefaults()
    {
        Registry registry;
        Family *open = registry.gauge("tollgate_open_streams", "Open streams.");
        QVERIFY(registry.exposition().contains("tollgate_open_streams 0\n"));
        open->series({})->add(3);
        open->series({})->add(-1);
        QVERIFY(registry.exposition().contains("tollgate_open_streams 2\n"));
        open->series({})->set(7);
        QVERIFY(registry.exposition().contains("tollgate_open_streams 7\n"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
