// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/exchange.h"

#include "gateway-core/http/connection.h"

#include <utility>

namespace Tollgate::Http {

namespace {
// Above this many unsent bytes a streaming producer should pause until drained().
constexpr qint64 LowWaterMark = 64 * 1024;
} // namespace

Exchange::Exchange(Connection *connection, Request request, int worker)
    : m_connection(connection)
    , m_request(std::move(request))
    , m_worker(worker)
{
    m_started.start();
}

Exchange::~Exchange() = default;

bool Exchange::isOpen() const
{
    return m_connection && m_state != State::Done && m_connection->isConnected();
}

qint64 Exchange::pendingBytes() const
{
    return m_connection ? m_connection->pendingBytes() : 0;
}

void Exchange::respond(int status, QByteArrayView contentType, QByteArrayView body)
{
    respond(status, Headers{{"content-type", contentType.toByteArray()}}, body);
}

void Exchange::respond(int status, const Headers &headers, QByteArrayView body)
{
    if (m_state != State::Waiting || !m_connection)
        return;
    m_state = State::Done;
    m_status = status;
    const bool head = m_request.method == "HEAD";
    QByteArray out;
    out.reserve(256 + headers.size() * 48 + (head ? 0 : body.size()));
    m_connection->writeResponseHead(out, status, headers, body.size(), false);
    if (!head)
        out.append(body.data(), body.size());
    m_connection->writeRaw(out);
    // Hand the response to the kernel now instead of on the next pass of the event loop. A write
    // error loses the connection here (connectionLost() clears m_connection).
    m_connection->flushOutput();
    if (Connection *connection = std::exchange(m_connection, nullptr))
        connection->exchangeFinished(this);
}

void Exchange::startStream(int status, const Headers &headers)
{
    if (m_state != State::Waiting || !m_connection)
        return;
    m_state = State::Streaming;
    m_status = status;
    QByteArray out;
    out.reserve(256 + headers.size() * 48);
    m_connection->writeResponseHead(out, status, headers, 0, true);
    m_connection->writeRaw(out);
}

bool Exchange::write(QByteArrayView data)
{
    if (m_state != State::Streaming || !m_connection || !m_connection->isConnected())
        return false;
    if (data.isEmpty())
        return true; // an empty chunk would end the stream
    QByteArray chunk;
    chunk.reserve(data.size() + 12);
    chunk += QByteArray::number(data.size(), 16);
    chunk += "\r\n";
    chunk.append(data.data(), data.size());
    chunk += "\r\n";
    m_connection->writeRaw(chunk);
    return true;
}

void Exchange::finish()
{
    if (m_state != State::Streaming || !m_connection)
        return;
    m_state = State::Done;
    m_connection->writeRaw("0\r\n\r\n");
    m_connection->flushOutput(); // as in respond()
    if (Connection *connection = std::exchange(m_connection, nullptr))
        connection->exchangeFinished(this);
}

void Exchange::abort()
{
    if (m_connection)
        m_connection->closeNow(); // emits aborted() through connectionLost()
}

void Exchange::connectionLost()
{
    m_connection = nullptr;
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    Q_EMIT aborted();
}

void Exchange::writeDrained()
{
    if (m_state == State::Streaming && pendingBytes() < LowWaterMark)
        Q_EMIT drained();
}

} // namespace Tollgate::Http
