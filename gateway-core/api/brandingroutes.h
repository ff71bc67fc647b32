// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Tollgate::Api {

class RouteTable;

/// The image type of @p data judged by its content: "image/png", "image/jpeg" or "image/svg+xml"
/// (an SVG without scripts, event handlers, javascript: URLs or external references); an empty
/// string with @p problem set otherwise.
QString brandingImageType(const QByteArray &data, QString *problem);

/// /api/v1/branding: the console's title, subtitle, footer and logos. Reading is public (no
/// auth) with ETag and Cache-Control; admins change the texts (versioned) and put or delete the
/// three images, each checked by its content and at most 2 MB. Every change is audited.
void addBrandingRoutes(RouteTable &table);

} // namespace Tollgate::Api
