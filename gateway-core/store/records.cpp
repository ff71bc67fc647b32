// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/records.h"

#include "gateway-core/store/error.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

QString toString(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active:
        return u"active"_s;
    case SubscriptionStatus::Pending:
        return u"pending"_s;
    case SubscriptionStatus::Denied:
        return u"denied"_s;
    case SubscriptionStatus::Inactive:
        return u"inactive"_s;
    case SubscriptionStatus::Expired:
        return u"expired"_s;
    }
    return u"inactive"_s;
}

SubscriptionStatus subscriptionStatusFromString(const QString &name)
{
    for (const auto status :
         {SubscriptionStatus::Active, SubscriptionStatus::Pending, SubscriptionStatus::Denied,
          SubscriptionStatus::Inactive, SubscriptionStatus::Expired}) {
        if (toString(status) == name)
            return status;
    }
    throw Error(Error::Code::Invalid, u"unknown subscription status: "_s + name);
}

} // namespace Tollgate::Store
