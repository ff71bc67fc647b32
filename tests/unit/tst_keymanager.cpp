// SPDX-License-Identifier: GPL-3.0-or-later
// KeyManager on SQLite and PostgreSQL: store, audit log and key cache change together, and a
// failed operation changes none of them.
#include "gateway-core/keys/keycache.h"
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/keys/keymanager.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/userrepository.h"
#include "tests/support/postgres.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Keys;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'780'000'000'000; // a fixed "now"
}

class TestKeyManager final : public QObject
{
    Q_OBJECT

private:
    Testing::PostgresServer m_pg;
    bool m_pgStarted = false;
    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_now = T0;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<KeyCache> m_cache;
    Actor m_actor{u"admin-1"_s, u"Ada Admin"_s, u"10.1.2.3"_s, u"req-1"_s};

    KeyManager manager() { return KeyManager(*m_db, m_cache.get()); }

    Store::ApiKey settings(const QString &alias = {})
    {
        Store::ApiKey k;
        k.userId = u"alice"_s;
        k.alias = alias;
        k.models = {u"m1"_s};
        k.rpmLimit = 10;
        return k;
    }

    KeyEntry cached(const QByteArray &secret) const { return m_cache->find(hashOf(secret)); }

    QList<Store::AuditEntry> audit(const QString &keyId)
    {
        Store::AuditFilter filter;
        filter.targetId = keyId;
        return Store::AuditRepository(*m_db).list(filter).items;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pgStarted = m_pg.start();
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        // PostgreSQL is a supported back end: a machine without it must fail, not silently skip.
        if (backend == u"postgres" && !m_pgStarted)
            QFAIL(qPrintable(m_pg.errorString()));
        const QString url = backend == u"sqlite"
                                ? u"sqlite://"_s + m_dir.filePath(u"keys-%1.db"_s.arg(++m_files))
                                : m_pg.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
        m_db = std::make_unique<Store::Database>(url);
        m_now = T0;
        m_db->setClock([this] { return m_now; });
        m_db->migrate();
        m_cache = std::make_unique<KeyCache>();
        Store::User alice;
        alice.id = u"alice"_s;
        alice.username = u"alice"_s;
        Store::UserRepository(*m_db).create(alice);
        Store::Model m;
        m.id = u"m1"_s;
        Store::ModelRepository(*m_db).create(m);
    }

    void cleanup() { m_db.reset(); }

