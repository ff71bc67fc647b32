// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/backuproutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/operations.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/store/backup.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

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

/// The backups of one directory: each is a data file and a manifest <id>.json written last, so a
/// backup without its manifest is unfinished and not listed. Owns the threads that write them.
class BackupService final
{
public:
    BackupService(std::shared_ptr<Store::Database> db, QString dir)
        : m_db(std::move(db))
        , m_dir(std::move(dir))
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
                    const bool equal = !want.isUndefined() && got != check.contents.rowCounts.cend() &&
                                       want.toInteger() == *got;
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
                m_operations.succeed(operation,
                                     {{u"backupId"_s, manifest.value("id"_L1)},
                                      {u"ok"_s, check.ok && countsMatch && versionMatches},
                                      {u"integrity"_s, check.integrity},
                                      {u"countsMatch"_s, countsMatch},
                                      {u"schemaVersion"_s, QJsonObject{{u"atBackup"_s, backupVersion},
                                                                       {u"restored"_s, check.contents.schemaVersion},
                                                                       {u"live"_s, m_db->schemaVersion()}}},
                                      {u"tables"_s, tables}});
            } catch (const std::exception &e) {
                m_operations.fail(operation, QString::fromUtf8(e.what()));
            }
        });
        return operation;
    }

private:
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

    void run(const QString &id, const QString &operation, const QString &createdBy)
    {
        const bool sqlite = m_db->dialect() == Store::Dialect::Sqlite;
        const QString file = id + (sqlite ? u".sqlite"_s : u".pgdump"_s);
        const QString path = QDir(m_dir).filePath(file);
        try {
            const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
            const Store::BackupContents contents =
                Store::backupStore(*m_db, path, [&](int percent, const QString &phase) {
                    m_operations.progress(operation, percent * 95 / 100, phase);
                });
            m_operations.progress(operation, 96, u"checksum"_s);
            QJsonObject counts;
            for (auto it = contents.rowCounts.begin(); it != contents.rowCounts.end(); ++it)
                counts.insert(it.key(), double(it.value()));
            const QJsonObject manifest{
                {u"id"_s, id},
                {u"kind"_s, sqlite ? u"sqlite"_s : u"postgres"_s},
                {u"file"_s, file},
                {u"size"_s, double(QFileInfo(path).size())},
                {u"sha256"_s, QString::fromLatin1(sha256Of(path))},
                {u"schemaVersion"_s, contents.schemaVersion},
                {u"rowCounts"_s, counts},
                {u"createdAt"_s, Json::time(startedAt)},
                {u"createdBy"_s, createdBy},
            };
            QSaveFile out(manifestPath(id));
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
                throw Store::Error(Store::Error::Code::Internal, u"cannot write the backup manifest"_s);
            m_operations.succeed(operation, manifest);
            qCInfo(lcBackup, "backup %s written (%lld bytes)", qUtf8Printable(id),
                   qlonglong(QFileInfo(path).size()));
        } catch (const std::exception &e) {
            QFile::remove(path);
            m_operations.fail(operation, QString::fromUtf8(e.what()));
            qCWarning(lcBackup, "backup %s failed: %s", qUtf8Printable(id), e.what());
        }
    }

    std::shared_ptr<Store::Database> m_db;
    QString m_dir;
    Operations m_operations;
    QMutex m_mutex;
    QList<QThread *> m_threads;
};

} // namespace

void addBackupRoutes(RouteTable &table, const QString &backupDir)
{
    auto service = std::make_shared<BackupService>(table.context().database, backupDir);

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
                      throw ApiError::notFound(u"No operation with id %1 on this server."_s.arg(
                          request.param(u"id"_s)));
                  return Json::ok(operation);
              });
}

} // namespace Tollgate::Api
