// SPDX-License-Identifier: GPL-3.0-or-later
// Every case runs on SQLite (a file in a temporary directory) and on a throwaway PostgreSQL.
#include "gateway-core/keys/keycache.h"
#include "gateway-core/keys/keyloader.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/bannerrepository.h"
#include "gateway-core/store/brandingrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/migrations.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/sqlsupport.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/store/userrepository.h"
#include "tests/support/postgres.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Tollgate::Store;

namespace {

// Runs `f` and returns the Error code it threw; fails the test if it did not throw.
template<typename F> std::optional<Error::Code> errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.code();
    }
    return std::nullopt;
}

#define EXPECT_ERROR(code, expr)                                                                             \
    do {                                                                                                     \
        const auto thrown_ = errorOf([&] { (void)(expr); });                                                 \
        QVERIFY2(thrown_.has_value(), "expected Store::Error from " #expr);                                  \
        QCOMPARE(Error::codeName(*thrown_), Error::codeName(code));                                          \
    } while (false)

const qint64 T0 = 1'735'689'600'000; // 2025-01-01T00:00:00Z

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void migrationsApplyOnceAndAreRecorded();
    void concurrentMigrationsApplyEachStepOnce();
    void newerSchemaIsRefused();
    void urlPasswordNeverShown();
    void connectionPerThread();
    void resetConnectionsReopensAfterTransactions();

    void usersCrudAndConstraints();
    void usersListFiltersAndPages();
    void modelsAndDeployments();
    void subscriptionStatusWritesHistory();
    void subscriptionExpiry();
    void subscriptionListSorts();
    void keysCrudAndConstraints();
    void keyLookupByHashAndRotationGrace();
    void keysStreamInPages();
    void keyLoaderReadsEveryKeyInTwoHalves();
    void usageBatchIsIdempotent();
    void usageFilters();
    void auditFilters();
    void settingsTypedAndVersioned();
    void brandingSingleton();
    void bannersVisibilityAndDismissal();
    void failedTransactionLeavesNothing();
    void nestedTransactionRollsBackOnlyInner();

private:
    QString freshUrl();
    User makeUser(const QString &name, const QStringList &roles = {u"user"_s});
    ApiKey makeKey(const QString &id, const QString &userId, const QString &hash);

    Tollgate::Testing::PostgresServer m_pg;
    bool m_pgStarted = false;
    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_now = T0;
    std::unique_ptr<Database> m_db;
};

void TestStore::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgStarted = m_pg.start();
}

QString TestStore::freshUrl()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"sqlite"_s)
        return u"sqlite://"_s + m_dir.filePath(u"store-%1.db"_s.arg(++m_files));
    return m_pg.createDatabase();
}

void TestStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    // PostgreSQL is a supported back end: a machine without it must fail, not silently skip.
    if (backend == u"postgres"_s && !m_pgStarted)
        QFAIL(qPrintable(m_pg.errorString()));
    const QString url = freshUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
    m_db = std::make_unique<Database>(url);
    m_now = T0;
    m_db->setClock([this] { return m_now; });
    QCOMPARE(m_db->migrate(), int(Migrations::all().size()));
}

void TestStore::cleanup()
{
    m_db.reset();
}

User TestStore::makeUser(const QString &name, const QStringList &roles)
{
    User u;
    u.username = name;
    u.email = name + u"@example.com"_s;
    u.fullName = name.toUpper();
    u.roles = roles;
    return UserRepository(*m_db).create(u);
}

ApiKey TestStore::makeKey(const QString &id, const QString &userId, const QString &hash)
{
    ApiKey k;
    k.id = id;
    k.userId = userId;
    k.name = u"key "_s + id;
    k.secretHash = hash;
    k.displayPrefix = u"sk-tg-"_s + id.left(4);
    return k;
}

// --- schema ---

void TestStore::migrationsApplyOnceAndAreRecorded()
{
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(m_db->migrate(), 0);
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q = m_db->exec(u"SELECT COUNT(*) FROM schema_migrations"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(Migrations::all().size()));
    // Every table of the schema is there and empty except the seeded branding row.
    for (const QString &table :
         {u"users"_s, u"models"_s, u"deployments"_s, u"subscriptions"_s, u"subscription_history"_s,
          u"api_keys"_s, u"usage_records"_s, u"usage_daily"_s, u"audit_log"_s, u"settings"_s, u"banners"_s,
          u"banner_dismissals"_s, u"refresh_tokens"_s}) {
        QSqlQuery c = m_db->exec(u"SELECT COUNT(*) FROM "_s + table);
        QVERIFY(c.next());
        QCOMPARE(c.value(0).toInt(), 0);
    }
    QCOMPARE(BrandingRepository(*m_db).get().version, 1);
}

void TestStore::concurrentMigrationsApplyEachStepOnce()
{
    const QString url = freshUrl();
    QVERIFY(!url.isEmpty());
    std::atomic<int> applied = 0;
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&] {
            try {
                Database db(url);
                applied += db.migrate();
            } catch (const Error &e) {
                qWarning() << e.message();
                ++failures;
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60'000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(applied.load(), int(Migrations::all().size()));
    Database db(url);
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
}

void TestStore::newerSchemaIsRefused()
{
    m_db->exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
               {Migrations::latestVersion() + 1, u"from the future"_s, T0});
    EXPECT_ERROR(Error::Code::Invalid, m_db->migrate());
    try {
        m_db->migrate();
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(u"newer"_s), qPrintable(e.message()));
    }
}

