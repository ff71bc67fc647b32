// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Tollgate::Testing {

QString buildDir()
{
    const QString dir = qEnvironmentVariable("TOLLGATE_BUILD_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

QString sourceDir()
{
    return qEnvironmentVariable("TOLLGATE_SOURCE_DIR");
}

QString supportDir()
{
    return QStringLiteral(TOLLGATE_SUPPORT_DIR);
}

QString binaryPath(const QString &name)
{
    QDirIterator it(buildDir(), {name}, QDir::Files | QDir::Executable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!info.absoluteFilePath().contains(QLatin1String("CMakeFiles")))
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace Tollgate::Testing
