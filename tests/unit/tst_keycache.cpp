// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keycache.h"
#include "gateway-core/keys/keyformat.h"

#include <QCryptographicHash>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Tollgate::Keys;

namespace {
std::shared_ptr<KeyRecord> record(const QByteArray &id, qint64 rpm = -1)
{
    auto r = std::make_shared<KeyRecord>();
    r->keyId = id;
    r->userId = "user-1";
    r->rpm = rpm;
    return r;
}
} // namespace

class TestKeyCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexRoundTrip()
    {
        const QByteArray key = compose({newKeyId(), newSecret()});
        KeyHash parsed;
        QVERIFY(hashFromHex(hashKey(key), &parsed));
        QVERIFY(parsed == hashOf(key));
        QVERIFY(!hashFromHex("zz", &parsed));
        QVERIFY(!hashFromHex(QByteArray(64, 'g'), &parsed));
    }

    void hashIsSha256()
    {
        // FIPS 180-2's "abc" vector, then inputs of every length around SHA-256's 64-byte blocks.
        KeyHash expected;
        QVERIFY(hashFromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", &expected));
        QVERIFY(hashOf("abc") == expected);
        for (int size = 0; size <= 200; ++size) {
            const QByteArray input(size, char('a' + size % 26));
            const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
            const KeyHash h = hashOf(input);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(h.data()), qsizetype(h.size())), digest);
        }
    }

    void putFindRemove()
    {
        KeyCache cache;
        const KeyHash h = hashOf("sk-tg-one");
        QVERIFY(!cache.find(h).record);
        cache.put(record("k1"), h);
        QCOMPARE(cache.find(h).record->keyId, QByteArray("k1"));
        QCOMPARE(cache.size(), size_t(1));
        cache.remove("k1");
        QVERIFY(!cache.find(h).record);
        QCOMPARE(cache.size(), size_t(0));
    }

    void rotationKeepsThePreviousHashWithItsDeadline()
    {
        KeyCache cache;
        const KeyHash oldHash = hashOf("old");
        const KeyHash newHash = hashOf("new");
        cache.put(record("k"), oldHash);
        cache.put(record("k"), newHash, &oldHash, 5000);
        QCOMPARE(cache.find(newHash).validUntilMs, 0);
        QCOMPARE(cache.find(oldHash).validUntilMs, 5000);
        // A second rotation drops the first secret entirely.
        const KeyHash third = hashOf("third");
        cache.put(record("k"), third, &newHash, 9000);
        QVERIFY(!cache.find(oldHash).record);
        QCOMPARE(cache.find(newHash).validUntilMs, 9000);
        QVERIFY(cache.find(third).record);
    }

    void updateReplacesTheRecordUnderEveryHash()
    {
        KeyCache cache;
        const KeyHash a = hashOf("a");
        const KeyHash b = hashOf("b");
        cache.put(record("k", 10), b, &a, 100);
        QVERIFY(cache.update(record("k", 20)));
        QCOMPARE(cache.find(a).record->rpm, 20);
        QCOMPARE(cache.find(b).record->rpm, 20);
        QVERIFY(!cache.update(record("unknown")));
    }

    void modelListsAreInternedAndSearched()
    {
        KeyCache cache;
        auto one = cache.internModels({"b", "a", "a"});
        auto two = cache.internModels({"a", "b"});
        QCOMPARE(one.get(), two.get());
        QCOMPARE(*one, (QList<QByteArray>{"a", "b"}));
        KeyRecord r;
        r.models = one;
        QVERIFY(r.allowsModel("a"));
        QVERIFY(!r.allowsModel("c"));
        r.models = cache.internModels({});
        QVERIFY(r.allowsModel("anything"));
    }

    void readersSeeWholeRecordsWhileWritersUpdate()
    {
        KeyCache cache;
        std::vector<KeyHash> hashes;
        for (int i = 0; i < 1000; ++i) {
            hashes.push_back(hashOf(QByteArray::number(i)));
            cache.put(record("k" + QByteArray::number(i), i), hashes.back());
        }
        std::atomic<bool> stop{false};
        std::atomic<int> bad{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&] {
                while (!stop) {
                    for (int i = 0; i < 1000; ++i) {
                        const KeyEntry e = cache.find(hashes[size_t(i)]);
                        if (!e.record || e.record->keyId != "k" + QByteArray::number(i) || e.record->rpm % 1000 != i)
                            ++bad;
                    }
                }
            });
        }
        for (int round = 1; round <= 20; ++round) {
            for (int i = 0; i < 1000; ++i)
                cache.update(record("k" + QByteArray::number(i), round * 1000 + i));
        }
        stop = true;
        for (auto &t : readers)
            t.join();
        QCOMPARE(bad.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyCache)
#include "tst_keycache.moc"
