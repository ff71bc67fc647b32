// SPDX-License-Identifier: GPL-3.0-or-later
// tollgate-mockllm as a gateway test sees it: every endpoint, SSE framing, token counts, faults,
// latency, and the /mock/* inspection endpoints; plus the test-support launchers it relies on.
#include "tests/support/mockllmprocess.h"
#include "tests/support/redis.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

// "You are terse." is 14 bytes -> 4 tokens, "hello world!" 12 bytes -> 3 tokens, plus 4 per message.
const QByteArray Messages =
    R"([{"role":"system","content":"You are terse."},{"role":"user","content":"hello world!"}])";
constexpr int MessagesTokens = (4 + 4) + (4 + 3);

QByteArray chatBody(const QByteArray &extra = {}, const QByteArray &model = "mock-small")
{
    return R"({"model":")" + model + R"(","messages":)" + Messages + extra + '}';
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString expectedText(int tokens)
{
    QStringList words;
    for (int i = 0; i < tokens; ++i)
        words.append(u"tok%1"_s.arg(i));
    return words.join(u' ');
}

/// A parsed SSE stream of chat.completion.chunk or text_completion objects.
struct Stream
{
    QList<QJsonObject> chunks; ///< every data payload that parsed, in order
    int unparsable = 0;        ///< data payloads that are not JSON (and not [DONE])
    bool done = false;         ///< [DONE] was the last payload
    int contentChunks = 0;     ///< chunks carrying a non-empty token
    QString text;              ///< the tokens concatenated
    QString finishReason;
    int usageChunks = 0;
    QJsonObject usage;
    bool firstIsRole = false;
};

Stream parseStream(const QByteArray &body, bool chat)
{
    Stream s;
    const QList<QByteArray> payloads = sseData(body);
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        if (payloads[i] == "[DONE]") {
            s.done = i == payloads.size() - 1;
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(payloads[i], &error);
        if (error.error != QJsonParseError::NoError) {
            ++s.unparsable;
            continue;
        }
        const QJsonObject chunk = doc.object();
        s.chunks.append(chunk);
        const QJsonArray choices = chunk.value(u"choices").toArray();
        if (choices.isEmpty()) {
            ++s.usageChunks;
            s.usage = chunk.value(u"usage").toObject();
            continue;
        }
        const QJsonObject choice = choices.at(0).toObject();
        const QString piece = chat ? choice.value(u"delta").toObject().value(u"content").toString()
                                   : choice.value(u"text").toString();
        if (s.chunks.size() == 1)
            s.firstIsRole = choice.value(u"delta").toObject().value(u"role").toString() == u"assistant";
        if (!piece.isEmpty()) {
            ++s.contentChunks;
            s.text += piece;
        }
        if (!choice.value(u"finish_reason").isNull())
            s.finishReason = choice.value(u"finish_reason").toString();
    }
    return s;
}

} // namespace

class TestMockLlm final : public QObject
{
    Q_OBJECT

private:
    MockLlmProcess m_mock;

    RawResponse post(QByteArrayView path, const QByteArray &body, const RawHeaders &headers = {},
                     int timeoutMs = 10'000)
    {
        return m_mock.request("POST", path, body, headers, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start(), qPrintable(m_mock.errorString()));
        QVERIFY(m_mock.port() > 0);
        QCOMPARE(m_mock.host(), u"127.0.0.1"_s);
    }

    void models()
    {
        const RawResponse r = m_mock.request("GET", "/v1/models");
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        const QJsonObject list = json(r.body);
        QCOMPARE(list.value(u"object").toString(), u"list"_s);
        const QJsonArray data = list.value(u"data").toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject().value(u"id").toString(), u"mock-small"_s);
        QCOMPARE(data.at(1).toObject().value(u"id").toString(), u"mock-large"_s);
        QCOMPARE(data.at(0).toObject().value(u"object").toString(), u"model"_s);
        QCOMPARE(data.at(0).toObject().value(u"owned_by").toString(), u"mockllm"_s);
        QCOMPARE(data.at(0).toObject().value(u"max_model_len").toInt(), 32768);
    }

