// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/redis.h"

#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

namespace {

// Running, not merely a zombie waiting to be reaped (kill -0 succeeds for both).
bool processRuns(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z' && line.at(close + 2) != 'X';
}

const QString InstallHint =
    u"Redis is required for these tests. Install redis-server (Debian/Ubuntu: apt-get install "
    "redis-server; Fedora/RHEL: dnf install redis), set REDIS_SERVER to the binary, or point "
    "TOLLGATE_TEST_REDIS_URL at a server."_s;

} // namespace

RedisServer::RedisServer() = default;

RedisServer::~RedisServer()
{
    stop();
    m_dir.reset();
}

bool RedisServer::start()
{
    if (isRunning())
        return true;
    const QString external = qEnvironmentVariable("TOLLGATE_TEST_REDIS_URL");
    if (!external.isEmpty()) {
        m_url = external;
        m_owned = false;
        return true;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tollgate-redis-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory for Redis"_s;
        return false;
    }
    return launch({});
}

bool RedisServer::launch(const QString &port)
{
    QProcess process;
    QStringList args{supportDir() + u"/redis.sh"_s, u"start"_s, m_dir->path()};
    if (!port.isEmpty())
        args.append(port);
    process.start(u"/bin/sh"_s, args);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"redis.sh start failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()).trimmed()
                  + u"\n"_s + InstallHint;
        process.kill();
        return false;
    }
    m_url = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    m_port = quint16(QUrl(m_url).port());
    QFile pidFile(m_dir->filePath(u"redis.pid"_s));
    m_pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
    m_owned = true;
    return true;
}

bool RedisServer::restart()
{
    if (!m_dir || m_port == 0)
        return false;
    if (m_owned) {
        QProcess process;
        process.start(u"/bin/sh"_s, {supportDir() + u"/redis.sh"_s, u"stop"_s, m_dir->path()});
        process.waitForFinished(15'000);
    }
    return launch(QString::number(m_port));
}

void RedisServer::stop()
{
    if (m_owned && m_dir) {
        QProcess process;
        process.start(u"/bin/sh"_s, {supportDir() + u"/redis.sh"_s, u"stop"_s, m_dir->path()});
        process.waitForFinished(15'000);
        // On a loaded machine the script can be too slow or fail to start; never leave a server.
        if (processRuns(m_pid))
            ::kill(pid_t(m_pid), SIGKILL);
    }
    m_owned = false;
    m_pid = 0;
    m_url.clear();
    // The directory (and port) stay for restart(); the destructor frees them.
}

QString RedisServer::host() const
{
    return QUrl(m_url).host();
}

quint16 RedisServer::port() const
{
    return quint16(QUrl(m_url).port(6379));
}

} // namespace Tollgate::Testing
