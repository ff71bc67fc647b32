// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/usage on the real tollgate-server, SQLite and PostgreSQL, over HTTP: the test sends a
// known set of chat requests through the gateway to the real tollgate-mockllm (two users, two
// keys, two priced models and one model whose upstream fails), waits for the usage journal to
// reach the store, and checks the analytics against what it sent — totals, previous period,
// series, breakdowns, forecast, budget status and the streamed CSV / JSON export — and that a
// user sees only their own usage. The coarser rollups of migration 10: the planner's choice, each
// path's numbers against what was sent, coarse against fine answers on random data, the
// migration's backfill against what the flusher maintains, and the usage-compaction job.
#include "gateway-core/store/database.h"
#include "gateway-core/store/migrations.h"
#include "gateway-core/store/records.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/usagequery.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/util/decimal.h"
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

qint64 nanos(const QJsonValue &money)
{
    return Util::parseDecimalNanos(money.toString()).value_or(-1);
}

qint64 number(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toInteger(-1);
}

QString describe(const Store::UsageTotals &t)
{
    return u"requests %1 errors %2 prompt %3 completion %4 cached %5 cost %6 latency %7 users %8"_s.arg(t.requests)
        .arg(t.errors)
        .arg(t.promptTokens)
        .arg(t.completionTokens)
        .arg(t.cachedTokens)
        .arg(t.cost)
        .arg(t.latencyMsSum)
        .arg(t.activeUsers);
}

QStringList describe(const QList<Store::UsageGroup> &groups)
{
    QStringList out;
    for (const Store::UsageGroup &g : groups)
        out << g.key + u": "_s + describe(g.totals);
    return out;
}

/// Every row of @p sql as one text line each.
QStringList rows(Store::Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    QStringList out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        out << fields.join(u'|');
    }
    return out;
}

/// The usage-compaction job's retention (the general setting usageDetailRetentionDays).
void setDetailRetention(Store::Database &db, int days)
{
    Store::SettingsRepository settings(db);
    QJsonObject general = settings.value(u"general"_s).toObject();
    general.insert(u"usageDetailRetentionDays"_s, days);
    settings.put(u"general"_s, general, u"test"_s);
}

qint64 scalar(Store::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.exec(sql, values);
    return q.next() ? q.value(0).toLongLong() : -1;
}

/// What the test sent and the gateway answered, summed.
struct Sent
{
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cost = 0;

    void add(const Sent &o)
    {
        requests += o.requests;
        errors += o.errors;
        promptTokens += o.promptTokens;
        completionTokens += o.completionTokens;
        cost += o.cost;
    }
};

} // namespace

class TestUsage final : public QObject
{
    Q_OBJECT

public:
    explicit TestUsage(Backend backend)
        : m_backend(backend)
        , m_server({.logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    MockLlmProcess m_mock;
    MockLlmProcess m_broken;
    ApiServer m_server;
    QString m_today;

    struct Persona
    {
        QString id;
        QByteArray token;
        QString keyId;
        QString secret;
    };
    Persona m_alice;
    Persona m_bob;
    Persona m_carol; // adminReadonly
    // Per user and model, what was sent.
    QHash<QString, Sent> m_sent;

    Persona newUser(const QString &username, const QStringList &roles)
    {
        Persona p;
        p.id = m_server.createUser(username, roles);
        p.token = m_server.token(username);
        {
            Store::Database db(m_server.databaseUrl());
            for (const QString &model : {u"mock-chat"_s, u"mock-other"_s, u"mock-broken"_s})
                Store::SubscriptionRepository(db).create(p.id, model, Store::SubscriptionStatus::Active, u"test"_s);
        }
        const RawResponse k =
            m_server.call("POST", "/api/v1/keys", p.token, {{u"name"_s, username + u"-key"_s}});
        if (k.status != 201)
            qWarning("key %s: %d %s", qPrintable(username), k.status, k.body.constData());
        p.keyId = object(k).value("id"_L1).toString();
        p.secret = object(k).value("secret"_L1).toString();
        return p;
    }

    /// One chat through the gateway; adds what it cost to m_sent. Prices per 1M tokens: mock-chat
    /// 1 in / 2 out, mock-other 3 / 4 (so a token costs 1000 × the price in nano-units).
    int chat(const Persona &who, const QString &model)
    {
        const QJsonObject body{
            {u"model"_s, model},
            {u"max_tokens"_s, 8},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hello there"_s}}}}};
        const RawResponse r = m_server.request(
            "POST", "/v1/chat/completions", json(body),
            {{"authorization", "Bearer " + who.secret.toUtf8()}, {"content-type", "application/json"}});
        Sent s;
        s.requests = 1;
        if (r.status != 200) {
            s.errors = 1;
        } else {
            const QJsonObject usage = object(r).value("usage"_L1).toObject();
            s.promptTokens = usage.value("prompt_tokens"_L1).toInteger();
            s.completionTokens = usage.value("completion_tokens"_L1).toInteger();
            const qint64 in = model == u"mock-chat"_s ? 1 : 3;
            const qint64 out = model == u"mock-chat"_s ? 2 : 4;
            s.cost = (s.promptTokens * in + s.completionTokens * out) * 1000;
        }
        m_sent[who.id + u'/' + model].add(s);
        return r.status;
    }

    Sent sent(const QString &userId = {}, const QString &model = {}) const
    {
        Sent total;
        for (auto it = m_sent.begin(); it != m_sent.end(); ++it) {
            if ((userId.isEmpty() || it.key().startsWith(userId + u'/')) &&
                (model.isEmpty() || it.key().endsWith(u'/' + model)))
                total.add(it.value());
        }
        return total;
    }

    static void compareMetrics(const QJsonObject &m, const Sent &s)
    {
        QCOMPARE(number(m, "requests"), s.requests);
        QCOMPARE(number(m, "errors"), s.errors);
        QCOMPARE(number(m, "promptTokens"), s.promptTokens);
        QCOMPARE(number(m, "completionTokens"), s.completionTokens);
        QCOMPARE(number(m, "totalTokens"), s.promptTokens + s.completionTokens);
        QCOMPARE(number(m, "cachedTokens"), 0);
        QCOMPARE(nanos(m.value("cost"_L1)), s.cost);
    }

    QByteArray today() const { return m_today.toLatin1(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        QVERIFY2(m_broken.start({u"--models"_s, u"*"_s, u"--fault"_s, u"http-500"_s}),
                 qPrintable(m_broken.errorString()));
        const auto model = [](const QString &id, const QString &in, const QString &out, const QString &base) {
            return QJsonObject{{u"id"_s, id},
                               {u"capabilities"_s, QJsonArray{u"chat"_s}},
                               {u"prices"_s, QJsonObject{{u"input"_s, in}, {u"output"_s, out}}},
                               {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, base}}}}};
        };
        m_server.options().config = QJsonObject{
            {u"models"_s, QJsonArray{model(u"mock-chat"_s, u"1"_s, u"2"_s, m_mock.apiBase()),
                                     model(u"mock-other"_s, u"3"_s, u"4"_s, m_mock.apiBase()),
                                     model(u"mock-broken"_s, u"1"_s, u"1"_s, m_broken.apiBase())}}};
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));

