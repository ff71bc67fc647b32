// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mockllm/options.h"

#include "gateway-core/util/hostport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Tollgate::MockLlm {

namespace {

struct FaultEntry
{
    const char *name;
    Fault fault;
};
constexpr FaultEntry Faults[] = {
    {"none", Fault::None},
    {"refuse", Fault::Refuse},
    {"refuse-connect", Fault::RefuseConnect},
    {"http-500", Fault::Http500},
    {"http-503", Fault::Http503},
    {"stall", Fault::Stall},
    {"drop-mid-stream", Fault::DropMidStream},
    {"malformed-json", Fault::MalformedJson},
};

const char *const Behaviour = R"(
Endpoints
  POST /v1/chat/completions   chat.completion, or SSE chat.completion.chunk when "stream": true
  POST /v1/completions        text_completion (plain or SSE)
  POST /v1/embeddings         one vector per input; "encoding_format": "base64" and "dimensions" honoured
  GET  /v1/models             the --models list (object "list", owned_by "mockllm", max_model_len)
  POST /tokenize, /v1/tokenize  {"model", "prompt"} or {"model", "messages"} ->
                              {"count", "tokens", "max_model_len"}
  GET  /mock/stats            counters per endpoint, faults, last request seen (for test assertions)
  GET  /mock/last-request     method, path, query, headers, body (and parsed json) of the last
                              request on any worker; /mock/* requests are not recorded
  POST /mock/reset            zero the counters and forget the last request

Tokens (deterministic)
  text tokens    = ceil(UTF-8 bytes of the decoded string / 4)
  chat prompt    = sum over messages of (4 + text tokens of content); array content counts the
                   bytes of its parts' "text"
  prompt / input = text tokens of a string; sum over an array of strings; the number of ids for
                   token-id arrays
  completion     = --completion-tokens, capped by max_tokens / max_completion_tokens (the smaller);
                   finish_reason "length" when capped below it, else "stop"
  generated text = "tok0 tok1 tok2 ...": token i is "tok<i>" (with a leading space after the
                   first); streams send one token per chunk
  /tokenize      = the same count as usage.prompt_tokens for the same body
  Unknown model -> 404 model_not_found; invalid JSON -> 400 invalid_request_error.

Streaming (SSE)
  chat: a role chunk (delta {"role":"assistant","content":""}), one chunk per token, a chunk with
  finish_reason; with stream_options.include_usage a chunk with "choices": [] and "usage" (and
  "usage": null on every other chunk); then "data: [DONE]". Completions: one text chunk per
  token, a finish chunk, the usage chunk when asked, [DONE].

Timing
  --latency-ms before the first byte (headers included) of chat, completions and embeddings;
  then tokens are paced at --tokens-per-second (0 = all at once). A plain (non-stream) response
  waits latency + completion tokens / tokens-per-second.

Faults (--fault NAME for every request, optionally only a --fault-rate fraction of them;
        header x-mock-fault: NAME for one request, "none" overrides the flag)
  refuse           close each connection at once (reset), no response
  refuse-connect   (flag only) bind the port without listening: connects are refused
  http-500         500 {"error":{... "type":"server_error","code":"internal_error"}}
  http-503         503 {"error":{... "type":"service_unavailable_error","code":"server_is_overloaded"}}
                   with retry-after: 1
  stall            read the request and never answer (the client has to time out)
  drop-mid-stream  streams: role chunk + N token chunks, then close without finish chunk,
                   usage, [DONE] or the terminating zero-size chunk; N = x-mock-drop-after,
                   else --drop-after, else half the completion tokens. Plain responses: the
                   headers and half of the body, then close.
  malformed-json   plain: 200 with the body cut in half; streams: the middle token chunk's JSON
                   is cut in half, the rest of the stream is normal
  Faults apply to /v1/* and /tokenize, never to /mock/*.

Per-request headers (override the flags for that request)
  x-mock-fault, x-mock-drop-after, x-mock-completion-tokens, x-mock-latency-ms,
  x-mock-tokens-per-second

On start the first line on stdout is "listening on http://HOST:PORT" (the bound port when
--listen asked for port 0).
)";

} // namespace

std::optional<Fault> parseFault(QByteArrayView name)
{
    for (const FaultEntry &e : Faults) {
        if (name == e.name)
            return e.fault;
    }
    return std::nullopt;
}

QByteArray faultName(Fault fault)
{
    for (const FaultEntry &e : Faults) {
        if (e.fault == fault)
            return QByteArray(e.name);
    }
    return {};
}

ParseResult parseArguments(const QStringList &arguments)
{
    ParseResult result;
    Options &o = result.options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"tollgate-mockllm: an OpenAI-compatible fake model server for tests and benchmarks."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on; port 0 picks a free one (default 127.0.0.1:8000)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8000"_s);
    const QCommandLineOption workers(u"workers"_s, u"Worker threads (default 0: one per core)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption models(u"models"_s, u"Model names served; \"*\" accepts any (default mock-small,mock-large)."_s,
                                    u"a,b"_s, u"mock-small,mock-large"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay before the first byte (default 0)."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption tps(u"tokens-per-second"_s, u"Token pace (default 0: as fast as possible)."_s,
                                 u"N"_s, u"0"_s);
    const QCommandLineOption completion(u"completion-tokens"_s, u"Tokens generated per request (default 16)."_s,
                                        u"N"_s, u"16"_s);
    const QCommandLineOption dim(u"embedding-dim"_s, u"Embedding dimension (default 16)."_s, u"N"_s, u"16"_s);
    const QCommandLineOption maxLen(u"max-model-len"_s, u"Context window in /v1/models and /tokenize (default 32768)."_s,
                                    u"N"_s, u"32768"_s);
    const QCommandLineOption fault(u"fault"_s, u"Fault for every request, see Faults (default none)."_s, u"NAME"_s, u"none"_s);
    const QCommandLineOption rate(u"fault-rate"_s, u"Fraction of requests that get --fault (default 1)."_s, u"P"_s, u"1"_s);
    const QCommandLineOption dropAfter(u"drop-after"_s, u"Tokens sent before drop-mid-stream closes (default: half)."_s,
                                       u"N"_s, u"-1"_s);
    parser.addOptions({help, version, listen, workers, models, latency, tps, completion, dim, maxLen,
                       fault, rate, dropAfter});

    auto error = [&result](const QString &message) {
        result.action = ParseResult::Action::Error;
        result.message = message;
        return result;
    };
    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(help)) {
        result.action = ParseResult::Action::Help;
        result.message = parser.helpText() + QString::fromUtf8(Behaviour);
        return result;
    }
    if (parser.isSet(version)) {
        result.action = ParseResult::Action::Version;
        result.message = u"tollgate-mockllm " TOLLGATE_VERSION "\n"_s;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(u"unexpected argument: "_s + parser.positionalArguments().constFirst());

    QString why;
    const auto address = Util::parseHostPort(parser.value(listen), &why);
    if (!address)
        return error(u"--listen: "_s + why);
    o.host = address->host;
    o.port = address->port;

    auto integer = [&parser](const QCommandLineOption &option, int min, int *out) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < min)
            return false;
        *out = v;
        return true;
    };
    if (!integer(workers, 0, &o.workers))
        return error(u"--workers must be an integer >= 0"_s);
    if (!integer(latency, 0, &o.latencyMs))
        return error(u"--latency-ms must be an integer >= 0"_s);
    if (!integer(completion, 0, &o.completionTokens))
        return error(u"--completion-tokens must be an integer >= 0"_s);
    if (!integer(dim, 1, &o.embeddingDim))
        return error(u"--embedding-dim must be an integer >= 1"_s);
    if (!integer(maxLen, 1, &o.maxModelLen))
        return error(u"--max-model-len must be an integer >= 1"_s);
    if (!integer(dropAfter, -1, &o.dropAfter))
        return error(u"--drop-after must be an integer >= 0"_s);
    bool ok = false;
    o.tokensPerSecond = parser.value(tps).toDouble(&ok);
    if (!ok || o.tokensPerSecond < 0)
        return error(u"--tokens-per-second must be a number >= 0"_s);
    o.faultRate = parser.value(rate).toDouble(&ok);
    if (!ok || o.faultRate < 0 || o.faultRate > 1)
        return error(u"--fault-rate must be a number between 0 and 1"_s);
    const auto f = parseFault(parser.value(fault).toUtf8());
    if (!f)
        return error(u"--fault: unknown fault '%1'"_s.arg(parser.value(fault)));
    o.fault = *f;

    o.models.clear();
    const QStringList names = parser.value(models).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed == u"*")
            o.anyModel = true;
        else if (!trimmed.isEmpty())
            o.models.append(trimmed.toUtf8());
    }
    if (o.models.isEmpty() && !o.anyModel)
        return error(u"--models: no model names"_s);
    return result;
}

} // namespace Tollgate::MockLlm
