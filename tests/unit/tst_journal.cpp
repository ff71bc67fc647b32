// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/journal.h"
#include "gateway-core/metering/journalline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <thread>

using namespace Tollgate::Metering;
using Tollgate::Store::UsageRecord;

namespace {
UsageRecord sample(int i)
{
    UsageRecord r;
    r.requestId = QStringLiteral("req-%1").arg(i);
    r.at = 1'790'000'000'000 + i;
    r.keyId = QStringLiteral("key\"with\\quotes\n\u00e9");
    r.userId = QStringLiteral("user-%1").arg(i % 7);
    r.modelId = QStringLiteral("granite");
    r.deploymentId = QStringLiteral("d1");
    r.endpoint = QStringLiteral("chat");
    r.promptTokens = 10 + i;
    r.completionTokens = 20;
    r.cachedTokens = 3;
    r.cost = 123'456'789'012LL + i;
    r.status = 200;
    r.latencyMs = 42;
    r.ttftMs = 7;
    r.streamed = i % 2;
    r.aborted = i % 3 == 0;
    return r;
}
} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordRoundTrip()
    {
        const UsageRecord r = sample(5);
        const QByteArray line = toJournalLine(r);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto back = fromJournalLine(line.chopped(1));
        QVERIFY(back);
        QCOMPARE(back->requestId, r.requestId);
        QCOMPARE(back->keyId, r.keyId);
        QCOMPARE(back->cost, r.cost);
        QCOMPARE(back->promptTokens, r.promptTokens);
        QCOMPARE(back->ttftMs, r.ttftMs);
        QCOMPARE(back->streamed, r.streamed);
        QCOMPARE(back->aborted, r.aborted);
        QCOMPARE(back->status, r.status);
        QVERIFY(!fromJournalLine("{\"id\":\"x\",\"at\":1"));
    }

    void everyFieldSurvivesTheLine_data()
    {
        QTest::addColumn<UsageRecord>("record");
        QTest::newRow("sample") << sample(4);
        UsageRecord exotic = sample(1);
        // Escapes before and after non-ASCII text, a character outside the BMP, control characters.
        exotic.requestId = QStringLiteral("r\u00e9\"q\\\x01\U0001F600\"\x1f");
        exotic.userId = QString();
        exotic.modelId = QStringLiteral("m/\t\x7f");
        exotic.errorCode = QStringLiteral("upstream_error");
        exotic.promptTokens = -5;
        exotic.ttftMs.reset();
        exotic.status = 0;
        QTest::newRow("exotic") << exotic;
        UsageRecord big = sample(2);
        big.requestId = QString(300, QLatin1Char('x'));
        big.cost = 999'999'999'999'999LL;
        big.at = -1;
        QTest::newRow("large numbers") << big;
    }

    void everyFieldSurvivesTheLine()
    {
        QFETCH(UsageRecord, record);
        const QByteArray line = toJournalLine(record);
        QVERIFY(line.endsWith("}\n"));
        QCOMPARE(line.count('\n'), 1);
        const auto back = fromJournalLine(line.chopped(1));
        QVERIFY(back);
        QCOMPARE(back->requestId, record.requestId);
        QCOMPARE(back->at, record.at);
        QCOMPARE(back->keyId, record.keyId);
        QCOMPARE(back->userId, record.userId);
        QCOMPARE(back->modelId, record.modelId);
        QCOMPARE(back->deploymentId, record.deploymentId);
        QCOMPARE(back->endpoint, record.endpoint);
        QCOMPARE(back->promptTokens, record.promptTokens);
        QCOMPARE(back->completionTokens, record.completionTokens);
        QCOMPARE(back->cachedTokens, record.cachedTokens);
        QCOMPARE(back->cost, record.cost);
        QCOMPARE(back->status, record.status);
        QCOMPARE(back->errorCode, record.errorCode);
        QCOMPARE(back->latencyMs, record.latencyMs);
        QCOMPARE(back->ttftMs, record.ttftMs);
        QCOMPARE(back->streamed, record.streamed);
        QCOMPARE(back->aborted, record.aborted);
        // A present empty string stays an empty (non-null) string: the store tells NULL from ''.
        QCOMPARE(back->userId.isNull(), false);
        // The same line as a generic JSON reader sees it.
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("id")).toString(), record.requestId);
        QCOMPARE(o.value(QLatin1String("model")).toString(), record.modelId);
    }

    void linesOfOtherShapesReadAsJson_data()
    {
        // The reader takes the journal's own shape directly and leaves every other line to a JSON
        // parser: whatever the path, a line means what it means as JSON.
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("own shape") << QByteArray("{\"id\":\"a\",\"at\":1,\"cost\":12,\"status\":201,\"error\":\"x\\u000ay\"}")
                                   << true << "a" << qint64(12) << 201 << "x\ny";
        QTest::newRow("spaces, other order")
            << QByteArray(" { \"status\" : 404 , \"cost\" : -3 , \"id\" : \"b\" } ") << true << "b" << qint64(-3) << 404
            << "";
        QTest::newRow("unknown key") << QByteArray("{\"id\":\"c\",\"future\":{\"x\":[1,2]},\"cost\":5}") << true << "c"
                                     << qint64(5) << 0 << "";
        QTest::newRow("other escapes") << QByteArray("{\"id\":\"d\\n\\u00e9\\ud83d\\ude00\",\"cost\":1}") << true
                                       << QStringLiteral("d\n\u00e9\U0001F600") << qint64(1) << 0 << "";
        QTest::newRow("repeated key: the last wins") << QByteArray("{\"id\":\"e\",\"cost\":1,\"cost\":2}") << true << "e"
                                                     << qint64(2) << 0 << "";
        QTest::newRow("fraction") << QByteArray("{\"id\":\"f\",\"cost\":7.9}") << true << "f" << qint64(7) << 0 << "";
        QTest::newRow("non-ASCII") << QByteArray("{\"id\":\"g\xc3\xa9\",\"cost\":1}") << true
                                   << QStringLiteral("g\u00e9") << qint64(1) << 0 << "";
        QTest::newRow("torn") << QByteArray("{\"id\":\"h\",\"at\":1") << false << "" << qint64(0) << 0 << "";
        QTest::newRow("torn in a string") << QByteArray("{\"id\":\"h") << false << "" << qint64(0) << 0 << "";
        QTest::newRow("garbage after") << QByteArray("{\"id\":\"i\"}x") << false << "" << qint64(0) << 0 << "";
        QTest::newRow("no id") << QByteArray("{\"cost\":1}") << false << "" << qint64(0) << 0 << "";
        QTest::newRow("empty id") << QByteArray("{\"id\":\"\",\"cost\":1}") << false << "" << qint64(0) << 0 << "";
        QTest::newRow("not an object") << QByteArray("[\"id\",\"j\"]") << false << "" << qint64(0) << 0 << "";
    }

    void linesOfOtherShapesReadAsJson()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        const auto record = fromJournalLine(line);
        QCOMPARE(bool(record), valid);
        if (!valid)
            return;
        QFETCH(QString, id);
        QFETCH(qint64, cost);
        QFETCH(int, status);
        QFETCH(QString, error);
        QCOMPARE(record->requestId, id);
        QCOMPARE(record->cost, cost);
        QCOMPARE(record->status, status);
        QCOMPARE(record->errorCode, error);
        QCOMPARE(record->errorCode.isNull(), !line.contains("\"error\""));
        QVERIFY(!record->ttftMs);
    }

    void appendsFromThreadsAreAllReadBack()
    {
        QTemporaryDir dir;
        Journal journal(dir.path(), 4, 4096); // small segments: many seals under load
        QString error;
        QVERIFY(journal.open(&error));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&journal, t] {
                for (int i = 0; i < 500; ++i)
                    journal.append(t, sample(t * 1000 + i));
            });
        }
        for (auto &t : threads)
            t.join();
        journal.sealAll();
        QSet<QString> ids;
        for (const QString &path : journal.sealedSegments()) {
            int torn = 0;
            for (const UsageRecord &r : Journal::readSegment(path, &torn))
                ids.insert(r.requestId);
            QCOMPARE(torn, 0);
        }
        QCOMPARE(ids.size(), 2000);
        QVERIFY(journal.pendingBytes() > 0);
    }

    void leftOverSegmentsAreSealedAndATornLineSkipped()
    {
        QTemporaryDir dir;
        {
            QFile f(dir.filePath(QStringLiteral("usage-1-w0-000001.open")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(toJournalLine(sample(1)));
            f.write(toJournalLine(sample(2)));
            f.write(toJournalLine(sample(3)).left(30)); // the process died mid-write
        }
        Journal journal(dir.path(), 1);
        QString error;
        QVERIFY(journal.open(&error));
        const QStringList sealed = journal.sealedSegments();
        QCOMPARE(sealed.size(), 1);
        int torn = 0;
        const QList<UsageRecord> records = Journal::readSegment(sealed.first(), &torn);
        QCOMPARE(records.size(), 2);
        QCOMPARE(torn, 1);
    }

    void flusherDeliversOnceAndRetriesAfterFailure()
    {
        QTemporaryDir dir;
        Journal journal(dir.path(), 2);
        QString error;
        QVERIFY(journal.open(&error));
        for (int i = 0; i < 2500; ++i)
            journal.append(i % 2, sample(i));

        QList<UsageRecord> received;
        bool failing = true;
        JournalFlusher flusher(&journal, [&](const QList<UsageRecord> &batch) {
            if (failing)
                throw std::runtime_error("database unreachable");
            QVERIFY(batch.size() <= 1000);
            received += batch;
        });
        QVERIFY(!flusher.flushNow());
        QCOMPARE(received.size(), 0);
        QVERIFY(journal.pendingBytes() > 0);
        QCOMPARE(flusher.failedAttempts(), 1);

        failing = false;
        QVERIFY(flusher.flushNow());
        QCOMPARE(received.size(), 2500);
        QCOMPARE(journal.pendingBytes(), 0);
        QVERIFY(journal.sealedSegments().isEmpty());
        QSet<QString> ids;
        for (const UsageRecord &r : received)
            ids.insert(r.requestId);
        QCOMPARE(ids.size(), 2500);
    }

    void flusherThreadDrainsInTheBackground()
    {
        QTemporaryDir dir;
        Journal journal(dir.path(), 1);
        QString error;
        QVERIFY(journal.open(&error));
        std::atomic<int> count{0};
        JournalFlusher flusher(&journal, [&](const QList<UsageRecord> &batch) { count += int(batch.size()); }, 50);
        flusher.start();
        for (int i = 0; i < 100; ++i)
            journal.append(0, sample(i));
        QTRY_COMPARE_WITH_TIMEOUT(count.load(), 100, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(journal.pendingBytes(), 0, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
