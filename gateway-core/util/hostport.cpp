// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/hostport.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Tollgate::Util {

namespace {

std::optional<HostPort> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isHostName(QStringView host)
{
    for (const QChar c : host) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'-' || c == u'.' || c == u'_';
        if (!ok)
            return false;
    }
    return !host.startsWith(u'-') && !host.startsWith(u'.');
}

} // namespace

QString HostPort::toString() const
{
    const QString printedHost = host.contains(u':') ? u'[' + host + u']' : host;
    return printedHost + u':' + QString::number(port);
}

std::optional<HostPort> parseHostPort(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    QStringView host;
    QStringView port;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0)
            return fail(error, u"\"%1\" has an unclosed '['"_s.arg(text));
        host = trimmed.sliced(1, close - 1);
        const QStringView rest = trimmed.sliced(close + 1);
        if (!rest.startsWith(u':'))
            return fail(error, u"\"%1\" has no port (expected HOST:PORT, e.g. [::1]:8080)"_s.arg(text));
        port = rest.sliced(1);
        if (QHostAddress(host.toString()).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, u"\"%1\": \"%2\" is not an IPv6 address"_s.arg(text, host));
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon < 0)
            return fail(error, u"\"%1\" has no port (expected HOST:PORT, e.g. 127.0.0.1:8080)"_s.arg(text));
        host = trimmed.first(colon);
        port = trimmed.sliced(colon + 1);
        if (host.contains(u':'))
            return fail(error, u"\"%1\": write IPv6 addresses in brackets, e.g. [::1]:8080"_s.arg(text));
        if (!isHostName(host))
            return fail(error, u"\"%1\": \"%2\" is not a host name or IP address"_s.arg(text, host));
    }
    if (host.isEmpty())
        return fail(error, u"\"%1\" has no host (use 0.0.0.0 or [::] for every interface)"_s.arg(text));
    if (port.isEmpty())
        return fail(error, u"\"%1\" has no port (expected HOST:PORT, e.g. 127.0.0.1:8080)"_s.arg(text));
    for (const QChar c : port) {
        if (c < u'0' || c > u'9')
            return fail(error, u"\"%1\": port \"%2\" is not a number"_s.arg(text, port));
    }
    bool ok = false;
    const qint64 number = port.toLongLong(&ok);
    if (!ok || number > 65535)
        return fail(error, u"\"%1\": port %2 is out of range (0-65535)"_s.arg(text, port));
    return HostPort{host.toString(), static_cast<quint16>(number)};
}

} // namespace Tollgate::Util
