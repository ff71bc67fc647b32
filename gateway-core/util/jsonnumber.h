// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

#include <optional>

namespace Tollgate::Util {

/// A JSON number without a fraction, within ±9e15 (where doubles hold every integer exactly);
/// nullopt for anything else. JSON numbers arrive as doubles: every integer read from JSON (API
/// bodies, the config file, stored settings) goes through here.
std::optional<qint64> wholeNumber(const QJsonValue &value);

} // namespace Tollgate::Util
