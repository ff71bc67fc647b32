// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keyformat.h"

#include <QSet>
#include <QTest>

using namespace Tollgate::Keys;

class TestKeyFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeAndParseRoundTrip()
    {
        const KeyParts parts{newKeyId(), newSecret()};
        QCOMPARE(parts.keyId.size(), KeyIdLength);
        QCOMPARE(parts.secret.size(), SecretLength);
        const QByteArray key = compose(parts);
        QVERIFY(key.startsWith("sk-tg-"));
        const auto parsed = parse(key);
        QVERIFY(parsed);
        QCOMPARE(parsed->keyId, parts.keyId);
        QCOMPARE(parsed->secret, parts.secret);
    }

    void randomnessLooksUniform()
    {
        // 2,000 secrets of 43 characters: every base62 character shows up, none dominates.
        QHash<char, int> counts;
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray s = newSecret();
            QVERIFY(!seen.contains(s));
            seen.insert(s);
            for (char c : s)
                ++counts[c];
        }
        QCOMPARE(counts.size(), 62);
        const double expected = 2000.0 * SecretLength / 62;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > expected * 0.8 && it.value() < expected * 1.2, QByteArray(1, it.key()).constData());
    }

    void parseRejects_data()
    {
        QTest::addColumn<QByteArray>("key");
        const QByteArray id(KeyIdLength, 'A');
        const QByteArray secret(SecretLength, 'b');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("litellm key") << QByteArray("sk-kdEXbIqZRwEeEiHwdg7sFA");
        QTest::newRow("wrong prefix") << QByteArray("sk-tx-" + id + "_" + secret);
        QTest::newRow("short secret") << QByteArray("sk-tg-" + id + "_" + secret.chopped(1));
        QTest::newRow("long secret") << QByteArray("sk-tg-" + id + "_" + secret + "c");
        QTest::newRow("missing separator") << QByteArray("sk-tg-" + id + "-" + secret);
        QTest::newRow("non-base62 id") << QByteArray("sk-tg-" + id.chopped(1) + "+_" + secret);
        QTest::newRow("non-base62 secret") << QByteArray("sk-tg-" + id + "_" + secret.chopped(1) + "/");
    }
    void parseRejects()
    {
        QFETCH(QByteArray, key);
        QVERIFY(!parse(key));
    }

    void hashIsSha256HexOfTheWholeKey()
    {
        // Same value LiteLLM stores as a key's "token", so /key/info?key=<token> can work.
        QCOMPARE(hashKey("sk-1234").size(), 64);
        QCOMPARE(hashKey("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(hashKey("sk-a") != hashKey("sk-b"));
    }

    void displayPrefixHidesTheSecret()
    {
        const KeyParts parts{newKeyId(), newSecret()};
        const QByteArray key = compose(parts);
        const QByteArray shown = displayPrefix(key);
        QVERIFY(shown.startsWith("sk-tg-" + parts.keyId + "_"));
        QVERIFY(shown.endsWith(parts.secret.right(4)));
        QVERIFY(!shown.contains(parts.secret.left(SecretLength - 4)));
        QCOMPARE(displayPrefix("sk-kdEXbIqZRwEeEiHwdg7sFA"), QByteArray("sk-...7sFA"));
    }

    void constantTimeEquality()
    {
        QVERIFY(equalConstantTime("abc", "abc"));
        QVERIFY(!equalConstantTime("abc", "abd"));
        QVERIFY(!equalConstantTime("abc", "abcd"));
        QVERIFY(equalConstantTime("", ""));
    }
};

QTEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_keyformat.moc"
