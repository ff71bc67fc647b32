// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tollgate::Config {
struct Settings;
}
namespace Tollgate::Store {
class Database;
}
namespace Tollgate::Util {
class SecretBox;
}

namespace Tollgate::Service {

/// Applies the models and keys declared in the configuration to the store (GitOps style):
/// models and deployments are created or updated to match, each declared key gets its owner
/// (created as a local user without a password when missing), active subscriptions to the key's
/// models, and the key itself under the hash of the declared secret. Running it again changes
/// nothing. Returns one line per change for the log. Throws Store::Error.
QStringList applyDeclarations(const Config::Settings &settings, Store::Database &db,
                              const Util::SecretBox &secrets);

} // namespace Tollgate::Service
