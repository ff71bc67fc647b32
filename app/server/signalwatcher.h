// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tollgate::App {

/// Turns SIGTERM/SIGINT/SIGHUP into Qt signals through a self-pipe, so the handler itself does
/// nothing but write one byte (the only safe thing in a signal handler).
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    /// SIGTERM or SIGINT: drain and stop. A second one means "stop now".
    void terminateRequested(int signal);
    /// SIGHUP: reopen logs / reload what can be reloaded.
    void hangup();

private:
    void readSignal();
    QSocketNotifier *m_notifier;
};

} // namespace Tollgate::App