    void chatPlain_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<QString>("finish");
        QTest::newRow("default") << QByteArray() << 16 << u"stop"_s;
        QTest::newRow("max_tokens caps") << QByteArray(R"(,"max_tokens":5)") << 5 << u"length"_s;
        QTest::newRow("max_completion_tokens caps") << QByteArray(R"(,"max_completion_tokens":3)") << 3
                                                    << u"length"_s;
        QTest::newRow("smaller of both") << QByteArray(R"(,"max_tokens":7,"max_completion_tokens":4)") << 4
                                         << u"length"_s;
        QTest::newRow("max_tokens above default") << QByteArray(R"(,"max_tokens":100)") << 16 << u"stop"_s;
        QTest::newRow("zero") << QByteArray(R"(,"max_tokens":0)") << 0 << u"length"_s;
        QTest::newRow("stream false") << QByteArray(R"(,"stream":false,"temperature":0.5)") << 16 << u"stop"_s;
    }

    void chatPlain()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, tokens);
        QFETCH(QString, finish);
        const RawResponse r = post("/v1/chat/completions", chatBody(extra, "mock-large"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), "application/json");
        const QJsonObject o = json(r.body);
        QCOMPARE(o.value(u"object").toString(), u"chat.completion"_s);
        QCOMPARE(o.value(u"model").toString(), u"mock-large"_s);
        QVERIFY(o.value(u"id").toString().startsWith(u"chatcmpl-"));
        QVERIFY(o.value(u"created").toInteger() > 1'600'000'000);
        const QJsonObject choice = o.value(u"choices").toArray().at(0).toObject();
        QCOMPARE(choice.value(u"message").toObject().value(u"role").toString(), u"assistant"_s);
        QCOMPARE(choice.value(u"message").toObject().value(u"content").toString(), expectedText(tokens));
        QCOMPARE(choice.value(u"finish_reason").toString(), finish);
        const QJsonObject usage = o.value(u"usage").toObject();
        QCOMPARE(usage.value(u"prompt_tokens").toInt(), MessagesTokens);
        QCOMPARE(usage.value(u"completion_tokens").toInt(), tokens);
        QCOMPARE(usage.value(u"total_tokens").toInt(), MessagesTokens + tokens);
        QCOMPARE(usage.value(u"prompt_tokens_details").toObject().value(u"cached_tokens").toInt(-1), 0);
    }

    void chatDeterministic()
    {
        const QByteArray body = chatBody(R"(,"max_tokens":9)");
        const QJsonObject a = json(post("/v1/chat/completions", body).body);
        const QJsonObject b = json(post("/v1/chat/completions", body).body);
        QCOMPARE(a.value(u"usage"), b.value(u"usage"));
        QCOMPARE(a.value(u"choices"), b.value(u"choices"));
        QVERIFY(a.value(u"id") != b.value(u"id"));
    }

    void promptTokenRule_data()
    {
        QTest::addColumn<QByteArray>("messages");
        QTest::addColumn<int>("tokens");
        QTest::newRow("empty content") << QByteArray(R"([{"role":"user","content":""}])") << 4;
        QTest::newRow("null content") << QByteArray(R"([{"role":"assistant","content":null}])") << 4;
        QTest::newRow("4 bytes") << QByteArray(R"([{"role":"user","content":"abcd"}])") << 5;
        QTest::newRow("5 bytes") << QByteArray(R"([{"role":"user","content":"abcde"}])") << 6;
        // "é" is 2 UTF-8 bytes, "\u00e9" decodes to the same, "\n" to 1 byte: 2 + 2 + 1 = 5 bytes.
        QTest::newRow("escapes decode") << QByteArray(R"([{"role":"user","content":"é\u00e9\n"}])") << 6;
        QTest::newRow("content parts") << QByteArray(
            R"([{"role":"user","content":[{"type":"text","text":"abcd"},{"type":"text","text":"efgh"}]}])")
                                       << 6;
        QTest::newRow("no messages") << QByteArray("[]") << 0;
    }

    void promptTokenRule()
    {
        QFETCH(QByteArray, messages);
        QFETCH(int, tokens);
        const QByteArray body = R"({"model":"mock-small","messages":)" + messages + "}";
        const RawResponse chat = post("/v1/chat/completions", body);
        QCOMPARE(chat.status, 200);
        QCOMPARE(json(chat.body).value(u"usage").toObject().value(u"prompt_tokens").toInt(), tokens);
        const RawResponse tokenized = post("/tokenize", body);
        QCOMPARE(tokenized.status, 200);
        QCOMPARE(json(tokenized.body).value(u"count").toInt(), tokens);
    }

    void chatStream_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<bool>("usage");
        QTest::addColumn<QString>("finish");
        QTest::newRow("no usage") << QByteArray(R"(,"stream":true)") << 16 << false << u"stop"_s;
        QTest::newRow("include_usage") << QByteArray(R"(,"stream":true,"stream_options":{"include_usage":true})")
                                       << 16 << true << u"stop"_s;
        QTest::newRow("include_usage false")
            << QByteArray(R"(,"stream":true,"stream_options":{"include_usage":false})") << 16 << false << u"stop"_s;
        QTest::newRow("capped with usage")
            << QByteArray(R"(,"max_tokens":6,"stream":true,"stream_options":{"include_usage":true})") << 6 << true
            << u"length"_s;
    }

    void chatStream()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, tokens);
        QFETCH(bool, usage);
        QFETCH(QString, finish);
        const RawResponse r = post("/v1/chat/completions", chatBody(extra));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), "text/event-stream");
        QVERIFY(r.chunked);
        QVERIFY(r.complete);
        const Stream s = parseStream(r.body, true);
        QCOMPARE(s.unparsable, 0);
        QVERIFY(s.done);
        QVERIFY(s.firstIsRole);
        QCOMPARE(s.contentChunks, tokens);
        QCOMPARE(s.text, expectedText(tokens));
        QCOMPARE(s.finishReason, finish);
        // role chunk + one per token + finish chunk (+ usage chunk)
        QCOMPARE(s.chunks.size(), 1 + tokens + 1 + (usage ? 1 : 0));
        QCOMPARE(s.usageChunks, usage ? 1 : 0);
        const QString id = s.chunks.first().value(u"id").toString();
        for (const QJsonObject &chunk : s.chunks) {
            QCOMPARE(chunk.value(u"object").toString(), u"chat.completion.chunk"_s);
            QCOMPARE(chunk.value(u"id").toString(), id);
            QCOMPARE(chunk.value(u"model").toString(), u"mock-small"_s);
            // With include_usage every other chunk says "usage": null; without it there is none.
            if (!chunk.value(u"choices").toArray().isEmpty())
                QCOMPARE(chunk.contains(u"usage"), usage);
        }
        if (usage) {
            QCOMPARE(s.chunks.last().value(u"choices").toArray().size(), 0);
            QCOMPARE(s.usage.value(u"prompt_tokens").toInt(), MessagesTokens);
            QCOMPARE(s.usage.value(u"completion_tokens").toInt(), tokens);
            QCOMPARE(s.usage.value(u"total_tokens").toInt(), MessagesTokens + tokens);
        }
    }

    void completions()
    {
        // "hello world" is 11 bytes -> 3 tokens.
        const QByteArray body = R"({"model":"mock-small","prompt":"hello world","max_tokens":4)";
        const RawResponse plain = post("/v1/completions", body + "}");
        QCOMPARE(plain.status, 200);
        const QJsonObject o = json(plain.body);
        QCOMPARE(o.value(u"object").toString(), u"text_completion"_s);
        QVERIFY(o.value(u"id").toString().startsWith(u"cmpl-"));
        const QJsonObject choice = o.value(u"choices").toArray().at(0).toObject();
        QCOMPARE(choice.value(u"text").toString(), expectedText(4));
        QCOMPARE(choice.value(u"finish_reason").toString(), u"length"_s);
        QCOMPARE(o.value(u"usage").toObject().value(u"prompt_tokens").toInt(), 3);
        QCOMPARE(o.value(u"usage").toObject().value(u"completion_tokens").toInt(), 4);

        const RawResponse streamed =
            post("/v1/completions", body + R"(,"stream":true,"stream_options":{"include_usage":true}})");
        QCOMPARE(streamed.status, 200);
        const Stream s = parseStream(streamed.body, false);
        QVERIFY(s.done);
        QCOMPARE(s.contentChunks, 4);
        QCOMPARE(s.text, expectedText(4));
        QCOMPARE(s.usageChunks, 1);
        QCOMPARE(s.usage.value(u"prompt_tokens").toInt(), 3);
        QCOMPARE(s.chunks.first().value(u"object").toString(), u"text_completion"_s);

        const RawResponse tokenized = post("/tokenize", R"({"model":"mock-small","prompt":"hello world"})");
        QCOMPARE(json(tokenized.body).value(u"count").toInt(), 3);
    }

    void embeddings()
    {
        const RawResponse one = post("/v1/embeddings", R"({"model":"mock-small","input":"hello world"})");
        QCOMPARE(one.status, 200);
        const QJsonObject o = json(one.body);
        QCOMPARE(o.value(u"object").toString(), u"list"_s);
        QCOMPARE(o.value(u"model").toString(), u"mock-small"_s);
        const QJsonArray data = o.value(u"data").toArray();
        QCOMPARE(data.size(), 1);
        const QJsonArray vector = data.at(0).toObject().value(u"embedding").toArray();
        QCOMPARE(vector.size(), 16);
        double norm = 0;
        for (const QJsonValue &v : vector)
            norm += v.toDouble() * v.toDouble();
        QVERIFY(std::abs(norm - 1.0) < 1e-3);
        QCOMPARE(o.value(u"usage").toObject().value(u"prompt_tokens").toInt(), 3);
        QCOMPARE(o.value(u"usage").toObject().value(u"total_tokens").toInt(), 3);

        const RawResponse two =
            post("/v1/embeddings", R"({"model":"mock-small","input":["hello world","something else"],"dimensions":8})");
        QCOMPARE(two.status, 200);
        const QJsonArray pair = json(two.body).value(u"data").toArray();
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(1).toObject().value(u"index").toInt(), 1);
        QCOMPARE(pair.at(0).toObject().value(u"embedding").toArray().size(), 8);
        QVERIFY(pair.at(0).toObject().value(u"embedding") != pair.at(1).toObject().value(u"embedding"));
        QCOMPARE(json(two.body).value(u"usage").toObject().value(u"prompt_tokens").toInt(), 3 + 4);

        // Same text, same vector: the first 8 values are the 16-dim vector's direction, not equal
        // values, so compare two identical requests instead.
        const RawResponse again =
            post("/v1/embeddings", R"({"model":"mock-small","input":["hello world","something else"],"dimensions":8})");
        QCOMPARE(json(again.body).value(u"data"), json(two.body).value(u"data"));

        const RawResponse b64 =
            post("/v1/embeddings", R"({"model":"mock-small","input":"hello world","encoding_format":"base64"})");
        QCOMPARE(b64.status, 200);
        const QByteArray raw = QByteArray::fromBase64(
            json(b64.body).value(u"data").toArray().at(0).toObject().value(u"embedding").toString().toLatin1());
        QCOMPARE(raw.size(), qsizetype(16 * sizeof(float)));
        float first = 0;
        std::memcpy(&first, raw.constData(), sizeof first);
        QVERIFY(std::abs(double(first) - vector.at(0).toDouble()) < 1e-6);
    }

    void tokenizeMatchesChatUsage()
    {
        const RawResponse chat = post("/v1/chat/completions", chatBody());
        const RawResponse tokenized = post("/tokenize", chatBody());
        QCOMPARE(tokenized.status, 200);
        const QJsonObject t = json(tokenized.body);
        const int prompt = json(chat.body).value(u"usage").toObject().value(u"prompt_tokens").toInt();
        QCOMPARE(t.value(u"count").toInt(), prompt);
        QCOMPARE(t.value(u"tokens").toArray().size(), prompt);
        QCOMPARE(t.value(u"max_model_len").toInt(), 32768);
        QCOMPARE(json(post("/v1/tokenize", chatBody()).body).value(u"tokens"), t.value(u"tokens"));
    }

    void unknownModel_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chat") << QByteArray("/v1/chat/completions") << chatBody({}, "gpt-nope");
        QTest::newRow("completions") << QByteArray("/v1/completions") << QByteArray(R"({"model":"gpt-nope","prompt":"x"})");
        QTest::newRow("embeddings") << QByteArray("/v1/embeddings") << QByteArray(R"({"model":"gpt-nope","input":"x"})");
        QTest::newRow("tokenize") << QByteArray("/tokenize") << QByteArray(R"({"model":"gpt-nope","prompt":"x"})");
    }

    void unknownModel()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const RawResponse r = post(path, body);
        QCOMPARE(r.status, 404);
        const QJsonObject error = json(r.body).value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"model_not_found"_s);
        QCOMPARE(error.value(u"type").toString(), u"invalid_request_error"_s);
        QVERIFY(error.value(u"message").toString().contains(u"gpt-nope"));
    }

    void invalidRequest_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"model":"mock-small","messages":[)");
        QTest::newRow("not an object") << QByteArray(R"(["mock-small"])");
        QTest::newRow("trailing garbage") << chatBody() + "x";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("messages not an array") << QByteArray(R"({"model":"mock-small","messages":"hi"})");
        QTest::newRow("max_tokens not an integer") << chatBody(R"(,"max_tokens":"5")");
        QTest::newRow("negative max_tokens") << chatBody(R"(,"max_tokens":-1)");
        QTest::newRow("no model") << QByteArray(R"({"messages":[]})");
        QTest::newRow("no messages") << QByteArray(R"({"model":"mock-small"})");
        QTest::newRow("bad escape") << QByteArray(R"({"model":"mock-small","messages":[{"content":"\x"}]})");
        QTest::newRow("control char") << QByteArray("{\"model\":\"mock-small\",\"messages\":[{\"content\":\"a\tb\"}]}");
    }

    void invalidRequest()
    {
        QFETCH(QByteArray, body);
        const RawResponse r = post("/v1/chat/completions", body);
        QCOMPARE(r.status, 400);
        const QJsonObject error = json(r.body).value(u"error").toObject();
        QCOMPARE(error.value(u"type").toString(), u"invalid_request_error"_s);
        QVERIFY(!error.value(u"message").toString().isEmpty());
    }

    void faultHttp_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << QByteArray("http-500") << 500 << u"server_error"_s << u"internal_error"_s;
        QTest::newRow("503") << QByteArray("http-503") << 503 << u"service_unavailable_error"_s
                             << u"server_is_overloaded"_s;
    }

    void faultHttp()
    {
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        const RawResponse r = post("/v1/chat/completions", chatBody(), {{"x-mock-fault", fault}});
        QCOMPARE(r.status, status);
        const QJsonObject error = json(r.body).value(u"error").toObject();
        QCOMPARE(error.value(u"type").toString(), type);
        QCOMPARE(error.value(u"code").toString(), code);
        if (status == 503)
            QCOMPARE(r.header("retry-after"), "1");
    }

    void faultStall()
    {
        const RawResponse r = post("/v1/chat/completions", chatBody(), {{"x-mock-fault", "stall"}}, 600);
        QVERIFY(r.timedOut);
        QCOMPARE(r.firstByteMs, -1);
        QCOMPARE(r.status, 0);
        // The mock itself is unaffected.
        QCOMPARE(post("/v1/chat/completions", chatBody()).status, 200);
    }

    void faultDropMidStream_data()
    {
        QTest::addColumn<QByteArray>("dropAfter");
        QTest::addColumn<int>("tokens");
        QTest::newRow("after 3") << QByteArray("3") << 3;
        QTest::newRow("default half") << QByteArray() << 8;
        QTest::newRow("before the first") << QByteArray("0") << 0;
    }

    void faultDropMidStream()
    {
        QFETCH(QByteArray, dropAfter);
        QFETCH(int, tokens);
        RawHeaders headers{{"x-mock-fault", "drop-mid-stream"}};
        if (!dropAfter.isEmpty())
            headers.append({"x-mock-drop-after", dropAfter});
        const RawResponse r = post("/v1/chat/completions",
                                   chatBody(R"(,"stream":true,"stream_options":{"include_usage":true})"), headers);
        QCOMPARE(r.status, 200);
        QVERIFY(r.chunked);
        QVERIFY(!r.timedOut);
        QVERIFY2(!r.complete, "the terminating zero-size chunk must not arrive");
        const Stream s = parseStream(r.body, true);
        QVERIFY(!s.done);
        QVERIFY(s.firstIsRole);
        QCOMPARE(s.contentChunks, tokens);
        QVERIFY(s.finishReason.isEmpty());
        QCOMPARE(s.usageChunks, 0);
    }

    void faultDropPlain()
    {
        const RawResponse r = post("/v1/chat/completions", chatBody(), {{"x-mock-fault", "drop-mid-stream"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.complete);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(r.body.startsWith("{\"id\":\"chatcmpl-"));
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void faultMalformedJson()
    {
        const RawHeaders headers{{"x-mock-fault", "malformed-json"}};
        const RawResponse plain = post("/v1/chat/completions", chatBody(), headers);
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.complete);
        QJsonParseError error{};
        QJsonDocument::fromJson(plain.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        const RawResponse streamed = post("/v1/chat/completions", chatBody(R"(,"stream":true)"), headers);
        QCOMPARE(streamed.status, 200);
        QVERIFY(streamed.complete);
        const Stream s = parseStream(streamed.body, true);
        QCOMPARE(s.unparsable, 1);
        QCOMPARE(s.contentChunks, 15);
        QVERIFY(s.done);
    }

    void faultHeaderRejected()
    {
        const RawResponse r = post("/v1/chat/completions", chatBody(), {{"x-mock-fault", "bogus"}});
        QCOMPARE(r.status, 400);
        QVERIFY(json(r.body).value(u"error").toObject().value(u"message").toString().contains(u"x-mock-fault"));
    }

    void faultFlag()
    {
        MockLlmProcess failing;
        QVERIFY2(failing.start({u"--fault"_s, u"http-503"_s}), qPrintable(failing.errorString()));
        QCOMPARE(failing.request("POST", "/v1/chat/completions", chatBody()).status, 503);
        QCOMPARE(failing.request("GET", "/v1/models").status, 503);
        QCOMPARE(failing.request("POST", "/v1/chat/completions", chatBody(), {{"x-mock-fault", "none"}}).status,
                 200);
        // /mock/* is never faulted, so tests can still look inside.
        const QJsonObject stats = failing.stats();
        QCOMPARE(stats.value(u"faults").toObject().value(u"http_503").toInt(), 2);
        QCOMPARE(stats.value(u"requests").toObject().value(u"total").toInt(), 3);
    }

    void faultRefuse()
    {
        MockLlmProcess refusing;
        QVERIFY2(refusing.start({u"--fault"_s, u"refuse"_s}), qPrintable(refusing.errorString()));
        const RawResponse r = refusing.request("POST", "/v1/chat/completions", chatBody(), {}, 3'000);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.timedOut);

        MockLlmProcess closed;
        QVERIFY2(closed.start({u"--fault"_s, u"refuse-connect"_s}), qPrintable(closed.errorString()));
        const RawResponse c = closed.request("GET", "/v1/models", {}, {}, 3'000);
        QCOMPARE(c.status, 0);
        QVERIFY(!c.error.isEmpty());

        // Per request: the connection is reset without a response.
        const RawResponse one = post("/v1/chat/completions", chatBody(), {{"x-mock-fault", "refuse"}}, 3'000);
        QCOMPARE(one.status, 0);
        QVERIFY(!one.timedOut);
    }

    void latency()
    {
        MockLlmProcess slow;
        QVERIFY2(slow.start({u"--latency-ms"_s, u"300"_s}), qPrintable(slow.errorString()));
        const RawResponse plain = slow.request("POST", "/v1/chat/completions", chatBody());
        QCOMPARE(plain.status, 200);
        QVERIFY2(plain.firstByteMs >= 290, qPrintable(QString::number(plain.firstByteMs)));
        const RawResponse streamed = slow.request("POST", "/v1/chat/completions", chatBody(R"(,"stream":true)"));
        QCOMPARE(streamed.status, 200);
        QVERIFY2(streamed.firstByteMs >= 290, qPrintable(QString::number(streamed.firstByteMs)));
        // The header overrides the flag.
        const RawResponse fast =
            slow.request("POST", "/v1/chat/completions", chatBody(), {{"x-mock-latency-ms", "0"}});
        QCOMPARE(fast.status, 200);
        QVERIFY(fast.elapsedMs < 5'000);
    }

    void tokensPerSecond()
    {
        // 20 tokens at 50/s: the last token is due 19 intervals (380 ms) after the first. The first
        // byte may be read late on a loaded machine, the last one never early: 300 ms leaves room.
        const RawResponse r = post("/v1/chat/completions", chatBody(R"(,"stream":true)"),
                                   {{"x-mock-tokens-per-second", "50"}, {"x-mock-completion-tokens", "20"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QCOMPARE(parseStream(r.body, true).contentChunks, 20);
        QVERIFY2(r.elapsedMs - r.firstByteMs >= 300, qPrintable(QString::number(r.elapsedMs - r.firstByteMs)));
    }

    void inspection()
    {
        QVERIFY(m_mock.reset());
        QCOMPARE(m_mock.lastRequest(), QJsonObject());
        const QByteArray body = chatBody(R"(,"stream":true,"stream_options":{"include_usage":true})");
        QCOMPARE(post("/v1/chat/completions", body, {{"authorization", "Bearer sk-client"}}).status, 200);
        QCOMPARE(m_mock.request("GET", "/v1/models").status, 200);
        QCOMPARE(post("/v1/embeddings", R"({"model":"mock-small","input":"x"})", {{"x-api-key", "k"}}).status, 200);

        const QJsonObject last = m_mock.lastRequest();
        QCOMPARE(last.value(u"path").toString(), u"/v1/embeddings"_s);
        QCOMPARE(last.value(u"method").toString(), u"POST"_s);
        QCOMPARE(last.value(u"has_authorization").toBool(), false);
        QCOMPARE(last.value(u"headers").toObject().value(u"x-api-key").toString(), u"k"_s);
        QCOMPARE(last.value(u"json").toObject().value(u"input").toString(), u"x"_s);

        const QJsonObject stats = m_mock.stats();
        const QJsonObject requests = stats.value(u"requests").toObject();
        QCOMPARE(requests.value(u"total").toInt(), 3);
        QCOMPARE(requests.value(u"chat_completions").toInt(), 1);
        QCOMPARE(requests.value(u"models").toInt(), 1);
        QCOMPARE(requests.value(u"embeddings").toInt(), 1);
        QCOMPARE(stats.value(u"streams").toInt(), 1);
        QCOMPARE(stats.value(u"last_request").toObject().value(u"path").toString(), u"/v1/embeddings"_s);

        QVERIFY(m_mock.reset());
        QCOMPARE(post("/v1/chat/completions", body, {{"authorization", "Bearer sk-client"}}).status, 200);
        const QJsonObject chat = m_mock.lastRequest();
        QVERIFY(chat.value(u"has_authorization").toBool());
        QCOMPARE(chat.value(u"headers").toObject().value(u"authorization").toString(), u"Bearer sk-client"_s);
        QVERIFY(chat.value(u"json").toObject().value(u"stream_options").toObject().value(u"include_usage").toBool());
        QCOMPARE(chat.value(u"body").toString().toUtf8(), body);
    }

    void unknownPath()
    {
        const RawResponse r = m_mock.request("GET", "/v2/nothing");
        QCOMPARE(r.status, 404);
        QCOMPARE(m_mock.lastRequest().value(u"path").toString(), u"/v2/nothing"_s);
    }

    void processReportsStartFailure()
    {
        Process p;
        QVERIFY(!p.start(binaryPath(u"tollgate-mockllm"_s), {u"--fault"_s, u"bogus"_s}));
        QVERIFY2(p.errorString().contains(u"unknown fault"), qPrintable(p.errorString()));
        QVERIFY(!p.start(u"/nonexistent/binary"_s, {}));
    }

    void processKill9()
    {
        MockLlmProcess mock;
        QVERIFY2(mock.start(), qPrintable(mock.errorString()));
        QVERIFY(mock.process().isRunning());
        mock.process().kill9();
        QVERIFY(!mock.process().isRunning());
        QCOMPARE(mock.request("GET", "/v1/models", {}, {}, 2'000).status, 0);
    }

    void redisServer()
    {
        RedisServer redis;
        if (!redis.start())
            QSKIP(qPrintable(redis.errorString()));
        QVERIFY(redis.url().startsWith(u"redis://127.0.0.1:"));
        QTcpSocket socket;
        socket.connectToHost(redis.host(), redis.port());
        QVERIFY(socket.waitForConnected(10'000));
        socket.write("PING\r\n");
        QVERIFY(socket.waitForReadyRead(10'000));
        QCOMPARE(socket.readAll(), "+PONG\r\n");
        socket.write("CONFIG GET save\r\n");
        QByteArray reply;
        while (!reply.endsWith("\r\n\r\n") && socket.waitForReadyRead(10'000))
            reply += socket.readAll();
        QCOMPARE(reply, "*2\r\n$4\r\nsave\r\n$0\r\n\r\n"); // --save '' : no snapshots
        socket.close();
        const quint16 port = redis.port();
        redis.stop();
        QTcpSocket after;
        after.connectToHost(u"127.0.0.1"_s, port);
        QVERIFY(!after.waitForConnected(1'000));
    }
};

QTEST_GUILESS_MAIN(TestMockLlm)
#include "tst_mockllm.moc"
