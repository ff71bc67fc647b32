// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/upstreamconnection.h"

#include "gateway-core/http/connection.h"
#include "gateway-core/http/upstreamcall.h"
#include "gateway-core/http/upstreampool.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslSocket>

#include <charconv>
#include <cstring>

namespace Tollgate::Http {

namespace {

Q_LOGGING_CATEGORY(lcUpstream, "tollgate.http.upstream")

// Bodies above this go out in a second write instead of being copied behind the head.
constexpr qsizetype InlineBodyLimit = 64 * 1024;

UpstreamConnection *self(llhttp_t *parser)
{
    return static_cast<UpstreamConnection *>(parser->data);
}

bool isHopHeader(QByteArrayView name)
{
    // The pool owns the framing; a caller's copy would smuggle a second length or host.
    switch (name.size()) {
    case 4: return name == "host";
    case 10: return name == "connection";
    case 14: return name == "content-length";
    case 17: return name == "transfer-encoding";
    default: return false;
    }
}

QSslConfiguration buildSsl(const UpstreamTls &tls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::SecureProtocols);
    // HTTP/1.1 only: the parser speaks nothing else, and a server must not pick h2 for us.
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    if (tls.insecureSkipVerify) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!tls.caFile.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
            if (extra.isEmpty())
                qCWarning(lcUpstream, "no PEM certificate in upstream CA file %s", qPrintable(tls.caFile));
            config.addCaCertificates(extra);
        }
    }
    return config;
}

} // namespace

const llhttp_settings_t *UpstreamConnection::parserSettings()
{
    static const llhttp_settings_t settings = [] {
        llhttp_settings_t s;
        llhttp_settings_init(&s);
        s.on_header_field = &UpstreamConnection::onHeaderField;
        s.on_header_value = &UpstreamConnection::onHeaderValue;
        s.on_header_value_complete = &UpstreamConnection::onHeaderValueComplete;
        s.on_headers_complete = &UpstreamConnection::onHeadersComplete;
        s.on_body = &UpstreamConnection::onBody;
        s.on_message_complete = &UpstreamConnection::onMessageComplete;
        return s;
    }();
    return &settings;
}

UpstreamConnection::UpstreamConnection(UpstreamPool *pool, UpstreamOriginState *origin, quint64 id)
    : QObject(pool)
    , m_pool(pool)
    , m_origin(origin)
    , m_id(id)
{
    if (origin->origin.tls) {
        if (!origin->sslReady) {
            origin->ssl = buildSsl(origin->origin.tlsOptions);
            origin->sslReady = true;
        }
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(origin->ssl);
        connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onReady);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(QNetworkProxy::NoProxy); // no per-connection proxy lookup
    // Bounded so that a paused call stops reading and the kernel window pushes back upstream.
    m_socket->setReadBufferSize(pool->options().readBufferBytes);
    connect(m_socket, &QAbstractSocket::connected, this, &UpstreamConnection::onConnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &UpstreamConnection::readInput);
    connect(m_socket, &QAbstractSocket::disconnected, this, &UpstreamConnection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnection::onError);
    llhttp_init(&m_parser, HTTP_RESPONSE, parserSettings());
    m_parser.data = this;
}

UpstreamConnection::~UpstreamConnection() = default;

void UpstreamConnection::open(UpstreamCall *call)
{
    m_call = call;
    call->m_connection = this;
    m_state = State::Connecting;
    const QString host = QString::fromLatin1(m_origin->origin.host);
    if (m_origin->origin.tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(host, m_origin->origin.port);
    else
        m_socket->connectToHost(host, m_origin->origin.port);
}

void UpstreamConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_origin->origin.tls)
        onReady();
}

void UpstreamConnection::onReady()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Busy;
    if (UpstreamCall *call = m_call)
        writeRequest(call);
    else
        m_pool->release(this, true);
}

void UpstreamConnection::start(UpstreamCall *call)
{
    m_call = call;
    call->m_connection = this;
    m_state = State::Busy;
    writeRequest(call);
}

