// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/config/parsing.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tollgate::Config::Internal {

namespace {

qsizetype editDistance(QStringView a, QStringView b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString didYouMean(QStringView name, const QStringList &candidates, QStringView prefix)
{
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, name.size() / 3) + 1;
    for (const QString &candidate : candidates) {
        const qsizetype distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best.isEmpty())
        return QString();
    return u" (did you mean \""_s + prefix.toString() + best + u"\"?)"_s;
}

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read \"%1\": %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    // A secret is short; a large file is a wrong path, not a key.
    QByteArray data = file.read(64 * 1024 + 1);
    if (data.size() > 64 * 1024) {
        *error = u"\"%1\" is larger than 64 KiB; is it really a key?"_s.arg(path);
        return std::nullopt;
    }
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty()) {
        *error = u"\"%1\" is empty"_s.arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(data);
}

QString resolvePath(const QString &path, const QString &baseDir, const QProcessEnvironment &environment)
{
    QString expanded = path;
    if (path == u"~" || path.startsWith(u"~/")) {
        const QString home = environment.value(u"HOME"_s, QDir::homePath());
        expanded = home + path.sliced(1);
    }
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(expanded));
}

} // namespace Tollgate::Config::Internal
