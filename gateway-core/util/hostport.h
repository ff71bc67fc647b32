// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Tollgate::Util {

/// A listen or connect address. host is a name or an IP literal without brackets.
struct HostPort final
{
    QString host;
    quint16 port = 0;

    /// "host:port", with brackets around IPv6 literals.
    QString toString() const;

    friend bool operator==(const HostPort &, const HostPort &) = default;
};

/// Parses "HOST:PORT", "[::1]:8080". The port is required and may be 0 (any free port).
std::optional<HostPort> parseHostPort(QStringView text, QString *error = nullptr);

} // namespace Tollgate::Util
