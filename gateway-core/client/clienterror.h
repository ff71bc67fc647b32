// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tollgate::Client {

/// Why a control-plane call failed. The text fields are English (the server's own words); the
/// console turns kind and code into translated sentences.
struct Error
{
    enum class Kind {
        None,
        Network,        ///< no answer: refused, unreachable, timeout, aborted
        Tls,            ///< the certificate is not trusted; see certificateSha256
        Http,           ///< an HTTP error status with (usually) an OpenAI-shaped body
        Protocol,       ///< an answer that is not the JSON we expect
        SessionExpired, ///< the access token was refused and refreshing the session failed
    };
    Kind kind = Kind::None;
    int status = 0;               ///< HTTP status, 0 without one
    QString code;                 ///< the body's error.code, e.g. "invalid_credentials"
    QString message;              ///< the body's error.message or the transport's description
    QString param;                ///< the field a validation error names
    QString host;                 ///< the server's host (for TLS trust prompts)
    QByteArray certificateSha256; ///< lower-case hex SHA-256 of the peer certificate (Tls)
    QStringList tlsProblems;      ///< what the TLS layer complained about (Tls)
    int retryAfterSeconds = 0;    ///< Retry-After of a 429/503, 0 when absent

    bool isError() const { return kind != Kind::None; }
    /// One English line for logs and tests: "HTTP 401 invalid_credentials: Wrong username or password."
    QString describe() const;

    /// Parses an OpenAI-shaped error body ({"error":{"message","type","param","code"}}).
    static Error fromHttp(int status, const QByteArray &body);
};

/// "ab:cd:..." grouping of a hex fingerprint, for showing to a person.
QString formatFingerprint(const QByteArray &sha256Hex);

} // namespace Tollgate::Client

Q_DECLARE_METATYPE(Tollgate::Client::Error)
