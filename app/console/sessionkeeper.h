// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Tollgate::Console {

/// Keeps the refresh token of each server in the OS keychain through QtKeychain's async jobs
/// (never a nested event loop). When no keychain answers, it says so once and the session stays
/// in memory only: nothing is written to disk in clear.
class SessionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeeper)

public:
    explicit SessionKeeper(QObject *parent = nullptr);

    /// Reads the token kept for @p server; answers with loaded().
    void load(const QString &server);
    /// Keeps @p token for @p server (empty: forgets it). Writes run one at a time, newest last.
    void store(const QString &server, const QByteArray &token);

    /// nullopt until the first job answered.
    std::optional<bool> isAvailable() const { return m_available; }
    /// A sentence for the status bar / about page.
    QString describe() const;

Q_SIGNALS:
    /// @p token is empty when none was kept (or the keychain is unavailable).
    void loaded(const QString &server, const QByteArray &token);
    void availabilityChanged(bool available);
    /// A write or delete for @p server finished (successfully or not; see isAvailable()).
    void stored(const QString &server);

private:
    void runNextWrite();
    void setAvailable(bool available, const QString &problem);

    std::optional<bool> m_available;
    QString m_problem;
    bool m_writing = false;
    /// Writes waiting for the one in progress; a newer token for the same server replaces an older.
    QList<std::pair<QString, QByteArray>> m_queue;
};

} // namespace Tollgate::Console
