// SPDX-License-Identifier: GPL-3.0-or-later
// Store::cascadeRestriction() on SQLite and on a throwaway PostgreSQL: which subscriptions and
// keys a change of a model's restriction moves, with history, inside the caller's transaction.
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/restrictioncascade.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"
#include "tests/support/postgres.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tollgate::Store;

class TestRestrictionCascade final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void restrictParksAndUnrestrictRestores();
    void otherModelsAndStatesAreUntouched();
    void rollsBackWithTheCallersTransaction();

private:
    QString makeUser(const QString &name);
    ApiKey makeKey(const QString &id, const QString &userId, const QStringList &models);
    QStringList keyModels(const QString &id) { return KeyRepository(*m_db).find(id)->models; }

    Tollgate::Testing::PostgresServer m_pg;
    bool m_pgStarted = false;
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
};

void TestRestrictionCascade::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void TestRestrictionCascade::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgStarted = m_pg.start();
}

void TestRestrictionCascade::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString url;
    if (backend == u"sqlite"_s) {
        url = u"sqlite://"_s + m_dir.filePath(u"cascade-%1.db"_s.arg(++m_files));
    } else {
        // PostgreSQL is a supported back end: a machine without it must fail, not skip.
        if (!m_pgStarted)
            QFAIL(qPrintable(m_pg.errorString()));
        url = m_pg.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
    }
    m_db = std::make_unique<Database>(url);
    m_db->migrate();
    ModelRepository models(*m_db);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s}) {
        Model m;
        m.id = id;
        m.capabilities = {u"chat"_s};
        models.create(m);
    }
}

void TestRestrictionCascade::cleanup()
{
    m_db.reset();
}

QString TestRestrictionCascade::makeUser(const QString &name)
{
    User u;
    u.username = name;
    return UserRepository(*m_db).create(u).id;
}

ApiKey TestRestrictionCascade::makeKey(const QString &id, const QString &userId, const QStringList &models)
{
    ApiKey k;
    k.id = id;
    k.userId = userId;
    k.name = id;
    k.secretHash =
        QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
    k.displayPrefix = u"sk-tg-"_s + id;
    k.models = models;
    return KeyRepository(*m_db).create(k);
}

