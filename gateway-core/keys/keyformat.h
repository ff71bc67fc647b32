// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Tollgate::Keys {

/// A virtual key is `sk-tg-<key id>_<secret>`: a 96-bit key id (public, stable across rotations)
/// and a 256-bit secret, both base62. Only SHA-256 of the whole key is stored.
struct KeyParts
{
    QByteArray keyId;
    QByteArray secret;
};

inline constexpr QByteArrayView KeyPrefix = "sk-tg-";
inline constexpr int KeyIdLength = 17;  ///< 17 base62 characters carry 101 bits >= 96
inline constexpr int SecretLength = 43; ///< 43 base62 characters carry 256.03 bits

/// A fresh random key id.
QByteArray newKeyId();
/// A fresh random secret.
QByteArray newSecret();
/// The full key for an id and a secret.
QByteArray compose(const KeyParts &parts);
/// Splits a key of Tollgate's format; std::nullopt for anything else (including foreign sk- keys).
std::optional<KeyParts> parse(QByteArrayView presented);
/// Lower-case hex SHA-256 of the presented key as sent: the only thing stored, and what
/// LiteLLM-compatible endpoints call the key's "token".
QByteArray hashKey(QByteArrayView presented);
/// What lists show instead of the secret: "sk-tg-<key id>_…<last 4>".
QByteArray displayPrefix(QByteArrayView presented);
/// Constant-time equality for secrets and hashes.
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace Tollgate::Keys
