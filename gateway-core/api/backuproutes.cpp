// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/backuproutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/operations.h"
#include "gateway-core/api/restoretokens.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/backup.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/runtimestate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcBackup, "tollgate.backup")

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

/// Backup ids are made here and name files, so anything else in a path is refused before it
/// reaches the file system.
const QRegularExpression IdPattern(u"^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$"_s);

QString newBackupId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' +
           QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Store::Error(Store::Error::Code::Internal, u"cannot read %1"_s.arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.insert(it.key(), double(it.value()));
    return out;
}

/// The verification report of restoring @p manifest's backup into a scratch database: per table
/// the rows at backup time and restored, integrity and schema version. "ok" says all agree.
QJsonObject verificationReport(const QJsonObject &manifest, const Store::RestoreCheck &check, int liveVersion)
{
    const QJsonObject expected = manifest.value("rowCounts"_L1).toObject();
    QJsonArray tables;
    bool countsMatch = check.ok;
    QStringList names = expected.keys();
    for (auto it = check.contents.rowCounts.begin(); it != check.contents.rowCounts.end(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    names.sort();
    for (const QString &table : std::as_const(names)) {
        const QJsonValue want = expected.value(table);
        const auto got = check.contents.rowCounts.constFind(table);
        const bool equal =
            !want.isUndefined() && got != check.contents.rowCounts.cend() && want.toInteger() == *got;
        countsMatch = countsMatch && equal;
        tables.append(QJsonObject{
            {u"table"_s, table},
            {u"atBackup"_s, want.isUndefined() ? QJsonValue(QJsonValue::Null) : want},
            {u"restored"_s, got == check.contents.rowCounts.cend() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(double(*got))},
            {u"equal"_s, equal}});
    }
    const int backupVersion = manifest.value("schemaVersion"_L1).toInt();
    const bool versionMatches = check.contents.schemaVersion == backupVersion;
    return {{u"backupId"_s, manifest.value("id"_L1)},
            {u"ok"_s, check.ok && countsMatch && versionMatches},
            {u"integrity"_s, check.integrity},
            {u"countsMatch"_s, countsMatch},
            {u"schemaVersion"_s, QJsonObject{{u"atBackup"_s, backupVersion},
                                             {u"restored"_s, check.contents.schemaVersion},
                                             {u"live"_s, liveVersion}}},
            {u"tables"_s, tables}};
}

/// How long a restore waits after telling the other replicas to stand aside before it touches the
/// store: they look for the restore lease about once a second (service/gateway.cpp).
constexpr int ParkSettleMs = 2500;

/// Who a restore confirmation is bound to.
QString callerKey(const Auth::Caller &caller)
{
    return caller.kind == Auth::Caller::Kind::User ? u"user:"_s + caller.userId : u"master-key"_s;
}

/// The backups of one directory: each is a data file and a manifest <id>.json written last, so a
/// backup without its manifest is unfinished and not listed. Owns the threads that write them.
class BackupService final
{
public:
    /// @p replica: this replica's id, for the restore lease and the operations it publishes.
    BackupService(std::shared_ptr<Store::Database> db, QString dir, const QString &replica)
        : m_db(std::move(db))
        , m_dir(std::move(dir))
        , m_replica(replica)
        // PostgreSQL is the store replicas share; SQLite serves one process.
        , m_shared(m_db->dialect() == Store::Dialect::Postgres)
        , m_operations(m_shared ? m_db : nullptr, replica)
        , m_tokens(m_db)
    {}

    ~BackupService()
    {
        const QMutexLocker lock(&m_mutex);
        for (QThread *thread : std::as_const(m_threads)) {
            thread->wait();
            delete thread;
        }
    }

    Operations &operations() { return m_operations; }

    QString manifestPath(const QString &id) const { return QDir(m_dir).filePath(id + u".json"_s); }

    /// The manifest of backup @p id; 404 when there is none.
    QJsonObject manifest(const QString &id) const
    {
        if (!IdPattern.match(id).hasMatch())
            throw ApiError::notFound(u"No backup with id %1."_s.arg(id));
        QFile file(manifestPath(id));
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError::notFound(u"No backup with id %1."_s.arg(id));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QString dataPath(const QJsonObject &manifest) const
    {
        return QDir(m_dir).filePath(manifest.value("file"_L1).toString());
    }

    QJsonArray list() const
    {
        QList<QJsonObject> items;
        const QDir dir(m_dir);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const QString id = name.chopped(5);
            if (IdPattern.match(id).hasMatch())
                items << manifest(id);
        }
        std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("createdAt"_L1).toString() > b.value("createdAt"_L1).toString();
        });
        QJsonArray array;
        for (const QJsonObject &item : std::as_const(items))
            array.append(item);
        return array;
    }

    /// Starts a backup in the background; returns {backup id, operation id}.
    std::pair<QString, QString> start(const QString &createdBy)
    {
        if (!QDir().mkpath(m_dir))
            throw ApiError(500, "backup_dir", u"Cannot create the backup directory %1."_s.arg(m_dir));
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString id = newBackupId();
        const QString operation = m_operations.start(u"backup"_s, id);
        background([this, id, operation, createdBy] { run(id, operation, createdBy); });
        return {id, operation};
    }

    /// Starts restoring backup @p id into a scratch database; returns the operation id. Its result
    /// compares what the scratch copy holds with the manifest's counts from backup time.
    QString startTestRestore(const QString &id)
    {
        const QJsonObject manifest = this->manifest(id);
        const QString operation = m_operations.start(u"test-restore"_s, id);
        background([this, manifest, operation] {
            try {
                const Store::RestoreCheck check =
                    Store::testRestore(*m_db, dataPath(manifest), [&](int percent, const QString &phase) {
                        m_operations.progress(operation, percent, phase);
                    });
                m_operations.succeed(operation, verificationReport(manifest, check, m_db->schemaVersion()));
            } catch (const std::exception &e) {
                m_operations.fail(operation, QString::fromUtf8(e.what()));
            }
        });
        return operation;
    }

    /// 409 unless backup @p manifest can replace this store: same kind and schema version.
    void checkRestorable(const QJsonObject &manifest) const
    {
        const QString kind = m_db->dialect() == Store::Dialect::Sqlite ? u"sqlite"_s : u"postgres"_s;
        if (manifest.value("kind"_L1).toString() != kind)
            throw ApiError::conflict(u"Backup %1 is a %2 backup; this store is %3."_s.arg(
                                         manifest.value("id"_L1).toString(), manifest.value("kind"_L1).toString(), kind),
                                     "backup_incompatible");
        const int live = m_db->schemaVersion();
        if (manifest.value("schemaVersion"_L1).toInt() != live)
            throw ApiError::conflict(u"Backup %1 has schema version %2; the store has %3. Restore it with the "
                                     "release that wrote it."_s.arg(manifest.value("id"_L1).toString())
                                         .arg(manifest.value("schemaVersion"_L1).toInt())
                                         .arg(live),
                                     "schema_mismatch");
        if (!QFile::exists(dataPath(manifest)))
            throw ApiError::notFound(u"The backup's file is missing."_s);
    }

    /// The "are you sure" step: a confirmation token and what the restore would change.
    QJsonObject prepareRestore(const QString &id, const QString &caller)
    {
        const QJsonObject manifest = this->manifest(id);
        checkRestorable(manifest);
        const Store::BackupContents current = Store::storeContents(*m_db);
        const RestoreTokens::Issued issued = m_tokens.issue(id, caller, m_db->now());
        return {{u"confirmationToken"_s, QString::fromLatin1(issued.token)},
                {u"expiresAt"_s, Json::time(issued.expiresAt)},
                {u"backup"_s, manifest},
                {u"current"_s, countsJson(current.rowCounts)},
                {u"incoming"_s, manifest.value("rowCounts"_L1)}};
    }

    /// Redeems @p token and starts replacing the store with backup @p id; returns the operation
    /// id. @p audit is completed and recorded once the store is replaced (an entry written before
    /// would be replaced with everything else); @p storeChanged reloads the caches.
    QString startRestore(const QString &id, QByteArrayView token, const QString &caller, Store::AuditEntry audit,
                         std::function<void()> storeChanged, ControlExecutor *executor)
    {
        const QJsonObject manifest = this->manifest(id);
        bool idle = false;
        if (!m_restoring.compare_exchange_strong(idle, true))
            throw ApiError::conflict(u"A restore is already running."_s, "restore_running");
        const QString operation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool leased = false;
        try {
            // One restore at a time across the replicas sharing the store, too.
            if (m_shared) {
                if (!Store::RestoreLeaseRepository(*m_db).acquire({operation, m_replica, id}, m_db->now()))
                    throw ApiError::conflict(u"A restore is already running (on another replica)."_s,
                                             "restore_running");
                leased = true;
            }
            switch (m_tokens.redeem(token, id, caller, m_db->now())) {
            case RestoreTokens::Refusal::None:
                break;
            case RestoreTokens::Refusal::Missing:
                throw ApiError(400, "confirmation_required",
                               u"A restore replaces the whole store: send the confirmationToken from "
                               "POST /api/v1/backups/{id}/restore/prepare."_s,
                               u"confirmationToken"_s);
            case RestoreTokens::Refusal::Unknown:
                throw ApiError::conflict(u"The confirmation token is unknown or was already used; prepare the "
                                         "restore again."_s,
                                         "confirmation_invalid");
            case RestoreTokens::Refusal::Expired:
                throw ApiError::conflict(u"The confirmation token expired (it is valid 5 minutes); prepare the "
                                         "restore again."_s,
                                         "confirmation_expired");
            case RestoreTokens::Refusal::OtherCaller:
                throw ApiError(403, "confirmation_not_yours",
                               u"The confirmation token was issued to another admin."_s);
            case RestoreTokens::Refusal::OtherBackup:
                throw ApiError::conflict(u"The confirmation token was issued for another backup."_s,
                                         "confirmation_mismatch");
            }
            checkRestorable(manifest);
        } catch (...) {
            if (leased)
                releaseLease(operation);
            m_restoring = false;
            throw;
        }
        m_operations.start(u"restore"_s, id, operation);
        background([this, manifest, operation, audit, storeChanged, executor] {
            runRestore(manifest, operation, audit, storeChanged, executor);
            m_restoring = false;
        });
        return operation;
    }

private:
    void releaseLease(const QString &operation)
    {
        try {
            Store::RestoreLeaseRepository(*m_db).release(operation);
        } catch (const std::exception &e) {
            // It expires on its own once the heartbeat stops renewing it.
            qCWarning(lcBackup, "cannot release the restore lease: %s", e.what());
        }
    }

    /// Tests only: while the file TOLLGATE_TEST_RESTORE_PAUSE_FILE names exists, a restore waits
    /// after parking the other replicas and before it touches the store, so a test can watch a
    /// restore in progress without racing it.
    void pauseForTests(const QString &operation)
    {
        static const QString file = qEnvironmentVariable("TOLLGATE_TEST_RESTORE_PAUSE_FILE");
        if (file.isEmpty())
            return;
        QElapsedTimer waited;
        waited.start();
        while (QFile::exists(file) && waited.elapsed() < 300'000) {
            m_operations.progress(operation, 30, u"paused (test)"_s);
            QThread::msleep(50);
        }
    }

    /// Verifies backup @p manifest, parks the other replicas, takes a safety backup, then replaces
    /// the store with it.
    void runRestore(const QJsonObject &manifest, const QString &operation, Store::AuditEntry audit,
                    const std::function<void()> &storeChanged, ControlExecutor *executor)
    {
        const QString id = manifest.value("id"_L1).toString();
        const QString path = dataPath(manifest);
        const auto stage = [this, &operation](int from, int to, const QString &prefix) {
            return [this, operation, from, to, prefix](int percent, const QString &phase) {
                m_operations.progress(operation, from + (to - from) * percent / 100, prefix + phase);
            };
        };
        QJsonObject done{{u"backupId"_s, id}};
        try {
            m_operations.progress(operation, 1, u"verifying: checksum"_s);
            if (QString::fromLatin1(sha256Of(path)) != manifest.value("sha256"_L1).toString())
                throw Store::Error(Store::Error::Code::Internal,
                                   u"the backup file does not match its SHA-256; nothing was restored"_s);
            const QJsonObject report = verificationReport(
                manifest, Store::testRestore(*m_db, path, stage(2, 30, u"verifying: "_s)), m_db->schemaVersion());
            done.insert(u"verification"_s, report);
            if (!report.value("ok"_L1).toBool())
                throw Store::Error(Store::Error::Code::Internal,
                                   u"the backup failed verification (integrity: %1); nothing was restored"_s.arg(
                                       report.value("integrity"_L1).toString()));

            if (m_shared) {
                // From here the store changes under every replica: the others answer 503 and stop
                // reading it until the lease is gone (service/gateway.cpp), so none of them caches
                // a half-restored store, and the safety backup holds everything they wrote.
                m_operations.progress(operation, 30, u"parking the other replicas"_s);
                Store::RestoreLeaseRepository(*m_db).park(operation);
                QThread::msleep(ParkSettleMs);
            }
            pauseForTests(operation);

            const QString safetyId = newBackupId();
            writeBackup(safetyId, audit.actorName, u"pre-restore"_s, id, stage(30, 60, u"safety backup: "_s));
            done.insert(u"safetyBackupId"_s, safetyId);

            Store::BackupContents restored;
            {
                // Control-plane requests wait until the store is whole again. On PostgreSQL a
                // statement that waited for the restore's locks would otherwise read the new
                // tables with a snapshot from before them, and find them empty.
                const std::shared_ptr<void> held = executor ? executor->hold() : nullptr;
                m_operations.progress(operation, 60, u"restoring"_s);
                restored = Store::restoreStore(*m_db, path, stage(60, 95, u"restoring: "_s));
                // No thread keeps a connection, statement or cached plan from before.
                m_db->resetConnections();
            }
            const QJsonObject counts = countsJson(restored.rowCounts);
            done.insert(u"rowCounts"_s, counts);
            done.insert(u"countsMatch"_s, counts == manifest.value("rowCounts"_L1).toObject());
            m_operations.progress(operation, 96, u"reloading"_s);
            done.insert(u"generation"_s, Store::markRestored(*m_db, id, audit.actorName));
            audit.after = done;
            Store::AuditRepository(*m_db).append(audit);
            // Released before the reload: a replica skips reloading while a restore holds the lease.
            if (m_shared)
                releaseLease(operation);
            if (storeChanged)
                storeChanged();
            m_operations.succeed(operation, done);
            qCInfo(lcBackup, "store restored from backup %s (safety backup %s)", qUtf8Printable(id),
                   qUtf8Printable(safetyId));
        } catch (const std::exception &e) {
            const QString error = QString::fromUtf8(e.what());
            qCWarning(lcBackup, "restore of backup %s failed: %s", qUtf8Printable(id), e.what());
            if (m_shared)
                releaseLease(operation);
            done.insert(u"error"_s, error);
            audit.after = done;
            audit.success = false;
            try {
                Store::AuditRepository(*m_db).append(audit);
            } catch (const std::exception &) {
                // The store is unreachable; the log line above stays.
            }
            m_operations.fail(operation, error);
        }
    }

    void background(std::function<void()> work)
    {
        QThread *thread = QThread::create(std::move(work));
        const QMutexLocker lock(&m_mutex);
        // Threads of finished operations go now; running ones are waited for on shutdown.
        m_threads.removeIf([](QThread *done) {
            if (!done->isFinished())
                return false;
            delete done;
            return true;
        });
        m_threads.append(thread);
        thread->start();
    }

    /// Writes backup @p id (data file, then manifest) and returns its manifest; throws, leaving
    /// no file behind. @p reason: "manual" or "pre-restore" (then @p restoreOf names the backup
    /// about to be restored).
    QJsonObject writeBackup(const QString &id, const QString &createdBy, const QString &reason,
                            const QString &restoreOf, const Store::ProgressFn &progress)
    {
        if (!QDir().mkpath(m_dir))
            throw Store::Error(Store::Error::Code::Internal, u"cannot create the backup directory"_s);
        const bool sqlite = m_db->dialect() == Store::Dialect::Sqlite;
        const QString file = id + (sqlite ? u".sqlite"_s : u".pgdump"_s);
        const QString path = QDir(m_dir).filePath(file);
        try {
            const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
            const Store::BackupContents contents =
                Store::backupStore(*m_db, path, [&](int percent, const QString &phase) {
                    progress(percent * 95 / 100, phase);
                });
            progress(96, u"checksum"_s);
            QJsonObject manifest{
                {u"id"_s, id},
                {u"kind"_s, sqlite ? u"sqlite"_s : u"postgres"_s},
                {u"file"_s, file},
                {u"size"_s, double(QFileInfo(path).size())},
                {u"sha256"_s, QString::fromLatin1(sha256Of(path))},
                {u"schemaVersion"_s, contents.schemaVersion},
                {u"rowCounts"_s, countsJson(contents.rowCounts)},
                {u"createdAt"_s, Json::time(startedAt)},
                {u"createdBy"_s, createdBy},
                {u"reason"_s, reason},
            };
            if (!restoreOf.isEmpty())
                manifest.insert(u"restoreOf"_s, restoreOf);
            QSaveFile out(manifestPath(id));
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
                throw Store::Error(Store::Error::Code::Internal, u"cannot write the backup manifest"_s);
            qCInfo(lcBackup, "backup %s written (%lld bytes, %s)", qUtf8Printable(id),
                   qlonglong(QFileInfo(path).size()), qUtf8Printable(reason));
            return manifest;
        } catch (...) {
            QFile::remove(path);
            throw;
        }
    }

    void run(const QString &id, const QString &operation, const QString &createdBy)
    {
        try {
            m_operations.succeed(operation, writeBackup(id, createdBy, u"manual"_s, {}, [&](int percent, const QString &phase) {
                                     m_operations.progress(operation, percent, phase);
                                 }));
        } catch (const std::exception &e) {
            m_operations.fail(operation, QString::fromUtf8(e.what()));
            qCWarning(lcBackup, "backup %s failed: %s", qUtf8Printable(id), e.what());
        }
    }

    std::shared_ptr<Store::Database> m_db;
    QString m_dir;
    QString m_replica;
    bool m_shared;
    Operations m_operations;
    RestoreTokens m_tokens;
    QMutex m_mutex;
    QList<QThread *> m_threads;
    std::atomic<bool> m_restoring{false};
};

} // namespace

