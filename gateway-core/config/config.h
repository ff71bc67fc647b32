// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/util/duration.h"
#include "gateway-core/util/hostport.h"
#include "gateway-core/util/log.h"
#include "gateway-core/util/secret.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <variant>

/// tollgate-server's configuration: one table of settings, read from defaults < a JSON config
/// file < TOLLGATE_* environment variables < command-line flags, plus declarative models and keys.
namespace Tollgate::Config {

/// Where a value came from, lowest precedence first.
enum class Source { Default, File, Env, Flag };

/// The source of one value, precise enough for an error message.
struct Origin final
{
    Source source = Source::Default;
    /// The config file's path, the environment variable or the flag.
    QString location;
    /// The key inside the config file (Source::File only).
    QString key;

    /// For errors: "config file /etc/tollgate.json, key listen", "environment variable TOLLGATE_LISTEN",
    /// "flag --listen".
    QString where() const;
    /// For reports: "default", "file /etc/tollgate.json", "env TOLLGATE_LISTEN", "flag --listen".
    QString brief() const;
};

/// One upstream endpoint that serves a model.
struct Deployment final
{
    QString baseUrl;    ///< OpenAI-compatible API root, e.g. http://vllm:8000/v1
    QString servedName; ///< the model name the upstream knows; defaults to the model id
    Util::Secret apiKey;
    QString apiKeyFrom; ///< "env NAME", "file PATH", "config file" or empty when no key
    int weight = 1;
};

/// Prices in nano-units (1e-9 of the currency) per one million tokens.
struct Prices final
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cached = 0; ///< defaults to the input price when the file does not say
};

/// A model declared in the config file.
struct Model final
{
    QString id;
    QStringList capabilities; ///< chat, completions, embeddings, tokenize, docling, safety
    Prices prices;
    qint64 contextWindow = 0; ///< 0: unknown
    bool restricted = false;  ///< subscriptions need an admin's approval
    bool enabled = true;
    QList<Deployment> deployments;
};

/// A virtual API key declared in the config file.
struct ApiKey final
{
    Util::Secret key; ///< the full sk-... value
    QString keyFrom;  ///< "env NAME", "file PATH" or "config file"
    QString user;
    QString alias;
    QStringList models; ///< empty: every model
    std::optional<qint64> rpmLimit;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> parallelLimit;
    std::optional<qint64> maxBudget;  ///< nano-units
    std::optional<qint64> softBudget; ///< nano-units
    std::optional<Util::Duration> budgetDuration;
    QDateTime expiresAt; ///< UTC; invalid: never expires
};

/// The effective configuration. Members are filled from keys(); see helpText() for meanings.
struct Settings final
{
    Util::HostPort listen;
    QString dataDir;
    QString database; ///< never empty after load(): defaults to sqlite://<data_dir>/tollgate.db
    QString redis;
    Util::Secret masterKey;
    QString masterKeyFile;
    Util::Secret sessionKey;
    QString sessionKeyFile;
    Util::Secret bootstrapAdmin;
    QStringList groupRoles;
    QString ssoPublicUrl;
    QStringList ssoRedirectUris;
    qint64 ssoTimeoutMs = 0;
    QString ssoCaFile;
    QString openshiftApiUrl;
    QString openshiftClientId;
    Util::Secret openshiftClientSecret;
    QString openshiftClientSecretFile;
    QString openshiftAuthorizeUrl;
    QString openshiftTokenUrl;
    QString oidcIssuer;
    QString oidcName;
    QString oidcClientId;
    Util::Secret oidcClientSecret;
    QString oidcClientSecretFile;
    QString oidcScopes;
    QString oidcGroupsClaim;
    QString oidcUsernameClaim;
    Log::Format logFormat = Log::Format::Text;
    Log::Level logLevel = Log::Level::Info;
    bool accessLog = false;
    int workers = 0;
    int maxConnections = 0;
    qint64 maxHeaderBytes = 0;
    qint64 maxBodyBytes = 0;
    qint64 headerTimeoutMs = 0;
    qint64 bodyTimeoutMs = 0;
    qint64 idleTimeoutMs = 0;
    qint64 drainTimeoutMs = 0;
    QString timezone;
    QString tlsCertFile;
    QString tlsKeyFile;
    int upstreamPoolSize = 0;
    qint64 upstreamConnectTimeoutMs = 0;
    qint64 upstreamFirstByteTimeoutMs = 0;
    qint64 upstreamIdleTimeoutMs = 0;
    QString journalDir;
    QString backupDir;
    QStringList corsOrigins;
    QStringList trustedProxies;

