// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mockllm/service.h"

#include "tests/mockllm/requestscan.h"
#include "tests/mockllm/responses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::MockLlm {

using Http::Exchange;

/// The behaviour of one request: the flags, overridden by its x-mock-* headers.
struct Controls
{
    Fault fault = Fault::None;
    int dropAfter = -1;
    int completionTokens = 0;
    int latencyMs = 0;
    double tokensPerSecond = 0;
};

namespace {

const Http::Headers &jsonHeaders()
{
    static const Http::Headers headers{{"content-type"_ba, "application/json"_ba}};
    return headers;
}

const Http::Headers &sseHeaders()
{
    static const Http::Headers headers{{"content-type"_ba, "text/event-stream"_ba},
                                       {"cache-control"_ba, "no-cache"_ba}};
    return headers;
}

/// Uniform in [0, 1) from a per-thread xorshift, so --fault-rate costs no shared state.
double randomUnit()
{
    thread_local quint64 state = QRandomGenerator::system()->generate64() | 1;
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return double(state >> 11) / 9007199254740992.0;
}

/// Closes the connection once everything written so far has reached the kernel, so the client
/// receives the partial response and then an end of stream without the HTTP terminator.
void closeWhenFlushed(QPointer<Exchange> exchange)
{
    if (!exchange || !exchange->isOpen())
        return;
    if (exchange->pendingBytes() == 0) {
        exchange->abort();
        return;
    }
    QTimer::singleShot(1, exchange.data(), [exchange] { closeWhenFlushed(exchange); });
}

bool parseCount(QByteArrayView text, int *out)
{
    bool ok = false;
    const int v = QByteArray(text.data(), text.size()).toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

/// One streamed generation: waits the latency, then writes chunks at the configured pace. It is a
/// child of the exchange, so it (and its timers) goes away with it.
class StreamJob final : public QObject
{
public:
    StreamJob(Exchange &exchange, Generation generation, const Controls &controls)
        : QObject(&exchange)
        , m_exchange(&exchange)
        , m_generation(std::move(generation))
        , m_chunks(m_generation)
        , m_tokensPerSecond(controls.tokensPerSecond)
    {
        const qint64 tokens = m_generation.completionTokens;
        if (controls.fault == Fault::DropMidStream)
            m_dropAt = qMin<qint64>(tokens, controls.dropAfter >= 0 ? controls.dropAfter : tokens / 2);
        if (controls.fault == Fault::MalformedJson && tokens > 0)
            m_malformedAt = tokens / 2;
        if (controls.latencyMs > 0)
            QTimer::singleShot(controls.latencyMs, Qt::PreciseTimer, this, [this] { begin(); });
        else
            begin();
    }

private:
    void begin()
    {
        if (!m_exchange->isOpen())
            return;
        m_exchange->startStream(200, sseHeaders());
        m_clock.start();
        QByteArray out;
        out.reserve(1024);
        if (m_generation.kind == Generation::Kind::Chat)
            m_chunks.role(out);
        pump(std::move(out));
    }

    /// Writes every token that is due, then the end of the stream or a timer for the next token.
    void pump(QByteArray out)
    {
        if (!m_exchange->isOpen())
            return;
        const qint64 tokens = m_generation.completionTokens;
        const qint64 limit = m_dropAt >= 0 ? m_dropAt : tokens;
        qint64 due = limit;
        if (m_tokensPerSecond > 0) {
            const double elapsed = double(m_clock.nsecsElapsed()) / 1e9;
            due = qMin(limit, qint64(std::floor(elapsed * m_tokensPerSecond)) + 1);
        }
        out.reserve(out.size() + (due - m_next) * ChunkSizeHint);
        for (; m_next < due; ++m_next)
            m_chunks.token(out, m_next, m_next == m_malformedAt);
        if (m_next >= limit) {
            if (m_dropAt >= 0) {
                m_exchange->write(out);
                closeWhenFlushed(m_exchange);
                return;
            }
            m_chunks.finish(out);
            if (m_generation.includeUsage)
                m_chunks.usage(out);
            ChunkWriter::done(out);
            if (m_exchange->write(out))
                m_exchange->finish();
            return;
        }
        if (!out.isEmpty() && !m_exchange->write(out))
            return;
        const double dueNs = double(m_next) * 1e9 / m_tokensPerSecond;
        const int waitMs = qMax(0, int(std::ceil((dueNs - double(m_clock.nsecsElapsed())) / 1e6)));
        QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this] { pump({}); });
    }

