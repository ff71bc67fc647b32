// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Tollgate::Auth {
class Sessions;
class SetupToken;
class RoleMapping;
} // namespace Tollgate::Auth
namespace Tollgate::Keys {
class KeyCache;
}
namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Api {

class ControlExecutor;

/// What control-plane handlers share: each route module takes one of these in its addRoutes().
/// Everything here outlives the router.
struct Context
{
    std::shared_ptr<Store::Database> database;
    /// The data plane's key cache: publish or remove a key right after its change commits, so the
    /// very next request through this replica sees it.
    Keys::KeyCache *keys = nullptr;
    /// Runs database work off the worker threads.
    ControlExecutor *executor = nullptr;
    QByteArray masterKey;
    /// This process among the replicas sharing the store (a UUID made at start).
    QString replicaId;
    QTimeZone timezone = QTimeZone::utc();
    /// Control-plane sessions: authenticates each /api/v1 request, signs in, rotates, revokes.
    Auth::Sessions *sessions = nullptr;
    /// The one-time token for POST /api/v1/auth/setup (armed only while no admin exists).
    Auth::SetupToken *setupToken = nullptr;
    /// Directory group → role mapping (group_roles), for SSO sign-ins.
    const Auth::RoleMapping *roleMapping = nullptr;
    /// Re-read models, deployments, subscriptions and users now instead of at the next poll;
    /// returns once the data plane sees them (call it from the control thread, not a worker).
    std::function<void()> storeChanged;
};

} // namespace Tollgate::Api
