// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/connection.h"

#include "gateway-core/http/exchange.h"
#include "gateway-core/http/router.h"
#include "gateway-core/http/worker.h"
#include "gateway-core/util/log.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <charconv>
#include <cstring>

namespace Tollgate::Http {

namespace {

Connection *self(llhttp_t *parser)
{
    return static_cast<Connection *>(parser->data);
}

bool saneRequestId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray readBuffered(QIODevice *device)
{
    // Exactly what the socket has buffered, in one allocation of that size. readAll() grows its
    // result in 16 KiB steps (two allocations for a 500-byte request), and freeing blocks that
    // large on every request made glibc consolidate its fast bins each time.
    const qint64 available = device->bytesAvailable();
    if (available <= 0)
        return {};
    QByteArray data(qsizetype(available), Qt::Uninitialized);
    const qint64 got = device->read(data.data(), available);
    if (got <= 0)
        return {};
    if (got < available)
        data.truncate(qsizetype(got));
    return data;
}

const llhttp_settings_t *Connection::parserSettings()
{
    static const llhttp_settings_t settings = [] {
        llhttp_settings_t s;
        llhttp_settings_init(&s);
        s.on_message_begin = &Connection::onMessageBegin;
        s.on_url = &Connection::onUrl;
        s.on_header_field = &Connection::onHeaderField;
        s.on_header_field_complete = &Connection::onHeaderFieldComplete;
        s.on_header_value = &Connection::onHeaderValue;
        s.on_header_value_complete = &Connection::onHeaderValueComplete;
        s.on_headers_complete = &Connection::onHeadersComplete;
        s.on_body = &Connection::onBody;
        s.on_message_complete = &Connection::onMessageComplete;
        return s;
    }();
    return &settings;
}

Connection::Connection(Worker *worker, qintptr descriptor)
    : QObject(worker)
    , m_worker(worker)
    , m_socket(worker->options().tls ? new QSslSocket(this) : new QTcpSocket(this))
{
    llhttp_init(&m_parser, HTTP_REQUEST, parserSettings());
    m_parser.data = this;
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_gone = true;
        return;
    }
    if (const auto &tls = worker->options().tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        ssl->setSslConfiguration(*tls);
        // A failed handshake is a client we cannot talk to: close quietly.
        connect(ssl, &QSslSocket::sslErrors, this, [this] { closeNow(); });
        ssl->startServerEncryption();
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readInput);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    // A connection that never sends a byte is held no longer than a slow header would be.
    m_deadlineMs = m_worker->nowMs() + m_worker->options().headerTimeoutMs;
}

Connection::~Connection()
{
    if (m_exchange) {
        Exchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->connectionLost();
        delete exchange;
    }
}

bool Connection::isValid() const
{
    return !m_gone;
}

bool Connection::isConnected() const
{
    return !m_gone && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 Connection::pendingBytes() const
{
    return m_socket->bytesToWrite();
}

void Connection::setDeadline(Phase phase)
{
    m_phase = phase;
    const ServerOptions &o = m_worker->options();
    switch (phase) {
    case Phase::Idle: m_deadlineMs = m_worker->nowMs() + o.idleTimeoutMs; break;
    case Phase::Headers: m_deadlineMs = m_worker->nowMs() + o.headerTimeoutMs; break;
    case Phase::Body: m_deadlineMs = m_worker->nowMs() + o.bodyTimeoutMs; break;
    case Phase::Handling: m_deadlineMs = 0; break;
    }
}

void Connection::checkDeadline(qint64 nowMs)
{
    if (m_gone || m_deadlineMs == 0 || nowMs < m_deadlineMs)
        return;
    if (m_phase == Phase::Headers || m_phase == Phase::Body)
        rejectAndClose(408, "request_timeout", "The request was not received in time.");
    else
        closeNow();
}

void Connection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!m_exchange && m_phase == Phase::Idle)
        closeNow();
}

void Connection::closeNow()
{
    if (m_gone)
        return;
    m_socket->abort(); // emits disconnected() when it was connected
    if (!m_gone)
        onDisconnected();
}

void Connection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_deadlineMs = 0;
    if (m_exchange) {
        Exchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->connectionLost();
        exchange->deleteLater();
    }
    m_worker->removeConnection(this);
    deleteLater();
}

void Connection::onBytesWritten()
{
    if (m_exchange)
        m_exchange->writeDrained();
}

void Connection::readInput()
{
    if (m_reading || m_gone || m_closing)
        return;
    m_reading = true;
    while (!m_exchange && !m_gone && !m_closing) {
        if (m_pending.isEmpty()) {
            m_pending = readBuffered(m_socket);
            if (m_pending.isEmpty())
                break;
        }
        m_messageComplete = false;
        const llhttp_errno_t err = llhttp_execute(&m_parser, m_pending.constData(), size_t(m_pending.size()));
        if (err == HPE_OK) {
            m_pending.clear();
            continue;
        }
        if (err == HPE_PAUSED && m_messageComplete) {
            const qsizetype consumed = llhttp_get_error_pos(&m_parser) - m_pending.constData();
            m_pending.remove(0, consumed);
            llhttp_resume(&m_parser);
            dispatch();
            continue;
        }
        if (m_rejectStatus != 0) {
            const int status = m_rejectStatus;
            if (status == 413)
                rejectAndClose(413, "request_too_large", "The request body exceeds the allowed size.");
            else if (status == 417)
                rejectAndClose(417, "invalid_request", "Only 'Expect: 100-continue' is supported.");
            else
                rejectAndClose(431, "request_too_large", "The request headers exceed the allowed size.");
        } else {
            rejectAndClose(400, "invalid_request",
                           QByteArray(QByteArray("Malformed HTTP request: ") + llhttp_errno_name(err) + "."));
        }
        break;
    }
    m_reading = false;
}

