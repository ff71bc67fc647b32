// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tollgate::Util {

/// A secret value (master key, signing key, upstream API key). It has no conversion to
/// text, so it cannot end up in a log line or a report by accident: reveal() is explicit.
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QString value)
        : m_value(std::move(value))
    {}

    bool isSet() const { return !m_value.isEmpty(); }
    qsizetype size() const { return m_value.size(); }
    /// The value itself, for the one place that needs it (comparison, an outgoing header).
    const QString &reveal() const { return m_value; }
    /// What reports may say about it: "(set, 43 chars)" or "(not set)".
    QString describe() const
    {
        return isSet() ? QStringLiteral("(set, %1 chars)").arg(m_value.size()) : QStringLiteral("(not set)");
    }

private:
    QString m_value;
};

} // namespace Tollgate::Util
