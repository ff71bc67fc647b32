// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Tollgate::Metering {

/// One proxied request, as billed: written to the journal before the response's last byte.
struct UsageRecord
{
    QByteArray requestId;
    qint64 atMs = 0; ///< when the request arrived, ms since the epoch (UTC)
    QByteArray keyId;
    QByteArray userId;
    QByteArray modelId;
    QByteArray deploymentId;
    QByteArray endpoint; ///< "chat", "completions", "embeddings", ...
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 costNanos = 0;
    int status = 0; ///< HTTP status sent to the client
    QByteArray errorCode;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1; ///< -1 when nothing was streamed
    bool streamed = false;
    bool aborted = false;

    /// One JSON object on one line, newline included.
    QByteArray toJsonLine() const;
    /// Parses a line written by toJsonLine(); nullopt for a torn or foreign line.
    static std::optional<UsageRecord> fromJsonLine(QByteArrayView line);

    friend bool operator==(const UsageRecord &, const UsageRecord &) = default;
};

} // namespace Tollgate::Metering
