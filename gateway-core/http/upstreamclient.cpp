// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/upstreamclient.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <llhttp.h>

namespace Tollgate::Http {

namespace {

struct ParsedUrl
{
    QByteArray scheme;
    QByteArray host;
    quint16 port = 0;
    QByteArray target; ///< path and query
    QByteArray originKey;
};

bool parseUrl(QByteArrayView url, ParsedUrl *out)
{
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0)
        return false;
    out->scheme = url.first(schemeEnd).toByteArray().toLower();
    if (out->scheme != "http" && out->scheme != "https")
        return false;
    const qsizetype hostStart = schemeEnd + 3;
    qsizetype pathStart = url.indexOf('/', hostStart);
    if (pathStart < 0)
        pathStart = url.size();
    QByteArrayView authority = url.sliced(hostStart, pathStart - hostStart);
    if (authority.contains('@'))
        authority = authority.sliced(authority.lastIndexOf('@') + 1);
    qsizetype colon = authority.lastIndexOf(':');
    if (authority.startsWith('[')) { // [::1]:8000
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return false;
        out->host = authority.sliced(1, close - 1).toByteArray();
        colon = authority.indexOf(':', close);
    } else {
        out->host = (colon < 0 ? authority : authority.first(colon)).toByteArray();
    }
    bool ok = true;
    out->port = colon < 0 ? (out->scheme == "https" ? 443 : 80) : authority.sliced(colon + 1).toUShort(&ok);
    if (!ok || out->host.isEmpty())
        return false;
    out->target = pathStart < url.size() ? url.sliced(pathStart).toByteArray() : QByteArray("/");
    out->originKey = out->scheme + "://" + authority.toByteArray();
    return true;
}

} // namespace

bool UpstreamError::isTimeout() const
{
    return code == Code::ConnectTimeout || code == Code::FirstByteTimeout || code == Code::IdleTimeout;
}

QByteArray UpstreamError::codeName() const
{
    switch (code) {
    case Code::ConnectFailed: return "connect_failed";
    case Code::ConnectTimeout: return "connect_timeout";
    case Code::FirstByteTimeout: return "first_byte_timeout";
    case Code::IdleTimeout: return "idle_timeout";
    case Code::ConnectionReset: return "connection_reset";
    case Code::ProtocolError: return "protocol_error";
    case Code::TlsError: return "tls_error";
    }
    return "unknown";
}

/// One TCP (or TLS) connection to an origin, serving one call at a time.
class UpstreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    UpstreamConnection(UpstreamPool *pool, QByteArray originKey, const QByteArray &scheme, const QByteArray &host,
                       quint16 port, bool verifyTls)
        : QObject(pool)
        , m_pool(pool)
        , m_originKey(std::move(originKey))
    {
        if (scheme == "https") {
            auto *ssl = new QSslSocket(this);
            if (!verifyTls)
                ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket = ssl;
            connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onConnected);
            ssl->connectToHostEncrypted(QString::fromUtf8(host), port);
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &UpstreamConnection::onConnected);
            m_socket->connectToHost(QString::fromUtf8(host), port);
        }
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Bounded, so a paused call (slow client) leaves bytes in the kernel and TCP slows the upstream.
        m_socket->setReadBufferSize(1 << 20);
        connect(m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::onDisconnected);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnection::onError);
        llhttp_settings_init(&m_settings);
        m_settings.on_header_field = &UpstreamConnection::onHeaderField;
        m_settings.on_header_field_complete = &UpstreamConnection::onHeaderFieldComplete;
        m_settings.on_header_value = &UpstreamConnection::onHeaderValue;
        m_settings.on_header_value_complete = &UpstreamConnection::onHeaderValueComplete;
        m_settings.on_headers_complete = &UpstreamConnection::onHeadersComplete;
        m_settings.on_body = &UpstreamConnection::onBody;
        m_settings.on_message_complete = &UpstreamConnection::onMessageComplete;
    }

    const QByteArray &originKey() const { return m_originKey; }
    bool isReused() const { return m_served > 0; }
    bool isConnected() const { return m_connected; }

    void start(UpstreamCall *call)
    {
        m_call = call;
        call->m_connection = this;
        llhttp_init(&m_parser, HTTP_RESPONSE, &m_settings);
        m_parser.data = this;
        m_status = 0;
        m_headers.clear();
        m_complete = false;
        m_headersDone = false;
        if (m_connected)
            writeRequest();
        else
            call->armTimer(call->m_request.connectTimeoutMs, UpstreamError::Code::ConnectTimeout);
    }

    /// The call gave up (cancel, timeout): this connection's state is unknown, so it closes.
    void abandon()
    {
        m_call = nullptr;
        close();
    }

    void resume() { QMetaObject::invokeMethod(this, &UpstreamConnection::onReadyRead, Qt::QueuedConnection); }

