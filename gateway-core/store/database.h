// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Tollgate::Store {

/// SQL flavours the store speaks; the schema is written once with small per-dialect substitutions.
enum class Dialect { Sqlite, Postgres };

/// A database opened from a URL, with one Qt Sql connection per thread (Qt's rule).
///
/// URLs: `sqlite:///abs/path.db`, `sqlite:relative.db` or a plain file path (SQLite, WAL);
/// `postgres://user:pass@host:port/db?sslmode=...` or `postgresql://...` (PostgreSQL).
class Database final
{
public:
    /// Parses the URL; throws Error(Invalid) on a malformed one. Connects lazily.
    explicit Database(const QString &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The SQLite URL of the default database file inside a data directory.
    static QString sqliteUrlForDataDir(const QString &dataDir);

    Dialect dialect() const { return m_dialect; }
    /// The URL with any password replaced by "***": safe for logs and errors.
    QString redactedUrl() const { return m_redactedUrl; }

    /// Where the data lives, for tools that work on the whole store (backup, restore).
    struct Location
    {
        QString sqlitePath; ///< SQLite: the database file
        QString host;       ///< PostgreSQL: server, port, database, user and password
        int port = 5432;
        QString databaseName;
        QString user;
        QString password;
    };
    Location location() const
    {
        return {m_sqlitePath, m_host, m_port, m_databaseName, m_user, m_password};
    }

    /// This thread's connection, opened on first use; throws Error(Unavailable) if it cannot open.
    QSqlDatabase connection();
    /// Makes every thread drop its cached connection and open a fresh one on its next use (a
    /// connection inside a transaction finishes it first). After the store was replaced under the
    /// running server (a restore), no thread keeps a handle, prepared statement or session state
    /// from before.
    void resetConnections() { m_generation.fetch_add(1, std::memory_order_acq_rel); }
    /// Bumped by resetConnections().
    quint64 connectionGeneration() const { return m_generation.load(std::memory_order_acquire); }
    /// Readiness: runs SELECT 1, reconnecting once after a failure. Never throws.
    bool ping();
    /// Applies pending migrations; returns how many were applied. Throws if the schema is newer.
    int migrate();
    /// The highest applied migration version (0 for an empty database).
    int schemaVersion();

    /// Prepares, binds positionally and executes; throws Error on failure (context names the operation).
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}, const QString &context = {});
    /// Executes a statement that binds no values (DDL cannot be prepared on PostgreSQL).
    void execStatic(const QString &sql, const QString &context = {});
    /// Prepares a statement for repeated execution with execPrepared().
    QSqlQuery prepare(const QString &sql, const QString &context = {});
    /// Rebinds and executes a prepared statement; throws Error on failure.
    void execPrepared(QSqlQuery &query, const QVariantList &values, const QString &context = {});

    /// Milliseconds since the epoch, UTC; replaceable so tests can control time.
    qint64 now() const;
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    friend class Transaction;
    struct Registry;
    struct ThreadConnection;

    ThreadConnection &threadConnection();
    void dropThreadConnection();

    Dialect m_dialect = Dialect::Sqlite;
    QString m_driver;
    QString m_sqlitePath;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_user;
    QString m_password;
    QString m_options;
    QString m_redactedUrl;
    std::shared_ptr<Registry> m_registry;
    QThreadStorage<ThreadConnection *> m_local;
    std::function<qint64()> m_clock;
    std::atomic<quint64> m_generation{0};
};

/// RAII transaction on this thread's connection: commit() explicitly, otherwise rolled back on
/// destruction. Nested transactions become savepoints. On SQLite it begins IMMEDIATE so writers
/// queue on the busy timeout instead of failing on a lock upgrade.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    int m_depth = 0;
    bool m_done = false;
};

/// A typed SQL NULL for optional values (drivers need the type for some back ends).
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}
/// Empty strings become SQL NULL.
inline QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
/// Reads a nullable integer column.
inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace Tollgate::Store