void TestRestrictionCascade::restrictParksAndUnrestrictRestores()
{
    const QString ann = makeUser(u"ann"_s);
    SubscriptionRepository subs(*m_db);
    const Subscription sa = subs.create(ann, u"a"_s, SubscriptionStatus::Active, u"ann"_s);
    subs.create(ann, u"b"_s, SubscriptionStatus::Active, u"ann"_s);
    makeKey(u"k1"_s, ann, {u"a"_s, u"b"_s});
    makeKey(u"k2"_s, ann, {u"a"_s});
    makeKey(u"k3"_s, ann, {});

    RestrictionCascade c = cascadeRestriction(*m_db, u"a"_s, true, u"root"_s);
    QCOMPARE(c.subscriptions.size(), 1);
    QCOMPARE(toString(c.subscriptions.first().first.status), u"active"_s);
    QCOMPARE(toString(c.subscriptions.first().second.status), u"pending"_s);
    QCOMPARE(toString(subs.find(sa.id)->status), u"pending"_s);
    QCOMPARE(subs.find(sa.id)->statusChangedBy, u"root"_s);
    const QList<SubscriptionHistoryEntry> history = subs.history(sa.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().oldStatus, u"active"_s);
    QCOMPARE(history.last().newStatus, u"pending"_s);
    QCOMPARE(history.last().actor, u"root"_s);
    // k1 loses the model and remembers it; k2 (its only model) and k3 (every model) stay.
    QCOMPARE(c.keys.size(), 1);
    QCOMPARE(c.keys.first().second.id, u"k1"_s);
    QCOMPARE(keyModels(u"k1"_s), QStringList{u"b"_s});
    QCOMPARE(KeyRepository(*m_db).find(u"k1"_s)->metadata.value(ParkedModelsField).toArray(),
             QJsonArray{u"a"_s});
    QCOMPARE(keyModels(u"k2"_s), QStringList{u"a"_s});
    QVERIFY(keyModels(u"k3"_s).isEmpty());
    // Restricting twice changes nothing more.
    c = cascadeRestriction(*m_db, u"a"_s, true, u"root"_s);
    QVERIFY(c.subscriptions.isEmpty());
    QVERIFY(c.keys.isEmpty());

    c = cascadeRestriction(*m_db, u"a"_s, false, u"root"_s);
    QCOMPARE(c.subscriptions.size(), 1);
    QCOMPARE(toString(subs.find(sa.id)->status), u"active"_s);
    QCOMPARE(subs.history(sa.id).size(), 3);
    QCOMPARE(subs.history(sa.id).last().oldStatus, u"pending"_s);
    QCOMPARE(c.keys.size(), 1);
    QCOMPARE(keyModels(u"k1"_s), (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(!KeyRepository(*m_db).find(u"k1"_s)->metadata.contains(ParkedModelsField));
}

void TestRestrictionCascade::otherModelsAndStatesAreUntouched()
{
    const QString bea = makeUser(u"bea"_s);
    const QString cal = makeUser(u"cal"_s);
    SubscriptionRepository subs(*m_db);
    const Subscription denied = subs.create(bea, u"a"_s, SubscriptionStatus::Denied, u"root"_s, u"no"_s);
    const Subscription other = subs.create(bea, u"b"_s, SubscriptionStatus::Active, u"bea"_s);
    const Subscription pending = subs.create(cal, u"a"_s, SubscriptionStatus::Pending, u"cal"_s);
    const Subscription inactive = subs.create(cal, u"c"_s, SubscriptionStatus::Inactive, u"cal"_s);
    makeKey(u"kb"_s, bea, {u"a"_s, u"b"_s}); // bea's subscription to a was not active: not hers to lose

    RestrictionCascade c = cascadeRestriction(*m_db, u"a"_s, true, u"root"_s);
    QVERIFY(c.subscriptions.isEmpty());
    QVERIFY(c.keys.isEmpty());
    QCOMPARE(keyModels(u"kb"_s), (QStringList{u"a"_s, u"b"_s}));
    // Unrestricting activates pending ones only: denied stays denied.
    c = cascadeRestriction(*m_db, u"a"_s, false, u"root"_s);
    QCOMPARE(c.subscriptions.size(), 1);
    QCOMPARE(c.subscriptions.first().second.id, pending.id);
    QCOMPARE(toString(subs.find(pending.id)->status), u"active"_s);
    QCOMPARE(toString(subs.find(denied.id)->status), u"denied"_s);
    QCOMPARE(subs.find(other.id)->version, other.version);
    QCOMPARE(subs.find(inactive.id)->version, inactive.version);
}

void TestRestrictionCascade::rollsBackWithTheCallersTransaction()
{
    const QString dan = makeUser(u"dan"_s);
    SubscriptionRepository subs(*m_db);
    const Subscription s = subs.create(dan, u"a"_s, SubscriptionStatus::Active, u"dan"_s);
    makeKey(u"kd"_s, dan, {u"a"_s, u"b"_s});
    {
        Transaction tx(*m_db);
        const RestrictionCascade c = cascadeRestriction(*m_db, u"a"_s, true, u"root"_s);
        QCOMPARE(c.keys.size(), 1);
        // no commit: the model change that asked for the cascade failed
    }
    QCOMPARE(toString(subs.find(s.id)->status), u"active"_s);
    QCOMPARE(subs.history(s.id).size(), 1);
    QCOMPARE(keyModels(u"kd"_s), (QStringList{u"a"_s, u"b"_s}));
}

QTEST_GUILESS_MAIN(TestRestrictionCascade)
#include "tst_restrictioncascade.moc"
