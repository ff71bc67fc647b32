// SPDX-License-Identifier: GPL-3.0-or-later
// gateway-core/api/openapi.json against the routes the assembled server really serves: a served
// route missing from the file, or a route in the file that is not served, fails.
#include "gateway-core/api/openapiroute.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/service/gateway.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Qt::StringLiterals;

class TestOpenApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedDocumentIsTheRepositoryFile();
    void everyServedRouteIsDescribedAndNothingElse();
    void permissionsMatchTheRouteTable();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Service::Gateway> m_gateway;
    QJsonObject m_document;
};

void TestOpenApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Service::GatewayOptions options;
    options.port = 0;
    options.databaseUrl = u"sqlite://"_s + m_dir.filePath(u"openapi.db"_s);
    options.journalDir = m_dir.filePath(u"journal"_s);
    options.masterKey = "unused";
    m_gateway = std::make_unique<Service::Gateway>(options);
    QVERIFY2(m_gateway->start(), qPrintable(m_gateway->errorString()));

    QFile file(Testing::sourceDir() + u"/gateway-core/api/openapi.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_document = doc.object();
    QVERIFY(m_document.value("openapi"_L1).toString().startsWith(u"3.0"_s));
}

void TestOpenApi::cleanupTestCase()
{
    // Stopped while the test logger is alive: the store monitor's thread may still be logging its
    // first migration, and a message after QTest has finished crashes in the logger.
    m_gateway.reset();
}

void TestOpenApi::embeddedDocumentIsTheRepositoryFile()
{
    QCOMPARE(QJsonDocument::fromJson(Api::openApiDocument()).object(), m_document);
}

void TestOpenApi::everyServedRouteIsDescribedAndNothingElse()
{
    static const QStringList methods = {u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                                        u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
    QSet<QString> documented;
    const QJsonObject paths = m_document.value("paths"_L1).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path->toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (methods.contains(op.key()))
                documented.insert(op.key().toUpper() + u' ' + path.key());
        }
    }
    QSet<QString> served;
    for (const Service::Gateway::ServedRoute &route : m_gateway->servedRoutes())
        served.insert(QString::fromLatin1(route.method + ' ' + route.path));
    QVERIFY(served.size() > 20);

    QStringList missing = (served - documented).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"served but not in gateway-core/api/openapi.json: "_s + missing.join(u", "_s)));
    QStringList extra = (documented - served).values();
    extra.sort();
    QVERIFY2(extra.isEmpty(),
             qPrintable(u"in gateway-core/api/openapi.json but not served: "_s + extra.join(u", "_s)));
}

void TestOpenApi::permissionsMatchTheRouteTable()
{
    const QJsonObject paths = m_document.value("paths"_L1).toObject();
    for (const Api::ApiRoute &route : m_gateway->apiRoutes()->routes()) {
        const QJsonObject op = paths.value(QString::fromLatin1(route.path))
                                   .toObject()
                                   .value(QString::fromLatin1(route.method).toLower())
                                   .toObject();
        QCOMPARE(op.value("x-permission"_L1).toString(), QString(Auth::permissionName(route.permission)));
        // Public routes say so; the others name bearer authentication.
        const QJsonArray security = op.value("security"_L1).toArray();
        QCOMPARE(security.isEmpty(), route.permission == Auth::Permission::Public);
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
