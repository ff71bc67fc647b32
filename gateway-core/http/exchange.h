// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QElapsedTimer>
#include <QObject>

namespace Tollgate::Http {

class Connection;

/// One request and its response, on the worker thread that owns the connection.
///
/// A handler answers at once or keeps a QPointer<Exchange> and answers later from the same thread.
/// The exchange is deleted when the response is complete or the client goes away; in the latter
/// case aborted() is emitted first, so deferred work can release what it holds.
class Exchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Exchange)

public:
    Exchange(Connection *connection, Request request, int worker);
    ~Exchange() override;

    const Request &request() const { return m_request; }
    Request &request() { return m_request; }
    /// Index of the worker thread (0..workers-1) that runs this exchange, for per-thread state.
    int worker() const { return m_worker; }
    /// Time since the request was complete.
    qint64 elapsedNs() const { return m_started.nsecsElapsed(); }

    /// Send a complete response. Content-Length, Date, Connection and x-request-id are added.
    void respond(int status, const Headers &headers, QByteArrayView body);
    void respond(int status, QByteArrayView contentType, QByteArrayView body);

    /// Start a chunked response (e.g. text/event-stream); follow with write() and finish().
    void startStream(int status, const Headers &headers);
    /// Write one chunk of a started stream. Returns false when the client is gone.
    bool write(QByteArrayView data);
    /// End the stream with the terminating chunk.
    void finish();
    /// Close the connection now, leaving the response incomplete (fault injection, a broken
    /// upstream); bytes still queued in Qt are dropped, so wait for pendingBytes() == 0 first.
    void abort();

    bool isStreaming() const { return m_state == State::Streaming; }
    bool isDone() const { return m_state == State::Done; }
    /// True while the client is connected and the response is not complete.
    bool isOpen() const;
    /// Bytes queued in the socket and not yet taken by the kernel (for backpressure).
    qint64 pendingBytes() const;
    /// The status sent (0 until the response started).
    int status() const { return m_status; }

Q_SIGNALS:
    /// The client disconnected (or the server shut the connection) before the response was done.
    void aborted();
    /// The socket's write queue fell below the low-water mark after being above it.
    void drained();

private:
    friend class Connection;
    enum class State { Waiting, Streaming, Done };
    void connectionLost();
    void writeDrained();

    Connection *m_connection;
    Request m_request;
    QElapsedTimer m_started;
    int m_worker;
    int m_status = 0;
    State m_state = State::Waiting;
};

} // namespace Tollgate::Http
