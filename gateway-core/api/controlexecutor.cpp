// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/controlexecutor.h"

#include "gateway-core/http/exchange.h"
#include "gateway-core/http/router.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSemaphore>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcControl, "tollgate.api")

namespace Tollgate::Api {

namespace {

/// One per worker thread, created there and living as long as the thread: the receiver of
/// replies, so nothing on another thread ever touches an exchange that may be gone.
QObject *threadMailbox()
{
    thread_local std::unique_ptr<QObject> mailbox(new QObject);
    return mailbox.get();
}

/// Bytes queued for a client above which a stream waits for the socket to drain.
constexpr qint64 StreamHighWater = 256 * 1024;
/// How long a stream that had nothing to send waits before it is asked again.
constexpr int StreamIdlePauseMs = 50;

using Producer = std::function<std::optional<QByteArray>()>;

/// On the control thread: produces the next piece of @p producer and hands it to the exchange's
/// thread; that thread asks for the following piece once the client has taken enough.
void pumpStream(QObject *control, QObject *mailbox, QPointer<Http::Exchange> target,
                std::shared_ptr<Producer> producer, QByteArray requestId)
{
    std::optional<QByteArray> piece;
    bool failed = false;
    try {
        piece = (*producer)();
    } catch (const std::exception &e) {
        qCWarning(lcControl, "stream of request %s failed: %s", requestId.constData(), e.what());
        failed = true;
    }
    QMetaObject::invokeMethod(mailbox, [=] {
        if (!target)
            return;
        if (failed) {
            target->abort();
            return;
        }
        if (!piece) {
            target->finish();
            return;
        }
        if (!piece->isEmpty() && !target->write(*piece))
            return;
        // An empty piece means "nothing yet" (an event stream waiting for its next event): ask
        // again after a pause instead of spinning the control thread.
        const bool idle = piece->isEmpty();
        const auto next = [=] {
            const auto pump = [=] { pumpStream(control, mailbox, target, producer, requestId); };
            if (idle)
                QTimer::singleShot(StreamIdlePauseMs, control, pump);
            else
                QMetaObject::invokeMethod(control, pump, Qt::QueuedConnection);
        };
        if (target->pendingBytes() < StreamHighWater)
            next();
        else
            QObject::connect(target.data(), &Http::Exchange::drained, mailbox, next, Qt::SingleShotConnection);
    }, Qt::QueuedConnection);
}

} // namespace

Reply Reply::json(int status, const QByteArray &body)
{
    return Reply{status, {{"content-type", "application/json"}}, body};
}

Reply Reply::error(int status, QByteArrayView code, const QString &message, QByteArrayView type)
{
    return json(status, Http::errorBody(message.toUtf8(), type, code));
}

ControlExecutor::ControlExecutor(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_pool.setMaxThreadCount(AsideThreads);
    m_pool.setObjectName(QStringLiteral("control-aside"));
    m_thread.setObjectName(QStringLiteral("control-plane"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ControlExecutor::~ControlExecutor()
{
    m_pool.waitForDone();
    QObject *context = m_context;
    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::shared_ptr<void> ControlExecutor::hold()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    auto parked = std::make_shared<QSemaphore>(0);
    auto released = std::make_shared<QSemaphore>(0);
    QMetaObject::invokeMethod(m_context, [parked, released] {
        parked->release();
        released->acquire();
    }, Qt::QueuedConnection);
    parked->acquire();
    m_asideGate.acquire(AsideThreads);
    QSemaphore *gate = &m_asideGate;
    return std::shared_ptr<void>(nullptr, [released, gate](void *) {
        gate->release(AsideThreads);
        released->release();
    });
}

namespace {

/// Runs @p work for @p request; exceptions become a 500.
Reply perform(const std::function<Reply(const Http::Request &)> &work, const Http::Request &request)
{
    try {
        return work(request);
    } catch (const std::exception &e) {
        qCWarning(lcControl, "request %s failed: %s", request.requestId.constData(), e.what());
        return Reply::error(500, "internal_error",
                            QStringLiteral("The server could not complete the request (request id %1).")
                                .arg(QString::fromLatin1(request.requestId)),
                            "server_error");
    }
}

/// The function that sends a reply to @p target on its worker thread; callable from any thread.
std::function<void(Reply)> replySender(QPointer<Http::Exchange> target, QObject *mailbox)
{
    return [target, mailbox](Reply reply) {
        QMetaObject::invokeMethod(mailbox, [target, reply = std::move(reply)] {
            if (target)
                target->respond(reply.status, reply.headers, reply.body);
        }, Qt::QueuedConnection);
    };
}

/// On the control thread: sends @p reply, or starts its deferred or streamed answer.
void deliver(Reply reply, QObject *control, QObject *mailbox, QPointer<Http::Exchange> target,
             const QByteArray &requestId)
{
    const auto send = replySender(target, mailbox);
    try {
        if (reply.deferred) {
            const auto deferred = std::move(reply.deferred);
            deferred(send);
            return;
        }
        if (reply.stream) {
            auto producer = std::make_shared<Producer>(std::move(reply.stream));
            QMetaObject::invokeMethod(mailbox, [target, status = reply.status, headers = reply.headers] {
                if (target)
                    target->startStream(status, headers);
            }, Qt::QueuedConnection);
            pumpStream(control, mailbox, target, std::move(producer), requestId);
            return;
        }
    } catch (const std::exception &e) {
        qCWarning(lcControl, "request %s failed: %s", requestId.constData(), e.what());
        reply = Reply::error(500, "internal_error",
                             QStringLiteral("The server could not complete the request (request id %1).")
                                 .arg(QString::fromLatin1(requestId)),
                             "server_error");
    }
    send(std::move(reply));
}

} // namespace

void ControlExecutor::run(Http::Exchange &exchange, std::function<Reply(const Http::Request &)> work)
{
    QPointer<Http::Exchange> target(&exchange);
    QObject *mailbox = threadMailbox();
    QObject *control = m_context;
    QMetaObject::invokeMethod(m_context, [target, mailbox, control, request = exchange.request(), work = std::move(work)] {
        deliver(perform(work, request), control, mailbox, target, request.requestId);
    }, Qt::QueuedConnection);
}

void ControlExecutor::runAside(Http::Exchange &exchange, std::function<Reply(const Http::Request &)> work)
{
    QPointer<Http::Exchange> target(&exchange);
    QObject *mailbox = threadMailbox();
    QObject *control = m_context;
    QSemaphore *gate = &m_asideGate;
    m_pool.start([target, mailbox, control, gate, request = exchange.request(), work = std::move(work)] {
        gate->acquire();
        Reply reply = perform(work, request);
        gate->release();
        if (!reply.deferred && !reply.stream) {
            replySender(target, mailbox)(std::move(reply));
            return;
        }
        QMetaObject::invokeMethod(control, [reply = std::move(reply), control, mailbox, target,
                                            requestId = request.requestId]() mutable {
            deliver(std::move(reply), control, mailbox, target, requestId);
        }, Qt::QueuedConnection);
    });
}

} // namespace Tollgate::Api
