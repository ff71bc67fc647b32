// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Local account passwords: argon2id (libargon2) in its encoded form ("$argon2id$v=19$m=...").
namespace Tollgate::Auth {

/// A fresh argon2id hash of @p password with a random salt (m = 19 MiB, t = 2, p = 1, the OWASP
/// minimum; tens of milliseconds per call).
QString hashPassword(QStringView password);
/// True when @p password matches @p encoded (compared in constant time by libargon2); false for a
/// malformed or empty hash.
bool verifyPassword(QStringView password, const QString &encoded);
/// Spends the time of one verification, so an unknown username answers as slowly as a known one.
void verifyAgainstDummy(QStringView password);
/// Why @p password is not acceptable for a new account (10 to 1024 characters), or nullopt.
std::optional<QString> passwordProblem(QStringView password);

} // namespace Tollgate::Auth
