// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/proxycall.h"

#include "gateway-core/http/exchange.h"
#include "gateway-core/http/router.h"
#include "gateway-core/http/upstreampool.h"
#include "gateway-core/metering/journal.h"
#include "gateway-core/metrics/metrics.h"
#include "gateway-core/proxy/proxyservice.h"
#include "gateway-core/util/duration.h"

#include <QDateTime>

#include <charconv>

using namespace Qt::StringLiterals;

namespace Tollgate::Proxy {

namespace {

/// Decimal text of @p value in one allocation (QByteArray::number() goes through a temporary and
/// an insert; a response carries about a dozen numbers).
QByteArray decimal(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    return QByteArray(digits, end - digits);
}

QByteArray formatMoney(qint64 nanos)
{
    // Currency units with nine decimals, trailing zeros trimmed but one kept: "0.000123", "5.0".
    const quint64 magnitude = nanos < 0 ? 0 - quint64(nanos) : quint64(nanos);
    char text[40];
    char *p = text;
    if (nanos < 0)
        *p++ = '-';
    p = std::to_chars(p, text + 24, magnitude / 1'000'000'000).ptr;
    *p++ = '.';
    quint64 fraction = magnitude % 1'000'000'000;
    for (int i = 8; i >= 0; --i) {
        p[i] = char('0' + fraction % 10);
        fraction /= 10;
    }
    qsizetype digits = 9;
    while (digits > 1 && p[digits - 1] == '0')
        --digits;
    return QByteArray(text, (p - text) + digits);
}

/// The upstream URL for a request. Deployment base URLs are OpenAI roots ("…/v1"); vLLM serves
/// /tokenize beside /v1, and docling-serve is addressed from its own root.
QByteArray upstreamUrl(const QByteArray &base, Endpoint endpoint, const Http::Request &request)
{
    switch (endpoint) {
    case Endpoint::Chat: return base + "/chat/completions";
    case Endpoint::Completions: return base + "/completions";
    case Endpoint::Embeddings: return base + "/embeddings";
    case Endpoint::Tokenize: return (base.endsWith("/v1") ? base.chopped(3) : base) + "/tokenize";
    case Endpoint::Docling:
        return base + request.path.sliced(qstrlen("/docling")) + (request.query.isEmpty() ? "" : "?" + request.query);
    }
    return {};
}

quint32 capabilityFor(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Chat: return Chat;
    case Endpoint::Completions: return Completions;
    case Endpoint::Embeddings: return Embeddings;
    case Endpoint::Tokenize: return Tokenize;
    case Endpoint::Docling: return Docling;
    }
    return 0;
}

/// The presented key: Authorization: Bearer, x-api-key or api-key (Azure style).
QByteArray presentedKey(const Http::Request &request)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.isEmpty()) {
        if (auth.size() > 7 && auth.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            return auth.sliced(7).trimmed();
        return {};
    }
    QByteArray key = request.header("x-api-key");
    if (key.isEmpty())
        key = request.header("api-key");
    return key.trimmed();
}

QByteArray durationHeader(qint64 ms)
{
    // Go-style durations like OpenAI's x-ratelimit-reset-*: "850ms", "12s", "1m30s".
    char text[48];
    char *p = text;
    // Each number ends before the last four bytes, which leaves room for the unit letters.
    const auto put = [&p, &text](qint64 value) { p = std::to_chars(p, text + sizeof text - 4, value).ptr; };
    if (ms < 1000) {
        put(qMax<qint64>(ms, 0));
        *p++ = 'm';
    } else if (const qint64 seconds = (ms + 999) / 1000; seconds < 60) {
        put(seconds);
    } else {
        put(seconds / 60);
        *p++ = 'm';
        put(seconds % 60);
    }
    *p++ = 's';
    return QByteArray(text, p - text);
}

Limits::SubjectLimits limitsOf(qint64 rpm, qint64 tpm, qint64 parallel, qint64 maxBudget, qint64 softBudget,
                               const QByteArray &duration)
{
    Limits::SubjectLimits l;
    l.rpm = rpm;
    l.tpm = tpm;
    l.parallel = parallel;
    l.budget.max = maxBudget;
    l.budget.soft = softBudget;
    if (!duration.isEmpty()) {
        if (const auto d = Util::parseDuration(QString::fromUtf8(duration)))
            l.budget.duration = *d;
    }
    return l;
}

} // namespace

