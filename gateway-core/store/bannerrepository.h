// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Console announcements and who dismissed them.
class BannerRepository final
{
public:
    explicit BannerRepository(Database &db);

    Banner create(Banner banner);
    std::optional<Banner> find(const QString &id);
    Banner update(const Banner &banner, qint64 expectedVersion);
    void remove(const QString &id);
    /// All banners, newest first.
    PageResult<Banner> list(Page page = {});
    /// Active banners within their time window that the user has not dismissed, newest first.
    QList<Banner> visibleTo(const QString &userId, qint64 now);
    /// Records a dismissal (idempotent); Invalid unless the banner is dismissible.
    void dismiss(const QString &userId, const QString &bannerId, qint64 at);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
