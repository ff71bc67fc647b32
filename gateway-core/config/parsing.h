// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to gateway-core/config: helpers shared by the loader and the models/keys reader.
#pragma once

#include "gateway-core/config/config.h"

#include <QJsonObject>

namespace Tollgate::Config::Internal {

/// " (did you mean \"listen\"?)" when one candidate is close to name, else empty.
QString didYouMean(QStringView name, const QStringList &candidates, QStringView prefix = {});

/// Reads a secret from a file; a trailing newline (LF or CRLF) is not part of it.
std::optional<QString> readSecretFile(const QString &path, QString *error);

/// Makes a path absolute: "~/" expands to HOME, relative paths are taken from baseDir.
QString resolvePath(const QString &path, const QString &baseDir, const QProcessEnvironment &environment);

/// Where the models and keys arrays of a config file come from and what secrets they may use.
struct DeclarationContext final
{
    QString file; ///< the config file, for error messages
    QString baseDir;
    QProcessEnvironment environment;
};

/// Reads the "models" and "keys" arrays of a config file's root object into settings.
void readDeclarations(const QJsonObject &root, const DeclarationContext &context, Settings &settings,
                      QStringList &errors, QStringList &warnings);

} // namespace Tollgate::Config::Internal
