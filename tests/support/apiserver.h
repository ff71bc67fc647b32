// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/auditrepository.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/postgres.h"
#include "tests/support/process.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantList>

#include <memory>
#include <optional>
#include <utility>

namespace Tollgate::Testing {

/// The password of the bootstrap admin "root" that ApiServer starts the server with.
inline const QString AdminPassword = QStringLiteral("admin-password-1");
/// The password ApiServer::createUser() gives the users it creates.
inline const QString UserPassword = QStringLiteral("user-password-1");

/// The store behind the server: a SQLite file or a fresh database on a throwaway PostgreSQL.
enum class Backend { Sqlite, Postgres };

/// For tests that run every function on both stores: initTestCase_data() calls this, and init()
/// reads the row with QFETCH_GLOBAL(Backend, backend).
void addBackendRows();

/// The body of @p r as a JSON object (empty when it is not one).
QJsonObject object(const RawResponse &r);
/// @p o as compact JSON.
QByteArray json(const QJsonObject &o);
/// The "items" array of a list answer.
QJsonArray items(const RawResponse &r);
/// The "error" object of an error answer, and its code and param.
QJsonObject errorOf(const RawResponse &r);
QString errorCode(const RawResponse &r);
QString errorParam(const RawResponse &r);

/// tollgate-server for control-plane tests: its own temporary directory, a store on SQLite or a
/// throwaway PostgreSQL (started on first use and kept for later starts), the bootstrap admin
/// "root" signed in, and the calls tests make over HTTP. Each start() begins on a fresh store.
///
/// One store per test class (tst_audit): construct the class with a Backend, start() in
/// initTestCase(), and main() returns execOnEachBackend<TestX>(...). A fresh store per test
/// function (tst_subscriptions): addBackendRows() in initTestCase_data(), start() in init() with
/// QFETCH_GLOBAL(Backend, backend), stop() in cleanup(). Then, e.g.:
///     m_server.createUser(u"alice"_s);
///     const QByteArray alice = m_server.token(u"alice"_s);
///     QCOMPARE(m_server.call("GET", "/api/v1/users", alice).status, 403);
class ApiServer final
{
public:
    struct Options
    {
        /// TOLLGATE_MASTER_KEY; empty: removed from the environment.
        QString masterKey;
        /// Written to tollgate.json and passed with --config when set.
        std::optional<QJsonObject> config;
        /// --log-level when not empty.
        QString logLevel;
        QStringList extraArguments;
        /// Added to the system environment.
        QProcessEnvironment environment;
        /// TOLLGATE_BOOTSTRAP_ADMIN "root" with AdminPassword, signed in by start(); without it the
        /// variable is removed and nobody is signed in.
        bool bootstrapAdmin = true;
    };

    ApiServer();
    explicit ApiServer(Options options);
    ~ApiServer();
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    Options &options() { return m_options; }

    /// Starts the server on a fresh, empty store of @p backend (stopping a running one), waits
    /// until /health/readiness answers and signs the admin in (Options::bootstrapAdmin). False
    /// with @p error on failure; PostgreSQL is a supported store, so without it start() fails.
    bool start(Backend backend, QString *error);
    /// Stops the server; the store stays (databaseUrl()).
    void stop();
    /// Stops the server and starts it again on the same store (signing the admin in again).
    bool restart(QString *error);
    /// Another tollgate-server on the same store (with a data directory of its own), with the same
    /// options plus @p extraArguments.
    std::unique_ptr<Process> startReplica(QString *error, const QStringList &extraArguments = {});

    Process &process() { return *m_server; }
    QString host() const { return m_server->host(); }
    quint16 port() const { return m_server->port(); }
    /// The temporary directory every run lives in.
    QString dir() const { return m_dir.path(); }
    QString dataDir() const { return m_dataDir; }
    QString databaseUrl() const { return m_databaseUrl; }
    /// The throwaway PostgreSQL behind Backend::Postgres (not running before a start() on it), e.g.
    /// for scratch databases next to the store.
    PostgresServer &postgres() { return m_pg; }
    /// The admin's access token (empty without Options::bootstrapAdmin).
    QByteArray admin() const { return m_admin; }
    /// The admin's user id (asked of /api/v1/auth/me once).
    QString adminId();

    /// One request to the server with exactly @p body and @p headers.
    RawResponse request(QByteArrayView method, QByteArrayView path, const QByteArray &body = {},
                        const RawHeaders &headers = {}, int timeoutMs = 10'000);
    /// A JSON request as @p token (none when empty); GET and DELETE send no body.
    RawResponse call(QByteArrayView method, QByteArrayView path, const QByteArray &token,
                     const QJsonObject &body = {}, const RawHeaders &extra = {});
    /// A request with a raw JSON @p body (sent for every method) as @p token.
    RawResponse send(QByteArrayView method, QByteArrayView path, const QByteArray &body = {},
                     const QByteArray &token = {}, const RawHeaders &extra = {});
    /// A one-message chat completion at /v1/chat/completions with the API key @p key.
    RawResponse chat(const QByteArray &key, const QString &model, int maxTokens = 8);
    /// Signs @p username in; the access token (empty on failure, with a warning).
    QByteArray token(const QString &username, const QString &password = UserPassword);
    /// Creates a user with @p roles as the admin; the new user's id (empty on failure, with a warning).
    QString createUser(const QString &username, const QStringList &roles = {QStringLiteral("user")},
                       const QString &password = UserPassword);
    /// The audit entries of @p action, read from the store (500 at most).
    QList<Store::AuditEntry> audit(const QString &action);
    /// The first column of the first row @p sql (with @p values bound) gives, read from the store
    /// directly; -1 when there is no row.
    qint64 scalar(const QString &sql, const QVariantList &values = {});

private:
    bool startProcess(Process &server, const QString &dataDir, const QStringList &extraArguments,
                      QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    PostgresServer m_pg;
    std::unique_ptr<Process> m_server;
    int m_run = 0;
    int m_replicas = 0;
    QString m_dataDir;
    QString m_databaseUrl;
    QByteArray m_admin;
    QString m_adminId;
};

/// Runs the Qt Test @p Test (constructed with a Backend) on SQLite and then on PostgreSQL, named
/// "<name>(sqlite)" and "<name>(postgres)"; the number of failures.
template<typename Test> int execOnEachBackend(const QString &name, int argc, char **argv)
{
    int failures = 0;
    for (const auto &[backend, suffix] : {std::pair{Backend::Sqlite, QStringLiteral("(sqlite)")},
                                          std::pair{Backend::Postgres, QStringLiteral("(postgres)")}}) {
        Test test(backend);
        test.setObjectName(name + suffix);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

} // namespace Tollgate::Testing

Q_DECLARE_METATYPE(Tollgate::Testing::Backend)
