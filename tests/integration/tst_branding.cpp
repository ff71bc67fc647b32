// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/branding on the real tollgate-server, SQLite and PostgreSQL, over HTTP: the public
// read with ETag and 304, versioned text changes, images checked by content (PNG, JPEG, SVG
// without scripts or event handlers, 2 MB at most, a text file claiming to be a PNG refused),
// served with their type, caching headers and, for SVG, a restrictive CSP; all audited.
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

class TestBranding final : public QObject
{
    Q_OBJECT

public:
    explicit TestBranding(Backend backend)
        : m_backend(backend)
        , m_server({.config = QJsonObject{{u"models"_s, QJsonArray{}}}, .logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    ApiServer m_server;

    RawResponse putImage(const QByteArray &slot, const QByteArray &data, const QByteArray &contentType,
                         const QByteArray &who = {})
    {
        return m_server.request("PUT", "/api/v1/branding/images/" + slot, data,
                                {{"content-type", contentType},
                                 {"authorization", "Bearer " + (who.isEmpty() ? m_server.admin() : who)}});
    }

    QJsonArray auditOf(const QByteArray &action)
    {
        return items(m_server.call("GET", "/api/v1/audit?action=" + action, m_server.admin()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
    }

    void publicReadWithEtagAndVersionedTexts()
    {
        const RawResponse first = m_server.call("GET", "/api/v1/branding", {});
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.header("etag");
        QVERIFY(!tag.isEmpty());
        QVERIFY(first.header("cache-control").contains("max-age"));
        const qint64 version = object(first).value("version"_L1).toInteger();
        QVERIFY(version >= 1);
        // Unchanged: 304 without a body.
        const RawResponse same = m_server.request("GET", "/api/v1/branding", {}, {{"if-none-match", tag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.header("etag"), tag);

        // Texts: a version is required, a stale one refused, a long title named.
        QCOMPARE(
            m_server.call("PUT", "/api/v1/branding", m_server.admin(), {{u"title"_s, u"Acme AI"_s}}).status,
            428);
        QCOMPARE(m_server
                     .call("PUT", "/api/v1/branding", m_server.admin(),
                           {{u"title"_s, u"Acme AI"_s}, {u"version"_s, version + 5}})
                     .status,
                 412);
        const RawResponse longTitle =
            m_server.call("PUT", "/api/v1/branding", m_server.admin(),
                          {{u"title"_s, QString(201, u'x')}, {u"version"_s, version}});
        QCOMPARE(longTitle.status, 400);
        QCOMPARE(object(longTitle).value("error"_L1).toObject().value("param"_L1).toString(), u"title"_s);
        QCOMPARE(m_server
                     .call("PUT", "/api/v1/branding", m_server.admin(),
                           {{u"colour"_s, u"red"_s}, {u"version"_s, version}})
                     .status,
                 400);
        const RawResponse put = m_server.call("PUT", "/api/v1/branding", m_server.admin(),
                                              {{u"title"_s, u"Acme AI"_s},
                                               {u"subtitle"_s, u"Models for everyone"_s},
                                               {u"footer"_s, u"(c) Acme"_s},
                                               {u"version"_s, version}});
        QCOMPARE(put.status, 200);
        QCOMPARE(object(put).value("version"_L1).toInteger(), version + 1);
        // A plain user may not change it.
        m_server.createUser(u"plain"_s);
        const QByteArray plain = m_server.token(u"plain"_s);
        QCOMPARE(
            m_server
                .call("PUT", "/api/v1/branding", plain, {{u"title"_s, u"x"_s}, {u"version"_s, version + 1}})
                .status,
            403);

        // The old ETag is stale now: a full answer with the new texts.
        const RawResponse changed = m_server.request("GET", "/api/v1/branding", {}, {{"if-none-match", tag}});
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
        QCOMPARE(m_server.call("GET", "/api/v1/branding/images/loginLogo", {}).status, 404);
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
        const RawResponse gotPng = m_server.call("GET", "/api/v1/branding/images/loginLogo", {});
        QCOMPARE(gotPng.status, 200);
        QCOMPARE(gotPng.body, png);
        QCOMPARE(gotPng.header("content-type"), "image/png");
        QVERIFY(gotPng.header("cache-control").contains("max-age"));
        QCOMPARE(gotPng.header("x-content-type-options"), "nosniff");
        QVERIFY(gotPng.header("content-security-policy").isEmpty());
        const RawResponse again = m_server.request("GET", "/api/v1/branding/images/loginLogo", {},
                                                   {{"if-none-match", gotPng.header("etag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());

        // JPEG, sent without a declared image type: judged by content.
        QCOMPARE(putImage("headerLogoLight", jpeg, "application/octet-stream").status, 200);
        QCOMPARE(m_server.call("GET", "/api/v1/branding/images/headerLogoLight", {}).header("content-type"),
                 "image/jpeg");

        // A clean SVG is served with a CSP that forbids scripts, and nosniff.
        QCOMPARE(putImage("headerLogoDark", svg, "image/svg+xml").status, 200);
        const RawResponse gotSvg = m_server.call("GET", "/api/v1/branding/images/headerLogoDark", {});
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
        QCOMPARE(m_server.call("GET", "/api/v1/branding/images/loginLogo", {}).body, png);
        QCOMPARE(m_server.call("GET", "/api/v1/branding/images/headerLogoDark", {}).body, svg);

        // Only admins put and delete images.
        m_server.createUser(u"painter"_s, {u"user"_s, u"adminReadonly"_s});
        QCOMPARE(putImage("loginLogo", png, "image/png", m_server.token(u"painter"_s)).status, 403);

        const RawResponse deleted =
            m_server.call("DELETE", "/api/v1/branding/images/headerLogoLight", m_server.admin());
        QCOMPARE(deleted.status, 204);
        QCOMPARE(m_server.call("GET", "/api/v1/branding/images/headerLogoLight", {}).status, 404);
        QVERIFY(object(m_server.call("GET", "/api/v1/branding", {}))
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
    return execOnEachBackend<TestBranding>(u"TestBranding"_s, argc, argv);
}

#include "tst_branding.moc"
