// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/api/controlexecutor.h"

#include <QString>

#include <exception>

namespace Tollgate::Api {

/// The control plane's own error: an HTTP status, a stable snake_case code, an English message and,
/// for validation errors, the offending field (sent as the error body's "param").
///
/// Handlers throw it (or let Store::Error / Auth::Error escape); toReply() is the one place that
/// turns any of them into a response: {"error":{"message","type","param","code"}}.
class ApiError final : public std::exception
{
public:
    ApiError(int status, QByteArray code, QString message, QString field = {});

    /// 400 "invalid_request" about @p field.
    static ApiError invalid(const QString &field, const QString &message);
    /// 404 "not_found".
    static ApiError notFound(const QString &message);
    /// 409 "conflict" (or a more specific code).
    static ApiError conflict(const QString &message, QByteArray code = "conflict");

    int status() const noexcept { return m_status; }
    const QByteArray &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QString &field() const noexcept { return m_field; }
    /// Extra response headers (e.g. Retry-After).
    Http::Headers headers;
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    int m_status;
    QByteArray m_code;
    QString m_message;
    QString m_field;
    QByteArray m_utf8;
};

/// The one error mapping of the control plane. Called with the exception in flight; rethrows
/// nothing: ApiError as declared, Store::Error NotFound→404 not_found, Conflict→409 conflict,
/// Invalid→400 invalid_request, Unavailable→503 store_unavailable, Internal→500; Auth::Error
/// Unauthenticated/InvalidCredentials/RefreshReused→401, RateLimited→429 with Retry-After,
/// SetupComplete→409, Invalid→400; anything else→500 (logged with the request id, not shown).
Reply currentExceptionReply(const QByteArray &requestId);

/// The reply for an ApiError.
Reply toReply(const ApiError &error);

} // namespace Tollgate::Api
