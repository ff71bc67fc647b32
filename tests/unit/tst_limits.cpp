// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/limits/limiter.h"
#include "gateway-core/limits/localbackend.h"
#include "gateway-core/limits/redisbackend.h"
#include "gateway-core/limits/slidinglog.h"
#include "tests/support/redis.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Tollgate::Limits;

namespace {

constexpr qint64 Minute = 60 * 1000;
// 2026-01-07T10:00:00Z, a Wednesday.
constexpr qint64 T0 = 1767780000000;

// Tests move time by hand; the limiter reads it through its injected clock.
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
    qint64 get() const { return now->load(); }
};

BackendOptions options(const FakeClock &clock, const QTimeZone &zone = QTimeZone::utc())
{
    BackendOptions o;
    o.clock = clock.clock();
    o.zone = zone;
    return o;
}

SubjectLimits rpm(qint64 n)
{
    SubjectLimits l;
    l.rpm = n;
    return l;
}
SubjectLimits tpm(qint64 n)
{
    SubjectLimits l;
    l.tpm = n;
    return l;
}
SubjectLimits parallel(qint64 n)
{
    SubjectLimits l;
    l.parallel = n;
    return l;
}
Tollgate::Util::Duration parseBudgetDurationOrDie(const char *text)
{
    const auto d = parseBudgetDuration(QString::fromLatin1(text));
    Q_ASSERT(d);
    return *d;
}

SubjectLimits budget(qint64 max, qint64 soft = -1, const char *duration = nullptr)
{
    SubjectLimits l;
    l.budget.max = max;
    l.budget.soft = soft;
    if (duration)
        l.budget.duration = parseBudgetDurationOrDie(duration);
    return l;
}

AdmissionRequest forKey(const SubjectLimits &key, qint64 tokens = 0, qint64 cost = 0)
{
    AdmissionRequest r;
    r.keyId = "key-1";
    r.model = "model-a";
    r.userId = "user-1";
    r.keyLimits = key;
    r.tokens = tokens;
    r.cost = cost;
    return r;
}

const SubjectRef Key1{SubjectKind::Key, "key-1", {}};
const SubjectRef KeyModel1{SubjectKind::KeyModel, "key-1", "model-a"};
const SubjectRef User1{SubjectKind::User, "user-1", {}};

} // namespace

// Every case runs against both back ends: in-process counters and Redis shared by replicas.
class TestLimits final : public QObject
{
    Q_OBJECT

    bool m_redis = false;
    std::unique_ptr<Tollgate::Testing::RedisServer> m_server;
    int m_namespace = 0;

    // A fresh back end of the current kind; each Redis one gets its own key prefix, so like a
    // new LocalBackend it starts empty.
    std::unique_ptr<Backend> backend(BackendOptions o)
    {
        if (!m_redis)
            return std::make_unique<LocalBackend>(std::move(o));
        o.url = m_server->url();
        o.keyPrefix = "tst_limits:" + QByteArray::number(++m_namespace) + ':';
        QString error;
        std::unique_ptr<RedisBackend> b = RedisBackend::create(std::move(o), &error);
        if (!b || b->degraded())
            qFatal("Redis back end not usable: %s", qPrintable(error));
        return b;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("redis");
        QTest::newRow("local") << false;
        QTest::newRow("redis") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, redis);
        m_redis = redis;
        if (redis && !m_server) {
            m_server = std::make_unique<Tollgate::Testing::RedisServer>();
            if (!m_server->start())
                qFatal("%s", qPrintable(m_server->errorString()));
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    // --- RPM: exact sliding window ------------------------------------------------------------

    void rpmMatchesBruteForceSlidingWindow_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pattern");
        QTest::newRow("burst then steady, N=10") << 10 << 0;
        QTest::newRow("steady 2/s, N=60") << 60 << 1;
        QTest::newRow("random, N=5") << 5 << 2;
        QTest::newRow("random, N=37") << 37 << 2;
        QTest::newRow("N=1") << 1 << 2;
        QTest::newRow("bursts every 25 s, N=20") << 20 << 3;
    }
    void rpmMatchesBruteForceSlidingWindow()
    {
        QFETCH(int, limit);
        QFETCH(int, pattern);
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        std::mt19937 random(uint(limit * 7 + pattern));
        std::vector<qint64> admitted;
        int refusals = 0;
        for (int second = 0; second < 300; ++second) {
            int attempts = 0;
            switch (pattern) {
            case 0:
                attempts = second == 0 ? 3 * limit : 1;
                break;
            case 1:
                attempts = 2;
                break;
            case 2:
                attempts = int(random() % 5);
                break;
            case 3:
                attempts = second % 25 == 0 ? limit : 0;
                break;
            }
            for (int a = 0; a < attempts; ++a) {
                const qint64 now = T0 + second * 1000 + (pattern == 2 ? qint64(random() % 1000) : a);
                clock.set(std::max(now, clock.get()));
                const qint64 t = clock.get();
                std::vector<qint64> window;
                for (qint64 at : admitted) {
                    if (t - at < Minute)
                        window.push_back(at);
                }
                const bool expected = qint64(window.size()) < limit;
                AdmitResult r = limiter.admit(forKey(rpm(limit)));
                QCOMPARE(r.admitted(), expected);
                if (expected) {
                    admitted.push_back(t);
                    QCOMPARE(r.rate.requestLimit, qint64(limit));
                    QCOMPARE(r.rate.requestsRemaining, qint64(limit) - qint64(window.size()) - 1);
                    r.ticket.settle(10, 0);
                } else {
                    ++refusals;
                    QCOMPARE(r.refusal->limit, LimitKind::Rpm);
                    QCOMPARE(r.refusal->subject, SubjectKind::Key);
                    QCOMPARE(r.refusal->remaining, 0);
                    // Free when the oldest admission that must leave has left the window.
                    const qint64 mustLeave = qint64(window.size()) - limit;
                    QCOMPARE(r.refusal->retryAfterMs, window[size_t(mustLeave)] + Minute - t);
                    QVERIFY(r.refusal->retryable());
                }
            }
        }
        QVERIFY(!admitted.empty());
        // Never more than N in any 60-second window.
        for (size_t i = 0; i + size_t(limit) < admitted.size(); ++i)
            QVERIFY(admitted[i + size_t(limit)] - admitted[i] >= Minute);
        if (pattern == 0)
            QVERIFY(refusals >= 2 * limit);
    }

