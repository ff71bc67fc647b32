// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace Tollgate::Http {

/// One header line; names are stored lower-case so lookups need no case folding.
struct Header
{
    QByteArray name;
    QByteArray value;
};
using Headers = QList<Header>;

/// A parsed HTTP/1.x request with its whole body.
struct Request
{
    QByteArray method; ///< upper-case, e.g. "POST"
    QByteArray target; ///< as sent: path plus optional "?query"
    QByteArray path;   ///< percent-decoding is left to the handler
    QByteArray query;  ///< without the '?'
    Headers headers;
    QByteArray body;
    QByteArray requestId; ///< the client's x-request-id when sane, otherwise a fresh one
    QHostAddress peer;   ///< the TCP peer: the client, or the reverse proxy in front of the server
    QHostAddress client; ///< who sent the request: the peer, or whom a trusted proxy forwarded (plain IPv4)
    bool keepAlive = true;

    /// Value of the first header named @p lowerName, or a null QByteArray.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    /// Value of query parameter @p name (percent-decoded), or a null QByteArray.
    QByteArray queryItem(QByteArrayView name) const;
};

/// Reason phrase for a status code ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace Tollgate::Http
