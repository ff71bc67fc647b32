// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/process.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Tollgate::Testing {

/// tollgate-server on 127.0.0.1 and a free port over a SQLite file in @p dataDir, with the bootstrap
/// admin "root" / @p adminPassword, started and waited for until /health/readiness answers 200.
/// @p extraArguments are appended (e.g. --tls-cert-file); @p environment adds to the system's.
bool startTollgateServer(Process &server, const QString &dataDir, const QString &adminPassword,
                         QString *error, const QStringList &extraArguments = {},
                         const QProcessEnvironment &environment = {});

/// Waits up to 15 s until @p server's /health/readiness answers 200; false with @p error (and the
/// server's stderr) when it does not.
bool waitUntilReady(Process &server, QString *error);

} // namespace Tollgate::Testing
