// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace Tollgate::Testing {

/// The first widget of type T below @p root with the accessible name @p name (how the UI tests
/// find controls: the names are what screen readers say); with @p visibleOnly, only one that is
/// visible in @p root.
template<typename T> T *findByAccessibleName(QWidget *root, const QString &name, bool visibleOnly = false)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name && (!visibleOnly || w->isVisibleTo(root)))
            return w;
    }
    return nullptr;
}

} // namespace Tollgate::Testing
