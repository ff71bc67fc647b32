// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tollgate;

Q_LOGGING_CATEGORY(lcTest, "tollgate.test")

namespace {

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), line.constData());
    return document.object();
}

} // namespace

class TestLog final : public QObject
{
    Q_OBJECT

private:
    // What the sink received; the sink runs under the logger's lock, the test reads after logging.
    QByteArrayList m_lines;

    void capture(Log::Format format, Log::Level level)
    {
        m_lines.clear();
        Log::setup(format, level, [this](const QByteArray &line) { m_lines.append(line); });
    }

private Q_SLOTS:
    void cleanup() { Log::shutdown(); }

    void jsonLineCarriesFields()
    {
        capture(Log::Format::Json, Log::Level::Debug);
        const QString id = u"req-0001"_s;
        Log::info("tollgate.proxy", "request done",
                  {{"request_id", id},
                   {"status", 200},
                   {"ms", 1.25},
                   {"stream", true},
                   {"bytes", quint64(1) << 40},
                   {"note", nullptr},
                   {"model", u"granite"},
                   {"latin1", "x"_L1}});
        QCOMPARE(m_lines.size(), 1);
        const QByteArray &line = m_lines.constFirst();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = parseLine(line);
        QCOMPARE(o.value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(o.value(u"logger"_s).toString(), u"tollgate.proxy"_s);
        QCOMPARE(o.value(u"msg"_s).toString(), u"request done"_s);
        QCOMPARE(o.value(u"request_id"_s).toString(), id);
        QCOMPARE(o.value(u"status"_s).toInteger(), 200);
        QCOMPARE(o.value(u"ms"_s).toDouble(), 1.25);
        QCOMPARE(o.value(u"stream"_s).toBool(), true);
        QCOMPARE(o.value(u"bytes"_s).toInteger(), qint64(1) << 40);
        QVERIFY(o.value(u"note"_s).isNull());
        QCOMPARE(o.value(u"model"_s).toString(), u"granite"_s);
        QCOMPARE(o.value(u"latin1"_s).toString(), u"x"_s);
        const QString ts = o.value(u"ts"_s).toString();
        QVERIFY2(ts.endsWith(u'Z') && ts.size() == 24, qPrintable(ts));
        const QDateTime time = QDateTime::fromString(ts, Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(qAbs(time.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    }

    void textLine()
    {
        const QByteArray line = Log::formatLine(
            Log::Format::Text, fixedTime(), Log::Level::Info, "tollgate.proxy", "request done",
            std::initializer_list<Log::Field>{{"request_id", "abc"},
                                              {"status", 200},
                                              {"ms", 1.2},
                                              {"path", "/v1/chat completions"},
                                              {"empty", ""}});
        QCOMPARE(
            line,
            "2026-11-23T10:00:00.123Z INFO  tollgate.proxy request done request_id=abc status=200 ms=1.2 "
            "path=\"/v1/chat completions\" empty=\"\"\n"_ba);
        QCOMPARE(Log::formatLine(Log::Format::Text, fixedTime(), Log::Level::Warning, "c", "m", {}),
                 "2026-11-23T10:00:00.123Z WARN  c m\n"_ba);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << u"say \"hi\""_s;
        QTest::newRow("backslash") << u"C:\\path\\"_s;
        QTest::newRow("newline") << u"line one\nline two\r\n"_s;
        QTest::newRow("tab") << u"a\tb"_s;
        QTest::newRow("control characters") << QString::fromLatin1("bell\x07 esc\x1b nul\x01 del\x7f");
        QTest::newRow("unicode") << u"café — €5 😀"_s;
        QTest::newRow("log injection") << u"ok\n{\"level\":\"error\",\"msg\":\"forged\"}"_s;
    }

    void escaping()
    {
        QFETCH(QString, text);
        for (const Log::Format format : {Log::Format::Json, Log::Format::Text}) {
            const QByteArray line =
                Log::formatLine(format, fixedTime(), Log::Level::Error, "tollgate.test", text,
                                std::initializer_list<Log::Field>{{"value", text}, {"k", 1}});
            // One record, one line, whatever the message holds.
            QCOMPARE(line.count('\n'), 1);
            QVERIFY(line.endsWith('\n'));
            for (const char c : line.chopped(1))
                QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, line.constData());
            if (format == Log::Format::Json) {
                const QJsonObject o = parseLine(line);
                QCOMPARE(o.value(u"msg"_s).toString(), text);
                QCOMPARE(o.value(u"value"_s).toString(), text);
                QCOMPARE(o.value(u"k"_s).toInt(), 1);
            }
        }
    }

    void levelFiltering_data()
    {
        QTest::addColumn<Log::Level>("minimum");
        QTest::addColumn<QStringList>("written");
        QTest::newRow("debug") << Log::Level::Debug << QStringList{u"d"_s, u"i"_s, u"w"_s, u"e"_s};
        QTest::newRow("info") << Log::Level::Info << QStringList{u"i"_s, u"w"_s, u"e"_s};
        QTest::newRow("warning") << Log::Level::Warning << QStringList{u"w"_s, u"e"_s};
        QTest::newRow("error") << Log::Level::Error << QStringList{u"e"_s};
    }

    void levelFiltering()
    {
        QFETCH(Log::Level, minimum);
        QFETCH(QStringList, written);
        capture(Log::Format::Json, minimum);
        Log::debug("tollgate.test", "d");
        Log::info("tollgate.test", "i");
        Log::warning("tollgate.test", "w");
        Log::error("tollgate.test", "e");
        QStringList messages;
        for (const QByteArray &line : std::as_const(m_lines))
            messages.append(parseLine(line).value(u"msg"_s).toString());
        QCOMPARE(messages, written);

        // Disabled Qt categories cost one check: the category itself says no.
        QCOMPARE(lcTest().isDebugEnabled(), minimum <= Log::Level::Debug);
        QCOMPARE(lcTest().isInfoEnabled(), minimum <= Log::Level::Info);
        QCOMPARE(lcTest().isWarningEnabled(), minimum <= Log::Level::Warning);
        QCOMPARE(Log::isEnabled(Log::Level::Debug), minimum <= Log::Level::Debug);
    }

    void qtMessagesFlowThrough()
    {
        capture(Log::Format::Json, Log::Level::Info);
        qCInfo(lcTest) << "hello" << 42;
        qCDebug(lcTest) << "not shown";
        qCWarning(lcTest, "careful: %d", 7);
        QCOMPARE(m_lines.size(), 2);
        const QJsonObject info = parseLine(m_lines.at(0));
        QCOMPARE(info.value(u"logger"_s).toString(), u"tollgate.test"_s);
        QCOMPARE(info.value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(info.value(u"msg"_s).toString(), u"hello 42"_s);
        const QJsonObject warning = parseLine(m_lines.at(1));
        QCOMPARE(warning.value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(warning.value(u"msg"_s).toString(), u"careful: 7"_s);

        // A level change reaches categories that already exist.
        capture(Log::Format::Json, Log::Level::Debug);
        qCDebug(lcTest) << "now shown";
        QCOMPARE(m_lines.size(), 1);
        QCOMPARE(parseLine(m_lines.at(0)).value(u"level"_s).toString(), u"debug"_s);
    }

    void names()
    {
        for (const Log::Level level :
             {Log::Level::Debug, Log::Level::Info, Log::Level::Warning, Log::Level::Error})
            QCOMPARE(Log::levelFromName(Log::levelName(level)), level);
        QCOMPARE(Log::levelFromName(u"WARNING"), Log::Level::Warning);
        QVERIFY(!Log::levelFromName(u"verbose"));
        QCOMPARE(Log::formatFromName(u"json"), Log::Format::Json);
        QVERIFY(!Log::formatFromName(u"xml"));
    }

    void secretFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("key") << u"key"_s << true;
        QTest::newRow("api_key") << u"api_key"_s << true;
        QTest::newRow("master_key") << u"master_key"_s << true;
        QTest::newRow("x-api-key") << u"x-api-key"_s << true;
        QTest::newRow("apiKey") << u"apiKey"_s << true;
        QTest::newRow("secret") << u"secret"_s << true;
        QTest::newRow("client_secret") << u"client_secret"_s << true;
        QTest::newRow("secret_hash") << u"secret_hash"_s << true;
        QTest::newRow("password") << u"password"_s << true;
        QTest::newRow("password_confirmation") << u"password_confirmation"_s << true;
        QTest::newRow("token") << u"token"_s << true;
        QTest::newRow("refresh_token") << u"refresh_token"_s << true;
        QTest::newRow("Authorization") << u"Authorization"_s << true;
        QTest::newRow("cookie") << u"cookie"_s << true;
        QTest::newRow("key_id") << u"key_id"_s << false;
        QTest::newRow("key_alias") << u"key_alias"_s << false;
        QTest::newRow("prompt_tokens") << u"prompt_tokens"_s << false;
        QTest::newRow("total_tokens") << u"total_tokens"_s << false;
        QTest::newRow("request_id") << u"request_id"_s << false;
        QTest::newRow("monkey") << u"monkey"_s << false;
        QTest::newRow("status") << u"status"_s << false;
    }

    void secretFields()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(Log::isSecretField(key), secret);
        const QString value = u"sk-tg-SECRETVALUE"_s;
        for (const Log::Format format : {Log::Format::Json, Log::Format::Text}) {
            const QByteArray line = Log::formatLine(format, fixedTime(), Log::Level::Info, "t", "m",
                                                    std::initializer_list<Log::Field>{{key, value}});
            QCOMPARE(line.contains("SECRETVALUE"), !secret);
            QCOMPARE(line.contains("[redacted]"), secret);
        }
    }

    void redactBearer_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer") << u"Bearer sk-tg-abc_def"_s << u"Bearer [redacted]"_s;
        QTest::newRow("basic") << u"Basic dXNlcjpwYXNz"_s << u"Basic [redacted]"_s;
        QTest::newRow("bare key (x-api-key)") << u"sk-tg-abc_def"_s << u"[redacted]"_s;
        QTest::newRow("padded") << u"  Bearer   sk-x  "_s << u"Bearer [redacted]"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void redactBearer()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(Log::redactBearer(header), expected);
    }

    void concurrentWritersProduceWholeLines()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        Log::setup(Log::Format::Json, Log::Level::Info, &file);
        constexpr int threads = 4;
        constexpr int perThread = 2000;
        // Long enough that a torn write would show.
        const QString padding(300, u'x');
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([t, &padding] {
                for (int i = 0; i < perThread; ++i)
                    Log::info("tollgate.test", "line", {{"thread", t}, {"seq", i}, {"padding", padding}});
            }));
            workers.back()->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait(60'000));
        Log::shutdown();
        file.flush();
        QVERIFY(file.seek(0));
        const QByteArrayList lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), threads * perThread + 1);
        QVERIFY(lines.constLast().isEmpty());
        QList<int> next(threads, 0);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QJsonObject o = parseLine(lines.at(i));
            QCOMPARE(o.value(u"padding"_s).toString(), padding);
            const int t = o.value(u"thread"_s).toInt(-1);
            QVERIFY(t >= 0 && t < threads);
            // Each thread's lines arrive whole and in its own order.
            QCOMPARE(o.value(u"seq"_s).toInt(), next[t]++);
        }
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
