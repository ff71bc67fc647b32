// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/banners on the real tollgate-server, SQLite and PostgreSQL, over HTTP: at most one
// active banner (activating one deactivates the other), the text in the caller's language with
// English as the fallback, dismissal per user, validation, versioned changes, adminReadonly
// reading but not writing, an audit record for every change, and the schedule window (startsAt,
// endsAt) that limits when an activated banner shows.
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

class TestBanners final : public QObject
{
    Q_OBJECT

public:
    explicit TestBanners(Backend backend)
        : m_backend(backend)
        , m_server({.config = QJsonObject{{u"models"_s, QJsonArray{}}}, .logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    ApiServer m_server;

    QJsonArray auditOf(const QByteArray &action)
    {
        return items(m_server.call("GET", "/api/v1/audit?action=" + action, m_server.admin()));
    }

    RawResponse active(const QByteArray &who, const QByteArray &query = {}, const QByteArray &acceptLanguage = {})
    {
        RawHeaders headers{{"authorization", "Bearer " + who}};
        if (!acceptLanguage.isEmpty())
            headers.append({"accept-language", acceptLanguage});
        return m_server.request("GET", "/api/v1/banners/active" + query, {}, headers);
    }

    QJsonObject activeBanner(const QByteArray &who, const QByteArray &query = {}, const QByteArray &accept = {})
    {
        const RawResponse r = active(who, query, accept);
        if (r.status != 200)
            qWarning("active: %d %s", r.status, r.body.constData());
        return object(r).value("banner"_L1).toObject();
    }

    QJsonObject create(const QJsonObject &texts, bool dismissible = true)
    {
        const RawResponse r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                                            {{u"texts"_s, texts}, {u"dismissible"_s, dismissible}});
        if (r.status != 201)
            qWarning("create banner: %d %s", r.status, r.body.constData());
        return object(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
        QVERIFY(!m_server.admin().isEmpty());
        QVERIFY(!m_server.adminId().isEmpty());
    }

    void singleActiveAndLanguages()
    {
        const QByteArray alice = (m_server.createUser(u"alice"_s), m_server.token(u"alice"_s));
        QVERIFY(!alice.isEmpty());
        QCOMPARE(active(alice).status, 200);
        QVERIFY(object(active(alice)).value("banner"_L1).isNull());

        const QJsonObject first = create({{u"en"_s, u"Maintenance tonight"_s}, {u"de"_s, u"Wartung heute Nacht"_s}});
        const QJsonObject second = create({{u"en"_s, u"New models"_s}, {u"fr"_s, u"Nouveaux modèles"_s}});
        const QByteArray firstId = first.value("id"_L1).toString().toLatin1();
        const QByteArray secondId = second.value("id"_L1).toString().toLatin1();
        QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());
        QCOMPARE(first.value("active"_L1).toBool(), false);
        QVERIFY(object(active(alice)).value("banner"_L1).isNull()); // nothing active yet

        QCOMPARE(m_server.call("POST", "/api/v1/banners/" + firstId + "/activate", m_server.admin()).status,
                 200);
        QCOMPARE(activeBanner(alice).value("id"_L1).toString(), QString::fromLatin1(firstId));
        QCOMPARE(activeBanner(alice).value("text"_L1).toString(), u"Maintenance tonight"_s);
        QCOMPARE(activeBanner(alice, "?lang=de").value("text"_L1).toString(), u"Wartung heute Nacht"_s);
        QCOMPARE(activeBanner(alice, {}, "de-CH, en;q=0.5").value("text"_L1).toString(), u"Wartung heute Nacht"_s);
        QCOMPARE(activeBanner(alice, {}, "fr, de;q=0.8").value("text"_L1).toString(), u"Wartung heute Nacht"_s);
        const QJsonObject fallback = activeBanner(alice, "?lang=ja");
        QCOMPARE(fallback.value("text"_L1).toString(), u"Maintenance tonight"_s);
        QCOMPARE(fallback.value("lang"_L1).toString(), u"en"_s);

        // Activating the second switches the first off.
        const RawResponse on =
            m_server.call("POST", "/api/v1/banners/" + secondId + "/activate", m_server.admin());
        QCOMPARE(on.status, 200);
        QCOMPARE(object(on).value("active"_L1).toBool(), true);
        const QJsonArray all = items(m_server.call("GET", "/api/v1/banners", m_server.admin()));
        QCOMPARE(all.size(), 2);
        int activeCount = 0;
        for (const QJsonValue &b : all)
            activeCount += b.toObject().value("active"_L1).toBool() ? 1 : 0;
        QCOMPARE(activeCount, 1);
        QCOMPARE(activeBanner(alice, "?lang=fr").value("text"_L1).toString(), u"Nouveaux modèles"_s);
        QCOMPARE(activeBanner(alice, "?lang=de").value("text"_L1).toString(), u"New models"_s);

        const QJsonArray deactivations = auditOf("banner.deactivate");
        QCOMPARE(deactivations.size(), 1);
        QCOMPARE(deactivations[0].toObject().value("targetId"_L1).toString(), QString::fromLatin1(firstId));
        QCOMPARE(auditOf("banner.activate").size(), 2);
        QCOMPARE(auditOf("banner.create").size(), 2);

        QCOMPARE(
            m_server.call("POST", "/api/v1/banners/" + secondId + "/deactivate", m_server.admin()).status,
            200);
        QVERIFY(object(active(alice)).value("banner"_L1).isNull());
        QCOMPARE(auditOf("banner.deactivate").size(), 2);
    }

    void dismissalIsPerUser()
    {
        m_server.createUser(u"bob"_s);
        m_server.createUser(u"carol"_s);
        const QByteArray bob = m_server.token(u"bob"_s);
        const QByteArray carol = m_server.token(u"carol"_s);
        const QByteArray id = create({{u"en"_s, u"Dismiss me"_s}}).value("id"_L1).toString().toLatin1();
        QCOMPARE(m_server.call("POST", "/api/v1/banners/" + id + "/activate", m_server.admin()).status, 200);
        QCOMPARE(activeBanner(bob).value("id"_L1).toString(), QString::fromLatin1(id));
        QCOMPARE(m_server.call("POST", "/api/v1/banners/" + id + "/dismiss", bob).status, 204);
        QVERIFY(object(active(bob)).value("banner"_L1).isNull());
        QCOMPARE(activeBanner(carol).value("id"_L1).toString(), QString::fromLatin1(id));
        QCOMPARE(m_server.call("POST", "/api/v1/banners/no-such/dismiss", bob).status, 404);

        // A banner that is not dismissible cannot be dismissed.
        const QByteArray sticky = create({{u"en"_s, u"Sticky"_s}}, false).value("id"_L1).toString().toLatin1();
        QCOMPARE(m_server.call("POST", "/api/v1/banners/" + sticky + "/activate", m_server.admin()).status,
                 200);
        QCOMPARE(m_server.call("POST", "/api/v1/banners/" + sticky + "/dismiss", carol).status, 400);
        QCOMPARE(activeBanner(carol).value("id"_L1).toString(), QString::fromLatin1(sticky));
    }

    void validationVersionsAndRoles()
    {
        const auto field = [](const RawResponse &r) {
            return object(r).value("error"_L1).toObject().value("param"_L1).toString();
        };
        RawResponse r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                                      {{u"texts"_s, QJsonObject{{u"de"_s, u"Nur Deutsch"_s}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"texts"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(), {});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"texts"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, QJsonObject{{u"en"_s, u"x"_s}}}, {u"variant"_s, u"purple"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"variant"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, QJsonObject{{u"en"_s, u"x"_s}}}, {u"active"_s, true}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"active"_s);

        const QJsonObject b = create({{u"en"_s, u"Versioned"_s}});
        const QByteArray path = "/api/v1/banners/" + b.value("id"_L1).toString().toLatin1();
        QCOMPARE(m_server.call("PATCH", path, m_server.admin(), {{u"variant"_s, u"warning"_s}}).status, 428);
        QCOMPARE(
            m_server.call("PATCH", path, m_server.admin(), {{u"variant"_s, u"warning"_s}, {u"version"_s, 7}})
                .status,
            412);
        r = m_server.call("PATCH", path, m_server.admin(), {{u"variant"_s, u"warning"_s}, {u"version"_s, 1}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("variant"_L1).toString(), u"warning"_s);
        QCOMPARE(object(r).value("version"_L1).toInteger(), 2);
        QCOMPARE(auditOf("banner.update").size(), 1);

        m_server.createUser(u"viewer"_s, {u"user"_s, u"adminReadonly"_s});
        const QByteArray viewer = m_server.token(u"viewer"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/banners", viewer).status, 200);
        QCOMPARE(
            m_server.call("POST", "/api/v1/banners", viewer, {{u"texts"_s, QJsonObject{{u"en"_s, u"x"_s}}}})
                .status,
            403);
        QCOMPARE(m_server.call("PATCH", path, viewer, {{u"version"_s, 2}}).status, 403);
        QCOMPARE(m_server.call("POST", path + "/activate", viewer).status, 403);
        QCOMPARE(m_server.call("DELETE", path, viewer).status, 403);
        const QByteArray bob = m_server.token(u"bob"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/banners", bob).status, 403);

        QCOMPARE(m_server.call("DELETE", path, m_server.admin()).status, 204);
        QCOMPARE(m_server.call("DELETE", path, m_server.admin()).status, 404);
        const QJsonArray deletes = auditOf("banner.delete");
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].toObject().value("targetId"_L1).toString(), b.value("id"_L1).toString());
    }
    void scheduledWindow()
    {
        const auto field = [](const RawResponse &r) {
            return object(r).value("error"_L1).toObject().value("param"_L1).toString();
        };
        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        m_server.createUser(u"dora"_s);
        const QByteArray dora = m_server.token(u"dora"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 hour = 3600'000;

        // Validation: times with a zone, the end after the start.
        const QJsonObject texts{{u"en"_s, u"Scheduled"_s}};
        RawResponse r =
            m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, texts}, {u"startsAt"_s, iso(now + hour)}, {u"endsAt"_s, iso(now)}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"endsAt"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, texts}, {u"startsAt"_s, iso(now)}, {u"endsAt"_s, iso(now)}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"endsAt"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, texts}, {u"startsAt"_s, u"tomorrow"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"startsAt"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, texts}, {u"endsAt"_s, u"2030-01-01T00:00:00"_s}});
        QCOMPARE(r.status, 400); // no zone: ambiguous
        QCOMPARE(field(r), u"endsAt"_s);
        r = m_server.call("POST", "/api/v1/banners", m_server.admin(),
                          {{u"texts"_s, texts}, {u"endsAt"_s, 1234}});
        QCOMPARE(r.status, 400);

        // Activated, but its window opens in an hour: not shown.
        r = m_server.call(
            "POST", "/api/v1/banners", m_server.admin(),
            {{u"texts"_s, texts}, {u"startsAt"_s, iso(now + hour)}, {u"endsAt"_s, iso(now + 2 * hour)}});
        QCOMPARE(r.status, 201);
        QJsonObject b = object(r);
        QCOMPARE(b.value("startsAt"_L1).toString(), iso(now + hour));
        QCOMPARE(b.value("endsAt"_L1).toString(), iso(now + 2 * hour));
        const QByteArray path = "/api/v1/banners/" + b.value("id"_L1).toString().toLatin1();
        r = m_server.call("POST", path + "/activate", m_server.admin());
        QCOMPARE(r.status, 200);
        b = object(r);
        QVERIFY(object(active(dora)).value("banner"_L1).isNull());
        bool listed = false;
        for (const QJsonValue &item : items(m_server.call("GET", "/api/v1/banners", m_server.admin()))) {
            if (item.toObject().value("id"_L1) == b.value("id"_L1)) {
                listed = true;
                QVERIFY(item.toObject().value("active"_L1).toBool());
                QCOMPARE(item.toObject().value("startsAt"_L1).toString(), iso(now + hour));
            }
        }
        QVERIFY(listed);

        // The end before the stored start is refused on update too.
        r = m_server.call("PATCH", path, m_server.admin(),
                          {{u"endsAt"_s, iso(now)}, {u"version"_s, b.value("version"_L1)}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"endsAt"_s);

        // Opened a moment from now: hidden until then, shown after.
        // Far enough ahead for the update and one read before it on a loaded machine.
        const qint64 opens = QDateTime::currentMSecsSinceEpoch() + 3000;
        r = m_server.call("PATCH", path, m_server.admin(),
                          {{u"startsAt"_s, iso(opens)}, {u"version"_s, b.value("version"_L1)}});
        QCOMPARE(r.status, 200);
        b = object(r);
        QVERIFY(object(active(dora)).value("banner"_L1).isNull());
        QTest::qWait(int(qMax<qint64>(0, opens - QDateTime::currentMSecsSinceEpoch())) + 100);
        const QJsonObject shown = activeBanner(dora);
        QCOMPARE(shown.value("id"_L1), b.value("id"_L1));
        QCOMPARE(shown.value("startsAt"_L1).toString(), iso(opens));
        QCOMPARE(shown.value("endsAt"_L1).toString(), iso(now + 2 * hour));

        // Closed: its end has passed.
        r = m_server.call("PATCH", path, m_server.admin(),
                          {{u"startsAt"_s, iso(now - 2 * hour)},
                           {u"endsAt"_s, iso(now - hour)},
                           {u"version"_s, b.value("version"_L1)}});
        QCOMPARE(r.status, 200);
        b = object(r);
        QVERIFY(object(active(dora)).value("banner"_L1).isNull());

        // null clears a bound: open-ended again, shown.
        r = m_server.call("PATCH", path, m_server.admin(),
                          {{u"endsAt"_s, QJsonValue()}, {u"version"_s, b.value("version"_L1)}});
        QCOMPARE(r.status, 200);
        QVERIFY(object(r).value("endsAt"_L1).isNull());
        QCOMPARE(activeBanner(dora).value("id"_L1), b.value("id"_L1));

        // The audit record carries the window.
        const QJsonArray updates = auditOf("banner.update");
        QVERIFY(!updates.isEmpty());
        bool sawWindow = false;
        for (const QJsonValue &u : updates) {
            const QJsonObject after = u.toObject().value("after"_L1).toObject();
            sawWindow = sawWindow || after.value("startsAt"_L1).toString() == iso(now - 2 * hour);
        }
        QVERIFY(sawWindow);
        QCOMPARE(m_server.call("POST", path + "/deactivate", m_server.admin()).status, 200);
    }

    void settingsAreTypedAndVersioned()
    {
        RawResponse r = m_server.call("GET", "/api/v1/settings", m_server.admin());
        QCOMPARE(r.status, 200);
        QJsonObject s = object(r);
        QVERIFY(s.value("newUserRpm"_L1).isNull()); // new users get no limit unless set
        QCOMPARE(s.value("displayCurrency"_L1).toString(), u"USD"_s);
        QCOMPARE(s.value("version"_L1).toInteger(), 0);
        const auto field = [](const RawResponse &resp) {
            return object(resp).value("error"_L1).toObject().value("param"_L1).toString();
        };
        r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"displayCurrency"_s, u"euro"_s}, {u"version"_s, 0}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"displayCurrency"_s);
        r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"usageRetentionDays"_s, 0}, {u"version"_s, 0}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"usageRetentionDays"_s);
        r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"alertWebhookUrls"_s, QJsonArray{u"ftp://x"_s}}, {u"version"_s, 0}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"alertWebhookUrls"_s);
        r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"colour"_s, u"red"_s}, {u"version"_s, 0}});
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), u"colour"_s);

        r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"newUserRpm"_s, 5},
                           {u"displayCurrency"_s, u"EUR"_s},
                           {u"alertWebhookUrls"_s, QJsonArray{u"https://hooks.example.com/a"_s}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("version"_L1).toInteger(), 1);
        // Once stored, a change needs the version it is based on.
        QCOMPARE(m_server.call("PATCH", "/api/v1/settings", m_server.admin(), {{u"newUserRpm"_s, 6}}).status,
                 428);
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/settings", m_server.admin(),
                           {{u"newUserRpm"_s, 6}, {u"version"_s, 7}})
                     .status,
                 412);
        s = object(m_server.call("GET", "/api/v1/settings", m_server.admin()));
        QCOMPARE(s.value("newUserRpm"_L1).toInteger(), 5);
        QCOMPARE(s.value("displayCurrency"_L1).toString(), u"EUR"_s);
        QCOMPARE(s.value("auditRetentionDays"_L1).toInteger(), 365);
        QCOMPARE(s.value("alertWebhookUrls"_L1).toArray().size(), 1);

        const QByteArray viewer = m_server.token(u"viewer"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/settings", viewer).status, 200);
        QCOMPARE(m_server.call("PATCH", "/api/v1/settings", viewer, {{u"newUserRpm"_s, 7}, {u"version"_s, 1}})
                     .status,
                 403);
        const QJsonArray audits = auditOf("settings.update");
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits[0].toObject().value("after"_L1).toObject().value("newUserRpm"_L1).toInteger(), 5);
    }
};
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestBanners>(u"TestBanners"_s, argc, argv);
}

#include "tst_banners.moc"
