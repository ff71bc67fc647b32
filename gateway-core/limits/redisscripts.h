// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Limits::RedisScripts {

// The Lua scripts of the Redis back end, one per Backend call; each runs atomically on the
// server. Their arguments and replies are described next to their source in redisscripts.cpp.
// Admit, Release, Load and Usage need the shared functions of Prelude in front of them.

/// Functions the other scripts share.
extern const char *const Prelude;

/// Checks every subject and, only if all pass, reserves on all of them.
extern const char *const Admit;
/// Settles or cancels one admission (idempotent: keyed by its lease), or adds spend.
extern const char *const Release;
/// Merges persisted budget state into a subject.
extern const char *const Load;
/// A subject's counters.
extern const char *const Usage;
/// Registers this replica for a while and counts the live ones.
extern const char *const Heartbeat;

} // namespace Tollgate::Limits::RedisScripts
