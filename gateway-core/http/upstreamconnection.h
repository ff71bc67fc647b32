// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the upstream pool: include only from upstream*.cpp (it pulls in llhttp).
#pragma once

#include "gateway-core/http/upstreamrequest.h"

#include <QAbstractSocket>
#include <QObject>
#include <QSslConfiguration>

#include <deque>
#include <llhttp.h>
#include <vector>

class QTcpSocket;

namespace Tollgate::Http {

class UpstreamCall;
class UpstreamConnection;
class UpstreamPool;

/// Pool state of one origin (and trust settings).
struct UpstreamOriginState
{
    UpstreamOrigin origin;
    QSslConfiguration ssl; // built once, when the first TLS connection opens
    std::vector<UpstreamConnection *> idle; // a stack: back() is the most recently used
    std::deque<UpstreamCall *> waiting;
    int open = 0;
    bool sslReady = false;
};

/// One client connection to an upstream: writes a request, parses its response with llhttp.
class UpstreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    UpstreamConnection(UpstreamPool *pool, UpstreamOriginState *origin, quint64 id);
    ~UpstreamConnection() override;

    /// Starts connecting on behalf of @p call, which gets the connection once it is up.
    void open(UpstreamCall *call);
    /// Writes @p call's request; the response is delivered to it.
    void start(UpstreamCall *call);
    /// The call let go (cancel, timeout): the response cannot be finished, so the connection closes.
    void abandon();
    /// Still fit to carry a request after idling.
    bool isUsable() const;
    void close();
    void resumeReading();

    UpstreamOriginState *origin() const { return m_origin; }
    quint64 id() const { return m_id; }
    qint64 idleSinceMs = 0;
    bool counted = true; ///< still counted in origin()->open

private:
    enum class State { Connecting, Busy, Idle, Closed };

    static int onHeaderField(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderValue(llhttp_t *parser, const char *at, size_t length);
    static int onHeaderValueComplete(llhttp_t *parser);
    static int onHeadersComplete(llhttp_t *parser);
    static int onBody(llhttp_t *parser, const char *at, size_t length);
    static int onMessageComplete(llhttp_t *parser);
    static const llhttp_settings_t *parserSettings();

    void onConnected();
    void onReady();
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void readInput();
    void handleEof();
    void messageDone(bool reusable);
    void writeRequest(UpstreamCall *call);

    UpstreamPool *m_pool;
    UpstreamOriginState *m_origin;
    QTcpSocket *m_socket;
    UpstreamCall *m_call = nullptr;
    llhttp_t m_parser;
    QByteArray m_field;
    QByteArray m_value;
    Headers m_headers;
    const QByteArray *m_chunk = nullptr; // the buffer being parsed, for zero-copy body delivery
    quint64 m_id;
    int m_served = 0;
    State m_state = State::Connecting;
    bool m_messageComplete = false;
    bool m_keepAlive = false;
    bool m_reusedForCall = false;
    bool m_headRequest = false;
    bool m_bytesThisRequest = false;
    bool m_eof = false;
    bool m_reading = false;
};

} // namespace Tollgate::Http
