// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the settings: defaults < config file < environment < flags, every error collected.
#include "gateway-core/config/config.h"

#include "gateway-core/auth/password.h"
#include "gateway-core/auth/rbac.h"

#include "gateway-core/config/parsing.h"
#include "gateway-core/http/forwarded.h"
#include "gateway-core/util/jsonnumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::Config {

namespace {

using Parsed =
    std::variant<QString, qint64, bool, QStringList, Util::HostPort, Util::Secret, Log::Level, Log::Format>;

std::optional<Parsed> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

std::optional<Parsed> checkRange(const KeyInfo &key, qint64 value, QString *error)
{
    if (value < key.minimum)
        return fail(error, u"%1 is too small (at least %2)"_s.arg(value).arg(key.minimum));
    if (value > key.maximum)
        return fail(error, u"%1 is too large (at most %2)"_s.arg(value).arg(key.maximum));
    return Parsed(value);
}

std::optional<Parsed> parseText(const KeyInfo &key, const QString &text, QString *error)
{
    switch (key.type) {
    case Type::String:
    case Type::Path:
    case Type::Url:
        return Parsed(text.trimmed());
    case Type::Secret:
        // Secrets keep their spaces; only a line end picked up from a file or a heredoc goes.
        return Parsed(Util::Secret(QString(text).remove(u'\r').remove(u'\n')));
    case Type::Int: {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(error, u"\"%1\" is not a whole number"_s.arg(text));
        return checkRange(key, value, error);
    }
    case Type::Milliseconds: {
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(u'-'))
            return fail(error, u"\"%1\" is negative"_s.arg(text));
        const auto value = Util::parseMilliseconds(trimmed, error);
        if (!value)
            return std::nullopt;
        return checkRange(key, *value, error);
    }
    case Type::Bytes: {
        const auto value = parseBytes(text, error);
        if (!value)
            return std::nullopt;
        return checkRange(key, *value, error);
    }
    case Type::Bool: {
        const QString lower = text.trimmed().toLower();
        if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
            return Parsed(true);
        if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
            return Parsed(false);
        return fail(error, u"\"%1\" is not a boolean (use true or false)"_s.arg(text));
    }
    case Type::HostPort: {
        const auto value = Util::parseHostPort(text, error);
        if (!value)
            return std::nullopt;
        return Parsed(*value);
    }
    case Type::LogLevel: {
        const auto value = Log::levelFromName(text.trimmed());
        if (!value)
            return fail(error, u"unknown log level \"%1\" (use debug, info, warning or error)"_s.arg(text));
        return Parsed(*value);
    }
    case Type::LogFormat: {
        const auto value = Log::formatFromName(text.trimmed());
        if (!value)
            return fail(error, u"unknown log format \"%1\" (use text or json)"_s.arg(text));
        return Parsed(*value);
    }
    case Type::List: {
        QStringList items;
        for (const QString &item : text.split(u',')) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return Parsed(items);
    }
    }
    return fail(error, u"unsupported type"_s);
}

std::optional<Parsed> parseJson(const KeyInfo &key, const QJsonValue &value, QString *error)
{
    switch (key.type) {
    case Type::Int:
    case Type::Milliseconds:
    case Type::Bytes:
        if (value.isDouble()) {
            const std::optional<qint64> n = Util::wholeNumber(value);
            if (!n)
                return fail(error, u"%1 is not a whole number"_s.arg(value.toDouble()));
            return checkRange(key, *n, error);
        }
        if (value.isString() && key.type != Type::Int)
            return parseText(key, value.toString(), error);
        return fail(error, key.type == Type::Int ? u"expected a number"_s
                                                 : u"expected a number or a string with a unit"_s);
    case Type::Bool:
        if (!value.isBool())
            return fail(error, u"expected true or false"_s);
        return Parsed(value.toBool());
    case Type::List:
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    return fail(error, u"expected an array of strings"_s);
                items.append(item.toString().trimmed());
            }
            return Parsed(items);
        }
        if (!value.isString())
            return fail(error, u"expected an array of strings"_s);
        return parseText(key, value.toString(), error);
    default:
        if (!value.isString())
            return fail(error, u"expected a string"_s);
        return parseText(key, value.toString(), error);
    }
}

