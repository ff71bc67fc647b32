// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/apierror.h"

#include "gateway-core/auth/error.h"
#include "gateway-core/http/router.h"
#include "gateway-core/store/error.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApiError, "tollgate.api")

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

ApiError::ApiError(int status, QByteArray code, QString message, QString field)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_utf8(m_message.toUtf8())
{}

ApiError ApiError::invalid(const QString &field, const QString &message)
{
    return ApiError(400, "invalid_request", message, field);
}

ApiError ApiError::notFound(const QString &message)
{
    return ApiError(404, "not_found", message);
}

ApiError ApiError::conflict(const QString &message, QByteArray code)
{
    return ApiError(409, std::move(code), message);
}

namespace {

QByteArrayView typeFor(int status)
{
    if (status == 401)
        return "authentication_error";
    if (status == 403)
        return "permission_error";
    if (status == 429)
        return "rate_limit_error";
    if (status >= 500)
        return "server_error";
    return "invalid_request_error";
}

ApiError fromStore(const Store::Error &e)
{
    switch (e.code()) {
    case Store::Error::Code::NotFound:
        return ApiError(404, "not_found", e.message());
    case Store::Error::Code::Conflict:
        return ApiError(409, "conflict", e.message());
    case Store::Error::Code::Invalid:
        return ApiError(400, "invalid_request", e.message());
    case Store::Error::Code::Unavailable:
        return ApiError(503, "store_unavailable", u"The database is unavailable; try again shortly."_s);
    case Store::Error::Code::Internal:
        break;
    }
    return ApiError(500, "internal_error", u"The server could not complete the request."_s);
}

ApiError fromAuth(const Auth::Error &e)
{
    switch (e.code()) {
    case Auth::Error::Code::Unauthenticated:
        return ApiError(401, "unauthenticated", e.message());
    case Auth::Error::Code::InvalidCredentials:
        return ApiError(401, "invalid_credentials", e.message());
    case Auth::Error::Code::RefreshReused:
        return ApiError(401, "refresh_token_reused", e.message());
    case Auth::Error::Code::RateLimited: {
        ApiError error(429, "too_many_attempts", e.message());
        error.headers.append(Http::Header{"retry-after", QByteArray::number(qMax(1, e.retryAfterSeconds()))});
        return error;
    }
    case Auth::Error::Code::SetupComplete:
        return ApiError(409, "setup_complete", e.message());
    case Auth::Error::Code::Invalid:
        return ApiError(400, "invalid_request", e.message(), e.field());
    }
    return ApiError(500, "internal_error", u"The server could not complete the request."_s);
}

} // namespace

Reply toReply(const ApiError &error)
{
    Reply reply =
        Reply::json(error.status(), Http::errorBody(error.message().toUtf8(), typeFor(error.status()),
                                                    error.code(), error.field().toUtf8()));
    if (error.status() == 401)
        reply.headers.append(Http::Header{"www-authenticate", "Bearer"});
    reply.headers += error.headers;
    return reply;
}

Reply currentExceptionReply(const QByteArray &requestId)
{
    try {
        throw;
    } catch (const ApiError &e) {
        return toReply(e);
    } catch (const Auth::Error &e) {
        return toReply(fromAuth(e));
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Internal || e.code() == Store::Error::Code::Unavailable)
            qCWarning(lcApiError, "request %s: store error: %s", requestId.constData(), e.what());
        return toReply(fromStore(e));
    } catch (const std::exception &e) {
        qCWarning(lcApiError, "request %s failed: %s", requestId.constData(), e.what());
    } catch (...) {
        qCWarning(lcApiError, "request %s failed", requestId.constData());
    }
    return toReply(ApiError(
        500, "internal_error",
        u"The server could not complete the request (request id %1)."_s.arg(QString::fromLatin1(requestId))));
}

} // namespace Tollgate::Api
