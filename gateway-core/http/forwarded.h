// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Tollgate::Http {

/// An IPv4-mapped IPv6 address (::ffff:192.0.2.1) as plain IPv4; any other address unchanged.
QHostAddress plainAddress(const QHostAddress &address);

/// The request's client address as text (192.0.2.1, 2001:db8::1), for audit records, limiters and logs;
/// the plain peer for a request that was not read from a connection.
QString clientAddress(const Request &request);

/// The reverse proxies (an OpenShift router, a load balancer) whose X-Forwarded-For and Forwarded
/// headers are believed, as subnets. Empty by default: then every client is its TCP peer.
class TrustedProxies final
{
public:
    /// Parses subnets such as 10.128.0.0/14, 127.0.0.1/32, fd00::/8 or a single address; nullopt
    /// with @p error naming the first entry that is not one.
    static std::optional<TrustedProxies> parse(const QStringList &subnets, QString *error = nullptr);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;

    /// The client of a request from @p peer: the peer itself unless it is trusted; then the
    /// rightmost address of X-Forwarded-For (or, without one, of Forwarded's for=) that is not a
    /// trusted proxy, walking from the right while each hop is trusted. Hops added by an untrusted
    /// party are left of that and never looked at, so a client cannot choose its address. A hop
    /// that is not an address (for=unknown) stops the walk at the proxy that wrote it.
    QHostAddress clientOf(const QHostAddress &peer, const Headers &headers) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

/// The addresses a forwarding header lists, left (farthest) to right (nearest), over every
/// instance of it; entries that are not addresses are null QHostAddresses. @p lowerName is
/// x-forwarded-for or forwarded.
QList<QHostAddress> forwardedHops(const Headers &headers, QByteArrayView lowerName);

} // namespace Tollgate::Http
