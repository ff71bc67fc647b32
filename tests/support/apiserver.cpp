// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/apiserver.h"

#include "gateway-core/store/database.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

QJsonObject object(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray items(const RawResponse &r)
{
    return object(r).value("items"_L1).toArray();
}

QJsonObject errorOf(const RawResponse &r)
{
    return object(r).value("error"_L1).toObject();
}

QString errorCode(const RawResponse &r)
{
    return errorOf(r).value("code"_L1).toString();
}

QString errorParam(const RawResponse &r)
{
    return errorOf(r).value("param"_L1).toString();
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

ApiServer::ApiServer() = default;

ApiServer::ApiServer(Options options)
    : m_options(std::move(options))
{}

ApiServer::~ApiServer() = default;

bool ApiServer::start(Backend backend, QString *error)
{
    stop();
    m_admin.clear();
    m_adminId.clear();
    if (!m_dir.isValid()) {
        *error = u"no temporary directory: "_s + m_dir.errorString();
        return false;
    }
    m_dataDir = m_dir.filePath(u"data-%1"_s.arg(++m_run));
    if (backend == Backend::Sqlite) {
        m_databaseUrl = u"sqlite://"_s + m_dataDir + u"/tollgate.db"_s;
    } else {
        if (!m_pg.isRunning() && !m_pg.start()) {
            *error = u"PostgreSQL is needed for this test: "_s + m_pg.errorString();
            return false;
        }
        m_databaseUrl = m_pg.createDatabase();
        if (m_databaseUrl.isEmpty()) {
            *error = m_pg.errorString();
            return false;
        }
    }
    if (m_options.config) {
        QFile f(m_dir.filePath(u"tollgate.json"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(json(*m_options.config)) < 0) {
            *error = u"cannot write "_s + f.fileName();
            return false;
        }
    }
    return restart(error);
}

bool ApiServer::restart(QString *error)
{
    stop();
    m_server = std::make_unique<Process>();
    if (!startProcess(*m_server, m_dataDir, {}, error))
        return false;
    if (!m_options.bootstrapAdmin)
        return true;
    m_admin = token(u"root"_s, AdminPassword);
    if (m_admin.isEmpty()) {
        *error = u"the admin could not sign in: "_s + QString::fromUtf8(m_server->standardError());
        return false;
    }
    return true;
}

QString ApiServer::adminId()
{
    if (m_adminId.isEmpty()) {
        const RawResponse me = call("GET", "/api/v1/auth/me", m_admin);
        m_adminId = object(me).value("id"_L1).toString();
        if (m_adminId.isEmpty())
            qWarning("auth/me: %d %s", me.status, me.body.constData());
    }
    return m_adminId;
}

void ApiServer::stop()
{
    m_server.reset();
}

std::unique_ptr<Process> ApiServer::startReplica(QString *error, const QStringList &extraArguments)
{
    // Its own data directory (journal, backups), as a replica on another machine has.
    const QString dataDir = m_dataDir + u"-replica-%1"_s.arg(++m_replicas);
    auto replica = std::make_unique<Process>();
    if (!startProcess(*replica, dataDir, extraArguments, error))
        return {};
    return replica;
}

bool ApiServer::startProcess(Process &server, const QString &dataDir, const QStringList &extraArguments,
                             QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TOLLGATE_BOOTSTRAP_ADMIN"_s);
    if (m_options.bootstrapAdmin)
        env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + AdminPassword);
    if (m_options.masterKey.isEmpty())
        env.remove(u"TOLLGATE_MASTER_KEY"_s);
    else
        env.insert(u"TOLLGATE_MASTER_KEY"_s, m_options.masterKey);
    env.insert(m_options.environment);
    QStringList arguments;
    if (m_options.config)
        arguments << u"--config"_s << m_dir.filePath(u"tollgate.json"_s);
    QDir().mkpath(dataDir);
    arguments << u"--data-dir"_s << dataDir << u"--database"_s << m_databaseUrl << u"--listen"_s
              << u"127.0.0.1:0"_s << u"--workers"_s << u"2"_s;
    if (!m_options.logLevel.isEmpty())
        arguments << u"--log-level"_s << m_options.logLevel;
    arguments << m_options.extraArguments << extraArguments;
    if (!server.start(binaryPath(u"tollgate-server"_s), arguments, env)) {
        *error = server.errorString();
        return false;
    }
    return waitUntilReady(server, error);
}

RawResponse ApiServer::request(QByteArrayView method, QByteArrayView path, const QByteArray &body,
                               const RawHeaders &headers, int timeoutMs)
{
    return rawRequest(m_server->host(), m_server->port(), method, path, body, headers, timeoutMs);
}

RawResponse ApiServer::call(QByteArrayView method, QByteArrayView path, const QByteArray &token,
                            const QJsonObject &body, const RawHeaders &extra)
{
    const QByteArray payload = method == "GET" || method == "DELETE" ? QByteArray() : json(body);
    return send(method, path, payload, token, extra);
}

RawResponse ApiServer::send(QByteArrayView method, QByteArrayView path, const QByteArray &body,
                            const QByteArray &token, const RawHeaders &extra)
{
    RawHeaders headers{{"content-type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"authorization", "Bearer " + token});
    headers += extra;
    return request(method, path, body, headers);
}

RawResponse ApiServer::chat(const QByteArray &key, const QString &model, int maxTokens)
{
    const QJsonObject body{
        {u"model"_s, model},
        {u"max_tokens"_s, maxTokens},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hi"_s}}}}};
    return send("POST", "/v1/chat/completions", json(body), key);
}

QByteArray ApiServer::token(const QString &username, const QString &password)
{
    const RawResponse r =
        call("POST", "/api/v1/auth/login", {}, {{u"username"_s, username}, {u"password"_s, password}});
    if (r.status != 200)
        qWarning("login of %s: %d %s", qPrintable(username), r.status, r.body.constData());
    return object(r).value("accessToken"_L1).toString().toLatin1();
}

QString ApiServer::createUser(const QString &username, const QStringList &roles, const QString &password)
{
    const RawResponse r = call("POST", "/api/v1/users", m_admin,
                               {{u"username"_s, username},
                                {u"password"_s, password},
                                {u"roles"_s, QJsonArray::fromStringList(roles)}});
    if (r.status != 201)
        qWarning("create %s: %d %s", qPrintable(username), r.status, r.body.constData());
    return object(r).value("id"_L1).toString();
}

QList<Store::AuditEntry> ApiServer::audit(const QString &action)
{
    Store::Database db(m_databaseUrl);
    Store::AuditFilter filter;
    filter.action = action;
    return Store::AuditRepository(db).list(filter, {500, 0}).items;
}

qint64 ApiServer::scalar(const QString &sql, const QVariantList &values)
{
    Store::Database db(m_databaseUrl);
    QSqlQuery q = db.exec(sql, values);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace Tollgate::Testing
