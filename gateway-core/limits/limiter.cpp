// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/limiter.h"

#include <array>
#include <utility>

namespace Tollgate::Limits {

Admission::Admission(Limiter *limiter, const Reservation &reservation)
    : m_limiter(limiter)
    , m_reservation(reservation)
{
}

Admission::~Admission()
{
    cancel();
}

Admission::Admission(Admission &&other) noexcept
    : m_limiter(std::exchange(other.m_limiter, nullptr))
    , m_reservation(other.m_reservation)
{
}

Admission &Admission::operator=(Admission &&other) noexcept
{
    if (this != &other) {
        cancel();
        m_limiter = std::exchange(other.m_limiter, nullptr);
        m_reservation = other.m_reservation;
    }
    return *this;
}

SettleResult Admission::settle(qint64 actualTokens, qint64 actualCost)
{
    Limiter *limiter = std::exchange(m_limiter, nullptr);
    if (!limiter)
        return {};
    SettleOutcome outcome = limiter->m_backend->settle(m_reservation, actualTokens, actualCost);
    limiter->notify(outcome.events);
    return SettleResult{outcome.keySpend, std::move(outcome.events)};
}

void Admission::cancel()
{
    if (Limiter *limiter = std::exchange(m_limiter, nullptr))
        limiter->m_backend->cancel(m_reservation);
}

Limiter::Limiter(BackendOptions options)
    : m_backend(makeBackend(BackendKind::Local, std::move(options)))
{
}

Limiter::Limiter(std::unique_ptr<Backend> backend)
    : m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
}

Limiter::~Limiter() = default;

AdmitResult Limiter::admit(const AdmissionRequest &request)
{
    std::array<Demand, Reservation::MaxSubjects> demands;
    int n = 0;
    auto add = [&](SubjectKind kind, QByteArrayView id, QByteArrayView model, const SubjectLimits &limits) {
        demands[n++] = Demand{SubjectRef{kind, id, model}, &limits, request.tokens, request.cost};
    };
    if (!request.keyId.isEmpty()) {
        add(SubjectKind::Key, request.keyId, {}, request.keyLimits);
        if (!request.model.isEmpty() && !request.keyModelLimits.isUnlimited())
            add(SubjectKind::KeyModel, request.keyId, request.model, request.keyModelLimits);
    }
    if (!request.userId.isEmpty() && !request.userLimits.isUnlimited())
        add(SubjectKind::User, request.userId, {}, request.userLimits);

    AdmitResult result;
    Reservation reservation;
    AdmitOutcome outcome = m_backend->admit(std::span<const Demand>(demands.data(), size_t(n)), &reservation);
    notify(outcome.events);
    if (!outcome.admitted) {
        result.refusal = outcome.refusal;
        return result;
    }
    result.ticket = Admission(this, reservation);
    result.rate = outcome.rate;
    return result;
}

void Limiter::load(const SubjectRef &subject, const BudgetState &state)
{
    m_backend->load(subject, state);
}

SubjectUsage Limiter::usage(const SubjectRef &subject)
{
    return m_backend->usage(subject);
}

qint64 Limiter::keySpend(QByteArrayView keyId)
{
    return m_backend->usage(SubjectRef{SubjectKind::Key, keyId, {}}).spend;
}

qint64 Limiter::sweep()
{
    return m_backend->sweep();
}

void Limiter::setEventHandler(std::function<void(const BudgetEvent &)> handler)
{
    m_eventHandler = std::move(handler);
}

void Limiter::notify(const std::vector<BudgetEvent> &events) const
{
    if (!m_eventHandler)
        return;
    for (const BudgetEvent &event : events)
        m_eventHandler(event);
}

} // namespace Tollgate::Limits
