// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <functional>

#include <QObject>
#include <QThread>


namespace Tollgate::Http {
class Exchange;
}

namespace Tollgate::Api {

/// What a control-plane handler answers.
struct Reply
{
    int status = 200;
    Http::Headers headers;
    QByteArray body;

    /// Set by a handler that answers only after asynchronous work (a call to an SSO provider):
    /// run on the control thread right after the handler returns, with the function that sends
    /// the reply (call it once, from the control thread). The thread serves other calls meanwhile.
    std::function<void(std::function<void(Reply)> respond)> deferred;

    /// Set by a handler whose body is too large to build in memory (an export): called on the
    /// control thread for each next piece of the body, which goes out chunked after the status
    /// and headers; an empty piece ends the body. The next call waits until the client's socket
    /// has taken most of the previous pieces, so memory stays bounded by one piece plus the
    /// socket's queue. An exception ends the response incomplete (the client sees no final chunk).
    std::function<QByteArray()> stream;

    /// A JSON reply (content type set).
    static Reply json(int status, const QByteArray &body);
    /// An OpenAI/LiteLLM-shaped error: {"error":{"message","type","param","code"}}.
    static Reply error(int status, QByteArrayView code, const QString &message, QByteArrayView type = "invalid_request_error");
};

/// Runs control-plane work (database reads and writes) on its own thread, so admin calls never
/// stall the worker threads that relay model traffic. The reply goes back to the exchange on its
/// worker thread, and is dropped if the client went away meanwhile.
class ControlExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlExecutor)

public:
    explicit ControlExecutor(QObject *parent = nullptr);
    ~ControlExecutor() override;

    /// Runs @p work on the control thread and sends its reply on @p exchange. The request is
    /// copied, so @p work may use it freely. An exception escaping @p work becomes a 500.
    void run(Http::Exchange &exchange, std::function<Reply(const Http::Request &)> work);

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace Tollgate::Api
