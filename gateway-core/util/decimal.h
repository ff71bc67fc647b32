// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Tollgate::Util {

/// Nano-units per currency unit: money and prices are held as integers of 1e-9.
inline constexpr qint64 NanosPerUnit = 1'000'000'000;

/// Parses a decimal ("2.5", "0.000150", "1e-3", "-1") into nano-units, exactly. More than
/// nine decimal places of precision, overflow and anything but a plain number are errors.
std::optional<qint64> parseDecimalNanos(QStringView text, QString *error = nullptr);

/// The shortest decimal spelling of a nano-unit amount: 2500000000 -> "2.5".
QString formatNanos(qint64 nanos);

} // namespace Tollgate::Util
