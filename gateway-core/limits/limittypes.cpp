// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/limittypes.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Tollgate::Limits {

QLatin1StringView subjectName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Key:
        return "key"_L1;
    case SubjectKind::KeyModel:
        return "key_model"_L1;
    case SubjectKind::User:
        return "user"_L1;
    }
    return "key"_L1;
}

QLatin1StringView limitName(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Rpm:
        return "rpm"_L1;
    case LimitKind::Tpm:
        return "tpm"_L1;
    case LimitKind::Parallel:
        return "parallel"_L1;
    case LimitKind::Budget:
        return "budget"_L1;
    }
    return "rpm"_L1;
}

bool outranks(const Refusal &a, const Refusal &b)
{
    if (!a.retryable() || !b.retryable())
        return !a.retryable() && b.retryable();
    return a.retryAfterMs > b.retryAfterMs;
}

QString Refusal::message() const
{
    const QString who = subject == SubjectKind::KeyModel ? u"key and model"_s : QString(subjectName(subject));
    QString text;
    switch (limit) {
    case LimitKind::Rpm:
        text = u"Rate limit exceeded for %1: %2 requests per minute"_s.arg(who).arg(limitValue);
        break;
    case LimitKind::Tpm:
        text = oversize ? u"Request too large for %1: it may use %2 tokens but the limit is %3 tokens per minute"_s
                              .arg(who)
                              .arg(requested)
                              .arg(limitValue)
                        : u"Rate limit exceeded for %1: %2 tokens per minute, %3 remaining, this request needs %4"_s
                              .arg(who)
                              .arg(limitValue)
                              .arg(remaining)
                              .arg(requested);
        break;
    case LimitKind::Parallel:
        text = u"Too many parallel requests for %1: at most %2 at a time"_s.arg(who).arg(limitValue);
        break;
    case LimitKind::Budget:
        text = u"Budget exceeded for %1"_s.arg(who);
        if (resetAtMs > 0)
            text += u"; it resets at %1"_s.arg(
                QDateTime::fromMSecsSinceEpoch(resetAtMs, Qt::UTC).toString(Qt::ISODate));
        break;
    }
    if (retryAfterMs >= 0 && limit != LimitKind::Budget)
        text += u"; retry in %1 ms"_s.arg(retryAfterMs);
    return text;
}

} // namespace Tollgate::Limits