    static constexpr qsizetype ChunkSizeHint = 220;
    QPointer<Exchange> m_exchange;
    Generation m_generation;
    ChunkWriter m_chunks;
    double m_tokensPerSecond;
    QElapsedTimer m_clock;
    qint64 m_next = 0;
    qint64 m_dropAt = -1;
    qint64 m_malformedAt = -1;
};

/// Counter of an injected fault, for /mock/stats.
Counter faultCounter(Fault fault)
{
    switch (fault) {
    case Fault::Refuse:
    case Fault::RefuseConnect: return Counter::FaultRefuse;
    case Fault::Http500: return Counter::FaultHttp500;
    case Fault::Http503: return Counter::FaultHttp503;
    case Fault::Stall: return Counter::FaultStall;
    case Fault::DropMidStream: return Counter::FaultDropMidStream;
    case Fault::MalformedJson: return Counter::FaultMalformedJson;
    case Fault::None: break;
    }
    return Counter::Count;
}

} // namespace

Service::Service(Options options, int workers)
    : m_options(std::move(options))
    , m_modelsBody(modelsBody(m_options.models, QDateTime::currentSecsSinceEpoch(), m_options.maxModelLen))
    , m_stats(workers)
{
}

void Service::install(Http::Router &router)
{
    router.add("POST", "/v1/chat/completions", [this](Exchange &ex) { generate(ex, true); });
    router.add("POST", "/v1/completions", [this](Exchange &ex) { generate(ex, false); });
    router.add("POST", "/v1/embeddings", [this](Exchange &ex) { embeddings(ex); });
    router.add("GET", "/v1/models", [this](Exchange &ex) { models(ex); });
    router.add("POST", "/tokenize", [this](Exchange &ex) { tokenize(ex); });
    router.add("POST", "/v1/tokenize", [this](Exchange &ex) { tokenize(ex); });
    router.add("GET", "/mock/stats", [this](Exchange &ex) {
        ex.respond(200, jsonHeaders(), m_stats.toJson());
    });
    router.add("GET", "/mock/last-request", [this](Exchange &ex) {
        ex.respond(200, jsonHeaders(), m_stats.lastRequestJson());
    });
    router.add("POST", "/mock/reset", [this](Exchange &ex) {
        m_stats.reset();
        ex.respond(200, jsonHeaders(), "{\"ok\":true}");
    });
    router.setFallback([this](Exchange &ex) { fallback(ex); });
}

