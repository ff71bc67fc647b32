// SPDX-License-Identifier: GPL-3.0-or-later
// Several gateway replicas sharing one Redis: what the single-process cases in tst_limits
// cannot show. Every case runs real redis-server processes (tests/support/redis.sh).
#include "gateway-core/limits/limiter.h"
#include "gateway-core/limits/redisbackend.h"
#include "gateway-core/limits/redisconnection.h"
#include "tests/support/redis.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <latch>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Tollgate::Limits;
using Tollgate::Testing::RedisServer;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 T0 = 1767780000000; // 2026-01-07T10:00:00Z

struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(T0);
    Clock clock() const
    {
        auto p = now;
        return [p] { return p->load(); };
    }
    void set(qint64 ms) { now->store(ms); }
    void advance(qint64 ms) { now->fetch_add(ms); }
};

AdmissionRequest forKey(const char *key, const SubjectLimits &limits, qint64 tokens = 0, qint64 cost = 0)
{
    AdmissionRequest r;
    r.keyId = key;
    r.model = "model-a";
    r.userId = "user-1";
    r.keyLimits = limits;
    r.tokens = tokens;
    r.cost = cost;
    return r;
}

SubjectLimits rpm(qint64 n)
{
    SubjectLimits l;
    l.rpm = n;
    return l;
}

// Keeps the limits category's messages, to count what each replica said.
std::mutex logMutex;
QStringList limitLogs;
QtMessageHandler previousHandler = nullptr;
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "tollgate.limits") == 0) {
        const std::lock_guard lock(logMutex);
        limitLogs.append(message);
    }
    previousHandler(type, context, message);
}
qsizetype logsSaying(const QString &what, const QByteArray &replica)
{
    const std::lock_guard lock(logMutex);
    return std::count_if(limitLogs.cbegin(), limitLogs.cend(), [&](const QString &m) {
        return m.contains(what) && m.contains(QString::fromUtf8(replica));
    });
}

