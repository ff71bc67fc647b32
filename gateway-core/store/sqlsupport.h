// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the store: conversions between rows and values shared by the repositories.

#include "gateway-core/store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

namespace Tollgate::Store::Detail {

/// A new row id: a UUID without braces.
QString newId();

QString toJson(const QStringList &list);
QString toJson(const QJsonObject &object);
/// Any JSON value as text; SQL NULL for Undefined/Null.
QVariant jsonValueToColumn(const QJsonValue &value);
QStringList stringListFromColumn(const QVariant &column);
QJsonObject objectFromColumn(const QVariant &column);
QJsonValue jsonValueFromColumn(const QVariant &column);

/// Empty byte arrays become SQL NULL.
QVariant blobColumn(const QByteArray &data);

/// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
QString likeContains(const QString &text);

/// After an optimistic UPDATE/DELETE matched no row: NotFound if the row is gone, else Conflict.
/// `table` and `idColumn` come from the repositories' own constants, never from callers.
[[noreturn]] void throwMissingOrStale(Database &db, const QString &table, const QString &idColumn,
                                      const QString &id, const QString &what);

/// Runs a SELECT COUNT(*) statement and returns the count.
qint64 count(Database &db, const QString &sql, const QVariantList &values, const QString &context);

/// A WHERE clause assembled from fixed fragments with `?` placeholders and their values.
struct Where
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues)
    {
        clauses << clause;
        values << clauseValues;
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

} // namespace Tollgate::Store::Detail