bool Service::begin(Exchange &ex, Counter endpoint, Controls &c)
{
    const int worker = ex.worker();
    m_stats.add(worker, Counter::Total);
    m_stats.add(worker, endpoint);
    m_stats.recordRequest(worker, ex.request());

    c.completionTokens = m_options.completionTokens;
    c.dropAfter = m_options.dropAfter;
    c.latencyMs = m_options.latencyMs;
    c.tokensPerSecond = m_options.tokensPerSecond;
    if (m_options.fault != Fault::None && (m_options.faultRate >= 1.0 || randomUnit() < m_options.faultRate))
        c.fault = m_options.fault;

    for (const Http::Header &h : ex.request().headers) {
        if (!h.name.startsWith("x-mock-"))
            continue;
        const QByteArrayView name = QByteArrayView(h.name).sliced(7);
        bool ok = true;
        if (name == "fault") {
            const auto fault = parseFault(h.value);
            ok = fault.has_value();
            if (ok)
                c.fault = *fault;
        } else if (name == "drop-after") {
            ok = parseCount(h.value, &c.dropAfter);
        } else if (name == "completion-tokens") {
            ok = parseCount(h.value, &c.completionTokens);
        } else if (name == "latency-ms") {
            ok = parseCount(h.value, &c.latencyMs);
        } else if (name == "tokens-per-second") {
            c.tokensPerSecond = h.value.toDouble(&ok);
            ok = ok && c.tokensPerSecond >= 0;
        }
        if (!ok) {
            badRequest(ex, "Invalid value for header " + h.name + ": '" + h.value + "'.");
            return false;
        }
    }

    if (c.fault == Fault::None)
        return true;
    m_stats.add(worker, faultCounter(c.fault));
    switch (c.fault) {
    case Fault::Refuse:
    case Fault::RefuseConnect:
        ex.abort();
        return false;
    case Fault::Http500:
        Http::respondError(ex, 500, "The mock model server failed (injected fault http-500).", "server_error",
                           "internal_error");
        return false;
    case Fault::Http503:
        Http::respondError(ex, 503, "The mock model server is overloaded (injected fault http-503).",
                           "service_unavailable_error", "server_is_overloaded", {{"retry-after"_ba, "1"_ba}});
        return false;
    case Fault::Stall:
        // Never answer; the connection keeps the exchange until the client gives up.
        return false;
    case Fault::DropMidStream:
    case Fault::MalformedJson:
    case Fault::None:
        break;
    }
    return true;
}

void Service::badRequest(Exchange &ex, QByteArrayView message)
{
    m_stats.add(ex.worker(), Counter::BadRequest);
    Http::respondError(ex, 400, message, "invalid_request_error", {});
}

bool Service::checkModel(Exchange &ex, QByteArrayView escapedModel)
{
    if (m_options.anyModel)
        return true;
    const bool escaped = escapedModel.contains('\\');
    const QByteArray decoded = escaped ? decodeJsonString(escapedModel) : QByteArray();
    const QByteArrayView name = escaped ? QByteArrayView(decoded) : escapedModel;
    for (const QByteArray &model : m_options.models) {
        if (model == name)
            return true;
    }
    m_stats.add(ex.worker(), Counter::ModelNotFound);
    Http::respondError(ex, 404,
                       "The model `" + name.toByteArray() + "` does not exist or you do not have access to it.",
                       "invalid_request_error", "model_not_found");
    return false;
}

void Service::deliver(Exchange &ex, const Controls &c, QByteArray body, int delayMs)
{
    if (c.fault == Fault::MalformedJson)
        body.truncate(body.size() / 2);
    const bool drop = c.fault == Fault::DropMidStream;
    auto send = [drop](Exchange &e, const QByteArray &b) {
        if (!drop) {
            e.respond(200, jsonHeaders(), b);
            return;
        }
        e.startStream(200, jsonHeaders());
        e.write(QByteArrayView(b).first(b.size() / 2));
        closeWhenFlushed(&e);
    };
    if (delayMs <= 0) {
        send(ex, body);
        return;
    }
    QTimer::singleShot(delayMs, Qt::PreciseTimer, &ex, [exchange = QPointer<Exchange>(&ex), body, send] {
        if (exchange)
            send(*exchange, body);
    });
}