// Sends one command to the server as an operator would (redis-cli).
bool redisCommand(const QString &url, std::vector<QByteArray> argv)
{
    RedisAddress address;
    QString error;
    if (!RedisAddress::parse(url, &address, &error))
        return false;
    const std::unique_ptr<RedisConnection> c = RedisConnection::open(address, 2000, &error);
    return c && c->command(argv, &error);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace

class TestLimitsRedis final : public QObject
{
    Q_OBJECT

    RedisServer m_server;
    int m_namespace = 0;

    // One replica: its own back end (own connections, heartbeat, fallback) on the shared server.
    // Its connect and command timeout is generous: on a loaded machine the 200 ms default can
    // pass before a reachable Redis answers, and the replica would count alone where a test
    // checks the shared counters (the test of a Redis that stops answering sets it short).
    std::unique_ptr<RedisBackend> replica(const FakeClock &clock, const QByteArray &prefix,
                                          RedisBackendTuning tuning = {}, const QString &url = {},
                                          int timeoutMs = 5000)
    {
        BackendOptions o;
        o.clock = clock.clock();
        o.url = url.isEmpty() ? m_server.url() : url;
        o.keyPrefix = prefix;
        o.timeoutMs = timeoutMs;
        QString error;
        std::unique_ptr<RedisBackend> b = RedisBackend::create(std::move(o), &error, tuning);
        if (!b)
            qFatal("%s", qPrintable(error));
        return b;
    }
    QByteArray freshPrefix() { return "tst_limits_redis:" + QByteArray::number(++m_namespace) + ':'; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start())
            QFAIL(qPrintable(m_server.errorString()));
        previousHandler = qInstallMessageHandler(countingHandler);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void twoReplicasNeverAdmitMoreThanNInAWindow()
    {
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        Limiter a(replica(clock, prefix));
        Limiter b(replica(clock, prefix));
        constexpr qint64 N = 20;
        std::mutex mutex;
        std::vector<qint64> admitted;
        std::atomic<int> burstAdmitted{0};
        std::atomic<int> badRetries{0};
        // Both replicas burst 3N at the same instant, then keep trying while time moves on. Neither
        // moves the shared clock before both have burst: a thread that ran ahead would otherwise
        // open the next window under the other one's burst.
        std::latch burstDone(2);
        auto worker = [&](Limiter *limiter, int seed) {
            std::mt19937 random{uint(seed)};
            std::vector<qint64> mine;
            for (int i = 0; i < 3 * N; ++i) {
                AdmitResult r = limiter->admit(forKey("key-1", rpm(N)));
                if (r.admitted()) {
                    ++burstAdmitted;
                    mine.push_back(r.ticket.admittedAtMs());
                }
            }
            burstDone.arrive_and_wait();
            for (int i = 0; i < 1500; ++i) {
                clock.advance(qint64(random() % 150));
                AdmitResult r = limiter->admit(forKey("key-1", rpm(N)));
                if (r.admitted())
                    mine.push_back(r.ticket.admittedAtMs());
                else if (r.refusal->retryAfterMs <= 0 || r.refusal->retryAfterMs > Minute)
                    ++badRetries;
            }
            const std::lock_guard lock(mutex);
            admitted.insert(admitted.end(), mine.begin(), mine.end());
        };
        std::thread ta(worker, &a, 1);
        std::thread tb(worker, &b, 2);
        ta.join();
        tb.join();
        QCOMPARE(burstAdmitted.load(), int(N)); // N at once, not fewer, not more
        QCOMPARE(badRetries.load(), 0);
        std::sort(admitted.begin(), admitted.end());
        QVERIFY(admitted.size() > size_t(3 * N));
        for (size_t i = 0; i + size_t(N) < admitted.size(); ++i)
            QVERIFY2(admitted[i + size_t(N)] - admitted[i] >= Minute, "more than N admissions in 60 s");
        // Both replicas see the one shared window.
        QCOMPARE(a.usage({SubjectKind::Key, "key-1", {}}).requestsInWindow,
                 b.usage({SubjectKind::Key, "key-1", {}}).requestsInWindow);
    }

    void racingReplicasNeverOverspendOneBudget_data()
    {
        QTest::addColumn<qint64>("underEstimate");
        QTest::newRow("worst-case reservations") << qint64(0);
        QTest::newRow("under-estimates up to 300") << qint64(300);
    }
    void racingReplicasNeverOverspendOneBudget()
    {
        QFETCH(qint64, underEstimate);
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        Limiter a(replica(clock, prefix));
        Limiter b(replica(clock, prefix));
        constexpr qint64 Budget = 200'000;
        constexpr int Threads = 8;
        SubjectLimits limits;
        limits.budget.max = Budget;
        std::atomic<qint64> billed{0};
        auto worker = [&](Limiter *limiter, int seed) {
            std::mt19937 random{uint(seed)};
            for (int i = 0; i < 300; ++i) {
                const qint64 reserved = 500 + qint64(random() % 1500);
                AdmitResult r = limiter->admit(forKey("key-1", limits, 10, reserved));
                if (!r.admitted())
                    continue;
                const qint64 actual = underEstimate > 0 ? reserved + qint64(random() % uint(underEstimate + 1))
                                                        : qint64(random() % uint(reserved + 1));
                billed += actual;
                r.ticket.settle(10, actual);
            }
        };
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t)
            threads.emplace_back(worker, t % 2 ? &a : &b, t + 1);
        for (std::thread &t : threads)
            t.join();
        const SubjectUsage u = a.usage({SubjectKind::Key, "key-1", {}});
        QCOMPARE(u.spend, billed.load());
        QCOMPARE(u.reserved, 0);
        QCOMPARE(u.parallel, 0);
        // The budget was used up, and overshot by no more than what the requests in flight at
        // the end under-estimated (none with worst-case reservations).
        QVERIFY2(u.spend > Budget - Threads * 2000, qPrintable(QString::number(u.spend)));
        QVERIFY2(u.spend <= Budget + Threads * underEstimate, qPrintable(QString::number(u.spend)));
        if (underEstimate == 0)
            QVERIFY(u.spend <= Budget);
        QCOMPARE(b.keySpend("key-1"), u.spend);
    }

    void settleAndCancelReleaseSlotsOnEveryReplica()
    {
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        Limiter a(replica(clock, prefix));
        Limiter b(replica(clock, prefix));
        SubjectLimits limits;
        limits.parallel = 2;
        limits.tpm = 1000;
        limits.budget.max = 1000;
        const SubjectRef key{SubjectKind::Key, "key-1", {}};
        AdmitResult first = a.admit(forKey("key-1", limits, 300, 300));
        AdmitResult second = b.admit(forKey("key-1", limits, 300, 300));
        QVERIFY(first.admitted() && second.admitted());
        QCOMPARE(a.admit(forKey("key-1", limits)).refusal->limit, LimitKind::Parallel);
        QCOMPARE(b.admit(forKey("key-1", limits)).refusal->limit, LimitKind::Parallel);
        QCOMPARE(b.usage(key).tokensInWindow, 600);
        QCOMPARE(b.usage(key).reserved, 600);

        first.ticket.cancel(); // upstream error on replica a
        SubjectUsage u = b.usage(key);
        QCOMPARE(u.parallel, 1);
        QCOMPARE(u.tokensInWindow, 300);
        QCOMPARE(u.reserved, 300);
        AdmitResult third = b.admit(forKey("key-1", limits, 100, 100));
        QVERIFY(third.admitted());

        const SettleResult s = second.ticket.settle(50, 120); // success on replica b
        QCOMPARE(s.keySpend, 120);
        QCOMPARE(a.usage(key).parallel, 1);
        { // client abort: the ticket dies unsettled
            AdmitResult fourth = a.admit(forKey("key-1", limits, 100, 100));
            QVERIFY(fourth.admitted());
            QCOMPARE(b.usage(key).parallel, 2);
        }
        third.ticket.settle(100, 100);
        u = a.usage(key);
        QCOMPARE(u.parallel, 0);
        QCOMPARE(u.reserved, 0);
        QCOMPARE(u.spend, 220);
        QCOMPARE(u.tokensInWindow, 150);
        QCOMPARE(u.requestsInWindow, 0); // no RPM limit, no log
    }

    void idleStateExpires()
    {
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        Limiter a(replica(clock, prefix));
        AdmissionRequest r = forKey("key-1", SubjectLimits{});
        r.keyLimits.budget.max = 1000;                                    // lifetime budget
        r.keyModelLimits.budget.max = 1000;                               // daily budget
        r.keyModelLimits.budget.duration = Tollgate::Util::Duration{1, Tollgate::Util::DurationUnit::Day};
        r.userLimits = rpm(5);                                            // only a rate window
        a.admit(r).ticket.settle(5, 10);

        RedisAddress address;
        QString error;
        QVERIFY(RedisAddress::parse(m_server.url(), &address, &error));
        const std::unique_ptr<RedisConnection> c = RedisConnection::open(address, 2000, &error);
        QVERIFY2(c, qPrintable(error));
        auto pttl = [&](const QByteArray &key) {
            const std::array<QByteArray, 2> argv{"PTTL"_ba, prefix + key};
            const RedisReplyPtr reply = c->command(argv, &error);
            return reply ? RedisReplies::number(reply.get()) : -100;
        };
        const qint64 user = pttl("u:user-1");
        QVERIFY2(user > 0 && user <= 2 * Minute, qPrintable(QString::number(user)));
        QVERIFY(pttl("u:user-1:r") > 0 && pttl("u:user-1:r") <= 2 * Minute);
        QVERIFY(pttl("u:user-1:ra") > 0);
        QCOMPARE(pttl("k:key-1"), -1); // a lifetime budget's spend must outlive any idleness
        // The daily window ends at midnight, 14 h after T0; its state may go two windows later.
        const qint64 daily = pttl("m:5:key-1model-a");
        QVERIFY2(daily > 14 * 3600 * 1000 && daily <= 14 * 3600 * 1000 + 2 * Minute, qPrintable(QString::number(daily)));
        QCOMPARE(pttl("k:key-1:p"), -2); // no request in flight, no lease left
    }

    void passwordAndDatabaseFromTheUrl()
    {
        if (!qEnvironmentVariableIsEmpty("TOLLGATE_TEST_REDIS_URL"))
            QSKIP("needs a Redis it may reconfigure");
        RedisServer own;
        QVERIFY2(own.start(), qPrintable(own.errorString()));
        QVERIFY(redisCommand(own.url(), {"CONFIG"_ba, "SET"_ba, "requirepass"_ba, "s3cret"_ba}));
        const QString withPassword = own.url().replace(u"redis://"_s, u"redis://:s3cret@"_s) + u"/2"_s;
        FakeClock clock;
        Limiter a(replica(clock, "tst_db:", {}, withPassword));
        QVERIFY(!a.backend().degraded());
        QVERIFY(a.admit(forKey("key-1", rpm(1))).admitted());
        QVERIFY(!a.admit(forKey("key-1", rpm(1))).admitted());

        RedisAddress address;
        QString error;
        QVERIFY(RedisAddress::parse(withPassword, &address, &error));
        QCOMPARE(address.database, 2);
        QCOMPARE(address.password, "s3cret"_ba);
        const std::unique_ptr<RedisConnection> c = RedisConnection::open(address, 2000, &error);
        QVERIFY2(c, qPrintable(error));
        const std::array<QByteArray, 2> exists{"EXISTS"_ba, "tst_db:k:key-1:r"_ba};
        QCOMPARE(RedisReplies::number(c->command(exists, &error).get()), 1); // in database 2
        const std::array<QByteArray, 2> select{"SELECT"_ba, "0"_ba};
        QVERIFY(c->command(select, &error));
        QCOMPARE(RedisReplies::number(c->command(exists, &error).get()), 0);

        // A wrong password: the gateway still serves, on its own counters, and says why.
        Limiter wrong(replica(clock, "tst_db:", {}, own.url().replace(u"redis://"_s, u"redis://:nope@"_s)));
        QVERIFY(wrong.backend().degraded());
        QVERIFY(wrong.admit(forKey("key-1", rpm(1))).admitted());
    }

    void crashedReplicaLeasesAreReaped()
    {
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        // A loaded machine must not make the doomed replica look dead while it still holds its
        // slot; going away, it leaves the registry at once.
        const RedisBackendTuning tuning{100, 10000};
        std::unique_ptr<RedisBackend> survivor = replica(clock, prefix, tuning);
        std::unique_ptr<RedisBackend> doomed = replica(clock, prefix, tuning);
        QVERIFY(waitFor([&] { return survivor->heartbeatNow() && survivor->replicaCount() == 2; }, 10'000));

        SubjectLimits limits;
        limits.parallel = 1;
        limits.budget.max = 1000;
        const Demand demand{{SubjectKind::Key, "key-1", {}}, &limits, 0, 800};
        Reservation held;
        QVERIFY(doomed->admit({&demand, 1}, &held).admitted);
        Reservation refused;
        QVERIFY(!survivor->admit({&demand, 1}, &refused).admitted); // no slot, no money left
        // The replica goes away holding its slot and 800 reserved (its process would be gone:
        // nothing settles), and stops counting as live.
        doomed.reset();
        Reservation taken;
        const AdmitOutcome after = survivor->admit({&demand, 1}, &taken);
        QVERIFY(after.admitted);
        const SubjectUsage u = survivor->usage(demand.subject);
        QCOMPARE(u.parallel, 1);
        QCOMPARE(u.reserved, 800); // this admission's, not the dead one's as well
        survivor->settle(taken, 0, 10);
        QCOMPARE(survivor->usage(demand.subject).parallel, 0);
        QVERIFY(waitFor([&] { return survivor->heartbeatNow() && survivor->replicaCount() == 1; }, 10'000));
    }

    void pausedRedisDegradesThenReplays()
    {
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        const RedisBackendTuning tuning{100, 10000}; // a loaded machine must not make a replica look dead
        // Short enough to notice the pause below, long enough not to time out before it.
        auto ownedA = replica(clock, prefix, tuning, {}, 1000);
        auto ownedB = replica(clock, prefix, tuning, {}, 1000);
        RedisBackend *ra = ownedA.get();
        RedisBackend *rb = ownedB.get();
        Limiter a(std::move(ownedA));
        Limiter b(std::move(ownedB));
        QVERIFY(waitFor([&] { return ra->heartbeatNow() && ra->replicaCount() == 2; }, 10'000));

        SubjectLimits limits;
        limits.parallel = 10;
        limits.budget.max = 10'000;
        const SubjectRef key1{SubjectKind::Key, "key-1", {}};
        AdmitResult held = a.admit(forKey("key-1", limits, 0, 500));
        QVERIFY(held.admitted());
        QVERIFY(a.admit(forKey("key-1", limits, 0, 100)).ticket.settle(0, 100).keySpend == 100);

        // Redis stops answering (as in a network partition): commands time out after 1 s.
        QVERIFY(redisCommand(m_server.url(), {"CLIENT"_ba, "PAUSE"_ba, "5000"_ba, "ALL"_ba}));
        QElapsedTimer paused;
        paused.start();

        // The replica keeps serving, on its share: 10 RPM over 2 live replicas.
        AdmitResult local = a.admit(forKey("key-2", rpm(10)));
        QVERIFY(local.admitted());
        QVERIFY(a.backend().degraded());
        for (int i = 1; i < 5; ++i)
            QVERIFY(a.admit(forKey("key-2", rpm(10))).admitted());
        const AdmitResult share = a.admit(forKey("key-2", rpm(10)));
        QVERIFY(!share.admitted());
        QCOMPARE(share.refusal->limitValue, 5);
        // Budgets: half of what was left (10,000 - 100 spent) when Redis went away.
        AdmitResult spendLocally = a.admit(forKey("key-1", limits, 0, 4900));
        QVERIFY(spendLocally.admitted());
        QVERIFY(!a.admit(forKey("key-1", limits, 0, 100)).admitted());
        QCOMPARE(spendLocally.ticket.settle(0, 1000).keySpend, 1100);
        // The shared admission ends while Redis is away: its release waits.
        held.ticket.settle(0, 400);
        QVERIFY(ra->pendingCount() >= 1);
        QCOMPARE(logsSaying(u"unreachable"_s, ra->replicaId()), 1); // said once, however many calls failed

        // Redis answers again: the releases and spend it missed are replayed, counters are shared.
        QVERIFY(waitFor([&] { return paused.elapsed() > 5100 && ra->heartbeatNow() && rb->heartbeatNow(); }, 15'000));
        QVERIFY(!ra->degraded());
        QVERIFY(!rb->degraded());
        QCOMPARE(ra->pendingCount(), 0);
        QCOMPARE(logsSaying(u"answers again:"_s, ra->replicaId()), 1);
        QCOMPARE(logsSaying(u"unreachable"_s, rb->replicaId()), 1);
        const SubjectUsage u = b.usage(key1);
        QCOMPARE(u.parallel, 0);
        QCOMPARE(u.reserved, 0);
        QCOMPARE(u.spend, 100 + 1000 + 400);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(a.admit(forKey("key-3", rpm(4))).admitted());
            QVERIFY(b.admit(forKey("key-3", rpm(4))).admitted());
        }
        QVERIFY(!a.admit(forKey("key-3", rpm(4))).admitted());
        QVERIFY(!b.admit(forKey("key-3", rpm(4))).admitted());
    }

    void killedRedisDegradesAndRestartedRedisIsSharedAgain()
    {
        RedisServer own;
        if (!qEnvironmentVariableIsEmpty("TOLLGATE_TEST_REDIS_URL"))
            QSKIP("needs a Redis it may stop");
        QVERIFY2(own.start(), qPrintable(own.errorString()));
        FakeClock clock;
        const QByteArray prefix = freshPrefix();
        const RedisBackendTuning tuning{100, 10000}; // a loaded machine must not make a replica look dead
        auto ownedA = replica(clock, prefix, tuning, own.url());
        auto ownedB = replica(clock, prefix, tuning, own.url());
        RedisBackend *ra = ownedA.get();
        RedisBackend *rb = ownedB.get();
        Limiter a(std::move(ownedA));
        Limiter b(std::move(ownedB));
        QVERIFY(waitFor([&] { return ra->heartbeatNow() && rb->heartbeatNow() && ra->replicaCount() == 2; }, 10'000));

        SubjectLimits budget;
        budget.budget.max = 1000;
        QVERIFY(a.admit(forKey("key-b", budget, 0, 700)).ticket.settle(0, 700).keySpend == 700);

        own.stop();
        // Each replica alone: 6 RPM over 2 replicas is 3 here and 3 there (a replica whose
        // heartbeat a loaded machine held up may have counted itself alone: then 6).
        for (auto [l, r] : {std::pair{&a, ra}, std::pair{&b, rb}}) {
            const qint64 share = 6 / r->replicaCount();
            QVERIFY(l->admit(forKey("key-1", rpm(6))).admitted());
            QVERIFY(r->degraded());
            for (int i = 1; i < share; ++i)
                QVERIFY(l->admit(forKey("key-1", rpm(6))).admitted());
            const AdmitResult refused = l->admit(forKey("key-1", rpm(6)));
            QVERIFY(!refused.admitted());
            QCOMPARE(refused.refusal->limitValue, share);
            QCOMPARE(r->replicaCount(), 2);
        }

        QVERIFY2(own.restart(), qPrintable(own.errorString()));
        QVERIFY(waitFor([&] { return ra->heartbeatNow() && rb->heartbeatNow() && ra->replicaCount() == 2; }, 10'000));
        QVERIFY(!ra->degraded() && !rb->degraded());
        // The restarted server has no counters (no persistence); shared again: 6 in all.
        clock.advance(Minute);
        int admitted = 0;
        for (int i = 0; i < 5; ++i) {
            admitted += a.admit(forKey("key-1", rpm(6))).admitted();
            admitted += b.admit(forKey("key-1", rpm(6))).admitted();
        }
        QCOMPARE(admitted, 6);
        // The restarted Redis lost the budget's spend; the replica that knew it gives it back.
        QVERIFY(a.admit(forKey("key-b", budget, 0, 100)).ticket.settle(0, 100).keySpend >= 700);
        QCOMPARE(b.usage({SubjectKind::Key, "key-b", {}}).spend, 800);
        QVERIFY(!b.admit(forKey("key-b", budget, 0, 250)).admitted());
    }
};

QTEST_GUILESS_MAIN(TestLimitsRedis)
#include "tst_limits_redis.moc"
