// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/request.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace Tollgate::MockLlm {

/// What the mock counts; names in /mock/stats come from counterName().
enum class Counter {
    Total,
    ChatCompletions,
    Completions,
    Embeddings,
    Models,
    Tokenize,
    Other,
    Streams,
    BadRequest,
    ModelNotFound,
    FaultRefuse,
    FaultHttp500,
    FaultHttp503,
    FaultStall,
    FaultDropMidStream,
    FaultMalformedJson,
    Count
};

/// Request counters and the last request seen, kept per worker thread so the hot path shares no
/// cache line and takes no lock another worker could hold; readers add the workers up.
class Stats final
{
public:
    explicit Stats(int workers);

    void add(int worker, Counter counter)
    {
        slot(worker).counters[size_t(counter)].fetch_add(1, std::memory_order_relaxed);
    }
    /// Keeps a copy of @p request (implicitly shared, so only reference counts move).
    void recordRequest(int worker, const Http::Request &request);

    /// {"requests":{...},"streams":N,"errors":{...},"faults":{...},"last_request":{...}|null}
    QByteArray toJson() const;
    /// The newest request over all workers as JSON, or "null".
    QByteArray lastRequestJson() const;
    void reset();

private:
    struct alignas(64) Slot
    {
        std::array<std::atomic<quint64>, size_t(Counter::Count)> counters{};
        mutable std::mutex mutex; // taken by its own worker and by rare readers only
        Http::Request last;
        qint64 lastStampNs = -1;
    };
    Slot &slot(int worker) { return *m_slots[size_t(worker) < m_slots.size() ? size_t(worker) : 0]; }

    std::vector<std::unique_ptr<Slot>> m_slots;
    QElapsedTimer m_clock; // started once, then only read: orders last requests across workers
};

} // namespace Tollgate::MockLlm
