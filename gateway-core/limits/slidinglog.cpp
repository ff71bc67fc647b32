// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/slidinglog.h"

#include <algorithm>

namespace Tollgate::Limits {

void SlidingLog::expire(qint64 nowMs, qint64 windowMs)
{
    while (m_size > 0) {
        const Bucket &front = at(0);
        if (nowMs - front.timeMs < windowMs)
            break;
        m_sum -= front.amount;
        m_head = (m_head + 1) & (m_capacity - 1);
        --m_size;
        ++m_firstSlot;
    }
}

qint64 SlidingLog::add(qint64 nowMs, qint64 amount)
{
    if (m_size > 0) {
        Bucket &back = at(m_size - 1);
        if (nowMs <= back.timeMs) {
            back.amount += amount;
            m_sum += amount;
            return m_firstSlot + m_size - 1;
        }
    }
    if (m_size == m_capacity)
        grow();
    at(m_size) = Bucket{nowMs, amount};
    ++m_size;
    m_sum += amount;
    return m_firstSlot + m_size - 1;
}

void SlidingLog::adjust(qint64 slot, qint64 delta)
{
    const qint64 index = slot - m_firstSlot;
    if (index < 0 || index >= qint64(m_size))
        return;
    at(quint32(index)).amount += delta;
    m_sum += delta;
}

qint64 SlidingLog::msUntilFreed(qint64 amount, qint64 nowMs, qint64 windowMs) const
{
    if (amount <= 0)
        return 0;
    qint64 freed = 0;
    for (quint32 i = 0; i < m_size; ++i) {
        const Bucket &b = at(i);
        freed += b.amount;
        if (freed >= amount)
            return std::max<qint64>(0, b.timeMs + windowMs - nowMs);
    }
    return -1;
}

qint64 SlidingLog::msUntilEmpty(qint64 nowMs, qint64 windowMs) const
{
    if (m_size == 0)
        return 0;
    return std::max<qint64>(0, at(m_size - 1).timeMs + windowMs - nowMs);
}

void SlidingLog::releaseIfEmpty()
{
    if (m_size != 0)
        return;
    m_ring.reset();
    m_capacity = 0;
    m_head = 0;
}

void SlidingLog::grow()
{
    const quint32 capacity = m_capacity == 0 ? 4 : m_capacity * 2;
    auto ring = std::make_unique<Bucket[]>(capacity);
    for (quint32 i = 0; i < m_size; ++i)
        ring[i] = at(i);
    m_ring = std::move(ring);
    m_capacity = capacity;
    m_head = 0;
}

} // namespace Tollgate::Limits
