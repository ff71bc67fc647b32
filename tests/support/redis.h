// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Tollgate::Testing {

/// A throwaway Redis for tests: redis-server on 127.0.0.1 and a free port, no persistence
/// (--save '' --appendonly no), files in a temporary directory; started with tests/support/redis.sh
/// or the server named by TOLLGATE_TEST_REDIS_URL. Stopped on destruction.
class RedisServer final
{
public:
    RedisServer();
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    /// Starts (or attaches to) the server; false with errorString() saying how to install Redis.
    bool start();
    void stop();
    /// Starts the server again on the port it had (after stop(), or to restart it); its data is
    /// gone (no persistence). Not for a server named by TOLLGATE_TEST_REDIS_URL.
    bool restart();
    bool isRunning() const { return !m_url.isEmpty(); }
    QString errorString() const { return m_error; }
    /// redis://127.0.0.1:PORT
    QString url() const { return m_url; }
    QString host() const;
    quint16 port() const;

private:
    bool launch(const QString &port);

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    qint64 m_pid = 0; // of the server we started, to make sure stop() ends it
    QString m_url;
    QString m_error;
    bool m_owned = false;
};

} // namespace Tollgate::Testing