    void createPublishesAndAudits()
    {
        const IssuedKey issued = manager().create(settings(u"first"_s), m_actor);
        QVERIFY(parse(issued.secret));
        QCOMPARE(QString::fromLatin1(parse(issued.secret)->keyId), issued.key.id);
        QCOMPARE(issued.key.secretHash.toLatin1(), hashKey(issued.secret));
        const KeyEntry entry = cached(issued.secret);
        QVERIFY(entry.record);
        QCOMPARE(entry.record->rpm, 10);
        const auto log = audit(issued.key.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).action, u"key.create"_s);
        QCOMPARE(log.at(0).actorName, u"Ada Admin"_s);
        QCOMPARE(log.at(0).sourceAddress, u"10.1.2.3"_s);
        QVERIFY(!log.at(0).after.toObject().contains(u"secret_hash"_s));
        // The resolver takes the key, its hash (LiteLLM's token) and its id.
        QCOMPARE(manager().resolve(QString::fromLatin1(issued.secret))->id, issued.key.id);
        QCOMPARE(manager().resolve(issued.key.secretHash)->id, issued.key.id);
        QCOMPARE(manager().resolve(issued.key.id)->id, issued.key.id);
        QVERIFY(!manager().resolve(u"sk-tg-nothing"_s));
    }

    void failedCreateWritesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown model") << u"model"_s;
        QTest::newRow("unknown owner") << u"owner"_s;
        QTest::newRow("taken alias") << u"alias"_s;
        QTest::newRow("negative limit") << u"limit"_s;
        QTest::newRow("bad budget duration") << u"duration"_s;
    }

    void failedCreateWritesNothing()
    {
        QFETCH(QString, what);
        manager().create(settings(u"taken"_s), m_actor);
        const size_t cachedBefore = m_cache->size();
        Store::ApiKey k = settings();
        if (what == u"model")
            k.models = {u"m1"_s, u"nope"_s};
        else if (what == u"owner")
            k.userId = u"nobody"_s;
        else if (what == u"alias")
            k.alias = u"taken"_s;
        else if (what == u"limit")
            k.tpmLimit = -1;
        else
            k.budgetDuration = u"sometimes"_s;
        bool sideEffectRan = false;
        try {
            manager().create(k, m_actor, [&](Store::ApiKey &) {
                // Work in the same transaction is rolled back with the key.
                Store::User u;
                u.id = u"side-effect"_s;
                u.username = u"side-effect"_s;
                Store::UserRepository(*m_db).create(u);
                sideEffectRan = true;
            });
            QFAIL("create accepted bad settings");
        } catch (const Store::Error &e) {
            QVERIFY(e.code() == Store::Error::Code::Invalid || e.code() == Store::Error::Code::Conflict);
        }
        QVERIFY(sideEffectRan);
        QVERIFY(!Store::UserRepository(*m_db).find(u"side-effect"_s));
        QCOMPARE(Store::KeyRepository(*m_db).list({}).total, 1);
        QCOMPARE(m_cache->size(), cachedBefore);
    }

    void updateChangesCacheAndKeepsOthers()
    {
        const IssuedKey issued = manager().create(settings(), m_actor);
        const Store::ApiKey after = manager().update(
            issued.key.id,
            [](Store::ApiKey &k) {
                k.rpmLimit = 3;
                k.budgetDuration = u"1d"_s;
            },
            m_actor);
        QCOMPARE(after.rpmLimit, 3);
        QCOMPARE(after.budgetResetAt, T0 - T0 % 86'400'000 + 86'400'000); // next midnight, UTC
        QCOMPARE(cached(issued.secret).record->rpm, 3);
        const auto log = audit(issued.key.id);
        QCOMPARE(log.at(0).action, u"key.update"_s);
        QCOMPARE(log.at(0).before.toObject().value(u"rpm_limit"_s).toInt(), 10);
        QCOMPARE(log.at(0).after.toObject().value(u"rpm_limit"_s).toInt(), 3);
        // A stale version is refused.
        QVERIFY_THROWS_EXCEPTION(Store::Error, manager().update(
                                                   issued.key.id, [](Store::ApiKey &) {}, m_actor, 1));
    }

    void rotateKeepsIdSpendAndGrace()
    {
        const IssuedKey issued = manager().create(settings(), m_actor);
        Store::KeyRepository(*m_db).addSpend(issued.key.id, 1234);
        const IssuedKey rotated = manager().rotate(issued.key.id, 60'000, m_actor);
        QCOMPARE(rotated.key.id, issued.key.id);
        QCOMPARE(rotated.key.spend, 1234);
        QVERIFY(rotated.secret != issued.secret);
        QCOMPARE(parse(rotated.secret)->keyId, parse(issued.secret)->keyId);
        QVERIFY(cached(rotated.secret).record);
        const KeyEntry old = cached(issued.secret);
        QVERIFY(old.record);
        QCOMPARE(old.validUntilMs, T0 + 60'000);
        // Without grace the old secret is gone from the cache's point of view at once.
        const IssuedKey again = manager().rotate(issued.key.id, 0, m_actor);
        QVERIFY(!cached(issued.secret).record);
        QCOMPARE(cached(rotated.secret).validUntilMs, T0);
        QVERIFY(cached(again.secret).record);
        QCOMPARE(audit(issued.key.id).at(0).action, u"key.rotate"_s);
    }

    void revokeAndRemove()
    {
        const IssuedKey issued = manager().create(settings(), m_actor);
        manager().revoke(issued.key.id, m_actor);
        QVERIFY(cached(issued.secret).record->revoked);
        QVERIFY_THROWS_EXCEPTION(Store::Error, manager().rotate(issued.key.id, 0, m_actor));
        m_now += 5000;
        manager().remove(issued.key.id, m_actor);
        QVERIFY(!cached(issued.secret).record);
        QVERIFY(!Store::KeyRepository(*m_db).find(issued.key.id));
        // The tombstone tells other replicas; it is found from any watermark up to the deletion.
        QCOMPARE(Store::KeyRepository(*m_db).removedSince(T0), QStringList{issued.key.id});
        QVERIFY(Store::KeyRepository(*m_db).removedSince(m_now + 1).isEmpty());
        const auto log = audit(issued.key.id);
        QCOMPARE(log.at(0).action, u"key.delete"_s);
        QVERIFY(log.at(0).after.isNull() || log.at(0).after.isUndefined());
        QVERIFY_THROWS_EXCEPTION(Store::Error, manager().remove(issued.key.id, m_actor));
        // Several at once: all or nothing.
        const IssuedKey survivor = manager().create(settings(), m_actor);
        QVERIFY_THROWS_EXCEPTION(Store::Error,
                                 manager().remove(QStringList{survivor.key.id, u"missing"_s}, m_actor));
        QVERIFY(Store::KeyRepository(*m_db).find(survivor.key.id));
        QVERIFY(cached(survivor.secret).record);
        manager().remove(survivor.key.id, m_actor);
        // Tombstones are pruned a day later, when another key is deleted.
        const IssuedKey other = manager().create(settings(), m_actor);
        m_now += 25LL * 3600 * 1000;
        manager().remove(other.key.id, m_actor);
        QCOMPARE(Store::KeyRepository(*m_db).removedSince(0), QStringList{other.key.id});
    }
};

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