void Connection::dispatch()
{
    setDeadline(Phase::Handling);
    if (m_worker->isDraining())
        m_request.keepAlive = false;
    m_exchange = new Exchange(this, std::move(m_request), m_worker->index());
    m_request = Request();
    Exchange *exchange = m_exchange;
    m_corsOrigin = allowedOrigin(exchange->request().header("origin"));
    if (!m_corsOrigin.isEmpty() && exchange->request().method == "OPTIONS") {
        // A browser's preflight: say what may be sent; the real request follows.
        exchange->respond(204, {{"access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS"},
                                {"access-control-allow-headers",
                                 "authorization, content-type, x-api-key, api-key, x-request-id, if-match"},
                                {"access-control-max-age", "600"}},
                          {});
        return;
    }
    m_worker->router().dispatch(*exchange);
}

void Connection::exchangeFinished(Exchange *exchange)
{
    if (exchange != m_exchange)
        return;
    if (m_worker->options().accessLog) {
        const Request &r = exchange->request();
        Log::info("tollgate.access", "request",
                  {{"method", QString::fromLatin1(r.method)}, {"path", QString::fromUtf8(r.path)},
                   {"status", exchange->status()}, {"ms", double(exchange->elapsedNs()) / 1e6},
                   {"request_id", QString::fromLatin1(r.requestId)}, {"client", r.client.toString()},
                   {"peer", r.peer.toString()}});
    }
    const bool keepAlive = exchange->request().keepAlive && !m_closeWhenIdle;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (m_gone)
        return;
    if (!keepAlive) {
        closeAfterFlush();
        return;
    }
    setDeadline(Phase::Idle);
    if (!m_reading && (!m_pending.isEmpty() || m_socket->bytesAvailable() > 0))
        QMetaObject::invokeMethod(this, &Connection::readInput, Qt::QueuedConnection);
}

void Connection::writeRaw(QByteArrayView data)
{
    if (!m_gone)
        m_socket->write(data.constData(), data.size());
}

void Connection::flushOutput()
{
    if (!m_gone)
        m_socket->flush();
}

void Connection::writeResponseHead(QByteArray &out, int status, const Headers &headers,
                                   qint64 contentLength, bool chunked)
{
    // Sized first, then written with plain copies: a QByteArray append per piece (about forty per
    // response) cost more than the rest of answering.
    static constexpr QByteArrayView CorsTail =
        "\r\nvary: origin\r\naccess-control-expose-headers: x-request-id, x-tollgate-cost, "
        "x-tollgate-key-spend, retry-after, x-ratelimit-remaining-requests, x-ratelimit-remaining-tokens";
    const QByteArray reason = reasonPhrase(status);
    const QByteArray &date = m_worker->dateHeader();
    const bool cors = m_exchange && !m_corsOrigin.isEmpty();
    qsizetype size = 96 + reason.size() + date.size(); // status line, date, framing, blank line
    for (const Header &h : headers)
        size += h.name.size() + h.value.size() + 4;
    if (cors)
        size += 32 + m_corsOrigin.size() + CorsTail.size();
    if (m_exchange)
        size += 40 + m_exchange->request().requestId.size();
    const qsizetype start = out.size();
    out.resize(start + size);
    char *p = out.data() + start;
    const auto put = [&p](QByteArrayView bytes) {
        std::memcpy(p, bytes.data(), size_t(bytes.size()));
        p += bytes.size();
    };
    put("HTTP/1.1 ");
    p = std::to_chars(p, p + 12, status).ptr;
    *p++ = ' ';
    put(reason);
    put("\r\ndate: ");
    put(date);
    for (const Header &h : headers) {
        put("\r\n");
        put(h.name);
        put(": ");
        put(h.value);
    }
    if (chunked) {
        put("\r\ntransfer-encoding: chunked");
    } else {
        put("\r\ncontent-length: ");
        p = std::to_chars(p, p + 21, contentLength).ptr;
    }
    if (cors) {
        put("\r\naccess-control-allow-origin: ");
        put(m_corsOrigin);
        put(CorsTail);
    }
    if (m_exchange) {
        put("\r\nx-request-id: ");
        put(m_exchange->request().requestId);
        if (!m_exchange->request().keepAlive || m_closeWhenIdle)
            put("\r\nconnection: close");
    }
    put("\r\n\r\n");
    out.truncate(p - out.constData());
}

