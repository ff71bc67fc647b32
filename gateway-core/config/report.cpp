// SPDX-License-Identifier: GPL-3.0-or-later
// What the configuration tells people: --help, --version and --check-config.
#include "gateway-core/config/config.h"
#include "gateway-core/util/decimal.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tollgate::Config {

namespace {

// Wraps text at width columns, each line indented.
QString wrap(const QString &text, qsizetype indent, qsizetype width)
{
    QString result;
    QString line;
    const QString pad(indent, u' ');
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            result += pad + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        result += pad + line + u'\n';
    return result;
}

} // namespace

QString displayValue(const Settings &settings, const KeyInfo &key)
{
    return std::visit(
        [&settings, &key](auto member) -> QString {
            const auto &value = settings.*member;
            using M = std::remove_cvref_t<decltype(value)>;
            if constexpr (std::is_same_v<M, QString>) {
                if (value.isEmpty())
                    return u"(not set)"_s;
                // URLs may carry a password; a report is not the place for it.
                return key.type == Type::Url ? QUrl(value).toDisplayString(QUrl::RemovePassword) : value;
            } else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>) {
                return QString::number(value);
            } else if constexpr (std::is_same_v<M, bool>) {
                return value ? u"true"_s : u"false"_s;
            } else if constexpr (std::is_same_v<M, QStringList>) {
                return value.isEmpty() ? u"(not set)"_s : value.join(u',');
            } else if constexpr (std::is_same_v<M, Util::HostPort>) {
                return value.toString();
            } else if constexpr (std::is_same_v<M, Util::Secret>) {
                return value.describe();
            } else if constexpr (std::is_same_v<M, Log::Level>) {
                return QString(Log::levelName(value));
            } else {
                return QString(Log::formatName(value));
            }
        },
        key.member);
}

namespace {

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"-"_s;
}

QString optionalMoney(const std::optional<qint64> &value)
{
    return value ? Util::formatNanos(*value) : u"-"_s;
}

} // namespace

QString helpText(const QString &program)
{
    QString text =
        u"Usage: %1 [options]\n\n"
        "Tollgate: an OpenAI-compatible gateway with virtual keys, limits, budgets and usage metering.\n\n"
        "Options:\n"
        "  -h, --help          Show this help and exit.\n"
        "  -v, --version       Show the version and exit.\n"
        "  --check-config      Check the configuration, print the effective values and their sources,\n"
        "                      and exit (status 2 when something is wrong).\n"
        "  --config FILE       Read settings, models and keys from this JSON file.\n"
        "                      Environment: TOLLGATE_CONFIG.\n\n"
        "Settings. Each is a key of the config file, an environment variable and a flag (--name VALUE or\n"
        "--name=VALUE). Precedence: default < config file < environment < flag. Sizes take K, M, G\n"
        "(64K, 32M); times are milliseconds or take ms, s, m, h (30s). Secrets are never printed.\n\n"_s.arg(
            program);
    for (const KeyInfo &key : keys()) {
        const QString flag =
            key.type == Type::Bool ? key.flagName() + u"[=BOOL]"_s : key.flagName() + u' ' + key.valueName;
        text += u"  "_s + flag.leftJustified(38) + u' ' + key.envName() + u'\n';
        QString description = key.description;
        // A no-break space keeps "[default: X]" on one line; wrap() splits at plain spaces only.
        if (!key.defaultValue.isEmpty())
            description += u" [default:\u00a0"_s + key.defaultValue + u"]"_s;
        text += wrap(description, 6, 100).replace(QChar(0xa0), u' ');
    }
    text += u"\nThe config file may also declare \"models\" and \"keys\" arrays; see "
            u"installer/tollgate.example.json.\n"
            "Exit status: 0 success, 2 configuration error.\n"_s;
    return text;
}

QString versionText(const QString &program)
{
    return program + u' ' + QStringLiteral(TOLLGATE_VERSION) + u'\n';
}

QString checkConfigReport(const Settings &settings)
{
    QString text = u"Configuration file: %1\n\n"_s.arg(settings.configFile.isEmpty() ? u"(none)"_s
                                                                                     : settings.configFile);
    for (const KeyInfo &key : keys()) {
        const QString name(key.name);
        text += name.leftJustified(32) + u' ' + displayValue(settings, key).leftJustified(40) + u' ' +
                settings.origins.value(name).brief() + u'\n';
    }
    text += u"\nModels: %1\n"_s.arg(settings.models.size());
    for (const Model &model : settings.models) {
        text += u"  %1  [%2]  per 1M tokens: input %3, output %4, cached %5  context %6%7%8\n"_s.arg(
            model.id, model.capabilities.join(u','), Util::formatNanos(model.prices.input),
            Util::formatNanos(model.prices.output), Util::formatNanos(model.prices.cached),
            model.contextWindow ? QString::number(model.contextWindow) : u"unknown"_s,
            model.restricted ? u"  restricted"_s : QString(), model.enabled ? QString() : u"  disabled"_s);
        for (const Deployment &deployment : model.deployments) {
            text += u"    -> %1 as %2, weight %3, api key %4%5\n"_s.arg(
                deployment.baseUrl, deployment.servedName, QString::number(deployment.weight),
                deployment.apiKey.describe(),
                deployment.apiKeyFrom.isEmpty() ? QString() : u" from "_s + deployment.apiKeyFrom);
        }
    }
    text += u"\nKeys: %1\n"_s.arg(settings.apiKeys.size());
    for (const ApiKey &key : settings.apiKeys) {
        text += u"  %1  user %2  key %3 from %4  models %5\n"_s.arg(
            key.alias.isEmpty() ? u"(no alias)"_s : key.alias, key.user.isEmpty() ? u"-"_s : key.user,
            key.key.describe(), key.keyFrom, key.models.isEmpty() ? u"(all)"_s : key.models.join(u','));
        text += u"      rpm %1  tpm %2  parallel %3  budget %4 per %5 (soft %6)  expires %7\n"_s.arg(
            optionalNumber(key.rpmLimit), optionalNumber(key.tpmLimit), optionalNumber(key.parallelLimit),
            optionalMoney(key.maxBudget), key.budgetDuration ? key.budgetDuration->toString() : u"-"_s,
            optionalMoney(key.softBudget),
            key.expiresAt.isValid() ? key.expiresAt.toString(Qt::ISODate) : u"never"_s);
    }
    return text;
}

} // namespace Tollgate::Config
