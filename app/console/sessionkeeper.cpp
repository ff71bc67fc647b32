// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/sessionkeeper.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Tollgate::Console {

namespace {
const QString Service = u"tollgate-console"_s;
}

SessionKeeper::SessionKeeper(QObject *parent)
    : QObject(parent)
{}

QString SessionKeeper::describe() const
{
    if (!m_available)
        return tr("Session: checking the keychain…");
    if (*m_available)
        return tr("Session kept in the system keychain");
    return tr("No keychain available (%1): the session is kept in memory only").arg(m_problem);
}

void SessionKeeper::setAvailable(bool available, const QString &problem)
{
    if (m_available == available)
        return;
    m_available = available;
    m_problem = problem;
    Q_EMIT availabilityChanged(available);
}

void SessionKeeper::load(const QString &server)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(server);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, server](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (read->error()) {
        case QKeychain::NoError:
            setAvailable(true, {});
            Q_EMIT loaded(server, read->binaryData());
            return;
        case QKeychain::EntryNotFound:
            setAvailable(true, {});
            break;
        default:
            setAvailable(false, read->errorString());
            break;
        }
        Q_EMIT loaded(server, {});
    });
    job->start();
}

void SessionKeeper::store(const QString &server, const QByteArray &token)
{
    if (m_available == false)
        return;
    if (!m_queue.isEmpty() && m_queue.last().first == server)
        m_queue.last().second = token;
    else
        m_queue.append({server, token});
    if (!m_writing)
        runNextWrite();
}

void SessionKeeper::runNextWrite()
{
    if (m_queue.isEmpty())
        return;
    const std::pair<QString, QByteArray> next = m_queue.takeFirst();
    const QString server = next.first;
    const QByteArray token = next.second;
    QKeychain::Job *job = nullptr;
    if (token.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(Service, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(Service, this);
        write->setBinaryData(token);
        job = write;
    }
    job->setKey(server);
    job->setAutoDelete(true);
    m_writing = true;
    connect(job, &QKeychain::Job::finished, this, [this, server](QKeychain::Job *finished) {
        m_writing = false;
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            setAvailable(true, {});
        else
            setAvailable(false, finished->errorString());
        Q_EMIT stored(server);
        runNextWrite();
    });
    job->start();
}

} // namespace Tollgate::Console
