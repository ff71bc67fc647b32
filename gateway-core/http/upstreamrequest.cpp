// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/upstreamrequest.h"

namespace Tollgate::Http {

namespace {

bool startsWithNoCase(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && s.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

UpstreamOrigin UpstreamOrigin::fromUrl(QByteArrayView url, const UpstreamTls &tls)
{
    UpstreamOrigin o;
    qsizetype pos = 0;
    if (startsWithNoCase(url, "https://")) {
        o.tls = true;
        pos = 8;
    } else if (startsWithNoCase(url, "http://")) {
        pos = 7;
    } else {
        return {};
    }
    qsizetype end = pos;
    while (end < url.size() && url[end] != '/' && url[end] != '?' && url[end] != '#')
        ++end;
    const QByteArrayView authority = url.sliced(pos, end - pos);
    if (authority.isEmpty() || authority.contains('@'))
        return {}; // credentials in the URL are not supported: use an upstream API key
    QByteArrayView host = authority;
    QByteArrayView port;
    if (authority.front() == '[') {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return {};
        host = authority.sliced(1, close - 1);
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':')
                return {};
            port = authority.sliced(close + 2);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        host = authority.first(colon);
        port = authority.sliced(colon + 1);
    }
    int portNumber = o.tls ? 443 : 80;
    if (!port.isNull()) {
        bool ok = false;
        portNumber = port.toInt(&ok);
        if (!ok || portNumber <= 0 || portNumber > 65535)
            return {};
    }
    if (host.isEmpty())
        return {};
    o.host = host.toByteArray();
    o.port = quint16(portNumber);
    o.hostHeader = authority.toByteArray();
    o.key = url.first(end).toByteArray();
    QByteArrayView path = url.sliced(end);
    if (const qsizetype stop = path.indexOf('?'); stop >= 0)
        path = path.first(stop);
    if (const qsizetype stop = path.indexOf('#'); stop >= 0)
        path = path.first(stop);
    while (path.endsWith('/'))
        path.chop(1);
    o.basePath = path.toByteArray();
    o.tlsOptions = tls;
    return o;
}

QByteArray UpstreamError::codeName() const
{
    switch (code) {
    case UpstreamErrorCode::ConnectFailed: return QByteArrayLiteral("connect_failed");
    case UpstreamErrorCode::ConnectTimeout: return QByteArrayLiteral("connect_timeout");
    case UpstreamErrorCode::FirstByteTimeout: return QByteArrayLiteral("first_byte_timeout");
    case UpstreamErrorCode::IdleTimeout: return QByteArrayLiteral("idle_timeout");
    case UpstreamErrorCode::DeadlineExceeded: return QByteArrayLiteral("deadline_exceeded");
    case UpstreamErrorCode::ConnectionReset: return QByteArrayLiteral("connection_reset");
    case UpstreamErrorCode::ProtocolError: return QByteArrayLiteral("protocol_error");
    case UpstreamErrorCode::TlsError: return QByteArrayLiteral("tls_error");
    case UpstreamErrorCode::Cancelled: return QByteArrayLiteral("cancelled");
    }
    return QByteArrayLiteral("unknown");
}

bool UpstreamError::isTimeout() const
{
    return code == UpstreamErrorCode::ConnectTimeout || code == UpstreamErrorCode::FirstByteTimeout
           || code == UpstreamErrorCode::IdleTimeout || code == UpstreamErrorCode::DeadlineExceeded;
}

bool UpstreamError::isConnectLevel() const
{
    return code == UpstreamErrorCode::ConnectFailed || code == UpstreamErrorCode::ConnectTimeout
           || code == UpstreamErrorCode::TlsError;
}

} // namespace Tollgate::Http
