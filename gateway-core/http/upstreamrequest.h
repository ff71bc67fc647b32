// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QByteArray>
#include <QString>

namespace Tollgate::Http {

/// How to trust an HTTPS upstream.
struct UpstreamTls
{
    QString caFile;                  ///< extra PEM CA certificates (cluster CA), added to the system ones
    bool insecureSkipVerify = false; ///< lab clusters with self-signed certificates only

    bool operator==(const UpstreamTls &) const = default;
};

/// Scheme, host and port of a deployment, parsed once from its base URL (never per request).
struct UpstreamOrigin
{
    QByteArray host;       ///< without IPv6 brackets; what the socket connects to
    QByteArray hostHeader; ///< value of the Host header ("host:port" as written in the URL)
    QByteArray basePath;   ///< path prefix without trailing '/', e.g. "/v1"; may be empty
    QByteArray key;        ///< "scheme://authority": identifies the connection pool
    UpstreamTls tlsOptions;
    quint16 port = 0;
    bool tls = false;

    bool isValid() const { return port != 0 && !host.isEmpty(); }
    /// Parses "http[s]://host[:port][/path]"; an invalid origin when it is not such a URL.
    static UpstreamOrigin fromUrl(QByteArrayView url, const UpstreamTls &tls = {});
};

/// One request to a model server.
///
/// Give either @c origin (pre-parsed, preferred) plus @c target, or a full @c url. The pool
/// writes Host, Content-Length and the framing itself and drops such headers from @c headers.
struct UpstreamRequest
{
    UpstreamOrigin origin;
    QByteArray url;    ///< "http://host:port/path?query", used when origin is not valid
    QByteArray target; ///< path plus optional "?query", appended to origin.basePath
    QByteArray method = QByteArrayLiteral("POST");
    Headers headers; ///< names lower-case
    QByteArray body;
    qint64 connectTimeoutMs = 5'000;     ///< waiting for a pool slot, TCP connect and TLS handshake
    qint64 firstByteTimeoutMs = 60'000;  ///< request written → first response byte (LLM prefill is slow)
    qint64 idleTimeoutMs = 60'000;       ///< longest silence between response bytes
    qint64 totalTimeoutMs = 0;           ///< whole exchange; 0 = no deadline
};

enum class UpstreamErrorCode {
    ConnectFailed,    ///< refused, unreachable, bad URL, DNS
    ConnectTimeout,   ///< no slot or no connection within the connect timeout
    FirstByteTimeout, ///< connected and sent, but the server said nothing in time
    IdleTimeout,      ///< the response stalled mid-way
    DeadlineExceeded, ///< the request's total deadline passed
    ConnectionReset,  ///< the connection closed before the response was complete
    ProtocolError,    ///< the response is not HTTP/1.x
    TlsError,         ///< handshake or certificate verification failed
    Cancelled,        ///< cancel() or the pool went away
};

/// Why an upstream call failed; @c code is stable, @c message is English detail for logs.
struct UpstreamError
{
    using Code = UpstreamErrorCode;
    UpstreamErrorCode code = UpstreamErrorCode::ConnectFailed;
    QString message;
    bool responseStarted = false; ///< responseStarted() had been emitted

    /// "connect_failed", "first_byte_timeout", ... (metrics labels, logs).
    QByteArray codeName() const;
    /// Nothing of a response arrived: another deployment may be tried without the client noticing.
    bool beforeResponse() const { return !responseStarted; }
    bool isTimeout() const;
    /// The deployment could not be reached at all: counts towards marking it down.
    bool isConnectLevel() const;
};

} // namespace Tollgate::Http
