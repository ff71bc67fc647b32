// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/database.h"

#include "gateway-core/store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

// Connection names created by one Database across threads, so its destructor can remove the
// connections of threads that outlive it.
struct Database::Registry
{
    QMutex mutex;
    QSet<QString> names;
};

// Owned by QThreadStorage: removed when the thread ends.
struct Database::ThreadConnection
{
    std::shared_ptr<Registry> registry;
    QString name;
    int depth = 0; // open transaction nesting on this connection
    quint64 generation = 0; // Database::m_generation when it was opened
    // Statements that failed inside a PostgreSQL transaction: freeing them (DEALLOCATE) would fail
    // until the transaction is rolled back, and leak on the server, so they wait for the rollback.
    std::vector<QSqlQuery> failed;

    ~ThreadConnection()
    {
        {
            const QMutexLocker lock(&registry->mutex);
            if (!registry->names.remove(name))
                return; // already removed by ~Database
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(const QString &url)
    : m_registry(std::make_shared<Registry>())
{
    const QString trimmed = url.trimmed();
    if (trimmed.startsWith(u"postgres://"_s) || trimmed.startsWith(u"postgresql://"_s)) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            throw Error(Error::Code::Invalid, u"invalid PostgreSQL URL"_s);
        m_dialect = Dialect::Postgres;
        m_driver = u"QPSQL"_s;
        m_host = parsed.host();
        m_port = parsed.port(5432);
        m_databaseName = parsed.path().mid(1);
        if (m_databaseName.isEmpty())
            m_databaseName = u"postgres"_s;
        m_user = parsed.userName(QUrl::FullyDecoded);
        m_password = parsed.password(QUrl::FullyDecoded);
        QStringList options;
        bool hasTimeout = false;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            // libpq keywords are identifiers; anything else could smuggle extra options.
            static const QStringList allowed = {
                u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s,    u"sslrootcert"_s,
                u"sslcert"_s, u"sslkey"_s,          u"target_session_attrs"_s};
            if (!allowed.contains(key) || value.contains(u';'))
                throw Error(Error::Code::Invalid, u"unsupported PostgreSQL URL option: "_s + key);
            options << key + u'=' + value;
            hasTimeout = hasTimeout || key == u"connect_timeout"_s;
        }
        // A readiness probe must not hang on an unreachable server.
        if (!hasTimeout)
            options << u"connect_timeout=5"_s;
        m_options = options.join(u';');
        QUrl redacted = parsed;
        if (!m_password.isEmpty())
            redacted.setPassword(u"***"_s);
        m_redactedUrl = redacted.toString();
        return;
    }

    m_dialect = Dialect::Sqlite;
    m_driver = u"QSQLITE"_s;
    QString path = trimmed;
    if (path.startsWith(u"sqlite://"_s))
        path = QUrl(path).path(QUrl::FullyDecoded);
    else if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    if (path.isEmpty() || path == u":memory:"_s)
        throw Error(Error::Code::Invalid,
                    u"SQLite URL needs a file path (per-thread connections share one file)"_s);
    m_sqlitePath = QFileInfo(path).absoluteFilePath();
    m_options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    m_redactedUrl = u"sqlite://"_s + m_sqlitePath;
}

Database::~Database()
{
    // This thread's entry is deleted now; other threads' entries see the registry emptied.
    m_local.setLocalData(nullptr);
    QSet<QString> names;
    {
        const QMutexLocker lock(&m_registry->mutex);
        names.swap(m_registry->names);
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString Database::sqliteUrlForDataDir(const QString &dataDir)
{
    return u"sqlite://"_s + QDir(dataDir).absoluteFilePath(u"tollgate.db"_s);
}

qint64 Database::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

Database::ThreadConnection &Database::threadConnection()
{
    // A stale connection (resetConnections()) goes, unless a transaction still runs on it.
    if (m_local.hasLocalData() && m_local.localData() && m_local.localData()->depth == 0 &&
        m_local.localData()->generation != connectionGeneration())
        m_local.setLocalData(nullptr);
    if (!m_local.hasLocalData() || !m_local.localData()) {
        auto *holder = new ThreadConnection;
        holder->registry = m_registry;
        holder->generation = connectionGeneration();
        holder->name = u"tollgate-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            const QMutexLocker lock(&m_registry->mutex);
            m_registry->names.insert(holder->name);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, holder->name);
        if (m_dialect == Dialect::Sqlite) {
            db.setDatabaseName(m_sqlitePath);
        } else {
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setDatabaseName(m_databaseName);
            db.setUserName(m_user);
            db.setPassword(m_password);
        }
        db.setConnectOptions(m_options);
        m_local.setLocalData(holder);
    }
    return *m_local.localData();
}

void Database::dropThreadConnection()
{
    m_local.setLocalData(nullptr);
}

QSqlDatabase Database::connection()
{
    ThreadConnection &holder = threadConnection();
    QSqlDatabase db = QSqlDatabase::database(holder.name, false);
    if (db.isOpen())
        return db;
    if (!db.open()) {
        const QSqlError error = db.lastError();
        // Driver text names host and database at most; the password is never part of it.
        throw Error(Error::Code::Unavailable, u"cannot open database "_s + m_redactedUrl + u": "_s +
                                                  error.databaseText().section(u'\n', 0, 0).trimmed());
    }
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery pragma(db);
        // Switching to WAL needs a moment alone with the file and SQLite does not wait for it on
        // the busy timeout, so connections opening together retry; the mode is persistent, so
        // only the very first opening of a file ever switches.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (pragma.exec(u"PRAGMA journal_mode=WAL"_s) && pragma.next()
                && pragma.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0)
                break;
            QThread::msleep(20);
        }
        for (const QString &statement :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (!pragma.exec(statement)) {
                const Error error = Error::fromSql(pragma.lastError(), u"configure SQLite"_s);
                db.close();
                throw error;
            }
        }
    }
    return db;
}

