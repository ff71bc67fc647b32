// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QObject>
#include <QPointer>

#include <llhttp.h>

class QIODevice;
class QTcpSocket;

namespace Tollgate::Http {

/// Reads all bytes @p device has buffered into a QByteArray of exactly that size (readAll()
/// allocates in 16 KiB steps); empty when nothing is buffered.
QByteArray readBuffered(QIODevice *device);

class Exchange;
class Worker;

/// One client connection: parses requests with llhttp, runs one exchange at a time (pipelined
/// requests wait), enforces the size and time limits, and keeps the connection alive.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(Worker *worker, qintptr descriptor);
    ~Connection() override;

    bool isValid() const;
    /// Called once a second by the worker; closes or answers 408 when a deadline passed.
    void checkDeadline(qint64 nowMs);
    /// Stop after the exchange in flight (or now, when idle).
    void closeWhenIdle();
    void closeNow();
    bool isIdle() const { return !m_exchange && m_phase == Phase::Idle; }

    // Used by Exchange.
    void writeRaw(QByteArrayView data);
    /// Writes what is queued to the socket now; on a write error the connection is lost
    /// (disconnected, the exchange told through connectionLost()) before this returns.
    void flushOutput();
    void writeResponseHead(QByteArray &out, int status, const Headers &headers, qint64 contentLength,
                           bool chunked);
    void exchangeFinished(Exchange *exchange);
    qint64 pendingBytes() const;
    bool isConnected() const;
    Worker *worker() const { return m_worker; }

private:
    enum class Phase { Idle, Headers, Body, Handling };

    static int onMessageBegin(llhttp_t *parser);
    static int onUrl(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderField(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderFieldComplete(llhttp_t *parser);
    static int onHeaderValue(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderValueComplete(llhttp_t *parser);
    static int onHeadersComplete(llhttp_t *parser);
    static int onBody(llhttp_t *parser, const char *at, size_t length);
    static int onMessageComplete(llhttp_t *parser);
    static const llhttp_settings_t *parserSettings();

    void readInput();
    void dispatch();
    void rejectAndClose(int status, QByteArrayView code, QByteArrayView message);
    void closeAfterFlush();
    void onDisconnected();
    void onBytesWritten();
    bool addHeaderBytes(size_t length);
    QByteArray allowedOrigin(const QByteArray &origin) const;
    void setDeadline(Phase phase);

    Worker *m_worker;
    QTcpSocket *m_socket;
    llhttp_t m_parser;
    Request m_request;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_pending; // bytes read but not parsed while an exchange runs
    QByteArray m_corsOrigin; // echoed in the response when the request's origin is allowed
    Exchange *m_exchange = nullptr;
    qsizetype m_headerBytes = 0;
    qint64 m_deadlineMs = 0;
    Phase m_phase = Phase::Idle;
    int m_rejectStatus = 0;
    bool m_messageComplete = false;
    bool m_reading = false;
    bool m_closeWhenIdle = false;
    bool m_gone = false;
    bool m_closing = false; // the last response said "connection: close"; ignore further input
};

} // namespace Tollgate::Http
