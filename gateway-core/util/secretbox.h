// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Tollgate::Util {

/// Seals small secrets (upstream API keys) for storage with AES-256-GCM under a key derived from
/// the master key, so a copy of the database alone does not reveal them.
class SecretBox final
{
public:
    explicit SecretBox(QByteArrayView masterKey);

    /// "v1:" + base64(nonce ‖ ciphertext ‖ tag).
    QByteArray seal(QByteArrayView plaintext) const;
    /// The plaintext, or nullopt when @p sealed was tampered with or sealed under another key.
    std::optional<QByteArray> open(QByteArrayView sealed) const;

private:
    QByteArray m_key; // 32 bytes
};

} // namespace Tollgate::Util