void UpstreamConnection::writeRequest(UpstreamCall *call)
{
    const UpstreamRequest &r = call->m_request;
    m_reusedForCall = m_served > 0;
    call->m_reused = m_reusedForCall;
    ++m_served;
    llhttp_reset(&m_parser);
    m_headers.clear();
    m_messageComplete = false;
    m_keepAlive = false;
    m_bytesThisRequest = false;
    m_headRequest = r.method == "HEAD";

    QByteArrayView path1;
    QByteArrayView path2;
    if (call->m_targetOffset >= 0) {
        path1 = QByteArrayView(r.url).sliced(call->m_targetOffset);
    } else {
        path1 = r.origin.basePath;
        path2 = r.target;
    }
    const bool needSlash = path1.isEmpty() ? (path2.isEmpty() || path2.front() != '/') : path1.front() != '/';
    qsizetype size = r.method.size() + path1.size() + path2.size() + m_origin->origin.hostHeader.size() + 64;
    for (const Header &h : r.headers)
        size += h.name.size() + h.value.size() + 4;
    const bool inlineBody = r.body.size() <= InlineBodyLimit;
    if (inlineBody)
        size += r.body.size();

    // The whole head (and a small body) in one buffer: one allocation, one write, one packet,
    // written with plain copies (a QByteArray append per piece cost more than the rest).
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    const auto put = [&p](QByteArrayView bytes) {
        std::memcpy(p, bytes.data(), size_t(bytes.size()));
        p += bytes.size();
    };
    put(r.method);
    *p++ = ' ';
    if (needSlash)
        *p++ = '/';
    put(path1);
    put(path2);
    put(" HTTP/1.1\r\nhost: ");
    put(m_origin->origin.hostHeader);
    put("\r\n");
    for (const Header &h : r.headers) {
        if (isHopHeader(h.name))
            continue;
        put(h.name);
        put(": ");
        put(h.value);
        put("\r\n");
    }
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH") {
        put("content-length: ");
        p = std::to_chars(p, p + 21, r.body.size()).ptr;
        put("\r\n");
    }
    put("\r\n");
    if (inlineBody)
        put(r.body);
    out.truncate(p - out.constData());
    m_socket->write(out);
    if (!inlineBody)
        m_socket->write(r.body);
    call->setPhase(UpstreamCall::Phase::Waiting);
    // Hand the request to the kernel now: QTcpSocket would only write it on the next pass of the
    // event loop, after everything else that pass has to do. A write error is reported from in
    // here (onError(), the keep-alive retry or the call's failure), so nothing may follow.
    m_socket->flush();
}

bool UpstreamConnection::isUsable() const
{
    return m_state == State::Idle && !m_eof && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->bytesAvailable() == 0;
}

void UpstreamConnection::close()
{
    m_state = State::Closed;
    m_call = nullptr;
    m_socket->abort();
}

void UpstreamConnection::abandon()
{
    m_call = nullptr;
    m_pool->drop(this);
}

void UpstreamConnection::resumeReading()
{
    if (m_socket->bytesAvailable() > 0 || m_eof)
        readInput();
}

void UpstreamConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting) {
        UpstreamCall *call = std::exchange(m_call, nullptr);
        const QString message = m_socket->errorString();
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError
                         || error == QAbstractSocket::SslInternalError
                         || error == QAbstractSocket::SslInvalidUserDataError;
        m_pool->drop(this);
        if (call) {
            call->m_connection = nullptr;
            call->fail(tls ? UpstreamErrorCode::TlsError : UpstreamErrorCode::ConnectFailed, message);
        }
        return;
    }
    // Closed or broken while connected: what was read still counts, then it is an end of file.
    m_eof = true;
    readInput();
}

void UpstreamConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_eof = true;
    readInput();
}