private:
    void writeRequest()
    {
        UpstreamCall *call = m_call;
        QByteArray out;
        out.reserve(call->m_head.size() + call->m_request.body.size());
        out += call->m_head;
        out += call->m_request.body;
        m_socket->write(out);
        call->armTimer(call->m_request.firstByteTimeoutMs, UpstreamError::Code::FirstByteTimeout);
    }

    void onConnected()
    {
        m_connected = true;
        if (m_call)
            writeRequest();
    }

    void onReadyRead()
    {
        if (!m_call) {
            // Bytes on an idle connection: the server is confused or closing; don't reuse it.
            if (m_socket->bytesAvailable() > 0)
                close();
            return;
        }
        if (m_call->m_paused)
            return;
        const QByteArray data = m_socket->readAll();
        if (data.isEmpty())
            return;
        m_call->armTimer(m_call->m_request.idleTimeoutMs, UpstreamError::Code::IdleTimeout);
        m_body.clear();
        const llhttp_errno_t err = llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
        if (err != HPE_OK && !(err == HPE_PAUSED && m_complete)) {
            fail(UpstreamError::Code::ProtocolError,
                 QStringLiteral("unreadable response: %1").arg(QString::fromLatin1(llhttp_errno_name(err))));
            return;
        }
        deliver();
    }

    /// Emits what the last parse produced; any handler may cancel the call in between.
    void deliver()
    {
        QPointer<UpstreamConnection> self(this);
        QPointer<UpstreamCall> call(m_call);
        if (m_headersDone && !call->m_started) {
            call->m_started = true;
            Q_EMIT call->responseStarted(m_status, m_headers);
            if (!self || !call || call->m_ended)
                return;
        }
        if (!m_body.isEmpty()) {
            const QByteArray body = std::exchange(m_body, QByteArray());
            Q_EMIT call->bodyData(body);
            if (!self || !call || call->m_ended)
                return;
        }
        if (m_complete)
            finishCall();
    }

    void finishCall()
    {
        UpstreamCall *call = m_call;
        m_call = nullptr;
        ++m_served;
        call->m_connection = nullptr;
        const bool reusable = m_keepAlive && m_socket->bytesAvailable() == 0
                              && m_socket->state() == QAbstractSocket::ConnectedState;
        call->done();
        if (reusable)
            m_pool->connectionIdle(this);
        else
            close();
    }

    void fail(UpstreamError::Code code, const QString &message)
    {
        UpstreamCall *call = m_call;
        m_call = nullptr;
        if (call) {
            call->m_connection = nullptr;
            call->fail(code, message);
        }
        close();
    }

    void onDisconnected()
    {
        if (m_call && m_headersDone && !m_complete) {
            // A body delimited by the end of the connection ends here.
            m_body.clear();
            if (llhttp_finish(&m_parser) == HPE_OK && m_complete) {
                deliver();
                return;
            }
        }
        lost(m_connected ? UpstreamError::Code::ConnectionReset : UpstreamError::Code::ConnectFailed,
             QStringLiteral("the upstream closed the connection"));
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError && m_connected)
            return; // disconnected() follows, and a body may end with the connection
        UpstreamError::Code code = m_connected ? UpstreamError::Code::ConnectionReset : UpstreamError::Code::ConnectFailed;
        if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
            || error == QAbstractSocket::SslInvalidUserDataError)
            code = UpstreamError::Code::TlsError;
        lost(code, m_socket->errorString());
    }

    void lost(UpstreamError::Code code, const QString &message)
    {
        if (!m_call) {
            close();
            return;
        }
        // A pooled connection the upstream had already closed: the classic keep-alive race. The
        // request never reached it, so a fresh connection may carry it once.
        if (isReused() && !m_headersDone && !m_call->m_retried && code == UpstreamError::Code::ConnectionReset) {
            UpstreamCall *call = m_call;
            m_call = nullptr;
            call->m_connection = nullptr;
            call->m_retried = true;
            close();
            m_pool->dispatch(call);
            return;
        }
        fail(code, message);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_socket->disconnect(this);
        m_socket->abort();
        m_pool->connectionClosed(this);
        deleteLater();
    }

    static UpstreamConnection *self(llhttp_t *p) { return static_cast<UpstreamConnection *>(p->data); }
    static int onHeaderField(llhttp_t *p, const char *at, size_t n)
    {
        self(p)->m_field.append(at, qsizetype(n));
        return 0;
    }
    static int onHeaderFieldComplete(llhttp_t *p)
    {
        self(p)->m_field = std::move(self(p)->m_field).toLower();
        return 0;
    }
    static int onHeaderValue(llhttp_t *p, const char *at, size_t n)
    {
        self(p)->m_value.append(at, qsizetype(n));
        return 0;
    }
    static int onHeaderValueComplete(llhttp_t *p)
    {
        UpstreamConnection *c = self(p);
        c->m_headers.append({std::exchange(c->m_field, QByteArray()), std::exchange(c->m_value, QByteArray()).trimmed()});
        return 0;
    }
    static int onHeadersComplete(llhttp_t *p)
    {
        UpstreamConnection *c = self(p);
        if (p->status_code < 200) { // an interim response (100 Continue): wait for the real one
            c->m_headers.clear();
            return 0;
        }
        c->m_status = p->status_code;
        c->m_headersDone = true;
        return 0;
    }
    static int onBody(llhttp_t *p, const char *at, size_t n)
    {
        self(p)->m_body.append(at, qsizetype(n));
        return 0;
    }
    static int onMessageComplete(llhttp_t *p)
    {
        UpstreamConnection *c = self(p);
        if (!c->m_headersDone)
            return 0;
        c->m_complete = true;
        c->m_keepAlive = llhttp_should_keep_alive(p) != 0;
        return HPE_PAUSED;
    }

    UpstreamPool *m_pool;
    QByteArray m_originKey;
    QTcpSocket *m_socket = nullptr;
    llhttp_t m_parser;
    llhttp_settings_t m_settings;
    UpstreamCall *m_call = nullptr;
    QByteArray m_field;
    QByteArray m_value;
    Headers m_headers;
    QByteArray m_body;
    int m_status = 0;
    int m_served = 0;
    bool m_connected = false;
    bool m_headersDone = false;
    bool m_complete = false;
    bool m_keepAlive = false;
    bool m_closed = false;
};

