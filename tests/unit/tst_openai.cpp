// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/openai.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate::Proxy;

class TestOpenAi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectChat()
    {
        QByteArray error;
        const auto info = inspectRequest(
            "{\"model\":\"granite\",\"stream\":true,\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"12345678\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"abcd\"}]}]}",
            Endpoint::Chat, &error);
        QVERIFY2(info, error.constData());
        QCOMPARE(info->model, QByteArray("granite"));
        QVERIFY(info->stream);
        QVERIFY(!info->includeUsage);
        QCOMPARE(info->maxTokens, 50);
        QCOMPARE(info->promptTokens, 3 + 8); // 12 characters / 4 + 4 per message
    }

    void inspectRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("fragment");
        QTest::newRow("not json") << QByteArray("{nope") << QByteArray("not a JSON object");
        QTest::newRow("array") << QByteArray("[1]") << QByteArray("not a JSON object");
        QTest::newRow("no model") << QByteArray("{\"messages\":[]}") << QByteArray("name a model");
        QTest::newRow("model not string") << QByteArray("{\"model\":3,\"messages\":[]}") << QByteArray("name a model");
        QTest::newRow("no messages") << QByteArray("{\"model\":\"m\"}") << QByteArray("messages");
        QTest::newRow("negative max") << QByteArray("{\"model\":\"m\",\"messages\":[],\"max_tokens\":-1}") << QByteArray("negative");
    }
    void inspectRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, fragment);
        QByteArray error;
        QVERIFY(!inspectRequest(body, Endpoint::Chat, &error));
        QVERIFY2(error.contains(fragment), error.constData());
    }

    void upstreamBodyForcesUsageAndRenames()
    {
        const QByteArray body = "{\"model\":\"public\",\"stream\":true,\"messages\":[]}";
        QByteArray error;
        const auto info = inspectRequest(body, Endpoint::Chat, &error);
        const QJsonObject o = QJsonDocument::fromJson(upstreamBody(body, *info, "served/name")).object();
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("served/name"));
        QVERIFY(o.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
        // Nothing to change: the very same bytes go upstream.
        const QByteArray plain = "{\"model\":\"public\",\"messages\":[]}";
        const auto plainInfo = inspectRequest(plain, Endpoint::Chat, &error);
        QCOMPARE(upstreamBody(plain, *plainInfo, "public").constData(), plain.constData());
    }

    void extractUsageFromResponses()
    {
        const Usage u = extractUsage(
            "{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"\\\"usage\\\": fake\"}}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17,\"prompt_tokens_details\":{\"cached_tokens\":4}}}");
        QCOMPARE(u.promptTokens, 12);
        QCOMPARE(u.completionTokens, 5);
        QCOMPARE(u.cachedTokens, 4);
        const Usage embeddings = extractUsage("{\"data\":[],\"usage\":{\"prompt_tokens\":7,\"total_tokens\":7}}");
        QCOMPARE(embeddings.promptTokens, 7);
        QCOMPARE(embeddings.completionTokens, 0);
        QVERIFY(!extractUsage("{\"usage\":null}").present());
        QVERIFY(!extractUsage("{\"choices\":[]}").present());
        QVERIFY(!extractUsage("{\"usage\":{\"prompt_tokens\":1").present()); // torn
    }

    void splitterHandlesArbitraryFragmentation()
    {
        const QByteArray stream = "data: {\"a\":1}\n\ndata: {\"b\":2}\r\n\r\n: keep-alive\n\ndata: [DONE]\n\n";
        for (int step = 1; step <= stream.size(); ++step) {
            SseSplitter splitter;
            QList<QByteArray> events;
            for (int i = 0; i < stream.size(); i += step)
                events += splitter.feed(QByteArrayView(stream).sliced(i, qMin(step, int(stream.size()) - i)));
            QCOMPARE(events.size(), 4);
            QCOMPARE(events.join(), stream);
            QVERIFY(splitter.remainder().isEmpty());
        }
    }

    void splitterTakesAWholeStreamInOneRead()
    {
        // A fast upstream delivers a whole stream in one read: every event comes out, in order,
        // whichever blank line ends it.
        QByteArray stream;
        for (int i = 0; i < 500; ++i)
            stream += "data: {\"i\":" + QByteArray::number(i) + (i % 3 == 0 ? "}\r\n\r\n" : "}\n\n");
        stream += "data: [DONE]\n\ndata: {\"partial\":\r\n\r";
        SseSplitter splitter;
        const QList<QByteArray> events = splitter.feed(stream);
        QCOMPARE(events.size(), 501);
        QCOMPARE(events.at(0), QByteArray("data: {\"i\":0}\r\n\r\n"));
        QCOMPARE(events.at(1), QByteArray("data: {\"i\":1}\n\n"));
        QCOMPARE(events.at(499), QByteArray("data: {\"i\":499}\n\n"));
        QCOMPARE(events.at(500), QByteArray("data: [DONE]\n\n"));
        QCOMPARE(splitter.remainder(), QByteArray("data: {\"partial\":\r\n\r"));
        QCOMPARE(splitter.feed("\n"), QList<QByteArray>{QByteArray("data: {\"partial\":\r\n\r\n")});
        QVERIFY(splitter.remainder().isEmpty());
    }

    void classifyEvents()
    {
        QVERIFY(classifyEvent("data: [DONE]\n\n").done);
        const SseEvent content = classifyEvent(
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"}}],\"usage\":null}\n\n");
        QVERIFY(content.hasContent);
        QVERIFY(!content.usageOnly);
        QVERIFY(!classifyEvent("data: {\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n").hasContent);
        QVERIFY(classifyEvent("data: {\"choices\": [{\"delta\": {\"content\": \"spaced\"}}]}\n\n").hasContent);
        const SseEvent usage = classifyEvent(
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":9}}\n\n");
        QVERIFY(usage.usageOnly);
        QCOMPARE(usage.usage.completionTokens, 9);
        QVERIFY(classifyEvent("data: {\"error\":{\"message\":\"boom\"}}\n\n").isError);
        QVERIFY(!classifyEvent(": comment\n\n").hasContent);
        QVERIFY(classifyEvent("data: {\"choices\":[{\"text\":\"legacy\"}]}\n\n").hasContent);
    }
};

QTEST_GUILESS_MAIN(TestOpenAi)
#include "tst_openai.moc"
