// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/budgetwindow.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Tollgate::Limits;

namespace {

qint64 at(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

QString show(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODateWithMs)
        + u" (offset %1)"_s.arg(QDateTime::fromMSecsSinceEpoch(ms, zone).offsetFromUtc());
}

Tollgate::Util::Duration duration(const QString &text)
{
    const auto d = parseBudgetDuration(text);
    Q_ASSERT(d);
    return *d;
}

} // namespace

class TestLimitsWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBudgetDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        for (const char *good : {"30s", "15m", "1h", "24h", "1d", "7d", "2w", "30d", "1mo", "daily", "weekly",
                                 "monthly", "hourly"})
            QTest::newRow(good) << QString::fromLatin1(good) << true;
        for (const char *bad : {"", "d", "10", "0d", "1y", "-1d", "1D"})
            QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad) << false;
    }
    void parsesBudgetDurations()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString error;
        QCOMPARE(parseBudgetDuration(text, &error).has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    void nextReset_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");

        const QString utc = u"UTC"_s;
        const QString paris = u"Europe/Paris"_s;
        // UTC: days, weeks, months, hours.
        QTest::newRow("1d afternoon") << u"1d"_s << utc << u"2026-01-31T15:00:00Z"_s << u"2026-02-01T00:00:00Z"_s;
        QTest::newRow("24h = 1d") << u"24h"_s << utc << u"2026-01-31T15:00:00Z"_s << u"2026-02-01T00:00:00Z"_s;
        QTest::newRow("daily") << u"daily"_s << utc << u"2026-01-31T15:00:00Z"_s << u"2026-02-01T00:00:00Z"_s;
        QTest::newRow("1d at midnight") << u"1d"_s << utc << u"2026-02-01T00:00:00Z"_s << u"2026-02-02T00:00:00Z"_s;
        QTest::newRow("1d Dec 31") << u"1d"_s << utc << u"2026-12-31T23:59:59Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("7d Wednesday") << u"7d"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-12T00:00:00Z"_s;
        QTest::newRow("7d Sunday night") << u"7d"_s << utc << u"2026-01-11T23:59:59Z"_s << u"2026-01-12T00:00:00Z"_s;
        QTest::newRow("7d Monday 00:00") << u"7d"_s << utc << u"2026-01-12T00:00:00Z"_s << u"2026-01-19T00:00:00Z"_s;
        QTest::newRow("1w = 7d") << u"1w"_s << utc << u"2026-12-30T10:00:00Z"_s << u"2027-01-04T00:00:00Z"_s;
        QTest::newRow("weekly") << u"weekly"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-12T00:00:00Z"_s;
        QTest::newRow("1mo Jan 31") << u"1mo"_s << utc << u"2026-01-31T12:00:00Z"_s << u"2026-02-01T00:00:00Z"_s;
        QTest::newRow("1mo Feb 1 00:00") << u"1mo"_s << utc << u"2026-02-01T00:00:00Z"_s << u"2026-03-01T00:00:00Z"_s;
        QTest::newRow("1mo December") << u"1mo"_s << utc << u"2026-12-15T08:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("1mo leap Feb 29") << u"1mo"_s << utc << u"2028-02-29T10:00:00Z"_s << u"2028-03-01T00:00:00Z"_s;
        QTest::newRow("1mo leap Jan 31") << u"1mo"_s << utc << u"2028-01-31T10:00:00Z"_s << u"2028-02-01T00:00:00Z"_s;
        QTest::newRow("30d = 1st of month") << u"30d"_s << utc << u"2026-01-31T12:00:00Z"_s << u"2026-02-01T00:00:00Z"_s;
        QTest::newRow("30d December") << u"30d"_s << utc << u"2026-12-02T00:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("monthly") << u"monthly"_s << utc << u"2028-02-28T10:00:00Z"_s << u"2028-03-01T00:00:00Z"_s;
        QTest::newRow("2mo") << u"2mo"_s << utc << u"2026-11-20T10:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("1h") << u"1h"_s << utc << u"2026-01-07T10:15:00Z"_s << u"2026-01-07T11:00:00Z"_s;
        QTest::newRow("1h on the hour") << u"1h"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-07T11:00:00Z"_s;
        QTest::newRow("1h last hour") << u"1h"_s << utc << u"2026-12-31T23:30:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("6h") << u"6h"_s << utc << u"2026-01-07T13:00:00Z"_s << u"2026-01-07T18:00:00Z"_s;
        QTest::newRow("5h caps at midnight") << u"5h"_s << utc << u"2026-01-07T21:00:00Z"_s << u"2026-01-08T00:00:00Z"_s;
        QTest::newRow("15m") << u"15m"_s << utc << u"2026-01-07T10:07:00Z"_s << u"2026-01-07T10:15:00Z"_s;
        QTest::newRow("30s") << u"30s"_s << utc << u"2026-01-07T10:00:45Z"_s << u"2026-01-07T10:01:00Z"_s;
        QTest::newRow("2d") << u"2d"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-09T00:00:00Z"_s;
        QTest::newRow("2w") << u"2w"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-21T00:00:00Z"_s;
        QTest::newRow("48h = 2d") << u"48h"_s << utc << u"2026-01-07T10:00:00Z"_s << u"2026-01-09T00:00:00Z"_s;

        // Europe/Paris: spring forward on 2026-03-29 (02:00 CET → 03:00 CEST), fall back on
        // 2026-10-25 (03:00 CEST → 02:00 CET).
        QTest::newRow("Paris 1d before DST") << u"1d"_s << paris << u"2026-03-28T12:00:00+01:00"_s
                                             << u"2026-03-29T00:00:00+01:00"_s;
        QTest::newRow("Paris 1d 23h day") << u"1d"_s << paris << u"2026-03-29T12:00:00+02:00"_s
                                          << u"2026-03-30T00:00:00+02:00"_s;
        QTest::newRow("Paris 1d just before midnight CET") << u"1d"_s << paris << u"2026-03-28T23:59:59+01:00"_s
                                                           << u"2026-03-29T00:00:00+01:00"_s;
        QTest::newRow("Paris 1d 25h day") << u"1d"_s << paris << u"2026-10-25T12:00:00+01:00"_s
                                          << u"2026-10-26T00:00:00+01:00"_s;
        QTest::newRow("Paris 1h skips 02:00") << u"1h"_s << paris << u"2026-03-29T01:30:00+01:00"_s
                                              << u"2026-03-29T03:00:00+02:00"_s;
        QTest::newRow("Paris 6h after gap") << u"6h"_s << paris << u"2026-03-29T01:00:00+01:00"_s
                                            << u"2026-03-29T06:00:00+02:00"_s;
        QTest::newRow("Paris 1h before fold") << u"1h"_s << paris << u"2026-10-25T01:30:00+02:00"_s
                                              << u"2026-10-25T02:00:00+02:00"_s;
        QTest::newRow("Paris 1h fold first pass") << u"1h"_s << paris << u"2026-10-25T02:30:00+02:00"_s
                                                  << u"2026-10-25T02:00:00+01:00"_s;
        QTest::newRow("Paris 1h fold second pass") << u"1h"_s << paris << u"2026-10-25T02:30:00+01:00"_s
                                                   << u"2026-10-25T03:00:00+01:00"_s;
        QTest::newRow("Paris 7d Saturday before DST") << u"7d"_s << paris << u"2026-03-28T09:00:00+01:00"_s
                                                      << u"2026-03-30T00:00:00+02:00"_s;
        QTest::newRow("Paris 1mo March") << u"1mo"_s << paris << u"2026-03-15T09:00:00+01:00"_s
                                         << u"2026-04-01T00:00:00+02:00"_s;
        QTest::newRow("Paris 1mo October") << u"1mo"_s << paris << u"2026-10-15T09:00:00+02:00"_s
                                           << u"2026-11-01T00:00:00+01:00"_s;
        QTest::newRow("Paris 1mo New Year") << u"1mo"_s << paris << u"2026-12-31T23:30:00+01:00"_s
                                            << u"2027-01-01T00:00:00+01:00"_s;
        QTest::newRow("Paris 30d Jan 31") << u"30d"_s << paris << u"2026-01-31T23:59:00+01:00"_s
                                          << u"2026-02-01T00:00:00+01:00"_s;
        QTest::newRow("Paris 1d is local, not UTC") << u"1d"_s << paris << u"2026-06-10T23:30:00Z"_s
                                                    << u"2026-06-12T00:00:00+02:00"_s;
        QTest::newRow("Paris 1mo leap day") << u"1mo"_s << paris << u"2028-02-29T23:59:59+01:00"_s
                                            << u"2028-03-01T00:00:00+01:00"_s;
    }
    void nextReset()
    {
        QFETCH(QString, duration);
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const qint64 got = nextBudgetResetMs(::duration(duration), at(now), tz);
        QCOMPARE(show(got, tz), show(at(expected), tz));
    }

    void windowStart_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1d") << u"1d"_s << u"UTC"_s << u"2026-01-31T15:00:00Z"_s << u"2026-01-31T00:00:00Z"_s;
        QTest::newRow("7d Sunday") << u"7d"_s << u"UTC"_s << u"2026-01-11T23:00:00Z"_s << u"2026-01-05T00:00:00Z"_s;
        QTest::newRow("1mo") << u"1mo"_s << u"UTC"_s << u"2028-02-29T10:00:00Z"_s << u"2028-02-01T00:00:00Z"_s;
        QTest::newRow("1h") << u"1h"_s << u"UTC"_s << u"2026-01-07T10:15:00Z"_s << u"2026-01-07T10:00:00Z"_s;
        QTest::newRow("Paris 1d after DST") << u"1d"_s << u"Europe/Paris"_s << u"2026-03-29T12:00:00+02:00"_s
                                            << u"2026-03-29T00:00:00+01:00"_s;
        QTest::newRow("Paris 1h fold second pass") << u"1h"_s << u"Europe/Paris"_s << u"2026-10-25T02:30:00+01:00"_s
                                                   << u"2026-10-25T02:00:00+01:00"_s;
        QTest::newRow("Paris 1mo") << u"1mo"_s << u"Europe/Paris"_s << u"2026-04-10T12:00:00+02:00"_s
                                   << u"2026-04-01T00:00:00+02:00"_s;
    }
    void windowStart()
    {
        QFETCH(QString, duration);
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const QTimeZone tz(zone.toLatin1());
        QCOMPARE(show(budgetWindowStartMs(::duration(duration), at(now), tz), tz), show(at(expected), tz));
    }

    // Walks a year of consecutive resets: each one is later than the last and lands where a user
    // reading the wall clock expects it.
    void resetsChainAcrossAYear_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("zone");
        for (const char *zone : {"UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe"}) {
            for (const char *d : {"1d", "7d", "1mo", "30d", "1h", "6h", "15m"})
                QTest::addRow("%s %s", zone, d) << QString::fromLatin1(d) << QString::fromLatin1(zone);
        }
    }
    void resetsChainAcrossAYear()
    {
        QFETCH(QString, duration);
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const auto d = ::duration(duration);
        const qint64 start = at(u"2026-01-01T05:17:00Z"_s);
        const qint64 end = at(u"2027-01-01T00:00:00Z"_s);
        qint64 previous = start;
        int count = 0;
        while (previous < end) {
            const qint64 next = nextBudgetResetMs(d, previous, tz);
            QVERIFY2(next > previous, qPrintable(show(previous, tz)));
            // One second before the reset, the next reset is that same instant.
            QCOMPARE(nextBudgetResetMs(d, next - 1000, tz), next);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(next, tz);
            if (d.unit == Tollgate::Util::DurationUnit::Minute || d.unit == Tollgate::Util::DurationUnit::Hour) {
                QVERIFY2(next - previous <= qint64(d.toMilliseconds()) + 3600 * 1000, qPrintable(show(next, tz)));
            } else {
                // Wall-clock midnight unless a DST gap swallows it (Lord Howe: 02:00; none at midnight).
                QVERIFY2(local.time() == QTime(0, 0), qPrintable(show(next, tz)));
                if (duration == u"7d")
                    QCOMPARE(local.date().dayOfWeek(), 1);
                if (duration == u"1mo" || duration == u"30d")
                    QCOMPARE(local.date().day(), 1);
                if (duration == u"1d")
                    QVERIFY(next - previous <= 25 * 3600 * 1000);
            }
            previous = next;
            ++count;
        }
        // Counting the first reset in 2027 too: Jan 2 … Jan 1, 53 Mondays, Feb 1 … Jan 1.
        if (zone == u"UTC" && duration == u"1d")
            QCOMPARE(count, 365);
        if (zone == u"UTC" && duration == u"7d")
            QCOMPARE(count, 53);
        if (zone == u"UTC" && duration == u"1mo")
            QCOMPARE(count, 12);
    }
};

QTEST_GUILESS_MAIN(TestLimitsWindow)
#include "tst_limits_window.moc"
