// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/router.h"
#include "tests/mockllm/options.h"
#include "tests/mockllm/stats.h"

namespace Tollgate::MockLlm {

struct Controls;
struct Generation;

/// The mock's endpoints. Configuration is fixed at construction, so the handlers can run on
/// every worker thread at once; the only mutable state is the per-worker Stats.
class Service final
{
public:
    Service(Options options, int workers);
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    /// Registers every endpoint on @p router; the service must outlive the server.
    void install(Http::Router &router);

private:
    void chatCompletions(Http::Exchange &ex);
    void completions(Http::Exchange &ex);
    void generate(Http::Exchange &ex, bool chat);
    void embeddings(Http::Exchange &ex);
    void models(Http::Exchange &ex);
    void tokenize(Http::Exchange &ex);
    void fallback(Http::Exchange &ex);

    /// Counts and records the request and reads its x-mock-* controls; false when it was
    /// already answered (a bad control header or a fault that needs no body).
    bool begin(Http::Exchange &ex, Counter endpoint, Controls &controls);
    /// 404 unless @p escapedModel is served.
    bool checkModel(Http::Exchange &ex, QByteArrayView escapedModel);
    void badRequest(Http::Exchange &ex, QByteArrayView message);
    /// Sends a complete JSON body after @p delayMs, applying a body fault if one is set.
    void deliver(Http::Exchange &ex, const Controls &controls, QByteArray body, int delayMs);

    const Options m_options;
    const QByteArray m_modelsBody;
    Stats m_stats;
};

} // namespace Tollgate::MockLlm