    QList<Model> models;
    QList<ApiKey> apiKeys;

    /// The config file read, if any (absolute path).
    QString configFile;
    /// Where each setting's value came from, by key name.
    QHash<QString, Origin> origins;

    /// The number of worker threads to start: workers, or the core count when it is 0.
    int effectiveWorkers() const;
};

enum class Type {
    String,
    Path,
    Url,
    Int,
    Bool,
    Milliseconds,
    Bytes,
    Secret,
    HostPort,
    LogLevel,
    LogFormat,
    List
};

/// Which Settings member a key fills.
using Member = std::variant<QString Settings::*, int Settings::*, qint64 Settings::*, bool Settings::*,
                            QStringList Settings::*, Util::HostPort Settings::*, Util::Secret Settings::*,
                            Log::Level Settings::*, Log::Format Settings::*>;

/// One setting: everything the parser, the help text and the report need to know about it.
struct KeyInfo final
{
    QLatin1StringView name; ///< snake_case, the name in the config file
    Type type;
    QLatin1StringView valueName;    ///< placeholder in --help, e.g. HOST:PORT
    QLatin1StringView defaultValue; ///< as text; empty: unset, or computed (see description)
    QLatin1StringView description;
    Member member;
    qint64 minimum = 0; ///< for Int, Bytes, Milliseconds
    qint64 maximum = 0;

    bool isSecret() const { return type == Type::Secret; }
    /// TOLLGATE_ + upper-case name: TOLLGATE_DATA_DIR.
    QString envName() const;
    /// -- + name with '-' for '_': --data-dir.
    QString flagName() const;
};

/// Every setting, in the order --help and --check-config show them.
std::span<const KeyInfo> keys();
/// The setting with this name, or nullptr.
const KeyInfo *findKey(QStringView name);

/// What main() should do after load().
enum class Action { Run, Help, Version, CheckConfig };

struct LoadResult final
{
    Action action = Action::Run;
    Settings settings;
    /// Every problem found, each naming the key and its source; non-empty means exit code 2.
    QStringList errors;
    /// Worth a log line, not worth refusing to start.
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
};

/// Reads the configuration. arguments as from QCoreApplication::arguments() (program first).
/// --help and --version return at once; otherwise every source is read and validated.
LoadResult load(const QStringList &arguments, const QProcessEnvironment &environment);

/// The --help text, generated from keys().
QString helpText(const QString &program = QStringLiteral("tollgate-server"));
/// The --version text: "tollgate-server 0.1.0".
QString versionText(const QString &program = QStringLiteral("tollgate-server"));
/// The --check-config report: every setting with its value and source, secrets described, not shown.
QString checkConfigReport(const Settings &settings);

/// One setting's value as --check-config shows it: secrets described ("(set, 43 chars)"), URL passwords
/// removed.
QString displayValue(const Settings &settings, const KeyInfo &key);

/// $XDG_DATA_HOME/tollgate, else ~/.local/share/tollgate.
QString defaultDataDir();

/// Parses a size: a number of bytes, optionally with K, M or G (powers of 1024; KB, KiB alike).
std::optional<qint64> parseBytes(QStringView text, QString *error = nullptr);

} // namespace Tollgate::Config