    void rpmHasNoFixedWindowBoundaryBurst()
    {
        // LiteLLM's fixed window admits N at 0:59 and N more at 1:01. A user with 10 RPM gets 10.
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        clock.set(T0 + 59 * 1000);
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.admit(forKey(rpm(10))).admitted());
        clock.set(T0 + 61 * 1000);
        for (int i = 0; i < 10; ++i) {
            const AdmitResult r = limiter.admit(forKey(rpm(10)));
            QVERIFY(!r.admitted());
            QCOMPARE(r.refusal->retryAfterMs, 58 * 1000);
        }
        clock.set(T0 + 119 * 1000 - 1);
        QVERIFY(!limiter.admit(forKey(rpm(10))).admitted());
        clock.set(T0 + 119 * 1000);
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.admit(forKey(rpm(10))).admitted());
        QVERIFY(!limiter.admit(forKey(rpm(10))).admitted());
    }

    void refusedRequestsDoNotCountAgainstRpm()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        SubjectLimits l = rpm(3);
        l.parallel = 1;
        AdmitResult held = limiter.admit(forKey(l));
        QVERIFY(held.admitted());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.admit(forKey(l)).refusal->limit, LimitKind::Parallel);
        held.ticket.settle(1, 0);
        QVERIFY(limiter.admit(forKey(l)).admitted());
        QVERIFY(limiter.admit(forKey(l)).admitted());
        QCOMPARE(limiter.usage(Key1).requestsInWindow, 3);
    }

    void loweredLimitAppliesToTheNextRequest()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.admit(forKey(rpm(100))).admitted());
        const AdmitResult r = limiter.admit(forKey(rpm(5)));
        QVERIFY(!r.admitted());
        QCOMPARE(r.refusal->limitValue, 5);
        QVERIFY(limiter.admit(forKey(rpm(6))).admitted());
    }

    void zeroLimitIsNotRetryable()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        const AdmitResult r = limiter.admit(forKey(rpm(0)));
        QVERIFY(!r.admitted());
        QVERIFY(!r.refusal->retryable());
    }

    // --- TPM: reservations settled in place ---------------------------------------------------

    void tpmReservationAndSettle()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        AdmitResult a = limiter.admit(forKey(tpm(1000), 600));
        QVERIFY(a.admitted());
        QCOMPARE(a.rate.tokenLimit, 1000);
        QCOMPARE(a.rate.tokensRemaining, 400);

        clock.advance(10 * 1000);
        AdmitResult b = limiter.admit(forKey(tpm(1000), 500));
        QVERIFY(!b.admitted());
        QCOMPARE(b.refusal->limit, LimitKind::Tpm);
        QCOMPARE(b.refusal->remaining, 400);
        QCOMPARE(b.refusal->requested, 500);
        QCOMPARE(b.refusal->retryAfterMs, 50 * 1000); // when the 600 reserved at T0 leave

        // Settling lower frees capacity at once.
        a.ticket.settle(100, 0);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 100);
        AdmitResult c = limiter.admit(forKey(tpm(1000), 500));
        QVERIFY(c.admitted());
        // Settling higher counts what was used.
        c.ticket.settle(850, 0);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 950);
        const AdmitResult d = limiter.admit(forKey(tpm(1000), 100));
        QVERIFY(!d.admitted());
        // 100 tokens must leave: the 100 settled at T0 leave at T0+60 s.
        QCOMPARE(d.refusal->retryAfterMs, 50 * 1000);
        const AdmitResult e = limiter.admit(forKey(tpm(1000), 200));
        QCOMPARE(e.refusal->retryAfterMs, 60 * 1000); // needs the 850 from T0+10 s to leave too
    }

    void tpmSettleKeepsTheAdmissionTime()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        AdmitResult a = limiter.admit(forKey(tpm(1000), 500));
        clock.advance(30 * 1000);
        AdmitResult b = limiter.admit(forKey(tpm(1000), 400));
        QVERIFY(b.admitted());
        clock.advance(10 * 1000); // T0+40 s: a long request finishes with more than it reserved
        a.ticket.settle(600, 0);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 1000);
        clock.set(T0 + Minute - 1);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 1000);
        clock.set(T0 + Minute); // a's tokens leave 60 s after its admission, not its settle
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 400);
        b.ticket.settle(10, 0);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 10);
    }

    void oversizeRequestIsRefusedWithAReason()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        const AdmitResult r = limiter.admit(forKey(tpm(1000), 1001));
        QVERIFY(!r.admitted());
        QCOMPARE(r.refusal->limit, LimitKind::Tpm);
        QVERIFY(r.refusal->oversize);
        QVERIFY(!r.refusal->retryable());
        QVERIFY(r.refusal->message().contains(u"1001 tokens"_s));
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 0);
        QVERIFY(limiter.admit(forKey(tpm(1000), 1000)).admitted());
    }

    // --- Parallel slots: released on every path -----------------------------------------------

    void parallelSlotReleasedOnEveryPath()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        const SubjectLimits l = parallel(2);
        auto slots = [&] { return limiter.usage(Key1).parallel; };

        { // success
            AdmitResult r = limiter.admit(forKey(l));
            QCOMPARE(slots(), 1);
            r.ticket.settle(5, 5);
            QCOMPARE(slots(), 0);
            QVERIFY(r.ticket.settle(5, 5).events.empty()); // a second settle does nothing
            QCOMPARE(limiter.usage(Key1).spend, 5);
        }
        QCOMPARE(slots(), 0);
        { // client abort / timeout: destroyed without settle
            AdmitResult r = limiter.admit(forKey(l));
            QCOMPARE(slots(), 1);
        }
        QCOMPARE(slots(), 0);
        { // moved into a request object, then that one ends
            AdmitResult r = limiter.admit(forKey(l));
            auto owner = std::make_unique<Admission>(std::move(r.ticket));
            QVERIFY(!r.ticket.isValid());
            QCOMPARE(slots(), 1);
            owner.reset();
            QCOMPARE(slots(), 0);
        }
        { // move-assigning over a live ticket releases the overwritten one
            AdmitResult a = limiter.admit(forKey(l));
            AdmitResult b = limiter.admit(forKey(l));
            QCOMPARE(slots(), 2);
            QVERIFY(!limiter.admit(forKey(l)).admitted());
            a.ticket = std::move(b.ticket);
            QCOMPARE(slots(), 1);
            a.ticket.settle(1, 0);
            QCOMPARE(slots(), 0);
        }
        { // upstream error: cancel explicitly, then destruction does nothing more
            AdmitResult r = limiter.admit(forKey(l));
            r.ticket.cancel();
            QCOMPARE(slots(), 0);
            r.ticket.cancel();
            QCOMPARE(slots(), 0);
        }
        QVERIFY(limiter.admit(forKey(l)).admitted());
        QCOMPARE(limiter.usage(Key1).requestsInWindow, 0); // no RPM limit, no log
    }

    void abandonedTicketStillCountsAgainstRpmButReturnsTokensAndMoney()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        SubjectLimits l = rpm(2);
        l.tpm = 1000;
        l.budget.max = 1000;
        {
            AdmitResult r = limiter.admit(forKey(l, 700, 700));
            QCOMPARE(limiter.usage(Key1).tokensInWindow, 700);
            QCOMPARE(limiter.usage(Key1).reserved, 700);
        }
        const SubjectUsage u = limiter.usage(Key1);
        QCOMPARE(u.tokensInWindow, 0);
        QCOMPARE(u.reserved, 0);
        QCOMPARE(u.spend, 0);
        QCOMPARE(u.requestsInWindow, 1);
        QVERIFY(limiter.admit(forKey(l, 700, 700)).admitted());
        QCOMPARE(limiter.admit(forKey(l)).refusal->limit, LimitKind::Rpm);
    }

    // --- Money budgets ------------------------------------------------------------------------

    void budgetReserveAndSettle()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        AdmitResult a = limiter.admit(forKey(budget(1000), 0, 600));
        QVERIFY(a.admitted());
        const AdmitResult b = limiter.admit(forKey(budget(1000), 0, 500));
        QVERIFY(!b.admitted());
        QCOMPARE(b.refusal->limit, LimitKind::Budget);
        QCOMPARE(b.refusal->remaining, 400);
        QVERIFY(!b.refusal->retryable());
        QCOMPARE(b.refusal->resetAtMs, 0); // a lifetime budget never resets
        const SettleResult s = a.ticket.settle(0, 100);
        QCOMPARE(s.keySpend, 100);
        QCOMPARE(limiter.keySpend("key-1"), 100);
        QCOMPARE(limiter.usage(Key1).reserved, 0);
        AdmitResult c = limiter.admit(forKey(budget(1000), 0, 500));
        QVERIFY(c.admitted());
        c.ticket.settle(0, 900); // an under-estimate is billed in full
        QCOMPARE(limiter.keySpend("key-1"), 1000);
        // Spent means spent, even for a request that claims to cost nothing.
        QCOMPARE(limiter.admit(forKey(budget(1000), 0, 0)).refusal->limit, LimitKind::Budget);
    }

    void budgetRefusalTellsWhenItResets()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        limiter.admit(forKey(budget(1000, -1, "1d"), 0, 1000)).ticket.settle(0, 1000);
        const AdmitResult r = limiter.admit(forKey(budget(1000, -1, "1d"), 0, 1));
        QVERIFY(!r.admitted());
        QCOMPARE(r.refusal->resetAtMs, T0 + 14 * 3600 * 1000); // next UTC midnight
        QCOMPARE(r.refusal->retryAfterMs, -1);
        QVERIFY(r.refusal->message().contains(u"2026-01-08T00:00:00Z"_s));
    }

    void budgetResetsAtTheInstantNotMinutesLater()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock, QTimeZone("Europe/Paris"))));
        const auto daily = budget(1000, -1, "daily");
        limiter.admit(forKey(daily, 0, 900)).ticket.settle(0, 900);
        // Paris midnight is 23:00 UTC in January.
        const qint64 midnight = QDateTime::fromString(u"2026-01-08T00:00:00+01:00"_s, Qt::ISODate).toMSecsSinceEpoch();
        clock.set(midnight - 1);
        QVERIFY(!limiter.admit(forKey(daily, 0, 200)).admitted());
        QCOMPARE(limiter.keySpend("key-1"), 900);
        clock.set(midnight);
        QCOMPARE(limiter.keySpend("key-1"), 0);
        AdmitResult r = limiter.admit(forKey(daily, 0, 200));
        QVERIFY(r.admitted());
        QCOMPARE(limiter.usage(Key1).resetAtMs, midnight + 24 * 3600 * 1000);
    }

    void loadedStateIsHonoured()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        const auto daily = budget(1000, -1, "1d");
        limiter.load(Key1, BudgetState{800, T0 + 3600 * 1000});
        const AdmitResult r = limiter.admit(forKey(daily, 0, 300));
        QVERIFY(!r.admitted());
        QCOMPARE(r.refusal->resetAtMs, T0 + 3600 * 1000); // the stored instant, not recomputed
        QVERIFY(limiter.admit(forKey(daily, 0, 200)).admitted());

        // A reset that passed while the gateway was down applies at the first touch.
        Limiter later(backend(options(clock)));
        later.load(Key1, BudgetState{1000, T0 - 1});
        QCOMPARE(later.keySpend("key-1"), 0);
        AdmitResult s = later.admit(forKey(daily, 0, 300));
        QVERIFY(s.admitted());
        QCOMPARE(later.usage(Key1).resetAtMs, T0 + 14 * 3600 * 1000);
    }

    void softBudgetEventFiresOncePerWindow()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        std::vector<BudgetEvent> seen;
        limiter.setEventHandler([&](const BudgetEvent &e) { seen.push_back(e); });
        const auto l = budget(1000, 500, "1d");
        auto spend = [&](qint64 cost) { return limiter.admit(forKey(l, 0, cost)).ticket.settle(0, cost); };

        QVERIFY(spend(300).events.empty());
        const SettleResult crossed = spend(300);
        QCOMPARE(crossed.events.size(), size_t(1));
        QCOMPARE(crossed.events[0].kind, BudgetEvent::Kind::SoftBudgetCrossed);
        QCOMPARE(crossed.events[0].subject, SubjectKind::Key);
        QCOMPARE(crossed.events[0].id, QByteArray("key-1"));
        QCOMPARE(crossed.events[0].spend, 600);
        QCOMPARE(crossed.events[0].threshold, 500);
        QVERIFY(spend(100).events.empty());
        const SettleResult exhausted = spend(300);
        QCOMPARE(exhausted.events.size(), size_t(1));
        QCOMPARE(exhausted.events[0].kind, BudgetEvent::Kind::BudgetExhausted);
        QVERIFY(!limiter.admit(forKey(l, 0, 1)).admitted()); // no second exhaustion event
        QCOMPARE(seen.size(), size_t(2));

        clock.set(T0 + 24 * 3600 * 1000); // next day: a new window, new alerts
        QVERIFY(spend(400).events.empty());
        QCOMPARE(spend(400).events.size(), size_t(1));
        QCOMPARE(seen.size(), size_t(3));
        QCOMPARE(seen.back().kind, BudgetEvent::Kind::SoftBudgetCrossed);
    }

    void exhaustionLoadedFromTheStoreIsReportedOnce()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        std::vector<BudgetEvent> seen;
        limiter.setEventHandler([&](const BudgetEvent &e) { seen.push_back(e); });
        limiter.load(Key1, BudgetState{1000, 0});
        for (int i = 0; i < 3; ++i)
            QVERIFY(!limiter.admit(forKey(budget(1000), 0, 1)).admitted());
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].kind, BudgetEvent::Kind::BudgetExhausted);
        // Reservations filling the budget are no exhaustion: nothing is spent yet.
        Limiter other(backend(options(clock)));
        other.setEventHandler([&](const BudgetEvent &e) { seen.push_back(e); });
        AdmitResult big = other.admit(forKey(budget(1000), 0, 1000));
        QVERIFY(!other.admit(forKey(budget(1000), 0, 1)).admitted());
        QCOMPARE(seen.size(), size_t(1));
    }

    void refusalBySpendIsExhaustion()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        std::vector<BudgetEvent> seen;
        limiter.setEventHandler([&](const BudgetEvent &e) { seen.push_back(e); });
        const auto l = budget(1000);
        QVERIFY(limiter.admit(forKey(l, 0, 300)).ticket.settle(0, 300).events.empty());
        QVERIFY(limiter.admit(forKey(l, 0, 300)).ticket.settle(0, 300).events.empty());
        // A request larger than the whole budget is the request's problem, not exhaustion.
        QVERIFY(!limiter.admit(forKey(l, 0, 1001)).admitted());
        QVERIFY(seen.empty());
        // 600 spent: a worst case of 500 no longer fits. The budget refuses: exhausted, once.
        QVERIFY(!limiter.admit(forKey(l, 0, 500)).admitted());
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].kind, BudgetEvent::Kind::BudgetExhausted);
        QCOMPARE(seen[0].spend, 600);
        QCOMPARE(seen[0].threshold, 1000);
        QVERIFY(!limiter.admit(forKey(l, 0, 500)).admitted());
        // Smaller requests still fit, and reaching the budget does not report it again.
        QVERIFY(limiter.admit(forKey(l, 0, 400)).ticket.settle(0, 400).events.empty());
        QCOMPARE(seen.size(), size_t(1));
    }

    // --- Several subjects: atomic admission --------------------------------------------------

    void userRefusalRollsBackTheKey()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        AdmissionRequest r = forKey(SubjectLimits{10, 10000, 5, {100000, -1, {}}}, 500, 700);
        r.keyModelLimits = SubjectLimits{10, 10000, 5, {}};
        r.userLimits = budget(600);
        const AdmitResult refused = limiter.admit(r);
        QVERIFY(!refused.admitted());
        QCOMPARE(refused.refusal->limit, LimitKind::Budget);
        QCOMPARE(refused.refusal->subject, SubjectKind::User);
        QCOMPARE(refused.refusal->limitValue, 600);
        for (const SubjectRef &s : {Key1, KeyModel1}) {
            const SubjectUsage u = limiter.usage(s);
            QCOMPARE(u.requestsInWindow, 0);
            QCOMPARE(u.tokensInWindow, 0);
            QCOMPARE(u.parallel, 0);
            QCOMPARE(u.reserved, 0);
        }
        r.userLimits = rpm(1);
        QVERIFY(limiter.admit(r).admitted());
        const AdmitResult second = limiter.admit(r);
        QCOMPARE(second.refusal->subject, SubjectKind::User);
        QCOMPARE(second.refusal->limit, LimitKind::Rpm);
        QCOMPARE(limiter.usage(Key1).requestsInWindow, 1);
        QCOMPARE(limiter.usage(KeyModel1).requestsInWindow, 1);
    }

    void refusalNamesTheLimit_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("expectedLimit");
        QTest::addColumn<int>("expectedSubject");
        QTest::addColumn<qint64>("expectedValue");
        QTest::newRow("key rpm") << 0 << int(LimitKind::Rpm) << int(SubjectKind::Key) << qint64(1);
        QTest::newRow("key×model tpm") << 1 << int(LimitKind::Tpm) << int(SubjectKind::KeyModel) << qint64(150);
        QTest::newRow("user parallel") << 2 << int(LimitKind::Parallel) << int(SubjectKind::User) << qint64(1);
        QTest::newRow("key×model budget") << 3 << int(LimitKind::Budget) << int(SubjectKind::KeyModel) << qint64(150);
        QTest::newRow("budget beats rpm") << 4 << int(LimitKind::Budget) << int(SubjectKind::User) << qint64(150);
    }
    void refusalNamesTheLimit()
    {
        QFETCH(int, which);
        QFETCH(int, expectedLimit);
        QFETCH(int, expectedSubject);
        QFETCH(qint64, expectedValue);
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        AdmissionRequest r = forKey(SubjectLimits{}, 100, 100);
        switch (which) {
        case 0:
            r.keyLimits = rpm(1);
            break;
        case 1:
            r.keyModelLimits = tpm(150);
            break;
        case 2:
            r.userLimits = parallel(1);
            break;
        case 3:
            r.keyModelLimits = budget(150);
            break;
        case 4: // a refusal that waiting cannot fix is the one to report
            r.keyLimits = rpm(1);
            r.userLimits = budget(150);
            break;
        }
        AdmitResult first = limiter.admit(r);
        QVERIFY(first.admitted());
        const AdmitResult second = limiter.admit(r);
        QVERIFY(!second.admitted());
        QCOMPARE(int(second.refusal->limit), expectedLimit);
        QCOMPARE(int(second.refusal->subject), expectedSubject);
        QCOMPARE(second.refusal->limitValue, expectedValue);
        QVERIFY(!second.refusal->message().isEmpty());
    }

    void subjectsWithoutLimitsHoldNoState()
    {
        FakeClock clock;
        std::unique_ptr<Backend> made = backend(options(clock));
        auto *local = dynamic_cast<LocalBackend *>(made.get());
        Limiter limiter(std::move(made));
        limiter.admit(forKey(SubjectLimits{})).ticket.settle(10, 10);
        if (local)
            QCOMPARE(local->subjectCount(), 1); // only the key, whose spend feeds the header
        QCOMPARE(limiter.keySpend("key-1"), 10);
        QVERIFY(!limiter.usage(User1).known);
    }

    // --- Concurrency --------------------------------------------------------------------------

    void racingThreadsRespectBudgetRpmAndParallel_data()
    {
        QTest::addColumn<qint64>("underEstimate");
        QTest::newRow("worst-case reservations") << qint64(0);
        QTest::newRow("under-estimates up to 50") << qint64(50);
    }
    void racingThreadsRespectBudgetRpmAndParallel()
    {
        QFETCH(qint64, underEstimate);
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        constexpr int Threads = 8;
        constexpr int Requests = 1000;
        constexpr qint64 KeyRpm = 100;
        constexpr qint64 KeyBudget = 2000000;
        constexpr qint64 UserBudget = 800000;
        constexpr qint64 ModelParallel = 3;
        AdmissionRequest base = forKey(rpm(KeyRpm));
        base.keyLimits.budget.max = KeyBudget;
        base.keyModelLimits = parallel(ModelParallel);
        base.userLimits = budget(UserBudget);

        std::atomic<qint64> inFlight{0};
        std::atomic<qint64> maxInFlight{0};
        std::atomic<qint64> billed{0};
        std::mutex timesMutex;
        std::vector<qint64> admittedAt;
        auto worker = [&](int seed) {
            std::mt19937 random{uint(seed)};
            std::vector<qint64> mine;
            std::vector<std::pair<Admission, qint64>> held;
            for (int i = 0; i < Requests; ++i) {
                clock.advance(qint64(random() % 75)); // ~8000 attempts over ~5 windows
                AdmissionRequest r = base;
                r.cost = 1000 + qint64(random() % 9000);
                r.tokens = 100;
                AdmitResult result = limiter.admit(r);
                if (result.admitted()) {
                    const qint64 now = ++inFlight;
                    qint64 seen = maxInFlight.load();
                    while (now > seen && !maxInFlight.compare_exchange_weak(seen, now)) {
                    }
                    mine.push_back(result.ticket.admittedAtMs());
                    held.emplace_back(std::move(result.ticket), r.cost);
                }
                // Hold a few tickets across iterations so requests overlap.
                while (!held.empty() && (held.size() > 2 || random() % 2)) {
                    auto [ticket, reserved] = std::move(held.front());
                    held.erase(held.begin());
                    const qint64 actual = underEstimate > 0 ? reserved + qint64(random() % uint(underEstimate + 1))
                                                            : qint64(random() % uint(reserved + 1));
                    --inFlight;
                    billed += actual;
                    ticket.settle(50, actual);
                }
            }
            for (auto &[ticket, reserved] : held) {
                --inFlight;
                billed += reserved;
                ticket.settle(50, reserved);
            }
            const std::lock_guard lock(timesMutex);
            admittedAt.insert(admittedAt.end(), mine.begin(), mine.end());
        };
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t)
            threads.emplace_back(worker, t + 1);
        for (std::thread &t : threads)
            t.join();

        QVERIFY(admittedAt.size() > size_t(KeyRpm));
        std::sort(admittedAt.begin(), admittedAt.end());
        for (size_t i = 0; i + size_t(KeyRpm) < admittedAt.size(); ++i)
            QVERIFY2(admittedAt[i + size_t(KeyRpm)] - admittedAt[i] >= Minute, "more than N admissions in 60 s");
        QVERIFY(maxInFlight.load() <= ModelParallel);

        const SubjectUsage key = limiter.usage(Key1);
        const SubjectUsage user = limiter.usage(User1);
        // Every request billed exactly once, on both subjects.
        QCOMPARE(key.spend, billed.load());
        QCOMPARE(user.spend, billed.load());
        QCOMPARE(key.reserved, 0);
        QCOMPARE(user.reserved, 0);
        QCOMPARE(key.parallel, 0);
        QCOMPARE(limiter.usage(KeyModel1).parallel, 0);
        // Reservations keep spend within the budget; what a request under-estimates can only
        // overshoot by what the requests in flight at that moment under-estimated.
        QVERIFY(user.spend > UserBudget / 2); // the budget was actually used, not refused early
        QVERIFY2(user.spend <= UserBudget + ModelParallel * underEstimate, qPrintable(QString::number(user.spend)));
        if (underEstimate == 0)
            QVERIFY(user.spend <= UserBudget);
    }

    void sequentialOvershootIsAtMostOneUnderEstimate()
    {
        FakeClock clock;
        Limiter limiter(backend(options(clock)));
        qint64 maxError = 0;
        std::mt19937 random(7);
        for (int i = 0; i < 1000; ++i) {
            const qint64 reserved = 100 + qint64(random() % 100);
            AdmitResult r = limiter.admit(forKey(budget(10000), 0, reserved));
            if (!r.admitted())
                continue;
            const qint64 error = qint64(random() % 40);
            maxError = std::max(maxError, error);
            r.ticket.settle(0, reserved + error);
        }
        QVERIFY(limiter.keySpend("key-1") >= 10000 - 199);
        QVERIFY(limiter.keySpend("key-1") <= 10000 + maxError);
    }

    // --- Memory -------------------------------------------------------------------------------

    void sweepForgetsIdleSubjectsButNotSpend()
    {
        if (m_redis)
            QSKIP("in-process back end only (Redis forgets idle subjects by key expiry)");
        FakeClock clock;
        auto backend = std::make_unique<LocalBackend>(options(clock));
        LocalBackend *local = backend.get();
        Limiter limiter(std::move(backend));
        for (int i = 0; i < 100; ++i) {
            const QByteArray user = "user-" + QByteArray::number(i);
            AdmissionRequest r = forKey(SubjectLimits{});
            r.userId = user;
            r.userLimits = rpm(10);
            limiter.admit(r).ticket.settle(1, 1);
        }
        AdmissionRequest pinned = forKey(SubjectLimits{});
        pinned.userId = "user-pinned";
        pinned.userLimits = rpm(10);
        AdmitResult inFlight = limiter.admit(pinned);
        QCOMPARE(local->subjectCount(), 102);
        clock.advance(2 * Minute);
        QCOMPARE(limiter.sweep(), 0);
        clock.advance(1);
        QCOMPARE(limiter.sweep(), 100);
        QCOMPARE(local->subjectCount(), 2); // the key (its spend) and the user still in flight
        QCOMPARE(limiter.keySpend("key-1"), 100);
        QCOMPARE(local->logCapacity(Key1).first, 0u);
        inFlight.ticket.settle(1, 1);
        clock.advance(3 * Minute);
        QCOMPARE(limiter.sweep(), 1);
    }

    void logMemoryIsBoundedByTheWindowNotTheLimit()
    {
        if (m_redis)
            QSKIP("in-process back end only");
        FakeClock clock;
        auto backend = std::make_unique<LocalBackend>(options(clock));
        LocalBackend *local = backend.get();
        Limiter limiter(std::move(backend));
        SubjectLimits l = rpm(1000000);
        l.tpm = 1000000000;
        // 10,000 requests in the same millisecond share one bucket.
        for (int i = 0; i < 10000; ++i)
            limiter.admit(forKey(l, 10)).ticket.settle(20, 0);
        QCOMPARE(local->logCapacity(Key1).first, 4u);
        QCOMPARE(limiter.usage(Key1).requestsInWindow, 10000);
        QCOMPARE(limiter.usage(Key1).tokensInWindow, 200000);
        // A small limit keeps a small ring however long it runs.
        for (int i = 0; i < 5000; ++i) {
            clock.advance(250);
            limiter.admit(forKey(rpm(5)));
        }
        QVERIFY(local->logCapacity(Key1).first <= 8);
    }

    void slidingLogAdjustAfterExpiryIsHarmless()
    {
        if (m_redis)
            QSKIP("in-process back end only");
        SlidingLog log;
        const qint64 slot = log.add(0, 10);
        log.add(5, 3);
        log.expire(Minute, Minute);
        QCOMPARE(log.sum(), 3);
        log.adjust(slot, 100); // already left the window: must not touch the newer bucket
        QCOMPARE(log.sum(), 3);
        QCOMPARE(log.msUntilFreed(3, Minute, Minute), 5);
        QCOMPARE(log.msUntilFreed(4, Minute, Minute), -1);
        log.expire(Minute + 5, Minute);
        QVERIFY(log.isEmpty());
        log.releaseIfEmpty();
        QCOMPARE(log.capacity(), 0u);
    }

    void makeBackendChecksTheRedisUrl()
    {
        if (m_redis)
            QSKIP("needs no server");
        QString error;
        QVERIFY(!makeBackend(BackendKind::Redis, {}, &error));
        QVERIFY(!error.isEmpty());
        BackendOptions tls;
        tls.url = u"rediss://cache:6380"_s;
        QVERIFY(!makeBackend(BackendKind::Redis, tls, &error));
        QVERIFY2(error.contains(u"TLS"_s), qPrintable(error));
        BackendOptions badDb;
        badDb.url = u"redis://cache:6379/x"_s;
        QVERIFY(!makeBackend(BackendKind::Redis, badDb, &error));
        QVERIFY(makeBackend(BackendKind::Local, {}));
        // Nothing listens on port 1: the back end starts anyway, degraded, and still limits.
        BackendOptions unreachable;
        unreachable.url = u"redis://:secret@127.0.0.1:1/3"_s;
        unreachable.timeoutMs = 50;
        std::unique_ptr<Backend> b = makeBackend(BackendKind::Redis, unreachable, &error);
        QVERIFY(b);
        QVERIFY(b->degraded());
        Limiter limiter(std::move(b));
        QVERIFY(limiter.admit(forKey(rpm(1))).admitted());
        QCOMPARE(limiter.admit(forKey(rpm(1))).refusal->limit, LimitKind::Rpm);
    }

    // --- Benchmarks (timing is reported, not asserted) ----------------------------------------

    void benchmarkAdmitSettle()
    {
        if (m_redis)
            QSKIP("in-process back end only");
        Limiter limiter; // system clock, as in production
        AdmissionRequest r = forKey(SubjectLimits{1000000000, 1000000000000, 1000, {1000000000000000, -1, {}}}, 500, 1000);
        r.keyModelLimits = SubjectLimits{1000000000, 1000000000000, 1000, {}};
        r.userLimits = SubjectLimits{1000000000, -1, 1000, {1000000000000000, -1, {}}};
        QBENCHMARK {
            AdmitResult a = limiter.admit(r);
            a.ticket.settle(400, 900);
        }
    }

    void benchmarkAdmitSettleTimed()
    {
        Limiter limiter(backend({})); // system clock, as in production
        AdmissionRequest r = forKey(SubjectLimits{1000000000, 1000000000000, 1000, {1000000000000000, -1, {}}}, 500, 1000);
        r.keyModelLimits = SubjectLimits{1000000000, 1000000000000, 1000, {}};
        r.userLimits = SubjectLimits{1000000000, -1, 1000, {1000000000000000, -1, {}}};
        // Redis: two round trips per request to a server on this host; a short loop says enough.
        const int Loops = m_redis ? 5000 : 200000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Loops; ++i)
            limiter.admit(r).ticket.settle(400, 900);
        qInfo("admit+settle, key + key×model + user, every limit: %.0f ns", double(timer.nsecsElapsed()) / Loops);

        // Two threads on different keys: shards keep them apart.
        std::atomic<qint64> total{0};
        auto worker = [&](const char *key, const char *user) {
            AdmissionRequest mine = r;
            mine.keyId = key;
            mine.userId = user;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < Loops; ++i)
                limiter.admit(mine).ticket.settle(400, 900);
            total += t.nsecsElapsed();
        };
        std::thread a(worker, "key-a", "user-a");
        std::thread b(worker, "key-b", "user-b");
        a.join();
        b.join();
        qInfo("two threads, distinct keys: %.0f ns per admit+settle per thread", double(total.load()) / (2.0 * Loops));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