void Connection::rejectAndClose(int status, QByteArrayView code, QByteArrayView message)
{
    if (m_gone)
        return;
    if (m_exchange) {
        // A response is already under way; the only honest thing left is to close.
        closeNow();
        return;
    }
    const QByteArray body = errorBody(message, "invalid_request_error", code);
    QByteArray out;
    out.reserve(256 + body.size());
    writeResponseHead(out, status, {{"content-type", "application/json"}, {"connection", "close"}},
                      body.size(), false);
    out += body;
    m_socket->write(out);
    m_pending.clear();
    closeAfterFlush();
}

void Connection::closeAfterFlush()
{
    // disconnectFromHost() waits for the queue to drain; a client that never reads would keep the
    // connection forever, so the idle deadline still applies and aborts it.
    m_closing = true;
    setDeadline(Phase::Idle);
    m_socket->disconnectFromHost();
}

QByteArray Connection::allowedOrigin(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return {};
    for (const QByteArray &allowed : m_worker->options().corsOrigins) {
        if (allowed == "*" || allowed == origin)
            return origin;
    }
    return {};
}

bool Connection::addHeaderBytes(size_t length)
{
    m_headerBytes += qsizetype(length);
    if (m_headerBytes <= m_worker->options().maxHeaderBytes)
        return true;
    m_rejectStatus = 431;
    return false;
}

int Connection::onMessageBegin(llhttp_t *parser)
{
    Connection *c = self(parser);
    c->m_request = Request();
    c->m_headerBytes = 0;
    c->m_rejectStatus = 0;
    c->setDeadline(Phase::Headers);
    return 0;
}

int Connection::onUrl(llhttp_t *parser, const char *at, size_t length)
{
    Connection *c = self(parser);
    if (!c->addHeaderBytes(length))
        return -1;
    c->m_request.target.append(at, qsizetype(length));
    return 0;
}

int Connection::onHeaderField(llhttp_t *parser, const char *at, size_t length)
{
    Connection *c = self(parser);
    if (!c->addHeaderBytes(length))
        return -1;
    c->m_field.append(at, qsizetype(length));
    return 0;
}

int Connection::onHeaderFieldComplete(llhttp_t *parser)
{
    Connection *c = self(parser);
    c->m_field = std::move(c->m_field).toLower();
    return 0;
}

int Connection::onHeaderValue(llhttp_t *parser, const char *at, size_t length)
{
    Connection *c = self(parser);
    if (!c->addHeaderBytes(length))
        return -1;
    c->m_value.append(at, qsizetype(length));
    return 0;
}

int Connection::onHeaderValueComplete(llhttp_t *parser)
{
    Connection *c = self(parser);
    // Both buffers move into the header (trimmed in place): no copy per header line.
    c->m_request.headers.append({std::move(c->m_field), std::move(c->m_value).trimmed()});
    c->m_field = QByteArray();
    c->m_value = QByteArray();
    return 0;
}

int Connection::onHeadersComplete(llhttp_t *parser)
{
    Connection *c = self(parser);
    Request &r = c->m_request;
    // llhttp's method names are static strings: refer to them instead of copying each time.
    const char *method = llhttp_method_name(llhttp_method_t(parser->method));
    r.method = QByteArray::fromRawData(method, qstrlen(method));
    const qsizetype q = r.target.indexOf('?');
    r.path = q < 0 ? r.target : r.target.left(q);
    r.query = q < 0 ? QByteArray() : r.target.mid(q + 1);
    r.peer = c->m_socket->peerAddress();
    r.client = c->m_worker->options().trustedProxies.clientOf(r.peer, r.headers);
    const QByteArray clientId = r.header("x-request-id");
    r.requestId = saneRequestId(clientId) ? clientId : c->m_worker->newRequestId();

    const ServerOptions &o = c->m_worker->options();
    if ((parser->flags & F_CONTENT_LENGTH) && parser->content_length > quint64(o.maxBodyBytes)) {
        c->m_rejectStatus = 413;
        return -1;
    }
    const QByteArray expect = r.header("expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            c->m_rejectStatus = 417;
            return -1;
        }
        if (parser->http_major == 1 && parser->http_minor >= 1)
            c->writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
    }
    // Reserve what is likely, not what is announced: a slow client announcing 16 MiB must not
    // make every connection hold 16 MiB before a byte of body arrived.
    r.body.reserve(qsizetype(qMin<quint64>(parser->content_length, 64 * 1024)));
    c->setDeadline(Phase::Body);
    return 0;
}

int Connection::onBody(llhttp_t *parser, const char *at, size_t length)
{
    Connection *c = self(parser);
    if (c->m_request.body.size() + qsizetype(length) > c->m_worker->options().maxBodyBytes) {
        c->m_rejectStatus = 413;
        return -1;
    }
    c->m_request.body.append(at, qsizetype(length));
    return 0;
}

int Connection::onMessageComplete(llhttp_t *parser)
{
    Connection *c = self(parser);
    c->m_request.keepAlive = llhttp_should_keep_alive(parser) != 0;
    c->m_messageComplete = true;
    return HPE_PAUSED; // one exchange at a time; resumed when the response is done
}

} // namespace Tollgate::Http