void Service::generate(Exchange &ex, bool chat)
{
    Controls c;
    if (!begin(ex, chat ? Counter::ChatCompletions : Counter::Completions, c))
        return;
    ScannedRequest s;
    if (!scanRequest(ex.request().body, s))
        return badRequest(ex, s.error);
    if (!s.hasModel)
        return badRequest(ex, "You must provide a model parameter.");
    if (!checkModel(ex, s.model))
        return;
    if (chat && !s.hasMessages)
        return badRequest(ex, "'messages' is a required property.");
    if (!chat && !s.hasPrompt)
        return badRequest(ex, "'prompt' is a required property.");

    Generation g;
    g.kind = chat ? Generation::Kind::Chat : Generation::Kind::Completion;
    g.id.reserve(48);
    g.id += chat ? "chatcmpl-" : "cmpl-";
    g.id += ex.request().requestId;
    g.created = QDateTime::currentSecsSinceEpoch();
    g.model = s.model.toByteArray();
    g.promptTokens = chat ? s.messageTokens : ScannedRequest::total(s.prompt);
    g.completionTokens = c.completionTokens;
    if (s.maxTokens >= 0 && s.maxTokens < g.completionTokens) {
        g.completionTokens = s.maxTokens;
        g.capped = true;
    }
    if (s.stream) {
        g.includeUsage = s.includeUsage;
        m_stats.add(ex.worker(), Counter::Streams);
        new StreamJob(ex, std::move(g), c);
        return;
    }
    const int generationMs =
        c.tokensPerSecond > 0 ? int(std::lround(double(g.completionTokens) * 1000.0 / c.tokensPerSecond)) : 0;
    deliver(ex, c, completionBody(g), c.latencyMs + generationMs);
}

void Service::embeddings(Exchange &ex)
{
    Controls c;
    if (!begin(ex, Counter::Embeddings, c))
        return;
    ScannedRequest s;
    if (!scanRequest(ex.request().body, s))
        return badRequest(ex, s.error);
    if (!s.hasModel)
        return badRequest(ex, "You must provide a model parameter.");
    if (!checkModel(ex, s.model))
        return;
    if (!s.hasInput || s.input.isEmpty())
        return badRequest(ex, "'input' is a required property and must not be empty.");
    const bool base64 = s.encodingFormat == "base64";
    if (!base64 && !s.encodingFormat.isEmpty() && s.encodingFormat != "float")
        return badRequest(ex, "'encoding_format' must be 'float' or 'base64'.");
    const int dim = s.dimensions > 0 ? int(qMin<qint64>(s.dimensions, 65536)) : m_options.embeddingDim;
    deliver(ex, c, embeddingsBody(s.model, s.input, dim, base64), c.latencyMs);
}

void Service::models(Exchange &ex)
{
    Controls c;
    if (!begin(ex, Counter::Models, c))
        return;
    deliver(ex, c, m_modelsBody, 0);
}

void Service::tokenize(Exchange &ex)
{
    Controls c;
    if (!begin(ex, Counter::Tokenize, c))
        return;
    ScannedRequest s;
    if (!scanRequest(ex.request().body, s))
        return badRequest(ex, s.error);
    if (s.hasModel && !checkModel(ex, s.model))
        return;
    qint64 count = 0;
    quint64 hash = 0;
    auto combine = [&count, &hash](const QVarLengthArray<ScannedText, 4> &texts) {
        for (const ScannedText &t : texts) {
            count += t.tokens;
            hash = splitMix64(hash ^ t.hash);
        }
    };
    if (s.hasMessages) {
        count = s.messageTokens;
        hash = s.messageHash;
    } else if (s.hasPrompt) {
        combine(s.prompt);
    } else if (s.hasInput) {
        combine(s.input);
    } else {
        return badRequest(ex, "Provide 'prompt' or 'messages'.");
    }
    deliver(ex, c, tokenizeBody(count, hash, m_options.maxModelLen), 0);
}

void Service::fallback(Exchange &ex)
{
    const Http::Request &r = ex.request();
    if (!r.path.startsWith("/mock/")) {
        m_stats.add(ex.worker(), Counter::Total);
        m_stats.add(ex.worker(), Counter::Other);
        m_stats.recordRequest(ex.worker(), r);
    }
    Http::respondError(ex, 404, "No route for " + r.method + " " + r.path + " in tollgate-mockllm.",
                       "invalid_request_error", "not_found");
}

} // namespace Tollgate::MockLlm
