// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

namespace Tollgate::Limits {

/// Exact sliding-window counter: a ring of (millisecond, amount) buckets with a running sum.
/// An amount added at t counts while now - t < window. Same-millisecond additions share a
/// bucket, so a log never holds more buckets than the window has milliseconds, however high
/// the limit. Not thread-safe: its owner's lock guards it. The ring is allocated on first use.
class SlidingLog final
{
public:
    SlidingLog() = default;
    SlidingLog(const SlidingLog &) = delete;
    SlidingLog &operator=(const SlidingLog &) = delete;

    /// Forgets buckets that left the window ending at @p nowMs.
    void expire(qint64 nowMs, qint64 windowMs);
    /// Sum of the amounts still in the window (call expire() first).
    qint64 sum() const { return m_sum; }
    bool isEmpty() const { return m_size == 0; }

    /// Records @p amount at @p nowMs (never before the newest bucket, so a clock step back
    /// cannot reorder the log); returns the slot for adjust().
    qint64 add(qint64 nowMs, qint64 amount);
    /// Changes the amount recorded in @p slot by @p delta; nothing if the slot already expired.
    void adjust(qint64 slot, qint64 delta);

    /// Milliseconds from @p nowMs until at least @p amount has left the window; 0 if
    /// @p amount <= 0, -1 if the log does not hold that much.
    qint64 msUntilFreed(qint64 amount, qint64 nowMs, qint64 windowMs) const;
    /// Milliseconds until the whole log has left the window.
    qint64 msUntilEmpty(qint64 nowMs, qint64 windowMs) const;

    /// Frees the ring when empty (idle subjects cost a few bytes).
    void releaseIfEmpty();
    /// Buckets the ring can hold without growing (for tests of the memory bound).
    quint32 capacity() const { return m_capacity; }

private:
    struct Bucket
    {
        qint64 timeMs;
        qint64 amount;
    };
    Bucket &at(quint32 i) const { return m_ring[(m_head + i) & (m_capacity - 1)]; }
    void grow();

    std::unique_ptr<Bucket[]> m_ring;
    quint32 m_capacity = 0; // power of two
    quint32 m_head = 0;
    quint32 m_size = 0;
    qint64 m_firstSlot = 0; // slot number of the bucket at m_head
    qint64 m_sum = 0;
};

} // namespace Tollgate::Limits
