// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

namespace {

QString leafText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A one-element array renders a scalar as JSON would ("text" quoted, numbers bare).
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    out.insert(path, leafText(value));
}

QMap<QString, QString> leaves(const QJsonValue &value)
{
    QMap<QString, QString> out;
    if (!value.isNull() && !value.isUndefined())
        flatten(value, {}, out);
    return out;
}

} // namespace

QList<JsonChange> diffJson(const QJsonValue &before, const QJsonValue &after)
{
    const QMap<QString, QString> a = leaves(before);
    const QMap<QString, QString> b = leaves(after);
    QStringList paths = a.keys();
    for (auto it = b.keyBegin(); it != b.keyEnd(); ++it) {
        if (!a.contains(*it))
            paths.append(*it);
    }
    paths.sort();
    QList<JsonChange> changes;
    for (const QString &path : std::as_const(paths)) {
        JsonChange c;
        c.path = path.isEmpty() ? u"(value)"_s : path;
        const bool inBefore = a.contains(path);
        const bool inAfter = b.contains(path);
        c.before = a.value(path);
        c.after = b.value(path);
        if (inBefore && !inAfter)
            c.kind = JsonChange::Kind::Removed;
        else if (!inBefore && inAfter)
            c.kind = JsonChange::Kind::Added;
        else
            c.kind = c.before == c.after ? JsonChange::Kind::Unchanged : JsonChange::Kind::Changed;
        changes.append(c);
    }
    return changes;
}

} // namespace Tollgate::Models