void ProxyCall::start(ProxyService &service, Http::Exchange &exchange, Endpoint endpoint)
{
    auto *call = new ProxyCall(service, exchange, endpoint);
    if (!call->admit()) {
        call->deleteLater();
        return;
    }
    call->forward(0);
}

ProxyCall::ProxyCall(ProxyService &service, Http::Exchange &exchange, Endpoint endpoint)
    : m_service(service)
    , m_exchange(&exchange)
    , m_endpoint(endpoint)
    , m_requestId(exchange.request().requestId)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
    m_clock.start();
    connect(&exchange, &Http::Exchange::aborted, this, &ProxyCall::onClientGone);
}

ProxyCall::~ProxyCall()
{
    if (m_upstream) {
        m_upstream->setListener(nullptr);
        m_upstream->cancel();
    }
}

void ProxyCall::reject(int status, QByteArrayView type, QByteArrayView code, const QByteArray &message,
                       const Http::Headers &extra)
{
    m_service.metrics().rejections->inc({code.toByteArray()}, m_exchange ? m_exchange->worker() : 0);
    if (m_exchange)
        Http::respondError(*m_exchange, status, message, type, code, extra);
}

bool ProxyCall::admit()
{
    const Http::Request &request = m_exchange->request();
    const QByteArray presented = presentedKey(request);
    if (presented.isEmpty()) {
        reject(401, "invalid_request_error", "invalid_api_key",
               "No API key was sent. Pass it as 'Authorization: Bearer <key>'.");
        return false;
    }
    const Keys::KeyEntry entry = m_service.keys().find(Keys::hashOf(presented));
    if (!entry.record) {
        reject(401, "invalid_request_error", "invalid_api_key", "The API key is not valid.");
        return false;
    }
    m_key = entry.record;
    if (entry.validUntilMs != 0 && m_startedMs >= entry.validUntilMs) {
        reject(401, "invalid_request_error", "key_expired",
               "This secret was replaced when the key was rotated and its grace period is over; use the new secret.");
        return false;
    }
    if (m_key->revoked) {
        reject(401, "invalid_request_error", "key_revoked", "The API key was revoked.");
        return false;
    }
    if (m_key->blocked) {
        reject(401, "invalid_request_error", "key_revoked", "The API key is blocked by an administrator.");
        return false;
    }
    if (m_key->expiresAtMs != 0 && m_startedMs >= m_key->expiresAtMs) {
        reject(401, "invalid_request_error", "key_expired",
               "The API key expired at "
                   + QDateTime::fromMSecsSinceEpoch(m_key->expiresAtMs, Qt::UTC).toString(Qt::ISODate).toUtf8()
                   + ".");
        return false;
    }

    m_snapshot = m_service.catalog().snapshot();
    if (m_endpoint == Endpoint::Docling) {
        // Document conversion bodies are not JSON chat requests: the model comes from the query,
        // a header, or is the first document-conversion model this key may use.
        m_info.model = request.queryItem("model");
        if (m_info.model.isEmpty())
            m_info.model = request.header("x-tollgate-model");
        if (m_info.model.isEmpty()) {
            QList<QByteArray> ids = m_snapshot->models.keys();
            std::sort(ids.begin(), ids.end());
            for (const QByteArray &id : std::as_const(ids)) {
                const ModelRoute &m = *m_snapshot->models.value(id);
                if (m.enabled && (m.capabilities & Docling) && m_key->allowsModel(id)) {
                    m_info.model = id;
                    break;
                }
            }
        }
    } else {
        QByteArray error;
        const auto info = inspectRequest(request.body, m_endpoint, &error);
        if (!info) {
            reject(400, "invalid_request_error", "invalid_request", error);
            return false;
        }
        m_info = *info;
    }

    if (m_info.model.isEmpty()) {
        reject(404, "invalid_request_error", "model_not_found",
               "No document-conversion model is available to this API key; name one with ?model=.");
        return false;
    }
    m_model = m_snapshot->model(m_info.model);
    if (!m_model || !m_model->enabled) {
        reject(404, "invalid_request_error", "model_not_found",
               "The model '" + m_info.model + "' does not exist or is not available.");
        return false;
    }
    if (!(m_model->capabilities & capabilityFor(m_endpoint))) {
        reject(400, "invalid_request_error", "invalid_request",
               "The model '" + m_info.model + "' does not support " + endpointName(m_endpoint).toByteArray() + ".");
        return false;
    }
    if (!m_key->allowsModel(m_info.model)) {
        reject(403, "invalid_request_error", "model_not_allowed",
               "This API key may not use the model '" + m_info.model + "'.");
        return false;
    }
    const UserPolicy *user = m_snapshot->user(m_key->userId);
    if (user && !user->active) {
        reject(401, "invalid_request_error", "key_revoked", "The owner of this API key is deactivated.");
        return false;
    }
    switch (m_snapshot->access(m_key->userId, m_info.model)) {
    case Access::Active: break;
    case Access::Pending:
        reject(403, "invalid_request_error", "subscription_pending",
               "Your subscription to '" + m_info.model + "' is waiting for an administrator's approval.");
        return false;
    case Access::Denied:
    case Access::None:
        reject(403, "invalid_request_error", "subscription_required",
               "You have no active subscription to '" + m_info.model + "'. Subscribe to it first.");
        return false;
    }
    if (m_model->deployments.isEmpty()) {
        reject(503, "service_unavailable_error", "upstream_unavailable",
               "The model '" + m_info.model + "' has no deployment that can serve it.");
        return false;
    }

    // Reserve the worst case: the prompt estimate plus everything the request may generate.
    const qint64 output = m_endpoint == Endpoint::Embeddings || m_endpoint == Endpoint::Tokenize
                                  || m_endpoint == Endpoint::Docling
                              ? 0
                              : (m_info.maxTokens >= 0 ? m_info.maxTokens : m_service.options().defaultOutputTokens);
    m_reservedTokens = m_info.promptTokens + output;
    Limits::AdmissionRequest a;
    a.keyId = m_key->keyId;
    a.model = m_info.model;
    a.userId = m_key->userId;
    a.keyLimits = limitsOf(m_key->rpm, m_key->tpm, m_key->parallel, m_key->maxBudget, m_key->softBudget,
                           m_key->budgetDuration);
    const Keys::ModelLimit perModel = m_key->limitFor(m_info.model);
    a.keyModelLimits.rpm = perModel.rpm;
    a.keyModelLimits.tpm = perModel.tpm;
    if (user)
        a.userLimits = limitsOf(user->rpm, user->tpm, user->parallel, user->maxBudget,
                                m_service.userSoftBudget(user->maxBudget), user->budgetDuration);
    a.tokens = m_reservedTokens;
    a.cost = m_model->cost(m_info.promptTokens, output);
    m_service.ensureBudgetLoaded(*m_key, user);
    Limits::AdmitResult result = m_service.limiter().admit(a);
    m_rate = result.rate;
    if (!result.admitted()) {
        const Limits::Refusal &r = *result.refusal;
        const QByteArray message = r.message().toUtf8();
        // The refused limit is the one the client needs to see in the x-ratelimit-* headers.
        if (r.limit == Limits::LimitKind::Rpm || r.limit == Limits::LimitKind::Parallel) {
            m_rate.requestLimit = r.limitValue;
            m_rate.requestsRemaining = r.remaining;
            m_rate.requestsResetMs = qMax<qint64>(0, r.retryAfterMs);
        } else if (r.limit == Limits::LimitKind::Tpm) {
            m_rate.tokenLimit = r.limitValue;
            m_rate.tokensRemaining = r.remaining;
            m_rate.tokensResetMs = qMax<qint64>(0, r.retryAfterMs);
        }
        Http::Headers headers = rateHeaders();
        if (r.limit == Limits::LimitKind::Budget || !r.retryable()) {
            headers.append(Http::Header{"x-should-retry"_ba, "false"_ba});
            if (r.resetAtMs > 0)
                headers.append(Http::Header{"retry-after"_ba, QByteArray::number(qMax<qint64>(1, (r.resetAtMs - m_startedMs + 999) / 1000))});
            reject(429, "insufficient_quota",
                   r.limit == Limits::LimitKind::Budget ? QByteArrayView("insufficient_quota")
                                                        : QByteArrayView("tokens_limit_exceeded"),
                   message, headers);
            return false;
        }
        headers.append(Http::Header{"retry-after"_ba, QByteArray::number(qMax<qint64>(1, (r.retryAfterMs + 999) / 1000))});
        headers.append(Http::Header{"retry-after-ms"_ba, QByteArray::number(r.retryAfterMs)});
        reject(429, "rate_limit_error",
               r.limit == Limits::LimitKind::Tpm ? QByteArrayView("tokens_limit_exceeded")
                                                  : QByteArrayView("rate_limit_exceeded"),
               message, headers);
        return false;
    }
    m_admission = std::move(result.ticket);
    return true;
}

