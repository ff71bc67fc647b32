// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/upstreamcall.h"
#include "gateway-core/keys/keycache.h"
#include "gateway-core/limits/limiter.h"
#include "gateway-core/proxy/catalog.h"
#include "gateway-core/proxy/openai.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Tollgate::Http {
class Exchange;
} // namespace Tollgate::Http

namespace Tollgate::Proxy {

class ProxyService;

/// One metered request through the gateway, from the key check to the journal record. It owns
/// its state and outlives a client that goes away, so even an aborted stream is settled and billed.
class ProxyCall final : public QObject, private Http::UpstreamListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyCall)

public:
    /// Handles @p exchange; answers at once on a refusal, otherwise forwards upstream.
    static void start(ProxyService &service, Http::Exchange &exchange, Endpoint endpoint);
    ~ProxyCall() override;

private:
    ProxyCall(ProxyService &service, Http::Exchange &exchange, Endpoint endpoint);

    bool admit();
    void forward(int attempt);
    // The upstream call's events (UpstreamListener): direct calls, no connections per request.
    void upstreamResponseStarted(int status, const Http::Headers &headers) override;
    void upstreamBodyData(const QByteArray &data) override;
    void upstreamFinished() override;
    void upstreamFailed(const Http::UpstreamError &error) override;
    void onUpstreamFailed(const Http::UpstreamError &error);
    void onClientGone();
    void relayEvents(const QByteArray &data);
    void finishStream(bool upstreamComplete);
    void finishPlain();
    /// Settles limits, writes the usage record and metrics; then the call deletes itself.
    void complete(int status, QByteArrayView errorCode);
    void reject(int status, QByteArrayView type, QByteArrayView code, const QByteArray &message,
                const Http::Headers &extra = {});
    Http::Headers meteringHeaders(qint64 cost) const;
    Http::Headers rateHeaders() const;

    ProxyService &m_service;
    QPointer<Http::Exchange> m_exchange;
    Endpoint m_endpoint;
    QByteArray m_requestId;
    qint64 m_startedMs = 0;
    QElapsedTimer m_clock;
    qint64 m_upstreamStartNs = 0;
    qint64 m_upstreamNs = 0;

    std::shared_ptr<const Keys::KeyRecord> m_key;
    std::shared_ptr<const CatalogSnapshot> m_snapshot;
    std::shared_ptr<const ModelRoute> m_model;
    const DeploymentRoute *m_deployment = nullptr;
    RequestInfo m_info;
    Limits::Admission m_admission;
    Limits::RateStatus m_rate;
    qint64 m_reservedTokens = 0;

    QPointer<Http::UpstreamCall> m_upstream;
    int m_attempt = 0;
    int m_upstreamStatus = 0;
    QByteArray m_contentType;
    QByteArray m_body;
    SseSplitter m_sse;
    Usage m_usage;
    qint64 m_deliveredChunks = 0;
    qint64 m_ttftMs = -1;
    qint64 m_cost = 0; ///< what the request was billed, set by complete()
    qint64 m_keySpend = -1; ///< the key's spend after settling, set by complete(); -1 = ask the limiter
    bool m_streaming = false;
    bool m_sawDone = false;
    bool m_aborted = false;
    bool m_completed = false;
};

} // namespace Tollgate::Proxy
