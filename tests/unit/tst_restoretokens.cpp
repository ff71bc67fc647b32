// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation tokens of destructive restores: single use, five minutes, bound to one backup
// and one admin; every refusal leaves a valid token usable.
#include "gateway-core/api/restoretokens.h"

#include <QTest>

using namespace Tollgate::Api;
using namespace Qt::StringLiterals;

class TestRestoreTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedOnceByItsAdminForItsBackup()
    {
        RestoreTokens tokens;
        const qint64 t0 = 1'000'000;
        const RestoreTokens::Issued issued = tokens.issue(u"b1"_s, u"user:a"_s, t0);
        QCOMPARE(issued.expiresAt, t0 + 5 * 60 * 1000);
        QVERIFY(issued.token.size() >= 40);
        QVERIFY(tokens.issue(u"b1"_s, u"user:a"_s, t0).token != issued.token);

        QCOMPARE(tokens.redeem({}, u"b1"_s, u"user:a"_s, t0), RestoreTokens::Refusal::Missing);
        QCOMPARE(tokens.redeem("rst_nope", u"b1"_s, u"user:a"_s, t0), RestoreTokens::Refusal::Unknown);
        QCOMPARE(tokens.redeem(issued.token, u"b1"_s, u"user:b"_s, t0), RestoreTokens::Refusal::OtherCaller);
        QCOMPARE(tokens.redeem(issued.token, u"b2"_s, u"user:a"_s, t0), RestoreTokens::Refusal::OtherBackup);
        QCOMPARE(tokens.redeem(issued.token, u"b1"_s, u"user:a"_s, t0 + 1000), RestoreTokens::Refusal::None);
        QCOMPARE(tokens.redeem(issued.token, u"b1"_s, u"user:a"_s, t0 + 1000), RestoreTokens::Refusal::Unknown);
    }

    void expiresAfterFiveMinutes()
    {
        RestoreTokens tokens;
        const qint64 t0 = 5'000'000;
        const QByteArray last = tokens.issue(u"b1"_s, u"master-key"_s, t0).token;
        const QByteArray late = tokens.issue(u"b1"_s, u"master-key"_s, t0).token;
        QCOMPARE(tokens.redeem(last, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs - 1),
                 RestoreTokens::Refusal::None);
        QCOMPARE(tokens.redeem(late, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs),
                 RestoreTokens::Refusal::Expired);
        QCOMPARE(tokens.redeem(late, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs),
                 RestoreTokens::Refusal::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestRestoreTokens)
#include "tst_restoretokens.moc"