Http::Headers ProxyCall::rateHeaders() const
{
    Http::Headers h;
    h.reserve(10); // what meteringHeaders() and the content type add, without growing the list
    if (m_rate.requestLimit >= 0) {
        h.append(Http::Header{"x-ratelimit-limit-requests"_ba, decimal(m_rate.requestLimit)});
        h.append(Http::Header{"x-ratelimit-remaining-requests"_ba, decimal(qMax<qint64>(0, m_rate.requestsRemaining))});
        h.append(Http::Header{"x-ratelimit-reset-requests"_ba, durationHeader(m_rate.requestsResetMs)});
    }
    if (m_rate.tokenLimit >= 0) {
        h.append(Http::Header{"x-ratelimit-limit-tokens"_ba, decimal(m_rate.tokenLimit)});
        h.append(Http::Header{"x-ratelimit-remaining-tokens"_ba, decimal(qMax<qint64>(0, m_rate.tokensRemaining))});
        h.append(Http::Header{"x-ratelimit-reset-tokens"_ba, durationHeader(m_rate.tokensResetMs)});
    }
    return h;
}

Http::Headers ProxyCall::meteringHeaders(qint64 cost) const
{
    Http::Headers h = rateHeaders();
    if (cost >= 0)
        h.append(Http::Header{"x-tollgate-cost"_ba, formatMoney(cost)});
    const qint64 keySpend = m_keySpend >= 0 ? m_keySpend : m_service.limiter().keySpend(m_key->keyId);
    h.append(Http::Header{"x-tollgate-key-spend"_ba, formatMoney(keySpend)});
    const qint64 overheadNs = m_clock.nsecsElapsed() - m_upstreamNs;
    h.append(Http::Header{"x-tollgate-overhead-ms"_ba, QByteArray::number(double(overheadNs) / 1e6, 'f', 3)});
    return h;
}

