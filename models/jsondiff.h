// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Tollgate::Models {

/// One leaf that differs (or not) between two JSON documents, by its path ("limits.rpm", "roles[1]").
struct JsonChange
{
    enum class Kind { Unchanged, Added, Removed, Changed };
    QString path;
    Kind kind = Kind::Unchanged;
    QString before; ///< compact JSON text of the leaf, empty when absent
    QString after;
};

/// The leaves of @p before and @p after side by side, sorted by path; objects and arrays are
/// walked, everything else is a leaf. A whole side that is null or absent counts as absent.
QList<JsonChange> diffJson(const QJsonValue &before, const QJsonValue &after);

} // namespace Tollgate::Models
