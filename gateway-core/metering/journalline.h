// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Metering {

/// One usage record as one JSON object on one line (newline included), written without building
/// a JSON tree because it runs for every proxied request.
QByteArray toJournalLine(const Store::UsageRecord &record);
/// Parses a line written by toJournalLine(); nullopt for a torn or foreign line.
std::optional<Store::UsageRecord> fromJournalLine(QByteArrayView line);

} // namespace Tollgate::Metering