void ProxyCall::forward(int attempt)
{
    const auto &deployments = m_model->deployments;
    m_deployment = &deployments[m_service.pickDeployment(*m_model, attempt)];
    const Http::Request &incoming = m_exchange->request();
    Http::UpstreamRequest request;
    request.url = upstreamUrl(m_deployment->baseUrl, m_endpoint, incoming);
    if (m_endpoint == Endpoint::Docling) {
        // A passthrough: the client's method, body and content type, minus its credentials.
        request.method = incoming.method;
        request.body = incoming.body;
        request.headers = {{"x-request-id"_ba, m_requestId}};
        for (const QByteArray name : {"content-type", "accept"}) {
            const QByteArray value = incoming.header(name);
            if (!value.isEmpty())
                request.headers.append(Http::Header{name, value});
        }
    } else {
        request.method = "POST";
        request.body = upstreamBody(incoming.body, m_info, m_deployment->servedName);
        request.headers = {{"content-type"_ba, "application/json"_ba}, {"x-request-id"_ba, m_requestId}};
    }
    if (m_info.stream)
        request.headers.append(Http::Header{"accept"_ba, "text/event-stream"_ba});
    if (!m_deployment->authorization.isEmpty())
        request.headers.append(Http::Header{"authorization"_ba, m_deployment->authorization});
    const ProxyOptions &o = m_service.options();
    request.connectTimeoutMs = o.connectTimeoutMs;
    request.firstByteTimeoutMs = o.firstByteTimeoutMs;
    request.idleTimeoutMs = o.idleTimeoutMs;

    m_upstreamStartNs = m_clock.nsecsElapsed();
    m_attempt = attempt;
    m_upstream = m_service.upstreamPool(m_exchange->worker()).send(request);
    m_upstream->setListener(this);
}

void ProxyCall::upstreamFailed(const Http::UpstreamError &e)
{
    // Nothing reached the client yet and the upstream never answered: try another deployment.
    if (m_upstreamStatus == 0 && m_attempt == 0 && m_model->deployments.size() > 1 && e.beforeResponse()
        && m_exchange && m_exchange->isOpen()) {
        m_service.reportDeploymentFailure(*m_deployment, e);
        m_upstreamNs += m_clock.nsecsElapsed() - m_upstreamStartNs;
        forward(1);
        return;
    }
    onUpstreamFailed(e);
}

