// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace Tollgate::Metering {

/// An append-only local journal of usage records, so a crash loses no billed request: each record
/// is written with one write(2) before the response's last byte goes out, and sits in the page
/// cache even if the process is killed. Each writer (one per worker thread) has its own segment
/// file, so appends do not contend; segments are sealed and handed to the flusher.
class Journal final
{
public:
    /// @p writers independent appenders (index 0..writers-1).
    Journal(QString directory, int writers, qint64 maxSegmentBytes = 8 << 20);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// Creates the directory and seals segments a previous process left open. False with
    /// @p error when the directory cannot be used.
    bool open(QString *error);
    /// Appends one record through writer @p writer; false if it could not be written.
    bool append(int writer, const Store::UsageRecord &record);
    /// Seals every non-empty open segment (the flusher calls this periodically).
    void sealAll();
    /// Sealed segment files, oldest first.
    QStringList sealedSegments() const;
    /// Bytes in sealed and open segments: what the database has not got yet.
    qint64 pendingBytes() const;
    QString directory() const { return m_directory; }

    /// Reads a segment; a torn last line (a crash mid-write) is skipped and counted in @p torn.
    static QList<Store::UsageRecord> readSegment(const QString &path, int *torn = nullptr);

private:
    friend class JournalFlusher;
    struct Writer
    {
        std::mutex mutex;
        int fd = -1;
        QString path;
        qint64 bytes = 0;
        int sequence = 0;
    };
    bool openSegment(int index, Writer &writer);
    void sealLocked(Writer &writer);

    QString m_directory;
    qint64 m_maxSegmentBytes;
    std::vector<std::unique_ptr<Writer>> m_writers;
    std::atomic<qint64> m_sealedBytes{0};
    qint64 m_startedMs;
};

/// Moves sealed journal segments into the store on its own thread: batches to @p sink (which
/// throws on failure — the segment is kept and retried with backoff), then deletes the segment.
/// Replays are harmless because the sink is idempotent by request id.
class JournalFlusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalFlusher)

public:
    using Sink = std::function<void(const QList<Store::UsageRecord> &)>;

    JournalFlusher(Journal *journal, Sink sink, int intervalMs = 500, QObject *parent = nullptr);
    ~JournalFlusher() override;

    /// Starts the flusher's thread.
    void start();
    /// Seals and flushes everything now on the caller's thread (shutdown, tests); true when the
    /// journal is empty afterwards.
    bool flushNow();
    qint64 flushedRecords() const { return m_flushed.load(std::memory_order_relaxed); }
    qint64 failedAttempts() const { return m_failures.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void flushed(int records);
    void flushFailed(const QString &reason);

private:
    class Worker;
    bool flushSealed();

    Journal *m_journal;
    Sink m_sink;
    int m_intervalMs;
    std::mutex m_flushMutex; // one flush at a time (timer thread vs. flushNow)
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr;
    std::atomic<qint64> m_flushed{0};
    std::atomic<qint64> m_failures{0};
};

} // namespace Tollgate::Metering