void addBackupRoutes(RouteTable &table, const QString &backupDir)
{
    auto service = std::make_shared<BackupService>(table.context().database, backupDir, table.context().replicaId);

    table.add("GET", "/api/v1/backups", Permission::AdminRead, u"List backups"_s, [service](ApiRequest &) {
        const QJsonArray items = service->list();
        return Json::ok({{u"items"_s, items}, {u"total"_s, items.size()}});
    });

    table.add("POST", "/api/v1/backups", Permission::AdminWrite, u"Start a backup of the whole store"_s,
              [service](ApiRequest &request) {
                  const auto [id, operation] = service->start(request.caller.actorName());
                  Store::AuditEntry entry = auditEntry(request, u"backup.create"_s, u"backup"_s, id);
                  entry.after = QJsonObject{{u"operationId"_s, operation}};
                  record(request, entry);
                  return Json::ok({{u"id"_s, id}, {u"operationId"_s, operation},
                                   {u"operation"_s, service->operations().find(operation)}},
                                  202);
              });

    table.add("GET", "/api/v1/backups/{id}", Permission::AdminRead, u"One backup's manifest"_s,
              [service](ApiRequest &request) { return Json::ok(service->manifest(request.param(u"id"_s))); });

    table.add("GET", "/api/v1/backups/{id}/download", Permission::AdminWrite, u"Download a backup file"_s,
              [service](ApiRequest &request) {
                  const QJsonObject manifest = service->manifest(request.param(u"id"_s));
                  auto file = std::make_shared<QFile>(service->dataPath(manifest));
                  if (!file->open(QIODevice::ReadOnly))
                      throw ApiError::notFound(u"The backup's file is missing."_s);
                  Reply reply;
                  reply.status = 200;
                  reply.headers.append(Http::Header{"content-type", "application/octet-stream"});
                  reply.headers.append(Http::Header{
                      "content-disposition",
                      "attachment; filename=\"" + manifest.value("file"_L1).toString().toUtf8() + '"'});
                  reply.headers.append(
                      Http::Header{"x-checksum-sha256", manifest.value("sha256"_L1).toString().toLatin1()});
                  // Streamed: a backup can be far larger than what a reply should hold in memory.
                  reply.stream = [file]() -> std::optional<QByteArray> {
                      if (file->atEnd())
                          return std::nullopt;
                      const QByteArray piece = file->read(256 * 1024);
                      if (piece.isEmpty())
                          throw std::runtime_error("reading the backup file failed");
                      return piece;
                  };
                  return reply;
              });

    table.add("POST", "/api/v1/backups/{id}/test-restore", Permission::AdminWrite,
              u"Restore a backup into a scratch database and verify it"_s, [service](ApiRequest &request) {
                  const QString operation = service->startTestRestore(request.param(u"id"_s));
                  return Json::ok({{u"operationId"_s, operation},
                                   {u"operation"_s, service->operations().find(operation)}},
                                  202);
              });

    table.add("POST", "/api/v1/backups/{id}/restore/prepare", Permission::AdminWrite,
              u"Prepare a destructive restore: a confirmation token and the row counts it changes"_s,
              [service](ApiRequest &request) {
                  const QString id = request.param(u"id"_s);
                  QJsonObject prepared = service->prepareRestore(id, callerKey(request.caller));
                  Store::AuditEntry entry = auditEntry(request, u"backup.restore.prepare"_s, u"backup"_s, id);
                  entry.after = QJsonObject{{u"expiresAt"_s, prepared.value("expiresAt"_L1)},
                                            {u"current"_s, prepared.value("current"_L1)},
                                            {u"incoming"_s, prepared.value("incoming"_L1)}};
                  record(request, entry);
                  return Json::ok(prepared);
              });

    table.add("POST", "/api/v1/backups/{id}/restore", Permission::AdminWrite,
              u"Replace the whole store with a backup (needs a confirmation token)"_s, [service](ApiRequest &request) {
                  const QString id = request.param(u"id"_s);
                  const std::optional<QString> token = Json::optionalString(request.body(), "confirmationToken"_L1);
                  // Recorded once the store is replaced: an entry written now would be replaced too.
                  Store::AuditEntry entry = auditEntry(request, u"backup.restore"_s, u"backup"_s, id);
                  const QString operation = service->startRestore(id, token.value_or(QString()).toUtf8(),
                                                                  callerKey(request.caller), entry,
                                                                  request.context.storeChanged,
                                                                  request.context.executor);
                  return Json::ok({{u"operationId"_s, operation},
                                   {u"operation"_s, service->operations().find(operation)}},
                                  202);
              });

    table.add("DELETE", "/api/v1/backups/{id}", Permission::AdminWrite, u"Delete a backup"_s,
              [service](ApiRequest &request) {
                  const QString id = request.param(u"id"_s);
                  const QJsonObject manifest = service->manifest(id);
                  // The manifest goes first: a backup without one is no longer listed.
                  if (!QFile::remove(service->manifestPath(id)))
                      throw ApiError(500, "backup_delete", u"Cannot delete the backup's manifest."_s);
                  QFile::remove(service->dataPath(manifest));
                  Store::AuditEntry entry = auditEntry(request, u"backup.delete"_s, u"backup"_s, id);
                  entry.before = manifest;
                  record(request, entry);
                  return Json::noContent();
              });

    table.add("GET", "/api/v1/operations/{id}", Permission::AdminRead, u"A long operation's progress"_s,
              [service](ApiRequest &request) {
                  const QJsonObject operation = service->operations().find(request.param(u"id"_s));
                  if (operation.isEmpty())
                      throw ApiError::notFound(u"No operation with id %1."_s.arg(request.param(u"id"_s)));
                  return Json::ok(operation);
              });

    table.add("GET", "/api/v1/operations/{id}/events", Permission::AdminRead,
              u"A long operation's progress as Server-Sent Events"_s, [service](ApiRequest &request) {
                  const QString id = request.param(u"id"_s);
                  if (service->operations().find(id).isEmpty())
                      throw ApiError::notFound(u"No operation with id %1."_s.arg(id));
                  struct Cursor
                  {
                      quint64 revision = 0;
                      bool finished = false;
                      QElapsedTimer sinceLastSend;
                  };
                  auto cursor = std::make_shared<Cursor>();
                  cursor->sinceLastSend.start();
                  Reply reply;
                  reply.headers = {Http::Header{"content-type", "text/event-stream"},
                                   Http::Header{"cache-control", "no-store"}};
                  // One event per change: "progress" while it runs, then "done" with the final
                  // state (succeeded or failed), and the stream ends.
                  reply.stream = [service, id, cursor]() -> std::optional<QByteArray> {
                      if (cursor->finished)
                          return std::nullopt;
                      const QJsonObject operation = service->operations().changedSince(id, &cursor->revision);
                      if (operation.isEmpty()) {
                          if (cursor->sinceLastSend.elapsed() < 15'000)
                              return QByteArray();
                          cursor->sinceLastSend.restart();
                          return ": keep-alive\n\n"_ba; // a comment: keeps proxies from timing out
                      }
                      cursor->sinceLastSend.restart();
                      cursor->finished = operation.value("state"_L1).toString() != u"running"_s;
                      return "id: " + QByteArray::number(cursor->revision) + "\nevent: " +
                             (cursor->finished ? "done"_ba : "progress"_ba) + "\ndata: " +
                             QJsonDocument(operation).toJson(QJsonDocument::Compact) + "\n\n";
                  };
                  return reply;
              });
}

} // namespace Tollgate::Api
