// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/forwarded.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Http {

namespace {

/// One node of either header: 192.0.2.1, 192.0.2.1:4711, 2001:db8::1, [2001:db8::1]:4711, quoted
/// or not. Anything else (unknown, _hidden) is a null address.
QHostAddress parseNode(QByteArrayView text)
{
    QByteArrayView node = text.trimmed();
    if (node.size() >= 2 && node.startsWith('"') && node.endsWith('"'))
        node = node.sliced(1, node.size() - 2).trimmed();
    if (node.startsWith('[')) {
        const qsizetype close = node.indexOf(']');
        if (close < 0)
            return {};
        node = node.sliced(1, close - 1);
    } else if (node.count(':') == 1) {
        node = node.first(node.indexOf(':')); // IPv4 with a port
    }
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(node)))
        return {};
    return plainAddress(address);
}

/// The for= value of one element of Forwarded ("for=192.0.2.60;proto=http;by=203.0.113.43").
QByteArray forParameter(QByteArrayView element)
{
    for (QByteArrayView pair : element.toByteArray().split(';')) {
        pair = pair.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.first(eq).trimmed().compare("for", Qt::CaseInsensitive) == 0)
            return pair.sliced(eq + 1).toByteArray();
    }
    return {};
}

} // namespace

QHostAddress plainAddress(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok && address.protocol() != QAbstractSocket::IPv4Protocol ? QHostAddress(v4) : address;
}

QString clientAddress(const Request &request)
{
    return (request.client.isNull() ? plainAddress(request.peer) : request.client).toString();
}

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &subnets, QString *error)
{
    TrustedProxies proxies;
    for (const QString &entry : subnets) {
        const QString text = entry.trimmed();
        if (text.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull() && !text.contains(u'/')) {
            QHostAddress single;
            if (single.setAddress(text))
                subnet = {single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull()) {
            if (error)
                *error = u"\"%1\" is not a subnet (use an address with a prefix length, e.g. 10.128.0.0/14 or "
                         "fd00::/8)"_s.arg(text);
            return std::nullopt;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    if (address.isNull())
        return false;
    const QHostAddress plain = plainAddress(address);
    for (const auto &subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QList<QHostAddress> forwardedHops(const Headers &headers, QByteArrayView lowerName)
{
    const bool forwarded = lowerName == "forwarded";
    QList<QHostAddress> hops;
    for (const Header &h : headers) {
        if (h.name != lowerName)
            continue;
        for (const QByteArray &element : h.value.split(','))
            hops.append(parseNode(forwarded ? forParameter(element) : element));
    }
    return hops;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer, const Headers &headers) const
{
    QHostAddress client = plainAddress(peer);
    if (!contains(client))
        return client;
    QList<QHostAddress> hops = forwardedHops(headers, "x-forwarded-for");
    if (hops.isEmpty())
        hops = forwardedHops(headers, "forwarded");
    for (auto it = hops.crbegin(); it != hops.crend() && contains(client); ++it) {
        if (it->isNull())
            break;
        client = *it;
    }
    return client;
}

} // namespace Tollgate::Http
