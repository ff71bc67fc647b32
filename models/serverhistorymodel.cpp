// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/serverhistorymodel.h"

#include <QSettings>

namespace Tollgate::Models {

namespace {
constexpr int MaxEntries = 10;
QString settingsKey()
{
    return QStringLiteral("connection/history");
}
} // namespace

ServerHistoryModel::ServerHistoryModel(QObject *parent)
    : QStringListModel(QSettings().value(settingsKey()).toStringList(), parent)
{}

void ServerHistoryModel::remember(const QString &url)
{
    QStringList list = stringList();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > MaxEntries)
        list.removeLast();
    setStringList(list);
    save();
}

void ServerHistoryModel::save() const
{
    QSettings().setValue(settingsKey(), stringList());
}

} // namespace Tollgate::Models