        m_alice = newUser(u"alice"_s, {u"user"_s});
        m_bob = newUser(u"bob"_s, {u"user"_s});
        m_carol = newUser(u"carol"_s, {u"adminReadonly"_s});
        QVERIFY(!m_alice.secret.isEmpty() && !m_bob.secret.isEmpty());

        // The data plane picks up new keys and subscriptions within about a second.
        QElapsedTimer t;
        t.start();
        int status = 0;
        while (t.elapsed() < 10'000 && (status = chat(m_alice, u"mock-chat"_s)) != 200) {
            m_sent.clear();
            QTest::qWait(100);
        }
        QCOMPARE(status, 200);
        t.restart();
        while (t.elapsed() < 10'000 && (status = chat(m_bob, u"mock-chat"_s)) != 200) {
            m_sent.remove(m_bob.id + u"/mock-chat"_s);
            QTest::qWait(100);
        }
        QCOMPARE(status, 200);
        // The known set: alice 3 × mock-chat + 1 × mock-other; bob 2 × mock-chat + 1 failing.
        QCOMPARE(chat(m_alice, u"mock-chat"_s), 200);
        QCOMPARE(chat(m_alice, u"mock-chat"_s), 200);
        QCOMPARE(chat(m_alice, u"mock-other"_s), 200);
        QCOMPARE(chat(m_bob, u"mock-chat"_s), 200);
        QVERIFY(chat(m_bob, u"mock-broken"_s) >= 500);
        QCOMPARE(sent().requests, 7);
        QCOMPARE(sent().errors, 1);

