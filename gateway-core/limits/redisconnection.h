// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <span>

struct redisContext;
struct redisReply;

namespace Tollgate::Limits {

/// Where a Redis server is and how to log in, from redis://[user:password@]host[:port][/db].
struct RedisAddress
{
    QByteArray host;
    int port = 6379;
    QByteArray username; ///< empty: AUTH with the password alone (Redis < 6 style)
    QByteArray password;
    int database = 0;

    /// Parses @p url; false with @p error set for other schemes, rediss:// (TLS is not available
    /// with Debian 12's hiredis 0.14) and malformed URLs.
    static bool parse(const QString &url, RedisAddress *address, QString *error);
    /// host:port/db, for logs (never the password).
    QString display() const;
};

/// A Lua script known by its SHA-1, run with EVALSHA and sent in full only when the server
/// does not know it yet (NOSCRIPT after a restart or SCRIPT FLUSH).
struct RedisScript
{
    explicit RedisScript(QByteArray source);
    QByteArray source;
    QByteArray sha;
};

/// A reply owned by the caller.
struct RedisReplyDeleter
{
    void operator()(redisReply *reply) const;
};
using RedisReplyPtr = std::unique_ptr<redisReply, RedisReplyDeleter>;

/// One blocking connection with connect and command timeouts. Not thread-safe: one thread uses
/// it at a time (the back end lends connections from a pool).
class RedisConnection final
{
public:
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    /// Connects, authenticates and selects the database; null with @p error on failure.
    static std::unique_ptr<RedisConnection> open(const RedisAddress &address, int timeoutMs, QString *error);

    /// Runs @p script; null with @p error when the connection failed (it is then unusable).
    /// A script error (a Redis error reply) is returned as a reply of type REDIS_REPLY_ERROR.
    RedisReplyPtr run(const RedisScript &script, std::span<const QByteArray> keys, std::span<const QByteArray> args,
                      QString *error);
    /// Runs one plain command.
    RedisReplyPtr command(std::span<const QByteArray> argv, QString *error);
    /// False once an I/O error or a timeout made the connection unusable.
    bool isUsable() const;

private:
    explicit RedisConnection(redisContext *context);
    redisContext *m_context;
};

/// Reply helpers: strings and integers from an array reply, tolerant of either encoding.
namespace RedisReplies {
QByteArray text(const redisReply *reply);
qint64 number(const redisReply *reply);
} // namespace RedisReplies

} // namespace Tollgate::Limits
