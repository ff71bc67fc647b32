// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

class QSqlError;

namespace Tollgate::Store {

/// The one exception type of the store layer: a stable code plus an English message without secrets.
class Error final : public std::exception
{
public:
    /// Stable codes; the API layer maps them to HTTP statuses in one place.
    enum class Code { NotFound, Conflict, Unavailable, Invalid, Internal };

    Error(Code code, const QString &message);

    /// Maps a Qt Sql error (unique violation → Conflict, connection loss → Unavailable, ...).
    static Error fromSql(const QSqlError &error, const QString &context);

    Code code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    /// "not_found", "conflict", ... for logs and error bodies.
    static QString codeName(Code code);

private:
    Code m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Tollgate::Store