void ProxyCall::upstreamResponseStarted(int status, const Http::Headers &headers)
{
    m_upstreamStatus = status;
    for (const Http::Header &h : headers) {
        if (h.name == "content-type")
            m_contentType = h.value;
    }
    m_streaming = m_info.stream && status == 200 && m_contentType.startsWith("text/event-stream");
    if (!m_streaming || !m_exchange)
        return;
    Http::Headers out = rateHeaders();
    out.append(Http::Header{"content-type"_ba, "text/event-stream"_ba});
    out.append(Http::Header{"cache-control"_ba, "no-cache"_ba});
    out.append(Http::Header{"x-tollgate-key-spend"_ba, formatMoney(m_service.limiter().keySpend(m_key->keyId))});
    m_exchange->startStream(200, out);
    m_service.metrics().openStreams->series({}, m_exchange->worker())->add(1);
}

void ProxyCall::upstreamBodyData(const QByteArray &data)
{
    if (!m_streaming) {
        m_body += data;
        return;
    }
    relayEvents(data);
    // Backpressure: stop reading the upstream while the client is slow.
    if (m_exchange && m_upstream && m_exchange->pendingBytes() > 256 * 1024) {
        m_upstream->pauseReading();
        connect(m_exchange, &Http::Exchange::drained, this, [this] {
            if (m_upstream)
                m_upstream->resumeReading();
        }, Qt::SingleShotConnection);
    }
}

void ProxyCall::relayEvents(const QByteArray &data)
{
    for (const QByteArray &event : m_sse.feed(data)) {
        const SseEvent e = classifyEvent(event);
        if (e.usage.present())
            m_usage = e.usage;
        if (e.done) {
            m_sawDone = true;
            continue; // written by finishStream() after the usage record is journaled
        }
        if (e.hasContent) {
            ++m_deliveredChunks;
            if (m_ttftMs < 0)
                m_ttftMs = m_clock.elapsed();
        }
        if (e.usageOnly && !m_info.includeUsage)
            continue;
        if (m_exchange)
            m_exchange->write(event);
    }
}

void ProxyCall::upstreamFinished()
{
    m_upstreamNs += m_clock.nsecsElapsed() - m_upstreamStartNs;
    m_service.reportDeploymentSuccess(*m_deployment);
    if (m_streaming)
        finishStream(true);
    else
        finishPlain();
}

void ProxyCall::finishPlain()
{
    const bool ok = m_upstreamStatus >= 200 && m_upstreamStatus < 300;
    if (ok && m_endpoint != Endpoint::Docling) {
        m_usage = extractUsage(m_body);
        if (!m_usage.present())
            m_usage.promptTokens = m_info.promptTokens; // the upstream did not say: bill our estimate
    }
    // The record goes to the journal before the response's last byte.
    complete(m_upstreamStatus, ok ? QByteArrayView() : QByteArrayView("upstream_error"));
    if (!m_exchange)
        return;
    Http::Headers headers = meteringHeaders(m_cost);
    headers.append(Http::Header{"content-type"_ba, m_contentType.isEmpty() ? "application/json"_ba : m_contentType});
    m_exchange->respond(m_upstreamStatus >= 200 && m_upstreamStatus < 600 ? m_upstreamStatus : 502, headers, m_body);
}

void ProxyCall::finishStream(bool upstreamComplete)
{
    // Whatever is left unterminated in the buffer goes out as it is.
    if (!m_sse.remainder().isEmpty() && m_exchange && upstreamComplete)
        m_exchange->write(m_sse.remainder());
    m_aborted = !upstreamComplete || !m_sawDone;
    complete(200, m_aborted ? QByteArrayView("upstream_stream_incomplete") : QByteArrayView());
    if (!m_exchange)
        return;
    if (!upstreamComplete) {
        m_exchange->write(QByteArray("data: ")
                          + Http::errorBody("The model server ended the stream early.", "service_unavailable_error",
                                            "upstream_unavailable")
                          + "\n\n");
    }
    if (m_sawDone)
        m_exchange->write("data: [DONE]\n\n");
    m_exchange->finish();
}

