// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace Tollgate::Client {

class ApiClient;

/// One GET streamed into a file as it arrives (ApiClient::downloadToFile): the file is written through
/// QSaveFile, so it appears, complete, only when the transfer succeeded; a failure or abort()
/// leaves whatever was at that path untouched. Emits finished() or failed() once, then deletes
/// itself. A refused access token is renewed once (as for any call) and the transfer restarts.
class Download final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)

public:
    ~Download() override;

    QString filePath() const { return m_filePath; }
    qint64 bytesWritten() const { return m_bytes; }
    /// Line breaks written so far: rows of a CSV, entries of a line-per-entry JSON array.
    qint64 linesWritten() const { return m_lines; }
    bool isFinished() const { return m_finished; }

    /// Gives up: fails with Kind::Network "aborted" and leaves the target file as it was.
    void abort();

Q_SIGNALS:
    /// @p total is the Content-Length, -1 when the server streams without one.
    void progress(qint64 bytes, qint64 total);
    void finished(const QString &filePath);
    void failed(const Tollgate::Client::Error &error);
    void done();

private:
    friend class ApiClient;
    Download(ApiClient *client, QString path, QUrlQuery query, QString filePath);
    void start();
    void readAvailable();
    void networkFinished();
    void fail(const Error &error);
    void end();

    ApiClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    QString m_filePath;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QNetworkReply> m_network;
    Error m_tls;
    QByteArray m_errorBody; ///< the body of an error status (small, JSON)
    qint64 m_bytes = 0;
    qint64 m_lines = 0;
    int m_status = 0;
    bool m_retried = false;
    bool m_finished = false;
};

} // namespace Tollgate::Client
