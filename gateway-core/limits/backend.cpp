// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/backend.h"

#include "gateway-core/limits/localbackend.h"
#include "gateway-core/limits/redisbackend.h"

namespace Tollgate::Limits {

std::unique_ptr<Backend> makeBackend(BackendKind kind, BackendOptions options, QString *error)
{
    switch (kind) {
    case BackendKind::Local:
        return std::make_unique<LocalBackend>(std::move(options));
    case BackendKind::Redis:
        return RedisBackend::create(std::move(options), error);
    }
    return nullptr;
}

} // namespace Tollgate::Limits
