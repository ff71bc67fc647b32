// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

/// Compact JWTs signed with HMAC-SHA-256 (HS256), the session access tokens.
namespace Tollgate::Auth::Jwt {

/// header.payload.signature with header {"alg":"HS256","typ":"JWT"}.
QByteArray sign(const QJsonObject &claims, QByteArrayView key);
/// The claims when @p token is HS256 (no other alg is accepted), its signature matches (constant
/// time), and "exp" (seconds) is after @p nowSeconds; otherwise nullopt.
std::optional<QJsonObject> verify(QByteArrayView token, QByteArrayView key, qint64 nowSeconds);

} // namespace Tollgate::Auth::Jwt
