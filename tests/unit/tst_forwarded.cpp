// SPDX-License-Identifier: GPL-3.0-or-later
// Who the client is behind reverse proxies: X-Forwarded-For and Forwarded read only from trusted
// peers, the rightmost untrusted hop, ports and brackets, several header lines, garbage.
#include "gateway-core/http/forwarded.h"

#include <QTest>

using namespace Tollgate::Http;
using namespace Qt::StringLiterals;

class TestForwarded final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("subnets");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QStringList() << true;
        QTest::newRow("cidrs") << QStringList{u"10.128.0.0/14"_s, u" fd00::/8 "_s} << true;
        QTest::newRow("bare addresses") << QStringList{u"127.0.0.1"_s, u"::1"_s} << true;
        QTest::newRow("host name") << QStringList{u"router.local"_s} << false;
        QTest::newRow("prefix too long") << QStringList{u"10.0.0.0/33"_s} << false;
    }
    void parse()
    {
        QFETCH(QStringList, subnets);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(TrustedProxies::parse(subnets, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void clientOf_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QList<QByteArray>>("headers"); // "name: value" lines
        QTest::addColumn<QString>("client");

        const QStringList router{u"10.128.0.0/14"_s};
        QTest::newRow("nothing trusted: peer")
            << QStringList() << u"10.128.0.5"_s << QList<QByteArray>{"x-forwarded-for: 203.0.113.9"}
            << u"10.128.0.5"_s;
        QTest::newRow("untrusted peer's header is ignored")
            << router << u"198.51.100.2"_s << QList<QByteArray>{"x-forwarded-for: 203.0.113.9"}
            << u"198.51.100.2"_s;
        QTest::newRow("trusted peer without header")
            << router << u"10.128.0.5"_s << QList<QByteArray>{} << u"10.128.0.5"_s;
        QTest::newRow("one hop") << router << u"10.128.0.5"_s
                                 << QList<QByteArray>{"x-forwarded-for: 203.0.113.9"} << u"203.0.113.9"_s;
        QTest::newRow("spoofed hops left of the real one")
            << router << u"10.128.0.5"_s << QList<QByteArray>{"x-forwarded-for: 1.2.3.4, 5.6.7.8, 203.0.113.9"}
            << u"203.0.113.9"_s;
        QTest::newRow("through two trusted proxies")
            << router << u"10.128.0.5"_s << QList<QByteArray>{"x-forwarded-for: 1.2.3.4, 203.0.113.9, 10.129.3.3"}
            << u"203.0.113.9"_s;
        QTest::newRow("several header lines") << router << u"10.128.0.5"_s
                                              << QList<QByteArray>{"x-forwarded-for: 1.2.3.4, 203.0.113.9",
                                                                   "x-forwarded-for: 10.129.3.3"}
                                              << u"203.0.113.9"_s;
        QTest::newRow("all trusted: leftmost") << router << u"10.128.0.5"_s
                                               << QList<QByteArray>{"x-forwarded-for: 10.130.0.1, 10.129.3.3"}
                                               << u"10.130.0.1"_s;
        QTest::newRow("garbage hop stops at its writer")
            << router << u"10.128.0.5"_s << QList<QByteArray>{"x-forwarded-for: 203.0.113.9, not-an-ip"}
            << u"10.128.0.5"_s;
        QTest::newRow("ports and IPv6") << QStringList{u"10.128.0.0/14"_s, u"fd00::/8"_s} << u"10.128.0.5"_s
                                        << QList<QByteArray>{"x-forwarded-for: [2001:db8::7]:4711, fd00::1:2, "
                                                             "10.129.0.1:8443"}
                                        << u"2001:db8::7"_s;
        QTest::newRow("IPv4-mapped peer") << QStringList{u"127.0.0.1/32"_s} << u"::ffff:127.0.0.1"_s
                                          << QList<QByteArray>{"x-forwarded-for: ::ffff:203.0.113.9"}
                                          << u"203.0.113.9"_s;
        QTest::newRow("Forwarded for=") << router << u"10.128.0.5"_s
                                        << QList<QByteArray>{"forwarded: for=1.2.3.4, for=\"[2001:db8::7]:80\";"
                                                             "proto=https;by=10.128.0.5, For=10.129.0.1"}
                                        << u"2001:db8::7"_s;
        QTest::newRow("Forwarded for=unknown") << router << u"10.128.0.5"_s
                                               << QList<QByteArray>{"forwarded: for=unknown;proto=http"}
                                               << u"10.128.0.5"_s;
        QTest::newRow("X-Forwarded-For wins over Forwarded")
            << router << u"10.128.0.5"_s
            << QList<QByteArray>{"forwarded: for=1.2.3.4", "x-forwarded-for: 203.0.113.9"} << u"203.0.113.9"_s;
    }
    void clientOf()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, client);
        const auto proxies = TrustedProxies::parse(trusted);
        QVERIFY(proxies);
        Headers parsed;
        for (const QByteArray &line : headers) {
            const qsizetype colon = line.indexOf(':');
            parsed.append(Header{line.left(colon), line.mid(colon + 1).trimmed()});
        }
        QCOMPARE(proxies->clientOf(QHostAddress(peer), parsed).toString(), client);
    }
};

QTEST_GUILESS_MAIN(TestForwarded)
#include "tst_forwarded.moc"
