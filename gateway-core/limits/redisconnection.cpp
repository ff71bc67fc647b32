// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/redisconnection.h"

#include <QCryptographicHash>
#include <QUrl>

#include <hiredis/hiredis.h>

#include <sys/time.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Tollgate::Limits {

namespace {

timeval toTimeval(int ms)
{
    timeval tv{};
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

bool isError(const redisReply *reply)
{
    return reply && reply->type == REDIS_REPLY_ERROR;
}

QString errorText(const redisReply *reply)
{
    return QString::fromUtf8(reply->str, qsizetype(reply->len));
}

} // namespace

bool RedisAddress::parse(const QString &url, RedisAddress *address, QString *error)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()) {
        *error = u"malformed Redis URL (use redis://[:password@]host[:port][/db])"_s;
        return false;
    }
    if (u.scheme() == u"rediss") {
        *error = u"rediss:// (TLS) is not supported yet: this build's hiredis (0.14, Debian 12) has no TLS; "
                 "use redis:// on a trusted network or a TLS tunnel"_s;
        return false;
    }
    if (u.scheme() != u"redis") {
        *error = u"unsupported Redis URL scheme \"%1\" (use redis://)"_s.arg(u.scheme());
        return false;
    }
    RedisAddress a;
    a.host = u.host().toUtf8();
    a.port = u.port(6379);
    if (!u.password().isEmpty()) {
        a.password = u.password(QUrl::FullyDecoded).toUtf8();
        a.username = u.userName(QUrl::FullyDecoded).toUtf8();
    }
    const QString path = u.path();
    if (!path.isEmpty() && path != u"/") {
        bool ok = false;
        a.database = path.mid(1).toInt(&ok);
        if (!ok || a.database < 0) {
            *error = u"the Redis URL's path must be a database number, e.g. redis://host:6379/2"_s;
            return false;
        }
    }
    *address = a;
    return true;
}

QString RedisAddress::display() const
{
    return u"%1:%2/%3"_s.arg(QString::fromUtf8(host)).arg(port).arg(database);
}

RedisScript::RedisScript(QByteArray text)
    : source(std::move(text))
    , sha(QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex())
{
}

void RedisReplyDeleter::operator()(redisReply *reply) const
{
    freeReplyObject(reply);
}

RedisConnection::RedisConnection(redisContext *context)
    : m_context(context)
{
}

RedisConnection::~RedisConnection()
{
    redisFree(m_context);
}

std::unique_ptr<RedisConnection> RedisConnection::open(const RedisAddress &address, int timeoutMs, QString *error)
{
    redisContext *context = redisConnectWithTimeout(address.host.constData(), address.port, toTimeval(timeoutMs));
    if (!context) {
        *error = u"cannot allocate a Redis connection"_s;
        return nullptr;
    }
    std::unique_ptr<RedisConnection> connection(new RedisConnection(context));
    if (context->err) {
        *error = u"cannot connect to Redis at %1: %2"_s.arg(address.display(), QString::fromUtf8(context->errstr));
        return nullptr;
    }
    redisSetTimeout(context, toTimeval(timeoutMs));
    redisEnableKeepAlive(context);
    if (!address.password.isEmpty()) {
        std::vector<QByteArray> argv{"AUTH"_ba};
        if (!address.username.isEmpty())
            argv.push_back(address.username);
        argv.push_back(address.password);
        const RedisReplyPtr reply = connection->command(argv, error);
        if (!reply)
            return nullptr;
        if (isError(reply.get())) {
            *error = u"Redis at %1 refused the password: %2"_s.arg(address.display(), errorText(reply.get()));
            return nullptr;
        }
    }
    if (address.database != 0) {
        const std::vector<QByteArray> argv{"SELECT"_ba, QByteArray::number(address.database)};
        const RedisReplyPtr reply = connection->command(argv, error);
        if (!reply)
            return nullptr;
        if (isError(reply.get())) {
            *error = u"Redis at %1 refused the database number: %2"_s.arg(address.display(), errorText(reply.get()));
            return nullptr;
        }
    }
    return connection;
}

RedisReplyPtr RedisConnection::command(std::span<const QByteArray> argv, QString *error)
{
    std::vector<const char *> data;
    std::vector<size_t> lengths;
    data.reserve(argv.size());
    lengths.reserve(argv.size());
    for (const QByteArray &a : argv) {
        data.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    auto *reply = static_cast<redisReply *>(redisCommandArgv(m_context, int(data.size()), data.data(), lengths.data()));
    if (!reply) {
        *error = u"Redis connection failed: %1"_s.arg(QString::fromUtf8(m_context->errstr));
        return nullptr;
    }
    return RedisReplyPtr(reply);
}

RedisReplyPtr RedisConnection::run(const RedisScript &script, std::span<const QByteArray> keys,
                                   std::span<const QByteArray> args, QString *error)
{
    std::vector<QByteArray> argv;
    argv.reserve(3 + keys.size() + args.size());
    argv.push_back("EVALSHA"_ba);
    argv.push_back(script.sha);
    argv.push_back(QByteArray::number(qsizetype(keys.size())));
    argv.insert(argv.end(), keys.begin(), keys.end());
    argv.insert(argv.end(), args.begin(), args.end());
    RedisReplyPtr reply = command(argv, error);
    if (reply && isError(reply.get()) && QByteArrayView(reply->str, qsizetype(reply->len)).startsWith("NOSCRIPT")) {
        // The server lost its script cache (restart, SCRIPT FLUSH): EVAL sends and caches it again.
        argv[0] = "EVAL"_ba;
        argv[1] = script.source;
        reply = command(argv, error);
    }
    return reply;
}

bool RedisConnection::isUsable() const
{
    return m_context->err == 0;
}

namespace RedisReplies {

QByteArray text(const redisReply *reply)
{
    if (!reply)
        return {};
    switch (reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        return QByteArray(reply->str, qsizetype(reply->len));
    case REDIS_REPLY_INTEGER:
        return QByteArray::number(reply->integer);
    default:
        return {};
    }
}

qint64 number(const redisReply *reply)
{
    if (!reply)
        return 0;
    if (reply->type == REDIS_REPLY_INTEGER)
        return reply->integer;
    return text(reply).toLongLong();
}

} // namespace RedisReplies

} // namespace Tollgate::Limits