void ProxyCall::onUpstreamFailed(const Http::UpstreamError &e)
{
    m_upstreamNs += m_clock.nsecsElapsed() - m_upstreamStartNs;
    m_service.reportDeploymentFailure(*m_deployment, e);
    m_service.metrics().upstreamErrors->inc({m_deployment->id, e.codeName()}, m_exchange ? m_exchange->worker() : 0);
    if (m_streaming) {
        finishStream(false);
        return;
    }
    const bool timeout = e.isTimeout();
    const int status = timeout ? 504 : 502;
    const QByteArray code = timeout ? "upstream_timeout" : "upstream_unavailable";
    complete(status, code);
    if (!m_exchange)
        return;
    Http::Headers headers = meteringHeaders(0);
    headers.append(Http::Header{"content-type"_ba, "application/json"_ba});
    m_exchange->respond(status, headers,
                        Http::errorBody(timeout ? "The model server did not answer in time."
                                                : "The model server could not be reached: " + e.message.toUtf8(),
                                        timeout ? "timeout_error" : "service_unavailable_error", code));
}

void ProxyCall::onClientGone()
{
    if (m_completed)
        return;
    m_aborted = true;
    if (m_upstream) {
        m_upstreamNs += m_clock.nsecsElapsed() - m_upstreamStartNs;
        m_upstream->setListener(nullptr);
        m_upstream->cancel();
        m_upstream = nullptr;
    }
    complete(499, "client_closed_request");
}

void ProxyCall::complete(int status, QByteArrayView errorCode)
{
    if (m_completed)
        return;
    m_completed = true;
    const int worker = m_exchange ? m_exchange->worker() : 0;
    if (m_streaming)
        m_service.metrics().openStreams->series({}, worker)->add(-1);

    // Aborted streams are billed for what was delivered (about one token per content chunk).
    qint64 prompt = m_usage.promptTokens;
    qint64 completion = m_usage.completionTokens;
    if (!m_usage.present() && (m_streaming || status == 499) && (m_deliveredChunks > 0 || m_streaming)) {
        prompt = m_info.promptTokens;
        completion = m_deliveredChunks;
    }
    prompt = qMax<qint64>(0, prompt);
    completion = qMax<qint64>(0, completion);
    const bool billable = (status >= 200 && status < 300) || m_deliveredChunks > 0 || m_usage.present();
    m_cost = billable ? m_model->cost(prompt, completion, m_usage.cachedTokens) : 0;
    const qint64 cost = m_cost;
    if (!billable) {
        prompt = 0;
        completion = 0;
    }
    // Settling reports the key's spend: with shared counters that saves asking Redis again.
    m_keySpend = m_admission.settle(prompt + completion, cost).keySpend;

    Store::UsageRecord r;
    r.requestId = QString::fromLatin1(m_requestId);
    r.at = m_startedMs;
    r.keyId = QString::fromUtf8(m_key->keyId);
    r.userId = QString::fromUtf8(m_key->userId);
    r.modelId = QString::fromUtf8(m_model->id);
    r.deploymentId = m_deployment ? QString::fromUtf8(m_deployment->id) : QString();
    r.endpoint = QString::fromLatin1(endpointName(m_endpoint));
    r.promptTokens = prompt;
    r.completionTokens = completion;
    r.cachedTokens = billable ? m_usage.cachedTokens : 0;
    r.cost = cost;
    r.status = status;
    r.errorCode = QString::fromLatin1(errorCode);
    r.latencyMs = m_clock.elapsed();
    if (m_ttftMs >= 0)
        r.ttftMs = m_ttftMs;
    r.streamed = m_info.stream;
    r.aborted = m_aborted;
    m_service.journal().append(worker, r);

    const ProxyMetrics &metrics = m_service.metrics();
    const QByteArray statusText = decimal(status);
    metrics.requests->inc({m_model->id, statusText}, worker);
    metrics.latency->observe({m_model->id, statusText}, double(m_clock.nsecsElapsed()) / 1e9, worker);
    metrics.overhead->observe({}, double(m_clock.nsecsElapsed() - m_upstreamNs) / 1e9, worker);
    if (prompt > 0)
        metrics.tokens->inc({m_model->id, "prompt"_ba}, worker, double(prompt));
    if (completion > 0)
        metrics.tokens->inc({m_model->id, "completion"_ba}, worker, double(completion));
    if (cost > 0)
        metrics.cost->inc({m_model->id}, worker, double(cost) / 1e9);
    deleteLater();
}

} // namespace Tollgate::Proxy
