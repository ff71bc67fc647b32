// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QHash>

class QLabel;
class QUrlQuery;

namespace Tollgate::Ui {

/// What the server can tell today: who is signed in, whether the server is ready, and user counts
/// (for admins and read-only admins).
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void activate() override;

    /// The value label of a count ("users", "active", "inactive", "admins", "readonly"), for tests.
    QLabel *countLabel(const QString &key) const { return m_counts.value(key); }

private:
    void loadCount(const QString &key, const QUrlQuery &query);

    QLabel *m_user;
    QLabel *m_roles;
    QLabel *m_server;
    QLabel *m_readiness;
    QWidget *m_countsBox;
    QHash<QString, QLabel *> m_counts;
};

} // namespace Tollgate::Ui
