// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/jsonnumber.h"

namespace Tollgate::Util {

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= -9e15 && d <= 9e15) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace Tollgate::Util
