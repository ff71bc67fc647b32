// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Tollgate::Store {
class Database;
}

/// Checking and contacting an upstream an admin names (test connection, model sync), without
/// letting the server be turned against the cloud metadata service or link-local neighbours.
namespace Tollgate::Api::Upstream {

/// The setting (a JSON boolean in the store) that lets admins name link-local and metadata
/// addresses as upstreams; off by default.
inline constexpr QLatin1StringView AllowLinkLocalSetting{"models.allowLinkLocalUpstreams"};
/// Whether the setting is on.
bool linkLocalAllowed(Store::Database &db);

/// 169.254.0.0/16, fe80::/10, the metadata addresses 169.254.169.254 and fd00:ec2::254 (also as
/// IPv4-mapped IPv6).
bool isRefusedAddress(const QHostAddress &address);

/// The first refused address among @p addresses: all of them are checked, since the connection
/// may use any of them (or a rebinding resolver may answer differently the next time).
std::optional<QHostAddress> firstRefused(const QList<QHostAddress> &addresses);

/// Why @p url cannot be an upstream base URL (not http(s), no host, credentials, query or fragment,
/// a refused literal address or metadata host name unless @p allowLinkLocal), or nullopt.
std::optional<QString> baseUrlProblem(const QString &url, bool allowLinkLocal);

/// One HTTP exchange with an upstream.
struct ProbeRequest
{
    QString baseUrl;   ///< OpenAI-compatible root, e.g. http://vllm:8000/v1
    QByteArray apiKey; ///< sent as Bearer when not empty
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path; ///< appended to the base URL's path, e.g. "/models"
    QByteArray body; ///< JSON when not empty
    qint64 timeoutMs = 3'000;
    bool allowLinkLocal = false;
};

struct ProbeResult
{
    /// Empty on an HTTP answer (any status); otherwise address_refused, dns_failed,
    /// connect_failed, timeout or upstream_error.
    QByteArray error;
    QString message;
    int status = 0;
    QByteArray body;
    qint64 latencyMs = 0;
    QString address; ///< the address contacted
};

/// Resolves the host, refuses the exchange when any resolved address is refused (so a name that
/// answers with several addresses cannot slip one past), then sends the request to the checked
/// address (plain http: pinned to it, so a second lookup cannot rebind the name; https: by name,
/// where the certificate check stands in for the pin). Runs on a short-lived thread of its own
/// with its own event loop; the calling thread waits at most about timeoutMs + 0.5 s.
ProbeResult probe(const ProbeRequest &request);

} // namespace Tollgate::Api::Upstream
