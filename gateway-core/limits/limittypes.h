// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/util/duration.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace Tollgate::Limits {

/// Whose counters a limit applies to.
enum class SubjectKind : quint8 { Key, KeyModel, User };
/// Which limit refused a request.
enum class LimitKind : quint8 { Rpm, Tpm, Parallel, Budget };

/// Stable lower-case names for logs, error codes and header names ("key", "key_model", "user").
QLatin1StringView subjectName(SubjectKind kind);
/// "rpm", "tpm", "parallel", "budget".
QLatin1StringView limitName(LimitKind kind);

/// Names one set of counters; views into the caller's strings, never stored as such.
struct SubjectRef
{
    SubjectKind kind = SubjectKind::Key;
    QByteArrayView id;    ///< key id or user id
    QByteArrayView model; ///< only for KeyModel
};

/// A money budget: nano-units (1e-9 of the currency); -1 = none.
struct BudgetLimits
{
    qint64 max = -1;
    qint64 soft = -1;
    std::optional<Util::Duration> duration; ///< empty = one budget for the subject's life
};

/// The limits of one subject for one request; -1 = unlimited. They travel with each request so a
/// limit change applies to the next request without telling the limiter.
struct SubjectLimits
{
    qint64 rpm = -1;
    qint64 tpm = -1;
    qint64 parallel = -1;
    BudgetLimits budget;

    bool isUnlimited() const
    {
        return rpm < 0 && tpm < 0 && parallel < 0 && budget.max < 0 && budget.soft < 0 && !budget.duration;
    }
};

/// Why a request was refused, with what the 429 response needs.
struct Refusal
{
    LimitKind limit = LimitKind::Rpm;
    SubjectKind subject = SubjectKind::Key;
    qint64 limitValue = 0;    ///< the configured limit (requests, tokens, parallel slots, nano-units)
    qint64 remaining = 0;     ///< what is left of it now
    qint64 retryAfterMs = -1; ///< -1: retrying will not help before the reset (budget, oversize)
    qint64 resetAtMs = 0;     ///< budget: the reset instant (UTC ms), 0 = never resets
    qint64 requested = 0;     ///< tokens or nano-units the request asked for
    bool oversize = false;    ///< the request alone exceeds the whole limit

    /// Whether a client should retry (false → x-should-retry: false, insufficient_quota).
    bool retryable() const { return retryAfterMs >= 0; }
    /// English text for the error body, e.g. "Rate limit exceeded for key: 60 requests per minute".
    QString message() const;
};

/// Which refusal a client should hear about: one that retrying cannot fix, else the longest wait.
bool outranks(const Refusal &a, const Refusal &b);

/// x-ratelimit-* values after an admission: the tightest subject for requests and for tokens.
struct RateStatus
{
    qint64 requestLimit = -1; ///< -1: no request limit applies
    qint64 requestsRemaining = -1;
    qint64 requestsResetMs = 0; ///< until the window is empty again
    qint64 tokenLimit = -1;
    qint64 tokensRemaining = -1;
    qint64 tokensResetMs = 0;
};

/// A budget fact the alerting layer acts on; each kind at most once per subject and window.
struct BudgetEvent
{
    enum class Kind : quint8 { SoftBudgetCrossed, BudgetExhausted };
    Kind kind = Kind::SoftBudgetCrossed;
    SubjectKind subject = SubjectKind::Key;
    QByteArray id;
    QByteArray model;
    qint64 spend = 0;
    qint64 threshold = 0; ///< the soft or max budget that was reached
    qint64 resetAtMs = 0; ///< 0 = the budget never resets
};

/// Persisted budget state of a subject, as loaded from the store.
struct BudgetState
{
    qint64 spend = 0;     ///< nano-units spent in the current window
    qint64 resetAtMs = 0; ///< next reset (UTC ms); 0 = compute from the duration at first use
    /// Bumped by the store on every control-plane reset of spend. A generation newer than the
    /// one the counters have seen replaces them (spend, reset instant, alerts sent) outright;
    /// otherwise a shared back end merges (see Backend::load).
    qint64 generation = 0;
};

/// A subject's counters as they stand (for headers, the console and tests).
struct SubjectUsage
{
    bool known = false; ///< false: the limiter holds no state for this subject
    qint64 requestsInWindow = 0;
    qint64 tokensInWindow = 0;
    qint64 parallel = 0;
    qint64 spend = 0;
    qint64 reserved = 0;
    qint64 resetAtMs = 0;
};

/// What one request asks of one subject.
struct Demand
{
    SubjectRef subject;
    const SubjectLimits *limits = nullptr;
    qint64 tokens = 0; ///< tokens to reserve against TPM
    qint64 cost = 0;   ///< nano-units to reserve against the budget
};

/// What a back end reserved for one subject; opaque to everything but that back end.
struct SubjectReservation
{
    quintptr handle = 0; ///< back-end owned (the local back end's entry; pinned while in flight)
    qint64 tokenSlot = -1; ///< TPM log position, -1 = no token reservation
    qint64 tokens = 0;
    qint64 cost = 0;
    SubjectKind kind = SubjectKind::Key;
    bool parallel = false;
    bool budget = false;
};

/// Everything one admission holds; settled or cancelled exactly once by its Admission.
struct Reservation
{
    static constexpr int MaxSubjects = 3;
    std::array<SubjectReservation, MaxSubjects> subjects;
    int count = 0;
    qint64 admittedAtMs = 0;
    QByteArray shared; ///< a shared back end's handle (its key names and lease); empty for the local one
};

} // namespace Tollgate::Limits