UpstreamCall::UpstreamCall(UpstreamPool *pool, UpstreamRequest request)
    : QObject(pool)
    , m_pool(pool)
    , m_request(std::move(request))
{
}

UpstreamCall::~UpstreamCall() = default;

void UpstreamCall::armTimer(int ms, UpstreamError::Code code)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            static const char *const what[] = {"", "connecting took too long", "no response in time",
                                               "the response stalled"};
            const int index = m_timeoutCode == UpstreamError::Code::ConnectTimeout   ? 1
                              : m_timeoutCode == UpstreamError::Code::FirstByteTimeout ? 2
                                                                                       : 3;
            if (m_connection) {
                UpstreamConnection *c = std::exchange(m_connection, nullptr);
                c->abandon();
            }
            fail(m_timeoutCode, QString::fromLatin1(what[index]));
        });
    }
    m_timeoutCode = code;
    m_timer->start(ms);
}

void UpstreamCall::fail(UpstreamError::Code code, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_timer)
        m_timer->stop();
    UpstreamError error{code, message, m_started};
    Q_EMIT failed(error);
    deleteLater();
}

void UpstreamCall::done()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_timer)
        m_timer->stop();
    Q_EMIT finished();
    deleteLater();
}

void UpstreamCall::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_timer)
        m_timer->stop();
    if (m_connection)
        std::exchange(m_connection, nullptr)->abandon();
    deleteLater();
}