void TestStore::urlPasswordNeverShown()
{
    Database pg(u"postgres://alice:s3cr%40t-pw@127.0.0.1:1/db?sslmode=disable&connect_timeout=2"_s);
    QCOMPARE(pg.dialect(), Dialect::Postgres);
    QVERIFY(!pg.redactedUrl().contains(u"s3cr"_s));
    QVERIFY(pg.redactedUrl().contains(u"alice"_s));
    QVERIFY(!pg.ping()); // nothing listens on port 1
    try {
        pg.connection();
        QFAIL("connecting to a closed port succeeded");
    } catch (const Error &e) {
        QCOMPARE(e.code(), Error::Code::Unavailable);
        QVERIFY2(!e.message().contains(u"s3cr"_s), qPrintable(e.message()));
    }
    EXPECT_ERROR(Error::Code::Invalid, Database(u"postgres://h/db?options=-c%20x=y"_s));
    QCOMPARE(Database(u"sqlite:relative.db"_s).dialect(), Dialect::Sqlite);
    QVERIFY(m_db->ping());
}

void TestStore::resetConnectionsReopensAfterTransactions()
{
    const QString first = m_db->connection().connectionName();
    QCOMPARE(m_db->connection().connectionName(), first);
    {
        // A transaction in flight keeps its connection until it ends.
        Transaction tx(*m_db);
        m_db->resetConnections();
        QCOMPARE(m_db->connection().connectionName(), first);
        User u;
        u.username = u"across-reset"_s;
        UserRepository(*m_db).create(u);
        tx.commit();
    }
    const QString second = m_db->connection().connectionName();
    QVERIFY(second != first);
    QVERIFY(!QSqlDatabase::connectionNames().contains(first));
    QVERIFY(UserRepository(*m_db).findByUsername(u"across-reset"_s).has_value());
    QCOMPARE(m_db->connection().connectionName(), second);
}

