// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/process.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

Process::Process() = default;

Process::~Process()
{
    stop(3'000);
}

bool Process::start(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment, int timeoutMs)
{
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_host.clear();
    m_port = 0;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_error = u"cannot run '%1': not an executable (is it built?)"_s.arg(program);
        return false;
    }
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(program, m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(uR"(^listening on https?://(\[[^\]]+\]|[^:/\s]+):(\d+)\s*$)"_s);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_stderr += m_process.readAllStandardError();
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine();
            const auto match = listening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_host = match.captured(1);
                if (m_host.startsWith(u'['))
                    m_host = m_host.mid(1, m_host.size() - 2);
                m_port = quint16(match.captured(2).toUInt());
                return true;
            }
            m_stdout += line;
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    }
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    const QString what = m_process.state() == QProcess::NotRunning
                             ? u"exited with code %1 before listening"_s.arg(m_process.exitCode())
                             : u"printed no 'listening on http://HOST:PORT' line within %1 ms"_s.arg(timeoutMs);
    m_error = u"%1 %2\nstdout: %3\nstderr: %4"_s.arg(QFileInfo(program).fileName(), what,
                                                      QString::fromUtf8(m_stdout).trimmed(),
                                                      QString::fromUtf8(m_stderr).trimmed());
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    return false;
}

QString Process::baseUrl() const
{
    const QString host = m_host.contains(u':') ? u"["_s + m_host + u"]"_s : m_host;
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

QUrl Process::url(const QString &path) const
{
    return QUrl(baseUrl() + path);
}

qint64 Process::pid() const
{
    return m_process.processId();
}

bool Process::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

int Process::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void Process::kill9()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(5'000);
}

QByteArray Process::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QByteArray Process::standardOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    return m_stdout;
}

} // namespace Tollgate::Testing
