// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/sqlsupport.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tollgate::Store::Detail {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant jsonValueToColumn(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    // QJsonDocument holds only objects and arrays: wrap scalars in an array and strip it again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QStringList stringListFromColumn(const QVariant &column)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(column.toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

QJsonObject objectFromColumn(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QJsonValue jsonValueFromColumn(const QVariant &column)
{
    if (column.isNull())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + column.toString().toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().first();
}

QVariant blobColumn(const QByteArray &data)
{
    return data.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(data);
}

QString likeContains(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

void throwMissingOrStale(Database &db, const QString &table, const QString &idColumn, const QString &id,
                         const QString &what)
{
    const qint64 n = count(db, u"SELECT COUNT(*) FROM "_s + table + u" WHERE "_s + idColumn + u" = ?"_s, {id},
                           u"check "_s + what);
    if (n == 0)
        throw Error(Error::Code::NotFound, what + u" not found"_s);
    throw Error(Error::Code::Conflict, what + u" was changed by someone else; reload and retry"_s);
}

qint64 count(Database &db, const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery query = db.exec(sql, values, context);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Tollgate::Store::Detail
