// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/request.h"

#include <QUrl>

namespace Tollgate::Http {

QByteArray Request::header(QByteArrayView lowerName) const
{
    for (const Header &h : headers) {
        if (h.name == lowerName)
            return h.value;
    }
    return {};
}

bool Request::hasHeader(QByteArrayView lowerName) const
{
    for (const Header &h : headers) {
        if (h.name == lowerName)
            return true;
    }
    return false;
}

QByteArray Request::queryItem(QByteArrayView name) const
{
    for (const QByteArray &item : query.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.first(eq);
        if (QByteArray::fromPercentEncoding(key) != name)
            continue;
        QByteArray value = eq < 0 ? QByteArray("") : item.sliced(eq + 1);
        value.replace('+', ' ');
        return QByteArray::fromPercentEncoding(value);
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace Tollgate::Http
