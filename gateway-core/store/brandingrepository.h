// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

namespace Tollgate::Store {

class Database;

/// The single branding row (title, texts, logos); seeded empty by the migrations.
class BrandingRepository final
{
public:
    explicit BrandingRepository(Database &db);

    Branding get();
    /// Replaces every field; Conflict on a version mismatch.
    Branding update(const Branding &branding, qint64 expectedVersion, const QString &actor);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