void assign(Settings &settings, const KeyInfo &key, const Parsed &value)
{
    std::visit(
        [&settings, &value](auto member) {
            using M = std::remove_cvref_t<decltype(settings.*member)>;
            if constexpr (std::is_same_v<M, int>)
                settings.*member = int(std::get<qint64>(value));
            else
                settings.*member = std::get<M>(value);
        },
        key.member);
}

// The flags given for settings, in command-line order.
struct FlagValue
{
    const KeyInfo *key;
    QString flag;
    QString value;
};

QStringList flagNames()
{
    QStringList names{u"--help"_s, u"--version"_s, u"--check-config"_s, u"--config"_s};
    for (const KeyInfo &key : keys())
        names.append(key.flagName());
    return names;
}

QStringList keyNames()
{
    QStringList names;
    for (const KeyInfo &key : keys())
        names.append(QString(key.name));
    names << u"models"_s << u"keys"_s;
    return names;
}

// Reads the command line; returns the config file flag's value (empty if none).
QString readFlags(const QStringList &arguments, QList<FlagValue> &flags, bool &checkConfig,
                  QStringList &errors)
{
    QString configFile;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--check-config") {
            checkConfig = true;
            continue;
        }
        if (!argument.startsWith(u"--") || argument.size() == 2) {
            errors.append(
                u"unexpected argument \"%1\" (settings are flags: --name VALUE; see --help)"_s.arg(argument));
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString flag = equals < 0 ? argument : argument.first(equals);
        const bool inlineValue = equals >= 0;
        QString value = inlineValue ? argument.sliced(equals + 1) : QString();
        const QString name = flag.sliced(2).replace(u'-', u'_');
        const KeyInfo *key = name == u"config" ? nullptr : findKey(name);
        if (name != u"config" && !key) {
            errors.append(u"unknown flag %1%2"_s.arg(flag, Internal::didYouMean(flag, flagNames())));
            continue;
        }
        if (!inlineValue) {
            if (key && key->type == Type::Bool) {
                value = u"true"_s;
            } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u"--")) {
                value = arguments.at(++i);
            } else {
                const QString valueName = key ? QString(key->valueName) : u"FILE"_s;
                errors.append(u"flag %1 needs a value (%1 %2)"_s.arg(flag, valueName));
                continue;
            }
        }
        if (!key)
            configFile = value;
        else
            flags.append({key, flag, value});
    }
    return configFile;
}

