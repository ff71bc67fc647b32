// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tollgate::Testing {

/// The CMake build directory (from TOLLGATE_BUILD_DIR, set by CTest).
QString buildDir();
/// The source tree's root (from TOLLGATE_SOURCE_DIR, set by CTest).
QString sourceDir();
/// tests/support in the source tree (its scripts start PostgreSQL and Redis).
QString supportDir();
/// Absolute path of a binary built by this tree, e.g. binaryPath("tollgate-server"); empty if absent.
QString binaryPath(const QString &name);

} // namespace Tollgate::Testing
