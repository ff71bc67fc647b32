// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/limits/limittypes.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace Tollgate::Limits {

/// Current time as UTC milliseconds since the epoch; injectable so tests drive time.
using Clock = std::function<qint64()>;

/// The system clock in UTC ms.
qint64 systemClockMs();

/// Where counters live.
enum class BackendKind : quint8 {
    Local, ///< in this process (one gateway instance)
    Redis, ///< shared between instances through a Redis server (RedisBackend)
};

/// Settings shared by every back end.
struct BackendOptions
{
    Clock clock;                        ///< empty = systemClockMs
    QTimeZone zone = QTimeZone::utc();  ///< budget resets follow this zone's wall clock
    qint64 windowMs = 60 * 1000;        ///< RPM/TPM window
    QString url;                        ///< Redis: where the shared counters live (redis://[:password@]host[:port][/db])
    QByteArray keyPrefix = "tollgate:"; ///< Redis: prefix of every key, so deployments can share a server
    int timeoutMs = 200;                ///< Redis: connect and command timeout
};

/// The result of one atomic check-and-reserve.
struct AdmitOutcome
{
    bool admitted = false;
    Refusal refusal;                ///< when not admitted: the limit to report
    RateStatus rate;                ///< when admitted: values for x-ratelimit-* headers
    std::vector<BudgetEvent> events; ///< exhaustion first seen by a refusal
};

/// The result of settling one admission.
struct SettleOutcome
{
    qint64 keySpend = -1; ///< the key's spend in its current window after this request; -1 if not tracked
    std::vector<BudgetEvent> events;
};

/// Counter storage behind the limiter. Every state change is one of a handful of calls, each
/// atomic over all subjects it names, so a shared back end can run each as one server-side
/// script (Redis Lua) and the local one as one critical section. Thread-safe.
class Backend
{
public:
    virtual ~Backend() = default;

    /// Checks every demand against its limits and, only if all pass, reserves on all of them
    /// (an RPM admission, TPM tokens, a parallel slot, budget money); fills @p reservation.
    /// A refusal leaves no trace.
    virtual AdmitOutcome admit(std::span<const Demand> demands, Reservation *reservation) = 0;
    /// Replaces the reserved tokens and money with actual usage and releases parallel slots.
    virtual SettleOutcome settle(const Reservation &reservation, qint64 actualTokens, qint64 actualCost) = 0;
    /// Gives back parallel slots, tokens and money; the RPM admission stays counted.
    virtual void cancel(const Reservation &reservation) = 0;
    /// Sets a subject's persisted budget state (at start-up, or when the control plane resets spend).
    /// The local back end takes it as is. A shared one keeps what other replicas counted since
    /// the store was written unless @p state is from a later window or a newer generation (a
    /// control-plane reset, adopted once: the first replica to bring it wins).
    virtual void load(const SubjectRef &subject, const BudgetState &state) = 0;
    /// The subject's counters now (after a due budget reset).
    virtual SubjectUsage usage(const SubjectRef &subject) = 0;
    /// Frees state of subjects idle for more than two windows; returns how many were forgotten.
    virtual qint64 sweep() = 0;
    /// The back end's clock.
    virtual qint64 now() const = 0;
    /// True while a shared back end cannot reach its store and enforces a local share instead.
    virtual bool degraded() const { return false; }
    /// Replicas sharing the counters, this one included (1 for a local back end).
    virtual int replicaCount() const { return 1; }
};

/// Builds a back end; null with @p error set when the kind is not available.
std::unique_ptr<Backend> makeBackend(BackendKind kind, BackendOptions options, QString *error = nullptr);

} // namespace Tollgate::Limits