std::optional<QJsonObject> readConfigFile(const QString &path, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(u"config file %1: cannot read: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.first(qMin(qsizetype(parseError.offset), data.size()));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - before.lastIndexOf('\n');
        errors.append(u"config file %1: line %2, column %3: %4"_s.arg(path).arg(line).arg(column).arg(
            parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append(u"config file %1: expected a JSON object at the top level"_s.arg(path));
        return std::nullopt;
    }
    return document.object();
}

QString withoutPassword(const QString &url)
{
    return QUrl(url).toDisplayString(QUrl::RemovePassword);
}

// Fills a secret from its _file companion unless a source of higher precedence set the secret itself.
void readSecretCompanion(Settings &settings, Util::Secret Settings::*secret, const QString &secretKey,
                         const QString Settings::*file, const QString &fileKey, QStringList &errors)
{
    const QString path = settings.*file;
    if (path.isEmpty())
        return;
    const Origin secretOrigin = settings.origins.value(secretKey);
    const Origin fileOrigin = settings.origins.value(fileKey);
    if ((settings.*secret).isSet()) {
        if (secretOrigin.source > fileOrigin.source)
            return;
        if (secretOrigin.source == fileOrigin.source) {
            errors.append(u"%1: %2 is also set (%3); set only one of them"_s.arg(
                fileOrigin.where(), secretKey, secretOrigin.where()));
            return;
        }
    }
    QString error;
    const auto value = Internal::readSecretFile(path, &error);
    if (!value) {
        errors.append(fileOrigin.where() + u": "_s + error);
        return;
    }
    settings.*secret = Util::Secret(*value);
    settings.origins[secretKey] = fileOrigin;
}

void validate(Settings &settings, QStringList &errors, QStringList &warnings)
{
    const auto where = [&settings](const QString &key) { return settings.origins.value(key).where(); };

    const QUrl database(settings.database);
    const QString dbScheme = database.scheme();
    if (dbScheme == u"sqlite") {
        if (database.path().isEmpty())
            errors.append(where(u"database"_s) +
                          u": sqlite URL without a path (use sqlite:///path/to/file.db)"_s);
    } else if (dbScheme == u"postgresql" || dbScheme == u"postgres") {
        if (!database.password().isEmpty())
            warnings.append(u"database: the URL contains a password; prefer PGPASSWORD or ~/.pgpass"_s);
    } else {
        errors.append(where(u"database"_s) +
                      u": unsupported database URL \"%1\" (use sqlite:///path/to/file.db or "
                      "postgresql://user@host/dbname)"_s.arg(withoutPassword(settings.database)));
    }

    if (!settings.redis.isEmpty()) {
        const QUrl redis(settings.redis);
        if ((redis.scheme() != u"redis" && redis.scheme() != u"rediss") || redis.host().isEmpty())
            errors.append(
                where(u"redis"_s) +
                u": unsupported Redis URL \"%1\" (use redis://[:password@]host:6379[/db])"_s.arg(
                    withoutPassword(settings.redis)));
    }

    if (!settings.bootstrapAdmin.isSet()) {
    } else if (const QString spec = settings.bootstrapAdmin.reveal(); spec.indexOf(u':') <= 0) {
        errors.append(where(u"bootstrap_admin"_s) + u": expected NAME:PASSWORD"_s);
    } else if (const auto problem = Auth::passwordProblem(spec.mid(spec.indexOf(u':') + 1))) {
        errors.append(where(u"bootstrap_admin"_s) + u": "_s + *problem);
    }
    QString mappingError;
    if (!Auth::RoleMapping::parse(settings.groupRoles, &mappingError))
        errors.append(where(u"group_roles"_s) + u": "_s + mappingError);

    const auto checkHttpUrl = [&](const QString &key, const QString &value) {
        const QUrl url(value, QUrl::StrictMode);
        if (!value.isEmpty() && (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
                                 url.host().isEmpty() || url.hasQuery() || url.hasFragment()))
            errors.append(where(key) + u": \"%1\" is not an http(s) URL"_s.arg(value));
    };
    for (const auto &[key, value] : {std::pair{u"sso_public_url"_s, settings.ssoPublicUrl},
                                     {u"openshift_api_url"_s, settings.openshiftApiUrl},
                                     {u"openshift_authorize_url"_s, settings.openshiftAuthorizeUrl},
                                     {u"openshift_token_url"_s, settings.openshiftTokenUrl},
                                     {u"oidc_issuer"_s, settings.oidcIssuer}})
        checkHttpUrl(key, value);
    for (const QString &uri : std::as_const(settings.ssoRedirectUris)) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty() ||
            url.hasFragment())
            errors.append(where(u"sso_redirect_uris"_s) + u": \"%1\" is not an http(s) URL"_s.arg(uri));
    }
    const auto needClient = [&](const QString &prefix, const QString &enabler, const QString &id,
                                const Util::Secret &secret) {
        if (enabler.isEmpty())
            return;
        const QString enablerKey = prefix == u"oidc" ? u"oidc_issuer"_s : u"openshift_api_url"_s;
        if (id.isEmpty())
            errors.append(where(prefix + u"_client_id"_s) + u": needed when %1 is set"_s.arg(enablerKey));
        if (!secret.isSet())
            errors.append(where(prefix + u"_client_secret"_s) +
                          u": needed when %1 is set (or set %2_client_secret_file)"_s.arg(enablerKey, prefix));
    };
    needClient(u"openshift"_s, settings.openshiftApiUrl, settings.openshiftClientId, settings.openshiftClientSecret);
    needClient(u"oidc"_s, settings.oidcIssuer, settings.oidcClientId, settings.oidcClientSecret);
    if (settings.openshiftAuthorizeUrl.isEmpty() != settings.openshiftTokenUrl.isEmpty())
        errors.append(where(settings.openshiftAuthorizeUrl.isEmpty() ? u"openshift_token_url"_s
                                                                     : u"openshift_authorize_url"_s) +
                      u": set both openshift_authorize_url and openshift_token_url, or neither"_s);
    if (!settings.ssoCaFile.isEmpty() && !QFileInfo(settings.ssoCaFile).isReadable())
        errors.append(where(u"sso_ca_file"_s) + u": cannot read \"%1\""_s.arg(settings.ssoCaFile));

    if (!QTimeZone(settings.timezone.toUtf8()).isValid())
        errors.append(where(u"timezone"_s) +
                      u": unknown time zone \"%1\" (use an IANA name such as UTC or Europe/Paris)"_s.arg(
                          settings.timezone));

    if (settings.tlsCertFile.isEmpty() != settings.tlsKeyFile.isEmpty()) {
        const QString missing = settings.tlsCertFile.isEmpty() ? u"tls_cert_file"_s : u"tls_key_file"_s;
        const QString present = settings.tlsCertFile.isEmpty() ? u"tls_key_file"_s : u"tls_cert_file"_s;
        errors.append(where(present) +
                      u": HTTPS needs both tls_cert_file and tls_key_file; %1 is not set"_s.arg(missing));
    }
    for (const QString &key : {u"tls_cert_file"_s, u"tls_key_file"_s}) {
        const QString path = key == u"tls_cert_file" ? settings.tlsCertFile : settings.tlsKeyFile;
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            errors.append(where(key) + u": cannot read \"%1\""_s.arg(path));
    }

    for (const QString &origin : std::as_const(settings.corsOrigins)) {
        if (origin == u"*")
            continue;
        const QUrl url(origin, QUrl::StrictMode);
        const bool ok = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
                        !url.host().isEmpty() && (url.path().isEmpty() || url.path() == u"/") &&
                        !url.hasQuery() && !url.hasFragment();
        if (!ok)
            errors.append(where(u"cors_origins"_s) +
                          u": \"%1\" is not an origin (use scheme://host[:port], or *)"_s.arg(origin));
    }

    QString proxyError;
    if (!Http::TrustedProxies::parse(settings.trustedProxies, &proxyError))
        errors.append(where(u"trusted_proxies"_s) + u": "_s + proxyError);

    if (settings.masterKey.isSet() && settings.masterKey.size() < 16)
        warnings.append(u"master_key is shorter than 16 characters; anyone who guesses it is an admin"_s);
    if (settings.sessionKey.isSet() && settings.sessionKey.size() < 32)
        warnings.append(u"session_key is shorter than 32 characters"_s);
}

} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/tollgate"_s;
}

