// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringListModel>

namespace Tollgate::Models {

/// Server URLs the console connected to, most recent first, persisted in QSettings.
class ServerHistoryModel final : public QStringListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHistoryModel)

public:
    explicit ServerHistoryModel(QObject *parent = nullptr);

    /// Move (or add) @p url to the top and save; keeps at most ten entries.
    void remember(const QString &url);

private:
    void save() const;
};

} // namespace Tollgate::Models
