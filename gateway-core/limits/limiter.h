// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/limits/backend.h"
#include "gateway-core/limits/limittypes.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Tollgate::Limits {

class Limiter;

/// What one proxied request asks of the limits: who, which model, and how much to reserve.
struct AdmissionRequest
{
    QByteArrayView keyId;   ///< always a subject (its spend feeds x-tollgate-key-spend)
    QByteArrayView model;   ///< key×model is a subject when keyModelLimits has any limit
    QByteArrayView userId;  ///< a subject when userLimits has any limit
    SubjectLimits keyLimits;
    SubjectLimits keyModelLimits;
    SubjectLimits userLimits;
    qint64 tokens = 0; ///< TPM reservation: prompt estimate + max_tokens
    qint64 cost = 0;   ///< budget reservation: worst-case cost in nano-units
};

/// What settling an admission reports.
struct SettleResult
{
    qint64 keySpend = -1; ///< the key's spend in its window after this request (x-tollgate-key-spend)
    std::vector<BudgetEvent> events;
};

/// The ticket of an admitted request. Move-only; settles or cancels its reservations exactly
/// once: settle() with actual usage, or — if it is destroyed first (client abort, timeout,
/// upstream error without usage) — the parallel slots, tokens and money go back while the
/// request stays counted against RPM. Must not outlive its Limiter.
class Admission final
{
public:
    Admission() = default;
    ~Admission();
    Admission(Admission &&other) noexcept;
    Admission &operator=(Admission &&other) noexcept;
    Admission(const Admission &) = delete;
    Admission &operator=(const Admission &) = delete;

    /// True until settled, cancelled or moved from.
    bool isValid() const { return m_limiter != nullptr; }
    explicit operator bool() const { return isValid(); }

    /// Replaces the reservations with actual usage and releases the parallel slots. The ticket
    /// is spent afterwards: a second call does nothing and returns an empty result.
    SettleResult settle(qint64 actualTokens, qint64 actualCost);
    /// Releases everything but the RPM admission (what the destructor does).
    void cancel();

    /// When the request was admitted (UTC ms), the instant its RPM entry carries.
    qint64 admittedAtMs() const { return m_reservation.admittedAtMs; }

private:
    friend class Limiter;
    Admission(Limiter *limiter, const Reservation &reservation);

    Limiter *m_limiter = nullptr;
    Reservation m_reservation;
};

/// The outcome of Limiter::admit(): a ticket, or the limit that refused.
struct AdmitResult
{
    Admission ticket;
    std::optional<Refusal> refusal;
    RateStatus rate; ///< after this admission; for x-ratelimit-* headers

    bool admitted() const { return ticket.isValid(); }
};

/// RPM, TPM, parallel and money-budget admission for the data plane, per key, key×model and
/// user. Thread-safe; one instance serves every worker thread.
class Limiter final
{
public:
    /// A limiter over in-process counters.
    explicit Limiter(BackendOptions options = {});
    /// A limiter over @p backend (see makeBackend()).
    explicit Limiter(std::unique_ptr<Backend> backend);
    ~Limiter();
    Limiter(const Limiter &) = delete;
    Limiter &operator=(const Limiter &) = delete;

    /// Checks every applicable limit and reserves on all of them in one step; if any refuses,
    /// nothing is reserved and the refusal names the limit, the subject and when to retry.
    AdmitResult admit(const AdmissionRequest &request);

    /// Sets a subject's spend and reset instant from the store (before it serves requests).
    void load(const SubjectRef &subject, const BudgetState &state);
    /// A subject's counters now.
    SubjectUsage usage(const SubjectRef &subject);
    /// The key's spend in its current budget window (0 when unknown).
    qint64 keySpend(QByteArrayView keyId);
    /// Frees idle subjects; call every minute or so from any thread.
    qint64 sweep();

    /// Also receives every budget event (outside any limiter lock). Set before serving.
    void setEventHandler(std::function<void(const BudgetEvent &)> handler);

    Backend &backend() { return *m_backend; }

private:
    friend class Admission;
    void notify(const std::vector<BudgetEvent> &events) const;

    std::unique_ptr<Backend> m_backend;
    std::function<void(const BudgetEvent &)> m_eventHandler;
};

} // namespace Tollgate::Limits