void UpstreamConnection::readInput()
{
    if (m_reading || m_state == State::Closed)
        return;
    if (!m_call) {
        // An idle connection that speaks up or goes away is useless to the pool.
        if (m_state == State::Idle && (m_eof || m_socket->bytesAvailable() > 0))
            m_pool->drop(this);
        return;
    }
    if (m_state == State::Connecting)
        return;
    m_reading = true;
    while (m_call && !m_call->isPaused() && m_socket->bytesAvailable() > 0) {
        UpstreamCall *call = m_call;
        const QByteArray data = readBuffered(m_socket);
        if (data.isEmpty())
            break;
        m_bytesThisRequest = true;
        call->noteBytes();
        m_chunk = &data;
        const llhttp_errno_t err = llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
        m_chunk = nullptr;
        if (err == HPE_PAUSED && m_messageComplete) {
            const qsizetype consumed = llhttp_get_error_pos(&m_parser) - data.constData();
            // Bytes after the response, a request body still unsent or a peer that is closing:
            // the connection cannot be trusted with another request.
            const bool reusable = m_keepAlive && consumed == data.size() && !m_eof
                                  && m_socket->bytesAvailable() == 0 && m_socket->bytesToWrite() == 0;
            m_reading = false;
            messageDone(reusable);
            return;
        }
        if (err != HPE_OK) {
            m_reading = false;
            const QString message = QStringLiteral("malformed upstream response: %1 (%2)")
                                        .arg(QLatin1StringView(llhttp_errno_name(err)),
                                             QLatin1StringView(llhttp_get_error_reason(&m_parser)));
            if (call->deliver())
                call->fail(UpstreamErrorCode::ProtocolError, message);
            return;
        }
        if (!call->deliver())
            break; // cancelled or deleted in a slot; abandon() has dealt with us
    }
    m_reading = false;
    if (m_eof && m_call && !m_call->isPaused() && m_socket->bytesAvailable() == 0)
        handleEof();
}

void UpstreamConnection::handleEof()
{
    UpstreamCall *call = m_call;
    if (!m_bytesThisRequest && m_reusedForCall && !call->m_retried) {
        // The keep-alive race: the server closed the idle connection as we wrote. Nothing was
        // answered, so the request goes again on a fresh connection; the caller never knows.
        m_call = nullptr;
        call->m_connection = nullptr;
        m_pool->drop(this);
        m_pool->retry(call);
        return;
    }
    // A body without length or chunking ends with the connection.
    llhttp_finish(&m_parser);
    if (m_messageComplete) {
        messageDone(false);
        return;
    }
    call->fail(UpstreamErrorCode::ConnectionReset,
               m_bytesThisRequest ? QStringLiteral("the upstream closed the connection mid-response")
                                  : QStringLiteral("the upstream closed the connection without answering"));
}

void UpstreamConnection::messageDone(bool reusable)
{
    UpstreamCall *call = std::exchange(m_call, nullptr);
    call->completeReceived();
    m_state = reusable ? State::Idle : State::Busy;
    // Back to the pool before finished() is emitted, so a follow-up request sent from a finished()
    // slot reuses this connection.
    m_pool->release(this, reusable);
    call->deliver();
}

int UpstreamConnection::onHeaderField(llhttp_t *parser, const char *at, size_t length)
{
    UpstreamConnection *c = self(parser);
    c->m_field.append(at, qsizetype(length));
    return 0;
}

int UpstreamConnection::onHeaderValue(llhttp_t *parser, const char *at, size_t length)
{
    UpstreamConnection *c = self(parser);
    c->m_value.append(at, qsizetype(length));
    return 0;
}

int UpstreamConnection::onHeaderValueComplete(llhttp_t *parser)
{
    UpstreamConnection *c = self(parser);
    c->m_headers.append({std::move(c->m_field).toLower(), std::move(c->m_value).trimmed()});
    c->m_field = QByteArray();
    c->m_value = QByteArray();
    return 0;
}

int UpstreamConnection::onHeadersComplete(llhttp_t *parser)
{
    UpstreamConnection *c = self(parser);
    const int status = parser->status_code;
    if (status >= 100 && status < 200 && status != 101) {
        c->m_headers.clear(); // 100 Continue, 103 Early Hints: the real response follows
        return 0;
    }
    if (c->m_call)
        c->m_call->headersReceived(status, std::exchange(c->m_headers, Headers()));
    return c->m_headRequest ? 1 : 0; // 1: a response to HEAD has no body whatever it says
}

int UpstreamConnection::onBody(llhttp_t *parser, const char *at, size_t length)
{
    UpstreamConnection *c = self(parser);
    if (c->m_call)
        c->m_call->bodyReceived(at, qsizetype(length), *c->m_chunk);
    return 0;
}

int UpstreamConnection::onMessageComplete(llhttp_t *parser)
{
    UpstreamConnection *c = self(parser);
    const int status = parser->status_code;
    if (status >= 100 && status < 200 && status != 101)
        return 0;
    c->m_keepAlive = llhttp_should_keep_alive(parser) != 0;
    c->m_messageComplete = true;
    return HPE_PAUSED; // stop here: anything after the response is not ours
}

} // namespace Tollgate::Http