void UpstreamCall::pauseReading()
{
    m_paused = true;
}

void UpstreamCall::resumeReading()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_connection)
        m_connection->resume();
}

UpstreamPool::UpstreamPool(UpstreamPoolOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

UpstreamPool::~UpstreamPool() = default;

UpstreamCall *UpstreamPool::send(UpstreamRequest request)
{
    auto *call = new UpstreamCall(this, std::move(request));
    ParsedUrl url;
    if (!parseUrl(call->m_request.url, &url)) {
        // Report asynchronously so the caller can connect its slots first.
        QMetaObject::invokeMethod(call, [call] {
            call->fail(UpstreamError::Code::ConnectFailed, QStringLiteral("malformed upstream URL"));
        }, Qt::QueuedConnection);
        return call;
    }
    call->m_originKey = url.originKey;
    QByteArray &head = call->m_head;
    head.reserve(256 + call->m_request.headers.size() * 48);
    head += call->m_request.method + ' ' + url.target + " HTTP/1.1\r\nhost: " + url.host;
    if ((url.scheme == "http" && url.port != 80) || (url.scheme == "https" && url.port != 443))
        head += ':' + QByteArray::number(url.port);
    head += "\r\ncontent-length: " + QByteArray::number(call->m_request.body.size());
    for (const Header &h : call->m_request.headers)
        head += "\r\n" + h.name + ": " + h.value;
    head += "\r\n\r\n";

    auto &origin = m_origins[url.originKey];
    if (!origin) {
        origin = std::make_shared<Origin>();
        origin->scheme = url.scheme;
        origin->host = url.host;
        origin->port = url.port;
    }
    // Dispatch on the next turn of the event loop: a refused loopback connect can fail inside
    // connectToHost(), before the caller had a chance to connect to the call's signals.
    QMetaObject::invokeMethod(this, [this, call = QPointer<UpstreamCall>(call)] {
        if (call && !call->m_ended)
            dispatch(call);
    }, Qt::QueuedConnection);
    return call;
}

void UpstreamPool::dispatch(UpstreamCall *call)
{
    Origin &origin = *m_origins.value(call->m_originKey);
    while (!origin.idle.empty()) {
        UpstreamConnection *c = origin.idle.back();
        origin.idle.pop_back();
        if (c->isConnected()) {
            c->start(call);
            return;
        }
    }
    if (origin.open < m_options.maxConnectionsPerOrigin) {
        ++origin.open;
        ++m_opened;
        auto *c = new UpstreamConnection(this, call->m_originKey, origin.scheme, origin.host, origin.port,
                                         m_options.verifyTls);
        c->start(call);
        return;
    }
    origin.waiting.push_back(call);
    call->armTimer(call->m_request.connectTimeoutMs, UpstreamError::Code::ConnectTimeout);
}

void UpstreamPool::connectionIdle(UpstreamConnection *connection)
{
    Origin &origin = *m_origins.value(connection->originKey());
    origin.idle.push_back(connection);
    serveWaiting(origin);
}

void UpstreamPool::connectionClosed(UpstreamConnection *connection)
{
    const auto it = m_origins.constFind(connection->originKey());
    if (it == m_origins.cend())
        return;
    Origin &origin = **it;
    std::erase(origin.idle, connection);
    --origin.open;
    serveWaiting(origin);
}

void UpstreamPool::serveWaiting(Origin &origin)
{
    while (!origin.waiting.empty()) {
        QPointer<UpstreamCall> call = origin.waiting.front();
        if (!call || call->m_ended) {
            origin.waiting.pop_front();
            continue;
        }
        if (origin.idle.empty() && origin.open >= m_options.maxConnectionsPerOrigin)
            return;
        origin.waiting.pop_front();
        dispatch(call);
    }
}

int UpstreamPool::connectionCount(const QByteArray &origin) const
{
    const auto it = m_origins.constFind(origin);
    return it == m_origins.cend() ? 0 : (*it)->open;
}

} // namespace Tollgate::Http

#include "upstreamclient.moc"
