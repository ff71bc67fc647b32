// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Tollgate::Testing {

/// A built binary run for a test: started with arguments and environment, ready once it prints
/// "listening on http(s)://HOST:PORT" on stdout, killed when the object goes away.
class Process final
{
public:
    Process();
    ~Process();
    Process(const Process &) = delete;
    Process &operator=(const Process &) = delete;

    /// Starts @p program and waits up to @p timeoutMs for the listening line. False with
    /// errorString() (which includes the process's stderr) when it exits or stays silent.
    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 15'000);
    QString errorString() const { return m_error; }

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    /// "http://HOST:PORT" (no trailing slash).
    QString baseUrl() const;
    QUrl url(const QString &path = {}) const;
    qint64 pid() const;
    bool isRunning() const;

    /// SIGTERM, then SIGKILL after @p timeoutMs; returns the exit code (-1 when killed).
    int stop(int timeoutMs = 5'000);
    /// SIGKILL at once and wait, for crash tests.
    void kill9();
    /// Everything the process wrote to stderr / stdout so far (after the listening line).
    QByteArray standardError();
    QByteArray standardOutput();

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace Tollgate::Testing