        m_today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        // The journal flushes about once a second.
        t.restart();
        qint64 seen = 0;
        while (t.elapsed() < 15'000) {
            seen = number(object(m_server.call("GET", "/api/v1/usage/summary", m_server.admin()))
                              .value("totals"_L1)
                              .toObject(),
                          "requests");
            if (seen >= 7)
                break;
            QTest::qWait(200);
        }
        QCOMPARE(seen, 7);
    }

    void summaryTotalsAndPreviousPeriod()
    {
        const RawResponse r = m_server.call("GET", "/api/v1/usage/summary?from=" + today() + "&to=" + today(),
                                            m_server.admin());
        QCOMPARE(r.status, 200);
        const QJsonObject s = object(r);
        const QJsonObject totals = s.value("totals"_L1).toObject();
        compareMetrics(totals, sent());
        QCOMPARE(number(totals, "activeUsers"), 2);
        QCOMPARE(totals.value("successRate"_L1).toDouble(), 0.8571); // 6 of 7
        // The previous period: the day before, empty.
        const QJsonObject previous = s.value("previous"_L1).toObject();
        const QString yesterday = QDate::fromString(m_today, Qt::ISODate).addDays(-1).toString(Qt::ISODate);
        QCOMPARE(previous.value("from"_L1).toString(), yesterday);
        QCOMPARE(previous.value("to"_L1).toString(), yesterday);
        QCOMPARE(number(previous.value("totals"_L1).toObject(), "requests"), 0);
        QVERIFY(previous.value("totals"_L1).toObject().value("successRate"_L1).isNull());
        const QJsonObject deltas = s.value("deltas"_L1).toObject();
        QCOMPARE(number(deltas.value("requests"_L1).toObject(), "change"), 7);
        QVERIFY(deltas.value("requests"_L1).toObject().value("percent"_L1).isNull());
        QCOMPARE(nanos(deltas.value("cost"_L1).toObject().value("change"_L1)), sent().cost);
        // Today against today a week later: the previous period of an 8-day range holds today.
        const QByteArray later = QDate::fromString(m_today, Qt::ISODate).addDays(8).toString(Qt::ISODate).toLatin1();
        const QByteArray laterEnd = QDate::fromString(m_today, Qt::ISODate).addDays(15).toString(Qt::ISODate).toLatin1();
        const QJsonObject ahead = object(m_server.call(
            "GET", "/api/v1/usage/summary?from=" + later + "&to=" + laterEnd, m_server.admin()));
        QCOMPARE(number(ahead.value("previous"_L1).toObject().value("totals"_L1).toObject(), "requests"), 7);
        QCOMPARE(ahead.value("deltas"_L1).toObject().value("requests"_L1).toObject().value("percent"_L1).toDouble(),
                 -100.0);
        // Percentiles over the raw records: all seven, ordered.
        const QJsonObject latency = s.value("latency"_L1).toObject();
        QCOMPARE(number(latency, "sampleSize"), 7);
        QCOMPARE(latency.value("sampled"_L1).toBool(), false);
        QVERIFY(number(latency, "p50Ms") >= 0);
        QVERIFY(number(latency, "p50Ms") <= number(latency, "p95Ms"));
    }

    void filters()
    {
        const QByteArray range = "from=" + today() + "&to=" + today();
        // By key, by model (comma list), by user (repeated).
        compareMetrics(
            object(m_server.call("GET", "/api/v1/usage/summary?" + range + "&keyId=" + m_alice.keyId.toUtf8(),
                                 m_server.admin()))
                .value("totals"_L1)
                .toObject(),
            sent(m_alice.id));
        compareMetrics(
            object(m_server.call("GET", "/api/v1/usage/summary?" + range + "&modelId=mock-chat,mock-other",
                                 m_server.admin()))
                .value("totals"_L1)
                .toObject(),
            [&] {
                Sent s = sent({}, u"mock-chat"_s);
                s.add(sent({}, u"mock-other"_s));
                return s;
            }());
        compareMetrics(object(m_server.call("GET",
                                            "/api/v1/usage/summary?" + range + "&userId=" +
                                                m_alice.id.toUtf8() + "&userId=" + m_bob.id.toUtf8(),
                                            m_server.admin()))
                           .value("totals"_L1)
                           .toObject(),
                       sent());
        compareMetrics(object(m_server.call("GET", "/api/v1/usage/summary?" + range + "&modelId=nothing",
                                            m_server.admin()))
                           .value("totals"_L1)
                           .toObject(),
                       Sent{});
        // Ranges: at most 366 days, from not after to, days well formed, no unknown parameters.
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary?from=2025-01-01&to=2026-01-01", m_server.admin())
                     .status,
                 200); // 366 days
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary?from=2025-01-01&to=2026-01-02", m_server.admin())
                     .status,
                 400);
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary?from=2026-02-01&to=2026-01-01", m_server.admin())
                     .status,
                 400);
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary?from=yesterday", m_server.admin()).status, 400);
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary?user=x", m_server.admin()).status, 400);
    }

    void timeseries()
    {
        const QDate day = QDate::fromString(m_today, Qt::ISODate);
        const QByteArray from = day.addDays(-2).toString(Qt::ISODate).toLatin1();
        QJsonArray items =
            object(m_server.call("GET",
                                 "/api/v1/usage/timeseries?groupBy=day&from=" + from + "&to=" + today(),
                                 m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value("start"_L1).toString(), day.addDays(-2).toString(Qt::ISODate));
        compareMetrics(items.at(0).toObject(), Sent{});
        compareMetrics(items.at(1).toObject(), Sent{});
        compareMetrics(items.at(2).toObject(), sent());
        QCOMPARE(items.at(2).toObject().value("start"_L1).toString(), m_today);

        // Weeks start on Monday: three weeks back to today is three or four buckets.
        const QDate fromDay = day.addDays(-20);
        items = object(m_server.call("GET",
                                     "/api/v1/usage/timeseries?groupBy=week&from=" +
                                         fromDay.toString(Qt::ISODate).toLatin1() + "&to=" + today(),
                                     m_server.admin()))
                    .value("items"_L1)
                    .toArray();
        const QDate firstMonday = fromDay.addDays(1 - fromDay.dayOfWeek());
        QCOMPARE(items.first().toObject().value("start"_L1).toString(), firstMonday.toString(Qt::ISODate));
        QCOMPARE(items.size(), int(firstMonday.daysTo(day) / 7 + 1));
        for (int i = 0; i + 1 < items.size(); ++i)
            compareMetrics(items.at(i).toObject(), Sent{});
        compareMetrics(items.last().toObject(), sent());
        QCOMPARE(QDate::fromString(items.last().toObject().value("start"_L1).toString(), Qt::ISODate).dayOfWeek(), 1);

        // Months: this one and the two before.
        const QDate monthsFrom = day.addMonths(-2);
        items = object(m_server.call("GET",
                                     "/api/v1/usage/timeseries?groupBy=month&from=" +
                                         monthsFrom.toString(Qt::ISODate).toLatin1() + "&to=" + today(),
                                     m_server.admin()))
                    .value("items"_L1)
                    .toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.last().toObject().value("start"_L1).toString(),
                 QDate(day.year(), day.month(), 1).toString(Qt::ISODate));
        compareMetrics(items.last().toObject(), sent());
        QCOMPARE(m_server.call("GET", "/api/v1/usage/timeseries?groupBy=hour", m_server.admin()).status, 400);
    }

    void breakdowns()
    {
        const QByteArray range = "from=" + today() + "&to=" + today();
        // By model, by requests: mock-chat (5), then mock-broken and mock-other (1 each, broken
        // cost nothing so mock-other first on the cost tie-break).
        QJsonArray items =
            object(m_server.call("GET", "/api/v1/usage/breakdown?by=model&orderBy=requests&" + range,
                                 m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value("id"_L1).toString(), u"mock-chat"_s);
        compareMetrics(items.at(0).toObject(), sent({}, u"mock-chat"_s));
        QCOMPARE(items.at(1).toObject().value("id"_L1).toString(), u"mock-other"_s);
        compareMetrics(items.at(1).toObject(), sent({}, u"mock-other"_s));
        QCOMPARE(items.at(2).toObject().value("id"_L1).toString(), u"mock-broken"_s);
        compareMetrics(items.at(2).toObject(), sent({}, u"mock-broken"_s));

        // By user, top 1 by cost.
        items =
            object(m_server.call("GET", "/api/v1/usage/breakdown?by=user&limit=1&" + range, m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(items.size(), 1);
        const bool aliceFirst = sent(m_alice.id).cost >= sent(m_bob.id).cost;
        const Persona &top = aliceFirst ? m_alice : m_bob;
        QCOMPARE(items.at(0).toObject().value("id"_L1).toString(), top.id);
        compareMetrics(items.at(0).toObject(), sent(top.id));
        QCOMPARE(number(items.at(0).toObject(), "activeUsers"), 1);

        // By key: the two keys.
        items = object(m_server.call("GET", "/api/v1/usage/breakdown?by=key&orderBy=requests&" + range,
                                     m_server.admin()))
                    .value("items"_L1)
                    .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("id"_L1).toString(), m_alice.keyId); // 4 against 3
        compareMetrics(items.at(0).toObject(), sent(m_alice.id));
        compareMetrics(items.at(1).toObject(), sent(m_bob.id));
        QCOMPARE(m_server.call("GET", "/api/v1/usage/breakdown?by=team", m_server.admin()).status, 400);
        QCOMPARE(m_server.call("GET", "/api/v1/usage/breakdown?limit=0", m_server.admin()).status, 400);
    }

    void forecastAndBudget()
    {
        const QJsonObject f = object(m_server.call("GET", "/api/v1/usage/forecast", m_server.admin()));
        QCOMPARE(nanos(f.value("monthToDate"_L1)), sent().cost);
        QCOMPARE(number(f, "requestsToDate"), 7);
        QVERIFY(nanos(f.value("projectedMonthEnd"_L1)) >= sent().cost);
        // Linear: month-to-date × days in month / days elapsed (rounded to cents of a day here).
        const double expected = double(sent().cost) * f.value("daysInMonth"_L1).toDouble() /
                                std::max(f.value("daysElapsed"_L1).toDouble(), 1.0 / 24.0);
        QVERIFY2(qAbs(double(nanos(f.value("projectedMonthEnd"_L1))) - expected) <= expected * 0.01 + 1,
                 json(f).constData());
        QCOMPARE(m_server.call("GET", "/api/v1/usage/forecast?from=2026-01-01", m_server.admin()).status,
                 400);
        // A user's forecast is their own.
        QCOMPARE(
            nanos(
                object(m_server.call("GET", "/api/v1/usage/forecast", m_bob.token)).value("monthToDate"_L1)),
            sent(m_bob.id).cost);

        const RawResponse me = m_server.call("GET", "/api/v1/usage/me", m_alice.token);
        QCOMPARE(me.status, 200);
        const QJsonObject budget = object(me).value("budget"_L1).toObject();
        QCOMPARE(object(me).value("userId"_L1).toString(), m_alice.id);
        QCOMPARE(nanos(budget.value("spend"_L1)), sent(m_alice.id).cost);
        QVERIFY(budget.value("maxBudget"_L1).isNull());
        compareMetrics(object(me).value("month"_L1).toObject().value("totals"_L1).toObject(), sent(m_alice.id));
    }

    void usersSeeOnlyTheirOwn()
    {
        const QByteArray range = "from=" + today() + "&to=" + today();
        // Without a filter a user gets their own usage; naming themselves is fine, anyone else is 403.
        compareMetrics(object(m_server.call("GET", "/api/v1/usage/summary?" + range, m_alice.token))
                           .value("totals"_L1)
                           .toObject(),
                       sent(m_alice.id));
        compareMetrics(
            object(m_server.call("GET", "/api/v1/usage/summary?" + range + "&userId=" + m_bob.id.toUtf8(),
                                 m_bob.token))
                .value("totals"_L1)
                .toObject(),
            sent(m_bob.id));
        QCOMPARE(
            m_server.call("GET", "/api/v1/usage/summary?userId=" + m_bob.id.toUtf8(), m_alice.token).status,
            403);
        QCOMPARE(m_server
                     .call("GET",
                           "/api/v1/usage/summary?userId=" + m_alice.id.toUtf8() + "," + m_bob.id.toUtf8(),
                           m_alice.token)
                     .status,
                 403);
        QCOMPARE(
            m_server.call("GET", "/api/v1/usage/export?userId=" + m_bob.id.toUtf8(), m_alice.token).status,
            403);
        // Bob's key filter on alice's session finds nothing of bob's.
        compareMetrics(
            object(m_server.call("GET", "/api/v1/usage/summary?" + range + "&keyId=" + m_bob.keyId.toUtf8(),
                                 m_alice.token))
                .value("totals"_L1)
                .toObject(),
            Sent{});
        const QJsonArray users =
            object(m_server.call("GET", "/api/v1/usage/breakdown?by=user&" + range, m_bob.token))
                .value("items"_L1)
                .toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0).toObject().value("id"_L1).toString(), m_bob.id);
        const QJsonArray days =
            object(m_server.call("GET", "/api/v1/usage/timeseries?" + range, m_alice.token))
                .value("items"_L1)
                .toArray();
        compareMetrics(days.last().toObject(), sent(m_alice.id));
        // adminReadonly sees everybody.
        compareMetrics(object(m_server.call("GET", "/api/v1/usage/summary?" + range, m_carol.token))
                           .value("totals"_L1)
                           .toObject(),
                       sent());
        QCOMPARE(m_server.call("GET", "/api/v1/usage/summary", {}).status, 401);
    }

    void exportCsvAndJson()
    {
        const QByteArray range = "from=" + today() + "&to=" + today();
        RawResponse r = m_server.call("GET", "/api/v1/usage/export?format=csv&" + range, m_server.admin());
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/csv"));
        QVERIFY(r.chunked);
        QVERIFY(r.complete);
        QList<QByteArray> lines = r.body.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // ends with a line break
        QCOMPARE(lines.size(), 1 + 7);
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        QCOMPARE(header.first(), "requestId");
        const int user = int(header.indexOf("userId"));
        const int cost = int(header.indexOf("cost"));
        const int status = int(header.indexOf("status"));
        const int prompt = int(header.indexOf("promptTokens"));
        qint64 costSum = 0;
        qint64 promptSum = 0;
        int aliceRows = 0;
        int failed = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
            QCOMPARE(fields.size(), header.size());
            costSum += Util::parseDecimalNanos(QString::fromLatin1(fields.at(cost))).value_or(-1);
            promptSum += fields.at(prompt).toLongLong();
            aliceRows += fields.at(user) == m_alice.id.toUtf8() ? 1 : 0;
            failed += fields.at(status).toInt() >= 400 ? 1 : 0;
        }
        QCOMPARE(costSum, sent().cost);
        QCOMPARE(promptSum, sent().promptTokens);
        QCOMPARE(aliceRows, 4);
        QCOMPARE(failed, 1);

        // A user's export holds only their rows.
        r = m_server.call("GET", "/api/v1/usage/export?format=json&" + range, m_alice.token);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value("userId"_L1).toString(), m_alice.id);

        // Daily rows: one per user, key, model and deployment of the day.
        r = m_server.call("GET", "/api/v1/usage/export?format=json&rows=daily&" + range, m_server.admin());
        QCOMPARE(r.status, 200);
        const QJsonArray daily = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(daily.size(), 4); // alice × 2 models, bob × 2 models
        qint64 requests = 0;
        for (const QJsonValue &row : daily)
            requests += number(row.toObject(), "requests");
        QCOMPARE(requests, 7);
        QCOMPARE(m_server.call("GET", "/api/v1/usage/export?format=xml", m_server.admin()).status, 400);
    }

    void exportStreamsManyRows()
    {
        // More rows than one page of the stream (1000), on a day of their own, written to the
        // store the way the journal flusher writes them.
        constexpr int Count = 2'345;
        const QDate day(2025, 3, 10);
        const qint64 start = day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        QList<Store::UsageRecord> records;
        for (int i = 0; i < Count; ++i) {
            Store::UsageRecord r;
            r.requestId = u"bulk-%1"_s.arg(i, 5, 10, QChar(u'0'));
            r.at = start + (i % 500) * 1000; // equal timestamps: the keyset's tie-break by id
            r.userId = u"bulk-user, \"quoted\""_s;
            r.modelId = u"mock-chat"_s;
            r.promptTokens = i;
            r.cost = 1000;
            r.status = 200;
            records << r;
        }
        {
            Store::Database db(m_server.databaseUrl());
            QCOMPARE(Store::UsageRepository(db).appendBatch(records), Count);
        }
        const QByteArray range = "from=2025-03-10&to=2025-03-10";
        RawResponse r = m_server.call("GET", "/api/v1/usage/export?format=csv&" + range, m_server.admin());
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QList<QByteArray> lines = r.body.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), 1 + Count);
        // Every record once; the user id with a comma and quotes is quoted CSV.
        QSet<QByteArray> ids;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            ids.insert(lines.at(i).left(lines.at(i).indexOf(',')));
            QVERIFY2(lines.at(i).contains(",\"bulk-user, \"\"quoted\"\"\","), lines.at(i).constData());
        }
        QCOMPARE(ids.size(), Count);
        r = m_server.call("GET", "/api/v1/usage/export?format=json&" + range, m_server.admin());
        const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(rows.size(), Count);
        qint64 prompt = 0;
        for (const QJsonValue &row : rows)
            prompt += number(row.toObject(), "promptTokens");
        QCOMPARE(prompt, qint64(Count) * (Count - 1) / 2);
        // And the rollups agree.
        const QJsonObject totals =
            object(m_server.call("GET", "/api/v1/usage/summary?" + range, m_server.admin()))
                .value("totals"_L1)
                .toObject();
        QCOMPARE(number(totals, "requests"), Count);
        QCOMPARE(number(totals, "promptTokens"), prompt);
        QCOMPARE(nanos(totals.value("cost"_L1)), qint64(Count) * 1000);
    }

    void plannerPicksTheCoarsestRollup()
    {
        using Store::UsageDimension;
        using Store::UsageQuery;
        using Store::UsageSource;
        Store::UsageQueryFilter f;
        f.fromDay = u"2026-01-01"_s;
        f.toDay = u"2026-03-31"_s;
        QCOMPARE(UsageQuery::plan(f, std::nullopt), UsageSource::DailyModel);
        QCOMPARE(UsageQuery::plan(f, UsageDimension::Model), UsageSource::DailyModel);
        QCOMPARE(UsageQuery::plan(f, UsageDimension::User), UsageSource::DailyUser);
        QCOMPARE(UsageQuery::plan(f, UsageDimension::Key), UsageSource::Daily);
        Store::UsageQueryFilter models = f;
        models.modelIds = {u"m"_s};
        models.deploymentIds = {u"d"_s};
        QCOMPARE(UsageQuery::plan(models, std::nullopt), UsageSource::DailyModel);
        QCOMPARE(UsageQuery::plan(models, UsageDimension::User), UsageSource::Daily);
        Store::UsageQueryFilter users = f;
        users.userIds = {u"u"_s};
        QCOMPARE(UsageQuery::plan(users, std::nullopt), UsageSource::DailyUser);
        QCOMPARE(UsageQuery::plan(users, UsageDimension::User), UsageSource::DailyUser);
        QCOMPARE(UsageQuery::plan(users, UsageDimension::Model), UsageSource::Daily);
        Store::UsageQueryFilter keys = f;
        keys.keyIds = {u"k"_s};
        QCOMPARE(UsageQuery::plan(keys, std::nullopt), UsageSource::Daily);
        QCOMPARE(UsageQuery::plan(Store::UsageQueryFilter{}, std::nullopt), UsageSource::Daily); // unbounded
        QCOMPARE(UsageQuery::plan(Store::UsageQueryFilter{}, UsageDimension::User), UsageSource::DailyUser);
    }

    void eachRollupPathThroughHttp()
    {
        const QByteArray range = "from=" + today() + "&to=" + today();
        // usage_daily_model with active users from usage_active_days: per model and per day.
        const QJsonArray models =
            object(m_server.call("GET", "/api/v1/usage/breakdown?by=model&orderBy=requests&" + range,
                                 m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(models.size(), 3);
        QHash<QString, qint64> usersPerModel;
        for (const QJsonValue &m : models)
            usersPerModel.insert(m[u"id"_s].toString(), number(m.toObject(), "activeUsers"));
        QCOMPARE(usersPerModel.value(u"mock-chat"_s), 2);
        QCOMPARE(usersPerModel.value(u"mock-other"_s), 1);
        QCOMPARE(usersPerModel.value(u"mock-broken"_s), 1);
        const QJsonArray days =
            object(m_server.call("GET", "/api/v1/usage/timeseries?groupBy=day&" + range, m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(days.size(), 1);
        compareMetrics(days.at(0).toObject(), sent());
        QCOMPARE(number(days.at(0).toObject(), "activeUsers"), 2);
        const QJsonArray weeks =
            object(m_server.call("GET", "/api/v1/usage/timeseries?groupBy=week&" + range, m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(number(weeks.last().toObject(), "activeUsers"), 2);
        // usage_daily_model filtered by deployment: the deployment of alice's mock-other call.
        const QJsonArray records =
            QJsonDocument::fromJson(
                m_server.call("GET", "/api/v1/usage/export?format=json&" + range, m_server.admin()).body)
                .array();
        QString otherDeployment;
        for (const QJsonValue &r : records) {
            if (r[u"modelId"_s].toString() == u"mock-other"_s)
                otherDeployment = r[u"deploymentId"_s].toString();
        }
        QVERIFY(!otherDeployment.isEmpty());
        const QJsonObject byDeployment =
            object(m_server.call(
                       "GET", "/api/v1/usage/summary?" + range + "&deploymentId=" + otherDeployment.toUtf8(),
                       m_server.admin()))
                .value("totals"_L1)
                .toObject();
        compareMetrics(byDeployment, sent({}, u"mock-other"_s));
        QCOMPARE(number(byDeployment, "activeUsers"), 1);
        // usage_daily_user: a user's series.
        const QJsonArray aliceDays =
            object(m_server.call("GET",
                                 "/api/v1/usage/timeseries?" + range + "&userId=" + m_alice.id.toUtf8(),
                                 m_server.admin()))
                .value("items"_L1)
                .toArray();
        compareMetrics(aliceDays.last().toObject(), sent(m_alice.id));
        QCOMPARE(number(aliceDays.last().toObject(), "activeUsers"), 1);
        // usage_daily: user and model together, and users of one model.
        compareMetrics(object(m_server.call("GET",
                                            "/api/v1/usage/summary?" + range +
                                                "&userId=" + m_alice.id.toUtf8() + "&modelId=mock-chat",
                                            m_server.admin()))
                           .value("totals"_L1)
                           .toObject(),
                       sent(m_alice.id, u"mock-chat"_s));
        const QJsonArray chatUsers =
            object(m_server.call(
                       "GET", "/api/v1/usage/breakdown?by=user&orderBy=requests&modelId=mock-chat&" + range,
                       m_server.admin()))
                .value("items"_L1)
                .toArray();
        QCOMPARE(chatUsers.size(), 2);
        QCOMPARE(chatUsers.at(0)[u"id"_s].toString(), m_alice.id); // 3 against 2
        compareMetrics(chatUsers.at(0).toObject(), sent(m_alice.id, u"mock-chat"_s));
        compareMetrics(chatUsers.at(1).toObject(), sent(m_bob.id, u"mock-chat"_s));
    }

    /// Random records written the way the flusher writes them; every query of many random filters
    /// must give the same answer from the planned (coarse) source as from usage_daily.
    void coarseRollupsAgreeWithUsageDaily()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator rng(seed);
        const QDate first(2024, 1, 20);
        constexpr int Days = 80; // late January to mid April: months and weeks cross
        const QStringList users = {u"ru0"_s, u"ru1"_s, u"ru2"_s, u"ru3"_s, u"ru4"_s, QString()};
        const QStringList models = {u"rm0"_s, u"rm1"_s, u"rm2"_s, u"rm3"_s};
        QList<Store::UsageRecord> records;
        for (int i = 0; i < 3000; ++i) {
            Store::UsageRecord r;
            r.requestId = u"rnd-%1"_s.arg(i);
            r.at = first.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() +
                   qint64(rng.bounded(Days * 24 * 3600)) * 1000 + i % 1000;
            const int key = int(rng.bounded(10));
            r.keyId = key == 9 ? QString() : u"rk%1"_s.arg(key);
            r.userId = users.at(key % users.size());
            r.modelId = models.at(int(rng.bounded(int(models.size()))));
            r.deploymentId = r.modelId + u"-d"_s + QString::number(rng.bounded(2));
            r.promptTokens = rng.bounded(1000);
            r.completionTokens = rng.bounded(500);
            r.cachedTokens = rng.bounded(50);
            r.cost = rng.bounded(1'000'000);
            r.status = rng.bounded(10) == 0 ? 500 : 200;
            r.latencyMs = rng.bounded(3000);
            if (rng.bounded(2) == 0)
                r.ttftMs = rng.bounded(800);
            records << r;
        }
        Store::Database db(m_server.databaseUrl());
        // The server's scheduler must not compact these days before compactionKeepsCoarseAnswers.
        setDetailRetention(db, 36500);
        for (qsizetype i = 0; i < records.size(); i += 250)
            QCOMPARE(Store::UsageRepository(db).appendBatch(records.mid(i, 250)), int(records.mid(i, 250).size()));

        Store::UsageQuery coarse(db);
        Store::UsageQuery fine(db);
        fine.setFineOnly(true);
        QHash<int, int> used;
        const auto pick = [&](const QStringList &from, int max) {
            QStringList out;
            const int n = int(rng.bounded(max + 1));
            for (int i = 0; i < n; ++i)
                out << from.at(int(rng.bounded(int(from.size()))));
            return out;
        };
        const QStringList keys = {u"rk0"_s, u"rk1"_s, u"rk5"_s, QString()};
        const QStringList deployments = {u"rm0-d0"_s, u"rm1-d1"_s, u"rm2-d0"_s};
        for (int round = 0; round < 80; ++round) {
            Store::UsageQueryFilter f;
            const int a = int(rng.bounded(Days + 10)) - 5;
            const int b = int(rng.bounded(Days + 10)) - 5;
            f.fromDay = first.addDays(qMin(a, b)).toString(Qt::ISODate);
            f.toDay = first.addDays(qMax(a, b)).toString(Qt::ISODate);
            // Mostly filters the coarse tables can answer, sometimes ones they cannot.
            const int shape = int(rng.bounded(4));
            if (shape == 1)
                f.userIds = pick(users, 2);
            if (shape == 2) {
                f.modelIds = pick(models, 2);
                if (rng.bounded(2) == 0)
                    f.deploymentIds = pick(deployments, 2);
            }
            if (shape == 3) {
                f.userIds = pick(users, 2);
                f.modelIds = pick(models, 1);
                f.keyIds = pick(keys, 2);
            }
            const QString context = u"round %1 from %2 to %3 users %4 models %5 deployments %6 keys %7"_s.arg(round)
                                        .arg(f.fromDay, f.toDay, f.userIds.join(u','), f.modelIds.join(u','),
                                             f.deploymentIds.join(u','), f.keyIds.join(u','));
            used[int(coarse.sourceFor(f, std::nullopt))] += 1;
            QCOMPARE(describe(coarse.totals(f)), describe(fine.totals(f)));
            for (const Store::UsageBucket bucket :
                 {Store::UsageBucket::Day, Store::UsageBucket::Week, Store::UsageBucket::Month}) {
                QCOMPARE(describe(coarse.series(f, bucket)), describe(fine.series(f, bucket)));
            }
            for (const Store::UsageDimension dimension :
                 {Store::UsageDimension::Model, Store::UsageDimension::User, Store::UsageDimension::Key}) {
                used[int(coarse.sourceFor(f, dimension))] += 1;
                for (const Store::UsageOrder order : {Store::UsageOrder::Cost, Store::UsageOrder::Requests}) {
                    for (const int limit : {2, 100}) {
                        const QStringList c = describe(coarse.breakdown(f, dimension, order, limit));
                        const QStringList x = describe(fine.breakdown(f, dimension, order, limit));
                        if (c != x)
                            qWarning("%s", qPrintable(context));
                        QCOMPARE(c, x);
                    }
                }
            }
        }
        QVERIFY(used.value(int(Store::UsageSource::DailyModel)) > 20);
        QVERIFY(used.value(int(Store::UsageSource::DailyUser)) > 20);
        QVERIFY(used.value(int(Store::UsageSource::Daily)) > 20);
        // Not vacuous: the whole range holds every record.
        Store::UsageQueryFilter all;
        all.fromDay = first.toString(Qt::ISODate);
        all.toDay = first.addDays(Days).toString(Qt::ISODate);
        QCOMPARE(coarse.totals(all).requests, records.size());
        QCOMPARE(coarse.totals(all).activeUsers, users.size() - 1);

        // Percentiles: nearest rank over the newest records of the range, against the records.
        for (const int maxSample : {40, 20'000}) {
            Store::UsageQueryFilter f;
            f.fromDay = first.addDays(10).toString(Qt::ISODate);
            f.toDay = first.addDays(40).toString(Qt::ISODate);
            f.modelIds = {u"rm1"_s};
            const qint64 fromMs = first.addDays(10).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
            const qint64 toMs = first.addDays(41).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
            QList<Store::UsageRecord> in;
            for (const Store::UsageRecord &r : std::as_const(records)) {
                if (r.at >= fromMs && r.at < toMs && r.modelId == u"rm1"_s)
                    in << r;
            }
            std::sort(in.begin(), in.end(), [](const auto &a, const auto &b) { return a.at > b.at; });
            const bool sampled = in.size() > maxSample;
            in = in.mid(0, maxSample);
            std::vector<qint64> latency;
            std::vector<qint64> ttft;
            for (const Store::UsageRecord &r : std::as_const(in)) {
                latency.push_back(r.latencyMs);
                if (r.ttftMs)
                    ttft.push_back(*r.ttftMs);
            }
            std::sort(latency.begin(), latency.end());
            std::sort(ttft.begin(), ttft.end());
            const auto rank = [](const std::vector<qint64> &v, int percent) {
                return v.at(size_t(std::max<qint64>(1, (qint64(v.size()) * percent + 99) / 100) - 1));
            };
            QVERIFY(latency.size() > 20 && ttft.size() > 10);
            const Store::UsagePercentiles p = coarse.percentiles(f, maxSample);
            QCOMPARE(p.sampleSize, qint64(latency.size()));
            QCOMPARE(p.sampled, sampled);
            QCOMPARE(p.latencyP50.value_or(-1), rank(latency, 50));
            QCOMPARE(p.latencyP95.value_or(-1), rank(latency, 95));
            QCOMPARE(p.ttftP50.value_or(-1), rank(ttft, 50));
            QCOMPARE(p.ttftP95.value_or(-1), rank(ttft, 95));
        }
        Store::UsageQueryFilter none;
        none.fromDay = none.toDay = u"2023-02-01"_s;
        QVERIFY(!coarse.percentiles(none).latencyP50.has_value());
        QCOMPARE(coarse.percentiles(none).sampleSize, 0);
    }

    /// Migration 10's backfill from usage_daily gives exactly the rows the flusher maintained.
    void migrationBackfillMatchesTheFlusher()
    {
        Store::Database db(m_server.databaseUrl());
        const QStringList tables = {u"usage_daily_model ORDER BY day, model_id, deployment_id"_s,
                                    u"usage_daily_user ORDER BY day, user_id"_s,
                                    u"usage_active_days ORDER BY month, model_id, deployment_id, user_id"_s};
        QList<QStringList> before;
        for (const QString &t : tables)
            before << rows(db, u"SELECT * FROM "_s + t);
        QVERIFY(before.at(0).size() > 100);
        QVERIFY(before.at(2).size() > 10);
        Store::Migrations::Migration backfill;
        for (const Store::Migrations::Migration &m : Store::Migrations::all()) {
            if (m.version == 10)
                backfill = m;
        }
        int inserts = 0;
        {
            Store::Transaction tx(db);
            for (const QString &t : tables)
                db.exec(u"DELETE FROM "_s + t.section(u' ', 0, 0));
            for (const QString &statement : std::as_const(backfill.statements)) {
                if (statement.startsWith(u"INSERT INTO usage_"_s)) {
                    db.execStatic(Store::Migrations::render(statement, db.dialect()));
                    ++inserts;
                }
            }
            tx.commit();
        }
        QCOMPARE(inserts, 3);
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(rows(db, u"SELECT * FROM "_s + tables.at(i)), before.at(i));
    }

    /// usage-compaction deletes usage_daily rows older than the setting once the coarser rollups
    /// cover their day; answers from the coarse tables stay the same.
    void compactionKeepsCoarseAnswers()
    {
        Store::Database db(m_server.databaseUrl());
        Store::UsageQuery usage(db);
        Store::UsageQueryFilter old;
        old.fromDay = u"2024-01-01"_s;
        old.toDay = u"2024-12-31"_s;
        const QString totalsBefore = describe(usage.totals(old));
        const QStringList monthsBefore = describe(usage.series(old, Store::UsageBucket::Month));
        const QStringList modelsBefore =
            describe(usage.breakdown(old, Store::UsageDimension::Model, Store::UsageOrder::Cost, 100));
        const QStringList usersBefore =
            describe(usage.breakdown(old, Store::UsageDimension::User, Store::UsageOrder::Cost, 100));
        // A day no coarse rollup covers (written around the flusher) must stay.
        db.exec(u"INSERT INTO usage_daily (day, user_id, key_id, model_id, deployment_id, requests) "
                "VALUES ('2023-06-01', 'x', 'y', 'z', 'w', 3)"_s);
        const qint64 todayRows = scalar(db, u"SELECT COUNT(*) FROM usage_daily WHERE day = ?"_s, {m_today});
        QCOMPARE(todayRows, 4);
        const qint64 oldRows = scalar(db, u"SELECT COUNT(*) FROM usage_daily WHERE day < '2026-01-01'"_s);
        QVERIFY(oldRows > 100);
        const auto run = [&] {
            const RawResponse r =
                m_server.call("POST", "/api/v1/jobs/usage-compaction/run", m_server.admin(), {});
            if (r.status != 200)
                qWarning("%d %s", r.status, r.body.constData());
            return object(r);
        };
        // A retention longer than any data (set by coarseRollupsAgreeWithUsageDaily): nothing goes.
        QJsonObject result = run();
        QCOMPARE(result.value("ok"_L1).toBool(), true);
        QCOMPARE(result.value("counts"_L1)[u"deleted"_s].toInteger(), 0);
        // 30 days: everything but today's rows and the uncovered day.
        setDetailRetention(db, 30);
        result = run();
        QCOMPARE(result.value("ok"_L1).toBool(), true);
        const QJsonObject counts = result.value("counts"_L1).toObject();
        QCOMPARE(counts.value("deleted"_L1).toInteger(), oldRows - 1);
        QCOMPARE(counts.value("daysUncovered"_L1).toInteger(), 1);
        QCOMPARE(counts.value("olderThanDays"_L1).toInteger(), 30);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM usage_daily WHERE day < '2026-01-01'"_s), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM usage_daily WHERE day = ?"_s, {m_today}), todayRows);
        QCOMPARE(describe(usage.totals(old)), totalsBefore);
        QCOMPARE(describe(usage.series(old, Store::UsageBucket::Month)), monthsBefore);
        QCOMPARE(describe(usage.breakdown(old, Store::UsageDimension::Model, Store::UsageOrder::Cost, 100)),
                 modelsBefore);
        QCOMPARE(describe(usage.breakdown(old, Store::UsageDimension::User, Store::UsageOrder::Cost, 100)),
                 usersBefore);
        // Through HTTP as well: the 2025 bulk day of exportStreamsManyRows is still summed.
        const QJsonObject totals =
            object(
                m_server.call("GET", "/api/v1/usage/summary?from=2025-03-10&to=2025-03-10", m_server.admin()))
                .value("totals"_L1)
                .toObject();
        QCOMPARE(number(totals, "requests"), 2'345);
        QCOMPARE(number(totals, "activeUsers"), 1);
        // Today's answers did not move.
        compareMetrics(object(m_server.call("GET", "/api/v1/usage/summary?from=" + today() + "&to=" + today(),
                                            m_server.admin()))
                           .value("totals"_L1)
                           .toObject(),
                       sent());
        setDetailRetention(db, 400);
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestUsage>(u"TestUsage"_s, argc, argv);
}

#include "tst_usage.moc"