bool Database::ping()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            QSqlQuery query(connection());
            if (query.exec(u"SELECT 1"_s) && query.next() && query.value(0).toInt() == 1)
                return true;
        } catch (const Error &) {
        }
        // A dead PostgreSQL socket stays "open" in Qt's view: start over with a fresh connection,
        // unless a transaction is in flight on it.
        if (m_local.hasLocalData() && m_local.localData() && m_local.localData()->depth > 0)
            return false;
        dropThreadConnection();
    }
    return false;
}

QSqlQuery Database::prepare(const QString &sql, const QString &context)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error::fromSql(query.lastError(), context.isEmpty() ? u"prepare statement"_s : context);
    return query;
}

void Database::execPrepared(QSqlQuery &query, const QVariantList &values, const QString &context)
{
    static const QString empty = QString::fromLatin1("", 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Drivers bind a null QString as SQL NULL; only a null QVariant (nullIfEmpty, nullable) means NULL.
        if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
            value.toString().isNull())
            query.bindValue(int(i), empty);
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        const Error error =
            Error::fromSql(query.lastError(), context.isEmpty() ? u"execute statement"_s : context);
        if (m_dialect == Dialect::Postgres && m_local.hasLocalData() && m_local.localData() &&
            m_local.localData()->depth > 0)
            m_local.localData()->failed.push_back(std::move(query));
        throw error;
    }
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery query = prepare(sql, context);
    execPrepared(query, values, context);
    return query;
}

void Database::execStatic(const QString &sql, const QString &context)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw Error::fromSql(query.lastError(), context.isEmpty() ? u"execute statement"_s : context);
}

int Database::migrate()
{
    return Migrations::apply(*this);
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

// --- Transaction ---

namespace {

void run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw Error::fromSql(query.lastError(), u"transaction control"_s);
}

} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    QSqlDatabase connection = m_db.connection();
    Database::ThreadConnection &holder = m_db.threadConnection();
    if (holder.depth == 0)
        run(connection, m_db.dialect() == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    else
        run(connection, u"SAVEPOINT tg_sp_"_s + QString::number(holder.depth));
    m_depth = ++holder.depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        QSqlDatabase connection = m_db.connection();
        Database::ThreadConnection &holder = m_db.threadConnection();
        holder.depth = m_depth - 1;
        if (m_depth == 1) {
            run(connection, u"ROLLBACK"_s);
        } else {
            const QString name = u"tg_sp_"_s + QString::number(m_depth - 1);
            run(connection, u"ROLLBACK TO SAVEPOINT "_s + name);
            run(connection, u"RELEASE SAVEPOINT "_s + name);
        }
        holder.failed.clear();
    } catch (const Error &) {
        // The connection is gone; the server discards the transaction with it.
    }
}

void Transaction::commit()
{
    if (m_done)
        throw Error(Error::Code::Internal, u"transaction already finished"_s);
    QSqlDatabase connection = m_db.connection();
    Database::ThreadConnection &holder = m_db.threadConnection();
    if (m_depth == 1)
        run(connection, u"COMMIT"_s);
    else
        run(connection, u"RELEASE SAVEPOINT tg_sp_"_s + QString::number(m_depth - 1));
    m_done = true;
    holder.depth = m_depth - 1;
    if (holder.depth == 0)
        holder.failed.clear();
}

} // namespace Tollgate::Store
