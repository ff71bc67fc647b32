// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/serverprocess.h"

#include "tests/support/mockllmprocess.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

bool startTollgateServer(Process &server, const QString &dataDir, const QString &adminPassword,
                         QString *error, const QStringList &extraArguments,
                         const QProcessEnvironment &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + adminPassword);
    env.insert(environment);
    const QStringList arguments = QStringList{u"--data-dir"_s, dataDir,
                                              u"--database"_s, u"sqlite://"_s + dataDir + u"/tollgate.db"_s,
                                              u"--listen"_s,   u"127.0.0.1:0"_s,
                                              u"--workers"_s,  u"1"_s} +
                                  extraArguments;
    if (!server.start(binaryPath(u"tollgate-server"_s), arguments, env)) {
        *error = server.errorString();
        return false;
    }
    // Over TLS the readiness probe of rawRequest (plain HTTP) cannot answer; the listening line is enough.
    if (extraArguments.contains(u"--tls-cert-file"_s))
        return true;
    return waitUntilReady(server, error);
}

bool waitUntilReady(Process &server, QString *error)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15'000) {
        if (rawRequest(server.host(), server.port(), "GET", "/health/readiness").status == 200)
            return true;
        QTest::qWait(20);
    }
    *error = u"the server never became ready: "_s + QString::fromUtf8(server.standardError());
    return false;
}

} // namespace Tollgate::Testing
