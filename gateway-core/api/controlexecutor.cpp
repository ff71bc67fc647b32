// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/controlexecutor.h"

#include "gateway-core/http/exchange.h"
#include "gateway-core/http/router.h"

#include <QLoggingCategory>
#include <QPointer>

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

/// Queued bytes above which a stream waits for the socket to drain before producing more.
constexpr qint64 StreamHighWater = 256 * 1024;

/// Pumps a Reply::stream: produces a piece on the control thread, writes it on the exchange's
/// thread, and asks for the next one when the socket has room.
struct StreamPump : std::enable_shared_from_this<StreamPump>
{
    QPointer<QObject> control;
    QPointer<Http::Exchange> target;
    QObject *mailbox = nullptr;
    std::function<QByteArray()> produce;
    QByteArray requestId;

    /// On the control thread.
    void next()
    {
        QByteArray piece;
        bool failed = false;
        try {
            piece = produce();
        } catch (const std::exception &e) {
            qCWarning(lcControl, "request %s: stream failed: %s", requestId.constData(), e.what());
            failed = true;
        }
        QMetaObject::invokeMethod(mailbox, [self = shared_from_this(), piece = std::move(piece), failed] {
            self->deliver(piece, failed);
        }, Qt::QueuedConnection);
    }

    /// On the exchange's thread.
    void deliver(const QByteArray &piece, bool failed)
    {
        if (!target || !target->isOpen())
            return;
        if (failed) {
            target->abort();
            return;
        }
        if (piece.isEmpty()) {
            target->finish();
            return;
        }
        if (!target->write(piece))
            return;
        const auto again = [self = shared_from_this()] {
            if (self->control)
                QMetaObject::invokeMethod(self->control, [self] { self->next(); }, Qt::QueuedConnection);
        };
        if (target->pendingBytes() <= StreamHighWater)
            again();
        else
            QObject::connect(target, &Http::Exchange::drained, mailbox, again, Qt::SingleShotConnection);
    }
};

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
    m_thread.setObjectName(QStringLiteral("control-plane"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ControlExecutor::~ControlExecutor()
{
    QObject *context = m_context;
    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ControlExecutor::run(Http::Exchange &exchange, std::function<Reply(const Http::Request &)> work)
{
    QPointer<Http::Exchange> target(&exchange);
    QObject *mailbox = threadMailbox();
    QPointer<QObject> control(m_context);
    QMetaObject::invokeMethod(m_context, [target, mailbox, control, request = exchange.request(), work = std::move(work)] {
        const auto failed = [&request](const std::exception &e) {
            qCWarning(lcControl, "request %s failed: %s", request.requestId.constData(), e.what());
            return Reply::error(500, "internal_error",
                                QStringLiteral("The server could not complete the request (request id %1).")
                                    .arg(QString::fromLatin1(request.requestId)),
                                "server_error");
        };
        const auto send = [target, mailbox](Reply reply) {
            QMetaObject::invokeMethod(mailbox, [target, reply = std::move(reply)] {
                if (target)
                    target->respond(reply.status, reply.headers, reply.body);
            }, Qt::QueuedConnection);
        };
        Reply reply;
        try {
            reply = work(request);
            if (reply.deferred) {
                const auto deferred = std::move(reply.deferred);
                deferred(send);
                return;
            }
            if (reply.stream) {
                auto pump = std::make_shared<StreamPump>();
                pump->control = control;
                pump->target = target;
                pump->mailbox = mailbox;
                pump->produce = std::move(reply.stream);
                pump->requestId = request.requestId;
                QMetaObject::invokeMethod(mailbox, [pump, status = reply.status, headers = reply.headers] {
                    if (!pump->target)
                        return;
                    pump->target->startStream(status, headers);
                    if (pump->control)
                        QMetaObject::invokeMethod(pump->control, [pump] { pump->next(); }, Qt::QueuedConnection);
                }, Qt::QueuedConnection);
                return;
            }
        } catch (const std::exception &e) {
            reply = failed(e);
        }
        send(std::move(reply));
    }, Qt::QueuedConnection);
}

} // namespace Tollgate::Api