void TestStore::connectionPerThread()
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 3; ++t) {
        threads << QThread::create([&, t] {
            try {
                UserRepository users(*m_db);
                for (int i = 0; i < 10; ++i) {
                    User u;
                    u.username = u"t%1-u%2"_s.arg(t).arg(i);
                    users.create(u);
                }
            } catch (const Error &e) {
                qWarning() << e.message();
                ++failures;
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60'000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(UserRepository(*m_db).list().total, 30);
    // Each thread's connection went away with its thread.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

// --- users ---

void TestStore::usersCrudAndConstraints()
{
    UserRepository users(*m_db);
    User alice;
    alice.username = u"alice"_s;
    alice.email = u"alice@example.com"_s;
    alice.roles = {u"admin"_s, u"user"_s};
    alice.groups = {u"ops"_s};
    alice.passwordHash = u"$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA"_s;
    alice.rpmLimit = 60;
    alice.maxBudget = 5'000'000'000;
    const User created = users.create(alice);
    QVERIFY(!created.id.isEmpty());
    QVERIFY(!created.id.contains(u'{'));
    QCOMPARE(created.version, 1);

    const std::optional<User> read = users.find(created.id);
    QVERIFY(read);
    QCOMPARE(read->username, u"alice"_s);
    QCOMPARE(read->roles, QStringList({u"admin"_s, u"user"_s}));
    QCOMPARE(read->groups, QStringList{u"ops"_s});
    QCOMPARE(read->passwordHash, alice.passwordHash);
    QCOMPARE(read->rpmLimit, std::optional<qint64>(60));
    QVERIFY(!read->tpmLimit);
    QCOMPARE(read->maxBudget, std::optional<qint64>(5'000'000'000));
    QVERIFY(read->active);
    QCOMPARE(read->createdAt, T0);
    QCOMPARE(users.findByUsername(u"alice"_s)->id, created.id);
    QVERIFY(!users.find(u"nope"_s));

    // Unique username; unique external identity.
    User dup;
    dup.username = u"alice"_s;
    EXPECT_ERROR(Error::Code::Conflict, users.create(dup));
    User ext;
    ext.username = u"bob"_s;
    ext.provider = u"openshift"_s;
    ext.subject = u"uid-1"_s;
    users.create(ext);
    ext.username = u"bob2"_s;
    EXPECT_ERROR(Error::Code::Conflict, users.create(ext));
    QCOMPARE(users.findByExternalId(u"openshift"_s, u"uid-1"_s)->username, u"bob"_s);
    User bad;
    bad.username = u"carol"_s;
    bad.roles = {u"superuser"_s};
    EXPECT_ERROR(Error::Code::Invalid, users.create(bad));

    // Optimistic concurrency: a second writer with the old version loses.
    m_now = T0 + 1000;
    User edit = *read;
    edit.fullName = u"Alice A."_s;
    edit.rpmLimit.reset();
    edit.active = false;
    const User updated = users.update(edit, read->version);
    QCOMPARE(updated.version, 2);
    QCOMPARE(updated.fullName, u"Alice A."_s);
    QVERIFY(!updated.rpmLimit);
    QVERIFY(!updated.active);
    QCOMPARE(updated.updatedAt, T0 + 1000);
    QCOMPARE(updated.createdAt, T0);
    edit.fullName = u"stale"_s;
    EXPECT_ERROR(Error::Code::Conflict, users.update(edit, read->version));
    QCOMPARE(users.find(created.id)->fullName, u"Alice A."_s);
    edit.id = u"missing"_s;
    EXPECT_ERROR(Error::Code::NotFound, users.update(edit, 1));
    // Renaming onto a taken username is a conflict too.
    User rename = updated;
    rename.username = u"bob"_s;
    EXPECT_ERROR(Error::Code::Conflict, users.update(rename, updated.version));

    users.recordLogin(created.id, T0 + 5);
    users.addSpend(created.id, 250);
    users.addSpend(created.id, 750);
    const User after = *users.find(created.id);
    QCOMPARE(after.lastLoginAt, std::optional<qint64>(T0 + 5));
    QCOMPARE(after.spend, 1000);
    QCOMPARE(after.version, 2); // metering and logins are not edits

    users.remove(created.id);
    QVERIFY(!users.find(created.id));
    EXPECT_ERROR(Error::Code::NotFound, users.remove(created.id));
}

void TestStore::usersListFiltersAndPages()
{
    UserRepository users(*m_db);
    for (int i = 0; i < 7; ++i) {
        m_now = T0 + i;
        makeUser(u"user%1"_s.arg(i), i % 3 == 0 ? QStringList{u"admin"_s} : QStringList{u"user"_s});
    }
    m_now = T0 + 100;
    makeUser(u"per%cent"_s, {u"adminReadonly"_s});

    const PageResult<User> first = users.list({}, {3, 0});
    QCOMPARE(first.total, 8);
    QCOMPARE(first.items.size(), 3);
    QCOMPARE(first.items.at(0).username, u"per%cent"_s);
    QCOMPARE(first.items.at(1).username, u"user0"_s);
    const PageResult<User> last = users.list({}, {3, 6});
    QCOMPARE(last.items.size(), 2);
    QCOMPARE(last.items.at(1).username, u"user6"_s);

    UserFilter admins;
    admins.role = u"admin"_s; // must not match adminReadonly
    const PageResult<User> a = users.list(admins);
    QCOMPARE(a.total, 3);
    for (const User &u : a.items)
        QVERIFY(u.roles.contains(u"admin"_s));

    UserFilter search;
    search.search = u"USER1"_s; // case-insensitive, matches user1 only
    QCOMPARE(users.list(search).total, 1);
    search.search = u"%"_s; // a literal percent sign, not a wildcard
    QCOMPARE(users.list(search).total, 1);
    search.search = u"_"_s;
    QCOMPARE(users.list(search).total, 0);

    UserFilter newest;
    newest.sort = UserFilter::Sort::CreatedAt;
    newest.descending = true;
    QCOMPARE(users.list(newest, {1, 0}).items.first().username, u"per%cent"_s);
}

// --- models ---

void TestStore::modelsAndDeployments()
{
    ModelRepository models(*m_db);
    Model m;
    m.id = u"granite-3-8b"_s;
    m.displayName = u"Granite 3 8B"_s;
    m.capabilities = {u"chat"_s, u"tokenize"_s};
    m.inputPrice = 200'000'000; // 0.20 per 1M tokens
    m.outputPrice = 600'000'000;
    m.contextWindow = 131072;
    m.restricted = true;
    m.metadata = {{u"family"_s, u"granite"_s}};
    models.create(m);
    EXPECT_ERROR(Error::Code::Conflict, models.create(m));
    Model badCap = m;
    badCap.id = u"x"_s;
    badCap.capabilities = {u"telepathy"_s};
    EXPECT_ERROR(Error::Code::Invalid, models.create(badCap));

    const Model read = *models.find(m.id);
    QCOMPARE(read.capabilities, m.capabilities);
    QCOMPARE(read.inputPrice, 200'000'000);
    QCOMPARE(read.contextWindow, std::optional<qint64>(131072));
    QVERIFY(read.restricted);
    QVERIFY(read.enabled);
    QCOMPARE(read.metadata.value(u"family"_s).toString(), u"granite"_s);

    Model embed;
    embed.id = u"nomic-embed"_s;
    embed.capabilities = {u"embeddings"_s};
    embed.enabled = false;
    models.create(embed);
    ModelFilter enabled;
    enabled.enabled = true;
    QCOMPARE(models.list(enabled).total, 1);
    ModelFilter chat;
    chat.capability = u"embeddings"_s;
    QCOMPARE(models.list(chat).items.first().id, u"nomic-embed"_s);
    QCOMPARE(models.list().total, 2);

    Model edit = read;
    edit.enabled = false;
    edit.outputPrice = 1;
    QCOMPARE(models.update(edit, 1).version, 2);
    EXPECT_ERROR(Error::Code::Conflict, models.update(edit, 1));

    // Deployments: binary credentials survive the round trip; a missing model is refused.
    Deployment d;
    d.modelId = m.id;
    d.baseUrl = u"http://vllm-a:8000/v1"_s;
    d.servedName = u"ibm-granite/granite-3.0-8b-instruct"_s;
    d.apiKeyEncrypted = QByteArray("\x00\x01\xff\xfe secret\x00", 12);
    d.weight = 3;
    const Deployment added = models.addDeployment(d);
    Deployment d2 = d;
    d2.apiKeyEncrypted.clear();
    d2.baseUrl = u"http://vllm-b:8000/v1"_s;
    models.addDeployment(d2);
    const QList<Deployment> deps = models.deployments(m.id);
    QCOMPARE(deps.size(), 2);
    const Deployment got = *models.findDeployment(added.id);
    QCOMPARE(got.apiKeyEncrypted, d.apiKeyEncrypted);
    QCOMPARE(got.weight, 3);
    Deployment orphan = d;
    orphan.modelId = u"no-such-model"_s;
    EXPECT_ERROR(Error::Code::Invalid, models.addDeployment(orphan));
    Deployment depEdit = got;
    depEdit.enabled = false;
    QVERIFY(!models.updateDeployment(depEdit, 1).enabled);
    EXPECT_ERROR(Error::Code::Conflict, models.updateDeployment(depEdit, 1));

    // Deleting a model takes its deployments with it.
    models.remove(m.id);
    QVERIFY(!models.find(m.id));
    QCOMPARE(models.deployments(m.id).size(), 0);
    QCOMPARE(models.deployments().size(), 0);
    EXPECT_ERROR(Error::Code::NotFound, models.remove(m.id));
}

// --- subscriptions ---

void TestStore::subscriptionStatusWritesHistory()
{
    const User u = makeUser(u"sub-user"_s);
    const User admin = makeUser(u"sub-admin"_s, {u"admin"_s});
    Model m;
    m.id = u"restricted-model"_s;
    m.restricted = true;
    ModelRepository(*m_db).create(m);
    SubscriptionRepository subs(*m_db);

    const Subscription s = subs.create(u.id, m.id, SubscriptionStatus::Pending, u.id, u"please"_s);
    EXPECT_ERROR(Error::Code::Conflict, subs.create(u.id, m.id, SubscriptionStatus::Active, u.id));
    EXPECT_ERROR(Error::Code::Invalid, subs.create(u"ghost"_s, m.id, SubscriptionStatus::Active, u.id));
    QCOMPARE(subs.findFor(u.id, m.id)->id, s.id);

    m_now = T0 + 60'000;
    const Subscription approved =
        subs.setStatus(s.id, SubscriptionStatus::Active, admin.id, u"ok"_s, s.version);
    QCOMPARE(toString(approved.status), toString(SubscriptionStatus::Active));
    QCOMPARE(approved.statusChangedBy, admin.id);
    QCOMPARE(approved.statusChangedAt, std::optional<qint64>(T0 + 60'000));
    QCOMPARE(approved.version, 2);

    // A stale writer changes nothing, not even the history.
    EXPECT_ERROR(Error::Code::Conflict,
                 subs.setStatus(s.id, SubscriptionStatus::Denied, admin.id, u"no"_s, 1));
    EXPECT_ERROR(Error::Code::NotFound,
                 subs.setStatus(u"nope"_s, SubscriptionStatus::Denied, admin.id, {}, 1));
    QCOMPARE(toString(subs.find(s.id)->status), toString(SubscriptionStatus::Active));

    const QList<SubscriptionHistoryEntry> h = subs.history(s.id);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).oldStatus, QString());
    QCOMPARE(h.at(0).newStatus, u"pending"_s);
    QCOMPARE(h.at(0).reason, u"please"_s);
    QCOMPARE(h.at(1).oldStatus, u"pending"_s);
    QCOMPARE(h.at(1).newStatus, u"active"_s);
    QCOMPARE(h.at(1).actor, admin.id);
    QCOMPARE(h.at(1).at, T0 + 60'000);

    SubscriptionFilter pending;
    pending.status = SubscriptionStatus::Pending;
    QCOMPARE(subs.list(pending).total, 0);
    SubscriptionFilter mine;
    mine.userId = u.id;
    QCOMPARE(subs.list(mine).total, 1);

    // Deleting the user removes the subscription and its history.
    UserRepository(*m_db).remove(u.id);
    QVERIFY(!subs.find(s.id));
    QCOMPARE(subs.history(s.id).size(), 0);
}

void TestStore::subscriptionExpiry()
{
    const User u = makeUser(u"exp-user"_s);
    ModelRepository models(*m_db);
    for (const QString &id : {u"m1"_s, u"m2"_s, u"m3"_s}) {
        Model m;
        m.id = id;
        models.create(m);
    }
    SubscriptionRepository subs(*m_db);
    const Subscription due = subs.create(u.id, u"m1"_s, SubscriptionStatus::Active, u.id, {}, T0 + 10);
    const Subscription later = subs.create(u.id, u"m2"_s, SubscriptionStatus::Active, u.id, {}, T0 + 1000);
    const Subscription pending = subs.create(u.id, u"m3"_s, SubscriptionStatus::Pending, u.id, {}, T0 + 10);
    QVERIFY(!subs.hasDue(T0 + 9));
    QVERIFY(subs.hasDue(T0 + 10));
    QCOMPARE(subs.expireDue(T0 + 10, u"system"_s), 1);
    QVERIFY(!subs.hasDue(T0 + 10));
    QCOMPARE(toString(subs.find(due.id)->status), toString(SubscriptionStatus::Expired));
    QCOMPARE(toString(subs.find(later.id)->status), toString(SubscriptionStatus::Active));
    QCOMPARE(toString(subs.find(pending.id)->status), toString(SubscriptionStatus::Pending));
    QCOMPARE(subs.history(due.id).last().newStatus, u"expired"_s);
    QCOMPARE(subs.expireDue(T0 + 10, u"system"_s), 0);
}

void TestStore::subscriptionListSorts()
{
    ModelRepository models(*m_db);
    for (const QString &id : {u"b-model"_s, u"a-model"_s, u"c-model"_s}) {
        Model m;
        m.id = id;
        models.create(m);
    }
    SubscriptionRepository subs(*m_db);
    const QString u = makeUser(u"sorter"_s).id;
    m_now = T0 + 1;
    subs.create(u, u"b-model"_s, SubscriptionStatus::Pending, u);
    m_now = T0 + 2;
    subs.create(u, u"a-model"_s, SubscriptionStatus::Active, u);
    m_now = T0 + 3;
    subs.create(u, u"c-model"_s, SubscriptionStatus::Denied, u);
    SubscriptionFilter filter;
    QCOMPARE(subs.list(filter).items.first().modelId, u"c-model"_s); // newest first by default
    filter.sort = SubscriptionFilter::Sort::ModelId;
    filter.descending = false;
    QStringList order;
    for (const Subscription &s : subs.list(filter).items)
        order << s.modelId;
    QCOMPARE(order, (QStringList{u"a-model"_s, u"b-model"_s, u"c-model"_s}));
    filter.sort = SubscriptionFilter::Sort::Status;
    QCOMPARE(toString(subs.list(filter).items.first().status), u"active"_s);
    filter.descending = true;
    QCOMPARE(toString(subs.list(filter).items.first().status), u"pending"_s);
    filter.status = SubscriptionStatus::Denied;
    QCOMPARE(subs.list(filter).total, 1);
}

// --- keys ---

void TestStore::keysCrudAndConstraints()
{
    const User u = makeUser(u"key-owner"_s);
    KeyRepository keys(*m_db);
    ApiKey k = makeKey(u"k1"_s, u.id, u"aa11"_s);
    k.alias = u"ci-bot"_s;
    k.models = {u"granite-3-8b"_s};
    k.rpmLimit = 10;
    k.modelLimits = {{u"granite-3-8b"_s, QJsonObject{{u"rpm"_s, 5}, {u"tpm"_s, 1000}}}};
    k.maxBudget = 1'000'000'000;
    k.budgetDuration = u"1mo"_s;
    k.softBudget = 800'000'000;
    k.expiresAt = T0 + 86'400'000;
    k.metadata = {{u"team"_s, u"ml"_s}};
    keys.create(k);

    const ApiKey read = *keys.find(u"k1"_s);
    QCOMPARE(read.alias, u"ci-bot"_s);
    QCOMPARE(read.models, k.models);
    QCOMPARE(read.modelLimits, k.modelLimits);
    QCOMPARE(read.maxBudget, k.maxBudget);
    QCOMPARE(read.softBudget, k.softBudget);
    QCOMPARE(read.budgetDuration, u"1mo"_s);
    QCOMPARE(read.expiresAt, k.expiresAt);
    QCOMPARE(read.metadata, k.metadata);
    QVERIFY(!read.parallelLimit);
    QVERIFY(!read.blocked);

    EXPECT_ERROR(Error::Code::Conflict, keys.create(makeKey(u"k1"_s, u.id, u"bb22"_s))); // same id
    EXPECT_ERROR(Error::Code::Conflict, keys.create(makeKey(u"k2"_s, u.id, u"aa11"_s))); // same hash
    ApiKey sameAlias = makeKey(u"k3"_s, u.id, u"cc33"_s);
    sameAlias.alias = u"ci-bot"_s;
    EXPECT_ERROR(Error::Code::Conflict, keys.create(sameAlias));
    // Keys without alias do not collide with each other.
    keys.create(makeKey(u"k4"_s, u.id, u"dd44"_s));
    keys.create(makeKey(u"k5"_s, u.id, u"ee55"_s));
    EXPECT_ERROR(Error::Code::Invalid, keys.create(makeKey(u"k6"_s, u"ghost"_s, u"ff66"_s)));

    ApiKey edit = read;
    edit.blocked = true;
    edit.rpmLimit.reset();
    edit.alias.clear();
    const ApiKey updated = keys.update(edit, read.version);
    QVERIFY(updated.blocked);
    QVERIFY(!updated.rpmLimit);
    QVERIFY(updated.alias.isEmpty());
    QCOMPARE(updated.secretHash, u"aa11"_s); // settings edits never touch the secret
    EXPECT_ERROR(Error::Code::Conflict, keys.update(edit, read.version));

    keys.addSpend(u"k1"_s, 300);
    keys.addSpend(u"k1"_s, 200);
    keys.touch(u"k1"_s, T0 + 7);
    QCOMPARE(keys.find(u"k1"_s)->spend, 500);
    QCOMPARE(keys.find(u"k1"_s)->lastUsedAt, std::optional<qint64>(T0 + 7));
    QCOMPARE(keys.find(u"k1"_s)->version, updated.version);
    keys.resetBudget(u"k1"_s, T0 + 999);
    QCOMPARE(keys.find(u"k1"_s)->spend, 0);
    QCOMPARE(keys.find(u"k1"_s)->budgetGeneration, 1);
    QCOMPARE(keys.find(u"k1"_s)->budgetResetAt, std::optional<qint64>(T0 + 999));

    const PageResult<ApiKey> mine = keys.listByUser(u.id, {2, 0});
    QCOMPARE(mine.total, 3);
    QCOMPARE(mine.items.size(), 2);

    keys.remove(u"k4"_s);
    QVERIFY(!keys.find(u"k4"_s));
    EXPECT_ERROR(Error::Code::NotFound, keys.remove(u"k4"_s));
    EXPECT_ERROR(Error::Code::NotFound, keys.addSpend(u"k4"_s, 1));
    // Deleting the owner deletes the keys.
    UserRepository(*m_db).remove(u.id);
    QVERIFY(!keys.find(u"k1"_s));
}

void TestStore::keyLookupByHashAndRotationGrace()
{
    const User u = makeUser(u"rotator"_s);
    KeyRepository keys(*m_db);
    keys.create(makeKey(u"rk"_s, u.id, u"hash-old"_s));
    keys.addSpend(u"rk"_s, 42);
    QCOMPARE(keys.findByHash(u"hash-old"_s, T0)->id, u"rk"_s);
    QVERIFY(!keys.findByHash(u"hash-unknown"_s, T0));
    QVERIFY(!keys.findByHash(QString(), T0));

    const ApiKey rotated = keys.rotate(u"rk"_s, u"hash-new"_s, u"sk-tg-rk2"_s, T0 + 60'000, 1);
    QCOMPARE(rotated.secretHash, u"hash-new"_s);
    QCOMPARE(rotated.previousHash, u"hash-old"_s);
    QCOMPARE(rotated.displayPrefix, u"sk-tg-rk2"_s);
    QCOMPARE(rotated.spend, 42); // rotation keeps spend
    QCOMPARE(keys.findByHash(u"hash-new"_s, T0 + 120'000)->id, u"rk"_s);
    QCOMPARE(keys.findByHash(u"hash-old"_s, T0 + 59'999)->id, u"rk"_s); // within grace
    QVERIFY(!keys.findByHash(u"hash-old"_s, T0 + 60'000));              // grace over
    EXPECT_ERROR(Error::Code::Conflict, keys.rotate(u"rk"_s, u"hash-x"_s, u"p"_s, T0, 1));

    // A second rotation replaces the grace hash: the first secret is dead at once.
    keys.rotate(u"rk"_s, u"hash-third"_s, u"sk-tg-rk3"_s, T0 + 60'000, rotated.version);
    QVERIFY(!keys.findByHash(u"hash-old"_s, T0));
    QCOMPARE(keys.findByHash(u"hash-new"_s, T0)->id, u"rk"_s);

    // Revocation ends the grace too, and a revoked key cannot be rotated.
    const ApiKey revoked = keys.revoke(u"rk"_s, T0 + 5);
    QCOMPARE(revoked.revokedAt, std::optional<qint64>(T0 + 5));
    QVERIFY(!keys.findByHash(u"hash-new"_s, T0));
    QVERIFY(keys.findByHash(u"hash-third"_s, T0)->revokedAt); // still found so callers can say "revoked"
    QCOMPARE(keys.revoke(u"rk"_s, T0 + 9).revokedAt, std::optional<qint64>(T0 + 5));
    EXPECT_ERROR(Error::Code::Invalid,
                 keys.rotate(u"rk"_s, u"h4"_s, u"p4"_s, T0, keys.find(u"rk"_s)->version));
    EXPECT_ERROR(Error::Code::NotFound, keys.revoke(u"missing"_s, T0));
}

void TestStore::keyLoaderReadsEveryKeyInTwoHalves()
{
    // Above 100,000 keys the loader reads two halves on two threads (split by rowid on SQLite, by
    // id on PostgreSQL); ids are inserted out of order so each half holds a scattered set of ids.
    const User u = makeUser(u"bulk"_s);
    constexpr int Keys = 120'001;
    const QString hash = m_db->dialect() == Dialect::Sqlite ? u"printf('%064x', i)"_s : u"lpad(to_hex(i), 64, '0')"_s;
    m_db->exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO api_keys (id, user_id, secret_hash, display_prefix, rpm_limit, created_at, updated_at) "
               "SELECT 'k' || ((i * 7919) % 1000003), ?, %2, 'sk-tg-x', i, 0, 0 FROM n"_s.arg(Keys).arg(hash),
               {u.id}, u"bulk insert keys"_s);

    Tollgate::Keys::KeyCache cache;
    QCOMPARE(Tollgate::Keys::loadAll(*m_db, cache), Keys);
    QCOMPARE(cache.size(), size_t(Keys));
    for (const int i : {1, 2, 60'000, 60'001, Keys}) {
        Tollgate::Keys::KeyHash h;
        QVERIFY(Tollgate::Keys::hashFromHex(u"%1"_s.arg(i, 64, 16, QChar(u'0')).toLatin1(), &h));
        const Tollgate::Keys::KeyEntry entry = cache.find(h);
        QVERIFY2(entry.record, qPrintable(QString::number(i)));
        QCOMPARE(entry.record->keyId, u"k%1"_s.arg((qint64(i) * 7919) % 1000003).toLatin1());
        QCOMPARE(entry.record->rpm, qint64(i));
        QCOMPARE(entry.record->userId, u.id.toUtf8());
    }
}

void TestStore::keysStreamInPages()
{
    const User u = makeUser(u"many-keys"_s);
    KeyRepository keys(*m_db);
    for (int i = 0; i < 25; ++i)
        keys.create(makeKey(u"key%1"_s.arg(i, 3, 10, QLatin1Char('0')), u.id, u"h%1"_s.arg(i)));
    QStringList seen;
    QString after;
    int pages = 0;
    for (;;) {
        const QList<ApiKey> page = keys.listAfter(after, 10);
        if (page.isEmpty())
            break;
        ++pages;
        for (const ApiKey &k : page)
            seen << k.id;
        after = page.last().id;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), u"key000"_s);
    QCOMPARE(seen.last(), u"key024"_s);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
}

// --- usage ---

void TestStore::usageBatchIsIdempotent()
{
    UsageRepository usage(*m_db);
    QList<UsageRecord> batch;
    qint64 cost = 0, prompt = 0, completion = 0, errors = 0;
    for (int i = 0; i < 1000; ++i) {
        UsageRecord r;
        r.requestId = u"req-%1"_s.arg(i);
        r.at = T0 + qint64(i) * 200'000; // spans three UTC days
        r.userId = u"u%1"_s.arg(i % 3);
        r.keyId = u"k%1"_s.arg(i % 5);
        r.modelId = i % 2 ? u"granite"_s : u"llama"_s;
        r.deploymentId = u"d1"_s;
        r.endpoint = u"/v1/chat/completions"_s;
        r.promptTokens = 10 + i;
        r.completionTokens = i % 7;
        r.cost = 1000 + i;
        r.status = i % 10 == 0 ? 429 : 200;
        r.latencyMs = 5;
        r.ttftMs = i % 2 ? std::optional<qint64>(3) : std::nullopt;
        r.streamed = i % 2;
        batch << r;
        cost += r.cost;
        prompt += r.promptTokens;
        completion += r.completionTokens;
        errors += r.status >= 400;
    }
    QCOMPARE(usage.appendBatch(batch), 1000);
    UsageDaily total = usage.totals();
    QCOMPARE(total.requests, 1000);
    QCOMPARE(total.cost, cost);
    QCOMPARE(total.promptTokens, prompt);
    QCOMPARE(total.completionTokens, completion);
    QCOMPARE(total.errors, errors);
    QCOMPARE(total.latencyMsSum, 5000);
    const QList<UsageDaily> before = usage.daily();
    QSet<QString> days;
    for (const UsageDaily &d : before)
        days.insert(d.day);
    QCOMPARE(days, QSet<QString>({u"2025-01-01"_s, u"2025-01-02"_s, u"2025-01-03"_s}));

    // Replaying the batch (a journal replay after a crash) changes nothing.
    QCOMPARE(usage.appendBatch(batch), 0);
    QCOMPARE(usage.totals().requests, 1000);
    QCOMPARE(usage.totals().cost, cost);
    const QList<UsageDaily> after = usage.daily();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).requests, before.at(i).requests);
        QCOMPARE(after.at(i).cost, before.at(i).cost);
    }

    // A batch overlapping the stored one, with a duplicate inside: only genuinely new rows count.
    UsageRecord fresh = batch.first();
    fresh.requestId = u"req-new"_s;
    fresh.cost = 77;
    QCOMPARE(usage.appendBatch({batch.at(5), fresh, fresh}), 1);
    total = usage.totals();
    QCOMPARE(total.requests, 1001);
    QCOMPARE(total.cost, cost + 77);

    const UsageRecord stored = *usage.findRecord(u"req-1"_s);
    QCOMPARE(stored.ttftMs, std::optional<qint64>(3));
    QVERIFY(stored.streamed);
    QVERIFY(!usage.findRecord(u"req-0"_s)->ttftMs);
    QCOMPARE(usage.findRecord(u"req-0"_s)->status, 429);
    EXPECT_ERROR(Error::Code::Invalid, usage.appendBatch({UsageRecord{}}));
}

void TestStore::usageFilters()
{
    UsageRepository usage(*m_db);
    QList<UsageRecord> batch;
    for (int i = 0; i < 6; ++i) {
        UsageRecord r;
        r.requestId = u"f%1"_s.arg(i);
        r.at = T0 + qint64(i) * 86'400'000 - 1; // the first lands on 2024-12-31
        r.userId = i % 2 ? u"alice"_s : u"bob"_s;
        r.modelId = u"m"_s;
        r.cost = 10;
        batch << r;
    }
    QCOMPARE(usage.appendBatch(batch), 6);
    UsageFilter f;
    f.fromDay = u"2025-01-01"_s;
    f.toDay = u"2025-01-02"_s;
    QCOMPARE(usage.totals(f).requests, 2);
    QCOMPARE(usage.listRecords(f).total, 2);
    f.userId = u"alice"_s;
    QCOMPARE(usage.totals(f).requests, 1);
    const PageResult<UsageRecord> records = usage.listRecords(f);
    QCOMPARE(records.total, 1);
    QCOMPARE(records.items.first().requestId, u"f1"_s);
    UsageFilter bobs;
    bobs.userId = u"bob"_s;
    QCOMPARE(usage.totals(bobs).cost, 30);
    const PageResult<UsageRecord> newest = usage.listRecords({}, {2, 0});
    QCOMPARE(newest.total, 6);
    QCOMPARE(newest.items.first().requestId, u"f5"_s);
    UsageFilter bad;
    bad.fromDay = u"yesterday"_s;
    EXPECT_ERROR(Error::Code::Invalid, usage.listRecords(bad));
}

// --- audit, settings, branding, banners ---

void TestStore::auditFilters()
{
    AuditRepository audit(*m_db);
    const QStringList actions = {u"user.update"_s, u"key.revoke"_s, u"model.create"_s};
    for (int i = 0; i < 9; ++i) {
        AuditEntry e;
        e.at = T0 + i * 1000;
        e.actorId = i % 2 ? u"admin-1"_s : u"admin-2"_s;
        e.actorName = i % 2 ? u"Alice"_s : u"Bob"_s;
        e.action = actions.at(i % 3);
        e.targetType = e.action.section(u'.', 0, 0);
        e.targetId = u"t%1"_s.arg(i);
        e.before = QJsonObject{{u"rpm"_s, i}};
        e.after = QJsonObject{{u"rpm"_s, i + 1}, {u"note"_s, i == 4 ? u"Quota 100% RAISED"_s : u"x"_s}};
        e.sourceAddress = u"10.0.0.1"_s;
        e.success = i != 8;
        const AuditEntry stored = audit.append(e);
        QVERIFY(stored.id > 0);
    }
    QCOMPARE(audit.list().total, 9);
    AuditFilter f;
    f.actorId = u"admin-1"_s;
    QCOMPARE(audit.list(f).total, 4);
    f = {};
    f.action = u"key.revoke"_s;
    QCOMPARE(audit.list(f).total, 3);
    f = {};
    f.targetType = u"model"_s;
    f.targetId = u"t5"_s;
    QCOMPARE(audit.list(f).total, 1);
    f = {};
    f.from = T0 + 2000;
    f.to = T0 + 5000; // exclusive
    QCOMPARE(audit.list(f).total, 3);
    f = {};
    f.text = u"raised"_s; // case-insensitive inside the JSON
    QCOMPARE(audit.list(f).total, 1);
    f.text = u"100%"_s;
    QCOMPARE(audit.list(f).total, 1);
    f.text = u"alice"_s;
    QCOMPARE(audit.list(f).total, 4);
    f = {};
    f.success = false;
    QCOMPARE(audit.list(f).items.first().targetId, u"t8"_s);

    const PageResult<AuditEntry> page = audit.list({}, {4, 4});
    QCOMPARE(page.total, 9);
    QCOMPARE(page.items.size(), 4);
    QCOMPARE(page.items.first().targetId, u"t4"_s); // newest first
    QCOMPARE(page.items.first().after.toObject().value(u"rpm"_s).toInt(), 5);
    QCOMPARE(page.items.first().before.toObject().value(u"rpm"_s).toInt(), 4);
    QCOMPARE(audit.prune(T0 + 3000), 3);
    QCOMPARE(audit.list().total, 6);
}

void TestStore::settingsTypedAndVersioned()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(settings.value(u"missing"_s, 7).toInt(), 7);
    const QJsonObject defaults{{u"maxBudget"_s, 100}, {u"models"_s, QJsonArray{u"a"_s}}};
    const Setting s = settings.put(u"api_key_defaults"_s, defaults, u"admin"_s, 0);
    QCOMPARE(s.version, 1);
    QCOMPARE(settings.value(u"api_key_defaults"_s).toObject(), defaults);
    EXPECT_ERROR(Error::Code::Conflict, settings.put(u"api_key_defaults"_s, 1, u"admin"_s, 0));
    QCOMPARE(settings.put(u"api_key_defaults"_s, u"text"_s, u"admin"_s, 1).version, 2);
    EXPECT_ERROR(Error::Code::Conflict, settings.put(u"api_key_defaults"_s, 2, u"admin"_s, 1));
    QCOMPARE(settings.value(u"api_key_defaults"_s).toString(), u"text"_s);
    settings.put(u"flag"_s, true, u"admin"_s);
    settings.put(u"ratio"_s, 0.25, u"admin"_s);
    QCOMPARE(settings.value(u"flag"_s).toBool(), true);
    QCOMPARE(settings.value(u"ratio"_s).toDouble(), 0.25);
    QCOMPARE(settings.all().size(), 3);
    QCOMPARE(settings.find(u"flag"_s)->updatedBy, u"admin"_s);
    settings.remove(u"flag"_s);
    EXPECT_ERROR(Error::Code::NotFound, settings.remove(u"flag"_s));
}

void TestStore::brandingSingleton()
{
    BrandingRepository branding(*m_db);
    Branding b = branding.get();
    QCOMPARE(b.title, QString());
    QVERIFY(b.loginLogo.data.isEmpty());
    b.title = u"Acme AI"_s;
    b.loginLogo = {QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10), u"image/png"_s};
    b.headerLogoDark = {QByteArray("<svg/>"), u"image/svg+xml"_s};
    const Branding saved = branding.update(b, 1, u"admin"_s);
    QCOMPARE(saved.version, 2);
    QCOMPARE(saved.loginLogo.data, b.loginLogo.data);
    QCOMPARE(saved.loginLogo.mimeType, u"image/png"_s);
    QCOMPARE(saved.headerLogoDark.mimeType, u"image/svg+xml"_s);
    QVERIFY(saved.headerLogoLight.data.isEmpty());
    QCOMPARE(saved.updatedBy, u"admin"_s);
    EXPECT_ERROR(Error::Code::Conflict, branding.update(b, 1, u"admin"_s));
    b.loginLogo.mimeType = u"application/x-msdownload"_s;
    EXPECT_ERROR(Error::Code::Invalid, branding.update(b, 2, u"admin"_s));
    // Only one row can ever exist.
    EXPECT_ERROR(Error::Code::Conflict, m_db->exec(u"INSERT INTO branding (id) VALUES (1)"_s));
    EXPECT_ERROR(Error::Code::Invalid, m_db->exec(u"INSERT INTO branding (id) VALUES (2)"_s));
}

void TestStore::bannersVisibilityAndDismissal()
{
    const User u = makeUser(u"reader"_s);
    BannerRepository banners(*m_db);
    Banner b;
    b.active = true;
    b.texts = {{u"en"_s, u"Maintenance tonight"_s}, {u"fr"_s, u"Maintenance ce soir"_s}};
    b.variant = u"warning"_s;
    b.dismissible = true;
    b.startsAt = T0;
    b.endsAt = T0 + 1000;
    const Banner created = banners.create(b);
    Banner fixed;
    fixed.active = true;
    fixed.texts = {{u"en"_s, u"Policy"_s}};
    const Banner pinned = banners.create(fixed);
    Banner off;
    off.texts = {{u"en"_s, u"draft"_s}};
    banners.create(off);
    QCOMPARE(banners.list().total, 3);

    QCOMPARE(banners.visibleTo(u.id, T0 - 1).size(), 1); // only the unscheduled one
    QCOMPARE(banners.visibleTo(u.id, T0 + 500).size(), 2);
    QCOMPARE(banners.visibleTo(u.id, T0 + 1000).size(), 1); // end is exclusive
    QCOMPARE(banners.find(created.id)->texts, b.texts);

    banners.dismiss(u.id, created.id, T0 + 1);
    banners.dismiss(u.id, created.id, T0 + 2); // idempotent
    const QList<Banner> visible = banners.visibleTo(u.id, T0 + 500);
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible.first().id, pinned.id);
    EXPECT_ERROR(Error::Code::Invalid, banners.dismiss(u.id, pinned.id, T0));
    EXPECT_ERROR(Error::Code::NotFound, banners.dismiss(u.id, u"nope"_s, T0));

    Banner bad = b;
    bad.variant = u"neon"_s;
    EXPECT_ERROR(Error::Code::Invalid, banners.create(bad));
    Banner edit = *banners.find(created.id);
    edit.active = false;
    QCOMPARE(banners.update(edit, 1).version, 2);
    EXPECT_ERROR(Error::Code::Conflict, banners.update(edit, 1));
    banners.remove(created.id);
    EXPECT_ERROR(Error::Code::NotFound, banners.remove(created.id));
}

// --- transactions ---

void TestStore::failedTransactionLeavesNothing()
{
    {
        Transaction tx(*m_db);
        makeUser(u"half-done"_s);
        Model m;
        m.id = u"half-model"_s;
        ModelRepository(*m_db).create(m);
        // Fails midway: the subscription's user does not exist.
        EXPECT_ERROR(Error::Code::Invalid,
                     SubscriptionRepository(*m_db).create(u"ghost"_s, m.id, SubscriptionStatus::Active, {}));
        // tx goes out of scope without commit()
    }
    QVERIFY(!UserRepository(*m_db).findByUsername(u"half-done"_s));
    QVERIFY(!ModelRepository(*m_db).find(u"half-model"_s));
    QCOMPARE(Tollgate::Store::Detail::count(*m_db, u"SELECT COUNT(*) FROM subscription_history"_s, {}, {}),
             0);
    // The connection is usable afterwards.
    makeUser(u"afterwards"_s);
    QVERIFY(UserRepository(*m_db).findByUsername(u"afterwards"_s));
}

void TestStore::nestedTransactionRollsBackOnlyInner()
{
    {
        Transaction outer(*m_db);
        makeUser(u"outer"_s);
        {
            Transaction inner(*m_db);
            makeUser(u"inner"_s);
            EXPECT_ERROR(Error::Code::Conflict, makeUser(u"inner"_s));
        }
        makeUser(u"outer-2"_s);
        outer.commit();
    }
    UserRepository users(*m_db);
    QVERIFY(users.findByUsername(u"outer"_s));
    QVERIFY(users.findByUsername(u"outer-2"_s));
    QVERIFY(!users.findByUsername(u"inner"_s));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