std::optional<qint64> parseBytes(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    qsizetype digits = 0;
    while (digits < trimmed.size() && trimmed[digits].isDigit())
        ++digits;
    const QString unit = trimmed.sliced(digits).trimmed().toString().toLower();
    bool ok = digits > 0;
    const qint64 number = ok ? trimmed.first(digits).toLongLong(&ok) : 0;
    qint64 factor = 0;
    if (unit.isEmpty() || unit == u"b")
        factor = 1;
    else if (unit == u"k" || unit == u"kb" || unit == u"kib")
        factor = 1024;
    else if (unit == u"m" || unit == u"mb" || unit == u"mib")
        factor = 1024 * 1024;
    else if (unit == u"g" || unit == u"gb" || unit == u"gib")
        factor = 1024 * 1024 * 1024;
    if (!ok || factor == 0) {
        if (error)
            *error = u"\"%1\" is not a size (use a number of bytes, or K, M, G: 64K, 32M)"_s.arg(text);
        return std::nullopt;
    }
    if (number > std::numeric_limits<qint64>::max() / factor) {
        if (error)
            *error = u"\"%1\" is too large"_s.arg(text);
        return std::nullopt;
    }
    return number * factor;
}

LoadResult load(const QStringList &arguments, const QProcessEnvironment &environment)
{
    LoadResult result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            result.action = Action::Help;
            return result;
        }
        if (argument == u"--version" || argument == u"-v") {
            result.action = Action::Version;
            return result;
        }
    }

    QStringList &errors = result.errors;
    Settings &settings = result.settings;
    QList<FlagValue> flags;
    bool checkConfig = false;
    QString configFile = readFlags(arguments, flags, checkConfig, errors);
    result.action = checkConfig ? Action::CheckConfig : Action::Run;
    if (configFile.isEmpty())
        configFile = environment.value(u"TOLLGATE_CONFIG"_s);

    QJsonObject root;
    QString configDir = QDir::currentPath();
    if (!configFile.isEmpty()) {
        configFile = Internal::resolvePath(configFile, QDir::currentPath(), environment);
        settings.configFile = configFile;
        configDir = QFileInfo(configFile).absolutePath();
        if (const auto object = readConfigFile(configFile, errors)) {
            root = *object;
            const QStringList known = keyNames();
            for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
                if (it.key().startsWith(u"//") || known.contains(it.key()))
                    continue;
                errors.append(u"config file %1: unknown key \"%2\"%3"_s.arg(
                    configFile, it.key(), Internal::didYouMean(it.key(), known)));
            }
        }
    }

    for (const KeyInfo &key : keys()) {
        const QString name(key.name);
        QString error;
        Origin origin{Source::Default, QString(), name};
        Parsed value = *parseText(key, QString(key.defaultValue), &error);
        QString baseDir = QDir::currentPath();
        const auto offer = [&](const std::optional<Parsed> &parsed, const Origin &from) {
            if (!parsed) {
                errors.append(from.where() + u": "_s + error);
                return;
            }
            value = *parsed;
            origin = from;
        };
        if (root.contains(name)) {
            offer(parseJson(key, root.value(name), &error), Origin{Source::File, configFile, name});
            if (origin.source == Source::File)
                baseDir = configDir;
        }
        const QString envName = key.envName();
        if (const QString envValue = environment.value(envName); !envValue.isEmpty()) {
            offer(parseText(key, envValue, &error), Origin{Source::Env, envName, name});
            if (origin.source == Source::Env)
                baseDir = QDir::currentPath();
        }
        for (const FlagValue &flag : std::as_const(flags)) {
            if (flag.key == &key) {
                offer(parseText(key, flag.value, &error), Origin{Source::Flag, flag.flag, name});
                if (origin.source == Source::Flag)
                    baseDir = QDir::currentPath();
            }
        }
        if (key.type == Type::Path) {
            const QString path = std::get<QString>(value);
            if (!path.isEmpty())
                value = Internal::resolvePath(path, baseDir, environment);
        }
        assign(settings, key, value);
        settings.origins.insert(name, origin);
    }

    if (settings.dataDir.isEmpty())
        settings.dataDir = defaultDataDir();
    if (settings.journalDir.isEmpty())
        settings.journalDir = settings.dataDir + u"/journal"_s;
    if (settings.backupDir.isEmpty())
        settings.backupDir = settings.dataDir + u"/backups"_s;
    if (settings.database.isEmpty())
        settings.database = u"sqlite://"_s + settings.dataDir + u"/tollgate.db"_s;

    readSecretCompanion(settings, &Settings::masterKey, u"master_key"_s, &Settings::masterKeyFile,
                        u"master_key_file"_s, errors);
    readSecretCompanion(settings, &Settings::sessionKey, u"session_key"_s, &Settings::sessionKeyFile,
                        u"session_key_file"_s, errors);
    readSecretCompanion(settings, &Settings::openshiftClientSecret, u"openshift_client_secret"_s,
                        &Settings::openshiftClientSecretFile, u"openshift_client_secret_file"_s, errors);
    readSecretCompanion(settings, &Settings::oidcClientSecret, u"oidc_client_secret"_s,
                        &Settings::oidcClientSecretFile, u"oidc_client_secret_file"_s, errors);
    validate(settings, errors, result.warnings);
    Internal::readDeclarations(root, {configFile, configDir, environment}, settings, errors, result.warnings);
    return result;
}

} // namespace Tollgate::Config
