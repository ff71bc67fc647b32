// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/postgres.h"

#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

namespace {

const QString InstallHint =
    u"PostgreSQL is required for these tests. Install the server binaries "
    "(Debian/Ubuntu: apt-get install postgresql; Fedora/RHEL: dnf install "
    "postgresql-server), set PGBIN, or point TOLLGATE_TEST_POSTGRES_URL at a server."_s;

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    const QString external = qEnvironmentVariable("TOLLGATE_TEST_POSTGRES_URL");
    if (!external.isEmpty()) {
        m_url = external;
        m_owned = false;
        return true;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/tollgate-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory for PostgreSQL"_s;
        return false;
    }
    QProcess process;
    process.start(u"/bin/sh"_s, {supportDir() + u"/pg.sh"_s, u"start"_s, m_dir->path()});
    if (!process.waitForFinished(90'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"pg.sh start failed: "_s +
                  QString::fromLocal8Bit(process.readAllStandardError()).trimmed() + u"\n"_s + InstallHint;
        process.kill();
        return false;
    }
    m_url = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    m_owned = true;
    return true;
}

void PostgresServer::stop()
{
    if (m_owned && m_dir) {
        QProcess process;
        process.start(u"/bin/sh"_s, {supportDir() + u"/pg.sh"_s, u"stop"_s, m_dir->path()});
        process.waitForFinished(30'000);
    }
    m_owned = false;
    m_url.clear();
    m_dir.reset();
}

QString PostgresServer::createDatabase()
{
    if (!isRunning()) {
        m_error = u"PostgreSQL is not running"_s;
        return {};
    }
    const QUrl admin(m_url);
    const QString name = u"tg_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString connection = u"tollgate-test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            // The name is generated here ([a-z0-9_]), and CREATE DATABASE cannot take parameters.
            ok = query.exec(u"CREATE DATABASE "_s + name);
            if (!ok)
                m_error = query.lastError().text();
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    QUrl url = admin;
    url.setPath(u"/"_s + name);
    return url.toString();
}

} // namespace Tollgate::Testing
