// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/openai.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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

    void scanAgreesWithQtParser_data()
    {
        // inspectRequest() reads bodies with a strict scan and leaves anything unusual to
        // QJsonDocument: whichever way a body goes, the answer (or the refusal and its words)
        // must be the one the QJsonDocument reading gives.
        QTest::addColumn<QByteArray>("body");
        const auto row = [](const char *name, const QByteArray &body) { QTest::newRow(name) << body; };
        row("plain chat", "{\"model\":\"granite\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello there\"}]}");
        row("spaces everywhere", " \n{ \"model\" : \"m\" ,\t\"stream\" : true , \"messages\" : [ { \"content\" : \"abc\" } ] }\r\n");
        row("parts and ids", "{\"model\":\"m\",\"messages\":[{\"content\":[{\"type\":\"text\",\"text\":\"abcd\"},\"xy\",[1,2,3],"
                             "{\"text\":5},{\"image_url\":{\"url\":\"u\"}},null]},{\"content\":null},\"odd\",7]}");
        row("escapes in content", "{\"model\":\"m\",\"messages\":[{\"content\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\\/\"}]}");
        row("non-ASCII content", "{\"model\":\"m\",\"messages\":[{\"content\":\"d\xc3\xa9j\xc3\xa0 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}]}");
        row("noncharacters", "{\"model\":\"m\",\"messages\":[{\"content\":\"\xef\xbf\xbe\xef\xb7\x90\xf4\x8f\xbf\xbf\"}]}");
        row("lone surrogate escape", "{\"model\":\"m\",\"messages\":[{\"content\":\"\\ud800x\"}]}");
        row("escaped model", "{\"model\":\"gr\\u0061nite\",\"messages\":[]}");
        row("escaped key", "{\"mod\\u0065l\":\"m\",\"messages\":[]}");
        row("non-ASCII model", "{\"model\":\"mod\xc3\xa8le\",\"messages\":[]}");
        row("repeated model", "{\"model\":\"a\",\"model\":\"b\",\"messages\":[]}");
        row("repeated content", "{\"model\":\"m\",\"messages\":[{\"content\":\"aaaa\",\"content\":\"b\"}]}");
        row("repeated text", "{\"model\":\"m\",\"messages\":[{\"content\":[{\"text\":\"aaaa\",\"text\":\"b\"}]}]}");
        row("repeated stream", "{\"model\":\"m\",\"stream\":true,\"stream\":false,\"messages\":[]}");
        row("repeated irrelevant key", "{\"model\":\"m\",\"user\":\"a\",\"user\":\"b\",\"messages\":[]}");
        row("stream options", "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[]}");
        row("stream options not object", "{\"model\":\"m\",\"stream\":1,\"stream_options\":[true],\"messages\":[]}");
        row("include_usage repeated", "{\"model\":\"m\",\"stream_options\":{\"include_usage\":true,\"include_usage\":false},\"messages\":[]}");
        row("max_completion_tokens first", "{\"model\":\"m\",\"max_tokens\":9,\"max_completion_tokens\":30,\"messages\":[]}");
        row("max_tokens when the other is null", "{\"model\":\"m\",\"max_completion_tokens\":null,\"max_tokens\":12,\"messages\":[]}");
        row("fractional max", "{\"model\":\"m\",\"max_tokens\":12.9,\"messages\":[]}");
        row("max with exponent", "{\"model\":\"m\",\"max_tokens\":1e2,\"messages\":[]}");
        row("max minus zero", "{\"model\":\"m\",\"max_tokens\":-0,\"messages\":[]}");
        row("negative max", "{\"model\":\"m\",\"max_tokens\":-3,\"messages\":[]}");
        row("huge number elsewhere", "{\"model\":\"m\",\"temperature\":1e400,\"messages\":[]}");
        row("long integer elsewhere", "{\"model\":\"m\",\"seed\":123456789012345678901234567890,\"messages\":[]}");
        row("leading zero", "{\"model\":\"m\",\"seed\":01,\"messages\":[]}");
        row("lenient fraction", "{\"model\":\"m\",\"temperature\":1.,\"messages\":[]}");
        row("empty model", "{\"model\":\"\",\"messages\":[]}");
        row("model not a string", "{\"model\":[\"m\"],\"messages\":[]}");
        row("no messages", "{\"model\":\"m\"}");
        row("messages not an array", "{\"model\":\"m\",\"messages\":{\"content\":\"x\"}}");
        row("prompt", "{\"model\":\"m\",\"prompt\":\"abcdefgh\"}");
        row("prompt list", "{\"model\":\"m\",\"prompt\":[\"abcd\",\"ef\"],\"input\":\"zzzzzzzz\"}");
        row("input", "{\"model\":\"m\",\"input\":[\"abcd\",[1,2,3,4,5]]}");
        row("messages beat prompt", "{\"model\":\"m\",\"prompt\":\"abcdefgh\",\"messages\":[{\"content\":\"ab\"}]}");
        row("messages not array beat prompt", "{\"model\":\"m\",\"prompt\":\"abcdefgh\",\"messages\":\"x\"}");
        row("deep nesting", "{\"model\":\"m\",\"x\":" + QByteArray(300, '[') + QByteArray(300, ']') + ",\"messages\":[]}");
        row("too deep for Qt", "{\"model\":\"m\",\"x\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + ",\"messages\":[]}");
        row("control character", "{\"model\":\"m\",\"messages\":[{\"content\":\"a\x01z\"}]}");
        row("unknown escape", "{\"model\":\"m\",\"messages\":[{\"content\":\"a\\xz\"}]}");
        row("overlong UTF-8", "{\"model\":\"m\",\"messages\":[{\"content\":\"\xc0\x80\"}]}");
        row("UTF-8 surrogate", "{\"model\":\"m\",\"messages\":[{\"content\":\"\xed\xa0\x80\"}]}");
        row("torn UTF-8", "{\"model\":\"m\",\"messages\":[{\"content\":\"\xe6\x97\"}]}");
        row("not JSON", "{nope");
        row("empty", "");
        row("array", "[1]");
        row("trailing garbage", "{\"model\":\"m\",\"messages\":[]}x");
        row("trailing comma", "{\"model\":\"m\",\"messages\":[],}");
        row("byte order mark", "\xef\xbb\xbf{\"model\":\"m\",\"messages\":[]}");
        row("true misspelt", "{\"model\":\"m\",\"stream\":tru,\"messages\":[]}");
        row("torn", "{\"model\":\"m\",\"messages\":[{\"content\":\"abc");
    }

    void scanAgreesWithQtParser()
    {
        QFETCH(QByteArray, body);
        for (Endpoint endpoint : {Endpoint::Chat, Endpoint::Completions, Endpoint::Embeddings, Endpoint::Tokenize})
            compareWithQt(body, endpoint);
    }

    void scanAgreesWithQtParserOnMutations()
    {
        // Random damage to valid bodies: bytes flipped, cut, doubled or replaced by JSON's special
        // characters. A fixed seed keeps the run reproducible.
        const QList<QByteArray> seeds = {
            "{\"model\":\"granite\",\"stream\":true,\"stream_options\":{\"include_usage\":false},\"max_tokens\":64,"
            "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\","
            "\"text\":\"d\xc3\xa9j\xc3\xa0 \\u00e9\\n\"},[1,2]]}],\"temperature\":0.25}",
            "{\"model\":\"e\",\"input\":[\"abc\",\"\xe6\x97\xa5\"],\"prompt\":\"zz\",\"max_completion_tokens\":3}",
        };
        const char specials[] = "{}[]\",:\\ -.0e1tfnu\xc3\xa9\x80\x01";
        QRandomGenerator random(20261129);
        for (int i = 0; i < 20000; ++i) {
            QByteArray body = seeds.at(i % seeds.size());
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(body.size()));
                switch (random.bounded(4)) {
                case 0: body[at] = specials[random.bounded(int(sizeof specials - 1))]; break;
                case 1: body.remove(at, 1 + random.bounded(3)); break;
                case 2: body.insert(at, body.mid(at, 1 + random.bounded(8))); break;
                default: body.truncate(at); break;
                }
            }
            for (Endpoint endpoint : {Endpoint::Chat, Endpoint::Completions, Endpoint::Embeddings}) {
                compareWithQt(body, endpoint);
                if (QTest::currentTestFailed()) {
                    qWarning() << "body:" << body;
                    return;
                }
            }
        }
    }

    void usageScanAgreesWithQtParser_data()
    {
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("openai") << QByteArray("{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17,"
                                              "\"prompt_tokens_details\":{\"cached_tokens\":4}}");
        QTest::newRow("embeddings") << QByteArray("{\"prompt_tokens\":7,\"total_tokens\":7}");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("spaces") << QByteArray("{ \"prompt_tokens\" : 3 ,\n\"completion_tokens\" : 9 }");
        QTest::newRow("nulls") << QByteArray("{\"prompt_tokens\":null,\"completion_tokens\":\"5\"}");
        QTest::newRow("fractions") << QByteArray("{\"prompt_tokens\":2.7,\"completion_tokens\":-1.5}");
        QTest::newRow("exponent") << QByteArray("{\"prompt_tokens\":1e3,\"completion_tokens\":2}");
        QTest::newRow("repeated") << QByteArray("{\"prompt_tokens\":1,\"prompt_tokens\":2}");
        QTest::newRow("repeated cached") << QByteArray("{\"prompt_tokens_details\":{\"cached_tokens\":1,\"cached_tokens\":3}}");
        QTest::newRow("details not object") << QByteArray("{\"prompt_tokens\":4,\"prompt_tokens_details\":[1]}");
        QTest::newRow("escaped key") << QByteArray("{\"prompt\\u005ftokens\":4}");
        QTest::newRow("torn") << QByteArray("{\"prompt_tokens\":1");
        QTest::newRow("garbage") << QByteArray("{\"prompt_tokens\":1}}");
        QTest::newRow("nested extras") << QByteArray("{\"x\":{\"y\":[1,{\"z\":\"\xc3\xa9\"}]},\"completion_tokens\":8}");
    }

    void usageScanAgreesWithQtParser()
    {
        QFETCH(QByteArray, usage);
        for (const QByteArray &response :
             {"{\"id\":\"x\",\"usage\":" + usage + "}", "{\"usage\":" + usage, "{\"usage\": " + usage + ",\"x\":1}"}) {
            const Usage expected = Detail::extractUsageWithQt(response);
            const Usage got = extractUsage(response);
            QCOMPARE(got.promptTokens, expected.promptTokens);
            QCOMPARE(got.completionTokens, expected.completionTokens);
            QCOMPARE(got.cachedTokens, expected.cachedTokens);
        }
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
        // Backslash runs before quotes: an escaped backslash ends a string, an escaped quote does not.
        QCOMPARE(extractUsage("{\"x\":\"a\\\\\",\"usage\":{\"prompt_tokens\":3}}").promptTokens, 3);
        QCOMPARE(extractUsage("{\"x\":\"a\\\\\\\",\\\"usage\\\":{\\\"prompt_tokens\\\":9}\",\"usage\":{\"prompt_tokens\":4}}")
                     .promptTokens,
                 4);
        QCOMPARE(extractUsage("{\"x\":[\"\\\\\\\\\",{\"usage\":1}],\"usage\":{\"prompt_tokens\":5}}").promptTokens, 5);
        QVERIFY(!extractUsage("{\"x\":\"a\\\",\"usage\":{\"prompt_tokens\":3}}").present()); // the quote is escaped: no usage key
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

private:
    static void compareWithQt(const QByteArray &body, Endpoint endpoint)
    {
        QByteArray error;
        QByteArray expectedError;
        const auto got = inspectRequest(body, endpoint, &error);
        const auto expected = Detail::inspectRequestWithQt(body, endpoint, &expectedError);
        QCOMPARE(bool(got), bool(expected));
        QCOMPARE(error, expectedError);
        if (!got)
            return;
        QCOMPARE(got->model, expected->model);
        QCOMPARE(got->stream, expected->stream);
        QCOMPARE(got->includeUsage, expected->includeUsage);
        QCOMPARE(got->maxTokens, expected->maxTokens);
        QCOMPARE(got->promptTokens, expected->promptTokens);
    }
};

QTEST_GUILESS_MAIN(TestOpenAi)
#include "tst_openai.moc"
