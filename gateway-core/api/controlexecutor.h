// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>


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

    /// Set by a handler that answers a large body piece by piece (an export): status and headers
    /// go out at once as a chunked response, then the control thread calls this for the next
    /// piece whenever the client has taken the previous one (backpressure), until it answers
    /// nullopt. An empty piece means nothing is ready yet: it is asked again after a short pause
    /// (an event stream). An exception ends the response incomplete (the connection is closed).
    std::function<std::optional<QByteArray>()> stream;

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

    /// Like run(), but on a small pool of threads beside the control thread: for work that spends
    /// long on the CPU or waits on the network (password hashing, a webhook call), so the control
    /// thread keeps answering meanwhile. Such work runs concurrently with the control thread and
    /// with other such work (the store's transactions and versions keep it consistent). A
    /// deferred or streamed reply continues on the control thread.
    void runAside(Http::Exchange &exchange, std::function<Reply(const Http::Request &)> work);

    /// Parks the control thread until the returned handle is dropped; returns once it is parked
    /// (the work before has finished) and no work runs aside. Requests arriving meanwhile wait
    /// their turn. For work that swaps the store underneath every handler (a restore). Not from
    /// the control thread or the pool.
    std::shared_ptr<void> hold();

private:
    /// Threads of the pool, and so the most work running aside at once.
    static constexpr int AsideThreads = 4;

    QThread m_thread;
    QObject *m_context;
    QThreadPool m_pool;
    /// One permit per pool thread: work aside holds one while it runs, hold() takes them all.
    QSemaphore m_asideGate{AsideThreads};
};

} // namespace Tollgate::Api
