// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/metering/journal.h"

#include "gateway-core/metering/journalline.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcJournal, "tollgate.journal")

namespace Tollgate::Metering {

namespace {
constexpr int BatchSize = 1000;
const QString OpenSuffix = QStringLiteral(".open");
const QString SealedSuffix = QStringLiteral(".jnl");
} // namespace

Journal::Journal(QString directory, int writers, qint64 maxSegmentBytes)
    : m_directory(std::move(directory))
    , m_maxSegmentBytes(maxSegmentBytes)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
    for (int i = 0; i < qMax(1, writers); ++i)
        m_writers.push_back(std::make_unique<Writer>());
}

Journal::~Journal()
{
    for (auto &w : m_writers) {
        std::lock_guard lock(w->mutex);
        sealLocked(*w);
    }
}

bool Journal::open(QString *error)
{
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create the journal directory %1").arg(m_directory);
        return false;
    }
    // Segments left open by a process that died are complete up to their last whole line.
    const QStringList leftOver = dir.entryList({QLatin1Char('*') + OpenSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : leftOver) {
        const QString from = dir.filePath(name);
        QString to = from;
        to.chop(OpenSuffix.size());
        to += SealedSuffix;
        if (QFileInfo(from).size() == 0)
            QFile::remove(from);
        else if (!QFile::rename(from, to)) {
            *error = QStringLiteral("cannot seal the journal segment %1").arg(from);
            return false;
        }
    }
    qint64 sealed = 0;
    for (const QString &path : sealedSegments())
        sealed += QFileInfo(path).size();
    m_sealedBytes = sealed;
    if (sealed > 0)
        qCInfo(lcJournal, "%lld bytes of usage from an earlier run wait in %s", qlonglong(sealed),
               qUtf8Printable(m_directory));
    return true;
}

bool Journal::openSegment(int index, Writer &writer)
{
    writer.path = QStringLiteral("%1/usage-%2-w%3-%4%5")
                      .arg(m_directory)
                      .arg(m_startedMs)
                      .arg(index)
                      .arg(++writer.sequence, 6, 10, QLatin1Char('0'))
                      .arg(OpenSuffix);
    writer.fd = ::open(QFile::encodeName(writer.path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    writer.bytes = 0;
    return writer.fd >= 0;
}

bool Journal::append(int writerIndex, const Store::UsageRecord &record)
{
    const QByteArray line = toJournalLine(record);
    Writer &writer = *m_writers[size_t(writerIndex) % m_writers.size()];
    std::lock_guard lock(writer.mutex);
    if (writer.fd < 0 && !openSegment(writerIndex, writer))
        return false;
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(writer.fd, line.constData() + done, size_t(line.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    writer.bytes += line.size();
    if (writer.bytes >= m_maxSegmentBytes)
        sealLocked(writer);
    return true;
}

void Journal::sealLocked(Writer &writer)
{
    if (writer.fd < 0)
        return;
    ::close(writer.fd);
    writer.fd = -1;
    QString sealed = writer.path;
    sealed.chop(OpenSuffix.size());
    sealed += SealedSuffix;
    if (writer.bytes == 0)
        QFile::remove(writer.path);
    else if (QFile::rename(writer.path, sealed))
        m_sealedBytes += writer.bytes;
    writer.bytes = 0;
}

void Journal::sealAll()
{
    for (auto &w : m_writers) {
        std::lock_guard lock(w->mutex);
        if (w->bytes > 0)
            sealLocked(*w);
    }
}

QStringList Journal::sealedSegments() const
{
    QDir dir(m_directory);
    QStringList paths;
    for (const QString &name : dir.entryList({QLatin1Char('*') + SealedSuffix}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

qint64 Journal::pendingBytes() const
{
    qint64 open = 0;
    for (const auto &w : m_writers) {
        std::lock_guard lock(w->mutex);
        open += w->bytes;
    }
    return m_sealedBytes.load() + open;
}

QList<Store::UsageRecord> Journal::readSegment(const QString &path, int *torn)
{
    QList<Store::UsageRecord> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QByteArray data = file.readAll();
    int bad = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = data.size();
        const QByteArrayView line(data.constData() + start, end - start);
        if (!line.isEmpty()) {
            auto record = complete ? fromJournalLine(line) : std::nullopt;
            if (record)
                records.append(std::move(*record));
            else
                ++bad;
        }
        start = end + 1;
    }
    if (torn)
        *torn = bad;
    return records;
}

class JournalFlusher::Worker final : public QObject
{
public:
    explicit Worker(JournalFlusher *owner)
        : m_owner(owner)
    {
    }
    void start()
    {
        // Moving usage into the database can wait; answering requests cannot. Under full load
        // the journal absorbs the difference and the flusher catches up when load drops.
        ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Worker::run);
        m_timer->start(0);
    }

private:
    void run()
    {
        m_owner->m_journal->sealAll();
        if (m_owner->flushSealed()) {
            m_backoffMs = m_owner->m_intervalMs;
        } else {
            m_backoffMs = qMin(m_backoffMs * 2, 30'000);
        }
        m_timer->start(m_backoffMs);
    }

    JournalFlusher *m_owner;
    QTimer *m_timer = nullptr;
    int m_backoffMs = 500;
};

JournalFlusher::JournalFlusher(Journal *journal, Sink sink, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_sink(std::move(sink))
    , m_intervalMs(intervalMs)
{
}

JournalFlusher::~JournalFlusher()
{
    if (m_thread) {
        QObject *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void JournalFlusher::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("journal-flusher"));
    auto *worker = new Worker(this);
    m_worker = worker;
    worker->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(worker, [worker] { worker->start(); }, Qt::QueuedConnection);
}

bool JournalFlusher::flushNow()
{
    m_journal->sealAll();
    return flushSealed() && m_journal->pendingBytes() == 0;
}

bool JournalFlusher::flushSealed()
{
    std::lock_guard lock(m_flushMutex);
    for (const QString &path : m_journal->sealedSegments()) {
        int torn = 0;
        const QList<Store::UsageRecord> records = Journal::readSegment(path, &torn);
        if (torn > 0)
            qCWarning(lcJournal, "%d unreadable line(s) skipped in %s", torn, qUtf8Printable(path));
        try {
            for (qsizetype i = 0; i < records.size(); i += BatchSize)
                m_sink(records.mid(i, BatchSize));
        } catch (const std::exception &e) {
            ++m_failures;
            const QString reason = QString::fromUtf8(e.what());
            qCWarning(lcJournal, "usage flush failed, will retry: %s", qUtf8Printable(reason));
            Q_EMIT flushFailed(reason);
            return false;
        }
        const qint64 size = QFileInfo(path).size();
        QFile::remove(path);
        m_journal->m_sealedBytes -= size;
        m_flushed += records.size();
        Q_EMIT flushed(int(records.size()));
    }
    return true;
}

} // namespace Tollgate::Metering
