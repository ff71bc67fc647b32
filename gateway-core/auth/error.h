// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Tollgate::Auth {

/// The one exception type of the auth layer: a stable code plus an English message that never
/// contains a secret. The API layer maps it to an HTTP status in one place (api/apierror.cpp).
class Error final : public std::exception
{
public:
    enum class Code {
        Unauthenticated,    ///< no, malformed, expired or revoked credentials (401)
        InvalidCredentials, ///< wrong username or password (401)
        RefreshReused,      ///< a rotated refresh token came back: its session was revoked (401)
        RateLimited,        ///< too many failed attempts; retryAfterSeconds says when to retry (429)
        SetupComplete,      ///< the first admin exists already (409)
        Invalid,            ///< a malformed request (400); field() names the field
    };

    Error(Code code, const QString &message, QString field = {}, int retryAfterSeconds = 0);

    Code code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QString &field() const noexcept { return m_field; }
    int retryAfterSeconds() const noexcept { return m_retryAfter; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Code m_code;
    QString m_message;
    QString m_field;
    int m_retryAfter;
    QByteArray m_utf8;
};

inline Error::Error(Code code, const QString &message, QString field, int retryAfterSeconds)
    : m_code(code)
    , m_message(message)
    , m_field(std::move(field))
    , m_retryAfter(retryAfterSeconds)
    , m_utf8(message.toUtf8())
{}

} // namespace Tollgate::Auth
