// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Tollgate::Testing {

/// A throwaway PostgreSQL for tests: started with tests/support/pg.sh in a temporary directory,
/// or the server named by TOLLGATE_TEST_POSTGRES_URL. Stopped on destruction.
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Starts (or attaches to) the server; false with errorString() saying how to install PostgreSQL.
    bool start();
    void stop();
    bool isRunning() const { return !m_url.isEmpty(); }
    QString errorString() const { return m_error; }
    /// The maintenance database's URL (postgres://postgres@127.0.0.1:PORT/postgres).
    QString url() const { return m_url; }
    /// Creates a fresh, empty database and returns its URL; empty with errorString() on failure.
    QString createDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_error;
    bool m_owned = false;
};

} // namespace Tollgate::Testing
