// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/branding on the real tollgate-server, SQLite and PostgreSQL, over HTTP: the public
// read with ETag and 304, versioned text changes, images checked by content (PNG, JPEG, SVG
// without scripts or event handlers, 2 MB at most, a text file claiming to be a PNG refused),
// served with their type, caching headers and, for SVG, a restrictive CSP; all audited.
#include "tests/support/mockllmprocess.h"
#include "tests/support/postgres.h"
#include "tests/support/process.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;
const QString UserPassword = u"user-password-1"_s;

QJsonObject object(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray items(const RawResponse &r)
{
    return object(r).value("items"_L1).toArray();
}

} // namespace

class TestBranding final : public QObject
{
    Q_OBJECT

public:
    explicit TestBranding(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    Process m_server;
    QString m_databaseUrl;
    QByteArray m_admin;
    QString m_adminId;

    RawResponse call(QByteArrayView method, const QByteArray &path, const QByteArray &token,
                     const QJsonObject &body = {})
    {
        RawHeaders headers{{"content-type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"authorization", "Bearer " + token});
        const QByteArray payload = method == "GET" || method == "DELETE" ? QByteArray() : json(body);
        return rawRequest(m_server.host(), m_server.port(), method, path, payload, headers);
    }

    QByteArray token(const QString &username, const QString &password)
    {
        const RawResponse r =
            call("POST", "/api/v1/auth/login", {}, {{u"username"_s, username}, {u"password"_s, password}});
        return object(r).value("accessToken"_L1).toString().toLatin1();
    }

    RawResponse putImage(const QByteArray &slot, const QByteArray &data, const QByteArray &contentType,
                         const QByteArray &who = {})
    {
        return rawRequest(
            m_server.host(), m_server.port(), "PUT", "/api/v1/branding/images/" + slot, data,
            {{"content-type", contentType}, {"authorization", "Bearer " + (who.isEmpty() ? m_admin : who)}});
    }

    QJsonArray auditOf(const QByteArray &action)
    {
        return items(call("GET", "/api/v1/audit?action=" + action, m_admin));
    }

    QString createUser(const QString &username, const QStringList &roles = {u"user"_s})
    {
        const RawResponse r = call("POST", "/api/v1/users", m_admin,
                                   {{u"username"_s, username},
                                    {u"password"_s, UserPassword},
                                    {u"roles"_s, QJsonArray::fromStringList(roles)}});
        if (r.status != 201)
            qWarning("create %s: %d %s", qPrintable(username), r.status, r.body.constData());
        return object(r).value("id"_L1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (m_postgres) {
            QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
            m_databaseUrl = m_pg.createDatabase();
            QVERIFY2(!m_databaseUrl.isEmpty(), qPrintable(m_pg.errorString()));
        } else {
            m_databaseUrl = u"sqlite://"_s + m_dir.filePath(u"tollgate.db"_s);
        }
        QFile f(m_dir.filePath(u"tollgate.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json({{u"models"_s, QJsonArray{}}}));
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + AdminPassword);
        env.remove(u"TOLLGATE_MASTER_KEY"_s);
        const QString dataDir = m_dir.filePath(u"data"_s);
        QDir().mkpath(dataDir);
        QVERIFY2(m_server.start(binaryPath(u"tollgate-server"_s),
                                {u"--config"_s, m_dir.filePath(u"tollgate.json"_s), u"--data-dir"_s, dataDir,
                                 u"--database"_s, m_databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s,
                                 u"--log-level"_s, u"warning"_s, u"--workers"_s, u"2"_s},
                                env),
                 qPrintable(m_server.errorString()));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 &&
               rawRequest(m_server.host(), m_server.port(), "GET", "/health/readiness").status != 200)
            QTest::qWait(20);
        m_admin = token(u"root"_s, AdminPassword);
        QVERIFY2(!m_admin.isEmpty(), m_server.standardError().constData());
        m_adminId = object(call("GET", "/api/v1/auth/me", m_admin)).value("id"_L1).toString();
        QVERIFY(!m_adminId.isEmpty());
    }

    void publicReadWithEtagAndVersionedTexts()
    {
        const RawResponse first = call("GET", "/api/v1/branding", {});
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.header("etag");
        QVERIFY(!tag.isEmpty());
        QVERIFY(first.header("cache-control").contains("max-age"));
        const qint64 version = object(first).value("version"_L1).toInteger();
        QVERIFY(version >= 1);
        // Unchanged: 304 without a body.
        const RawResponse same = rawRequest(m_server.host(), m_server.port(), "GET", "/api/v1/branding", {},
                                            {{"if-none-match", tag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.header("etag"), tag);

        // Texts: a version is required, a stale one refused, a long title named.
        QCOMPARE(call("PUT", "/api/v1/branding", m_admin, {{u"title"_s, u"Acme AI"_s}}).status, 428);
        QCOMPARE(call("PUT", "/api/v1/branding", m_admin,
                      {{u"title"_s, u"Acme AI"_s}, {u"version"_s, version + 5}})
                     .status,
                 412);
        const RawResponse longTitle = call("PUT", "/api/v1/branding", m_admin,
                                           {{u"title"_s, QString(201, u'x')}, {u"version"_s, version}});
        QCOMPARE(longTitle.status, 400);
        QCOMPARE(object(longTitle).value("error"_L1).toObject().value("param"_L1).toString(), u"title"_s);
        QCOMPARE(call("PUT", "/api/v1/branding", m_admin, {{u"colour"_s, u"red"_s}, {u"version"_s, version}})
                     .status,
                 400);
        const RawResponse put = call("PUT", "/api/v1/branding", m_admin,
                                     {{u"title"_s, u"Acme AI"_s},
                                      {u"subtitle"_s, u"Models for everyone"_s},
                                      {u"footer"_s, u"(c) Acme"_s},
                                      {u"version"_s, version}});
        QCOMPARE(put.status, 200);
        QCOMPARE(object(put).value("version"_L1).toInteger(), version + 1);
        // A plain user may not change it.
        createUser(u"plain"_s);
        const QByteArray plain = token(u"plain"_s, UserPassword);
        QCOMPARE(call("PUT", "/api/v1/branding", plain, {{u"title"_s, u"x"_s}, {u"version"_s, version + 1}})
                     .status,
                 403);

        // The old ETag is stale now: a full answer with the new texts.
        const RawResponse changed = rawRequest(m_server.host(), m_server.port(), "GET", "/api/v1/branding",
                                               {}, {{"if-none-match", tag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("etag") != tag);
        QCOMPARE(object(changed).value("title"_L1).toString(), u"Acme AI"_s);
        QCOMPARE(object(changed).value("footer"_L1).toString(), u"(c) Acme"_s);

        const QJsonArray audited = auditOf("branding.update");
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited[0].toObject().value("after"_L1).toObject().value("title"_L1).toString(),
                 u"Acme AI"_s);
        QCOMPARE(audited[0].toObject().value("actorName"_L1).toString(), u"root"_s);
    }

    void imagesAreCheckedByContent()
    {
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
        const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                               "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                               "<defs><linearGradient id=\"g\"/></defs>"
                               "<rect width=\"10\" height=\"10\" style=\"fill:url(#g)\"/></svg>";

        // Nothing set yet: 404.
        QCOMPARE(call("GET", "/api/v1/branding/images/loginLogo", {}).status, 404);
        QCOMPARE(putImage("sideLogo", png, "image/png").status, 404);

        const RawResponse putPng = putImage("loginLogo", png, "image/png");
        QCOMPARE(putPng.status, 200);
        QCOMPARE(object(putPng)
                     .value("images"_L1)
                     .toObject()
                     .value("loginLogo"_L1)
                     .toObject()
                     .value("contentType"_L1)
                     .toString(),
                 u"image/png"_s);
        const RawResponse gotPng = call("GET", "/api/v1/branding/images/loginLogo", {});
        QCOMPARE(gotPng.status, 200);
        QCOMPARE(gotPng.body, png);
        QCOMPARE(gotPng.header("content-type"), "image/png");
        QVERIFY(gotPng.header("cache-control").contains("max-age"));
        QCOMPARE(gotPng.header("x-content-type-options"), "nosniff");
        QVERIFY(gotPng.header("content-security-policy").isEmpty());
        const RawResponse again =
            rawRequest(m_server.host(), m_server.port(), "GET", "/api/v1/branding/images/loginLogo", {},
                       {{"if-none-match", gotPng.header("etag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());

        // JPEG, sent without a declared image type: judged by content.
        QCOMPARE(putImage("headerLogoLight", jpeg, "application/octet-stream").status, 200);
        QCOMPARE(call("GET", "/api/v1/branding/images/headerLogoLight", {}).header("content-type"),
                 "image/jpeg");

        // A clean SVG is served with a CSP that forbids scripts, and nosniff.
        QCOMPARE(putImage("headerLogoDark", svg, "image/svg+xml").status, 200);
        const RawResponse gotSvg = call("GET", "/api/v1/branding/images/headerLogoDark", {});
        QCOMPARE(gotSvg.header("content-type"), "image/svg+xml");
        QCOMPARE(gotSvg.header("content-security-policy"), "default-src 'none'; style-src 'unsafe-inline'");
        QCOMPARE(gotSvg.header("x-content-type-options"), "nosniff");
        QCOMPARE(gotSvg.body, svg);

        // Refused: scripts, event handlers, javascript: URLs, external references, DTDs, text as PNG.
        const QList<QByteArray> hostile = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            "<image xlink:href=\"https://evil.example/x.png\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import "
            "url(https://evil.example/a.css);</style></svg>",
            "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg "
            "xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div/></foreignObject></svg>",
            "<html><body>not an svg</body></html>",
        };
        for (const QByteArray &bad : hostile) {
            const RawResponse r = putImage("headerLogoDark", bad, "image/svg+xml");
            QVERIFY2(r.status == 400, bad.constData());
            QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"image"_s);
        }
        const RawResponse text = putImage("loginLogo", "just some text, honest\n", "image/png");
        QCOMPARE(text.status, 400);
        // A PNG declared as a JPEG is refused too.
        QCOMPARE(putImage("loginLogo", png, "image/jpeg").status, 400);
        // 2.1 MB: 413; the stored images are unchanged.
        QByteArray big = png;
        big.append(QByteArray(2'100'000, 'x'));
        QCOMPARE(putImage("loginLogo", big, "image/png").status, 413);
        QCOMPARE(call("GET", "/api/v1/branding/images/loginLogo", {}).body, png);
        QCOMPARE(call("GET", "/api/v1/branding/images/headerLogoDark", {}).body, svg);

        // Only admins put and delete images.
        createUser(u"painter"_s, {u"user"_s, u"adminReadonly"_s});
        QCOMPARE(putImage("loginLogo", png, "image/png", token(u"painter"_s, UserPassword)).status, 403);

        const RawResponse deleted = call("DELETE", "/api/v1/branding/images/headerLogoLight", m_admin);
        QCOMPARE(deleted.status, 204);
        QCOMPARE(call("GET", "/api/v1/branding/images/headerLogoLight", {}).status, 404);
        QVERIFY(object(call("GET", "/api/v1/branding", {}))
                    .value("images"_L1)
                    .toObject()
                    .value("headerLogoLight"_L1)
                    .isNull());

        // Audited: three puts (no refused ones) and one delete, with type and size.
        const QJsonArray puts = auditOf("branding.image.put");
        QCOMPARE(puts.size(), 3);
        QCOMPARE(puts.last().toObject().value("after"_L1).toObject().value("size"_L1).toInt(), png.size());
        const QJsonArray deletes = auditOf("branding.image.delete");
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].toObject().value("targetId"_L1).toString(), u"headerLogoLight"_s);
    }
};
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestBranding sqlite(false);
        sqlite.setObjectName(u"TestBranding(sqlite)"_s);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        TestBranding postgres(true);
        postgres.setObjectName(u"TestBranding(postgres)"_s);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_branding.moc"
