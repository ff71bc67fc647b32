// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/config/config.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/duration.h"
#include "gateway-core/util/hostport.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tollgate;
using Config::Source;

namespace {

// "K=V" pairs, and nothing of the test runner's own environment (CTest sets TOLLGATE_BUILD_DIR).
QProcessEnvironment environment(const QStringList &pairs)
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, QDir::homePath());
    for (const QString &pair : pairs)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

// JSON fixtures are written with single quotes: moc cannot read raw string literals holding "//".
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QString errorWith(const QStringList &errors, const QStringList &parts)
{
    for (const QString &error : errors) {
        bool all = true;
        for (const QString &part : parts)
            all = all && error.contains(part);
        if (all)
            return error;
    }
    return QString();
}

} // namespace

class TestConfig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    // Loads with a config file holding json (if any), the environment pairs and the flags.
    Config::LoadResult load(const QByteArray &json, const QStringList &env, const QStringList &flags)
    {
        QStringList arguments{u"tollgate-server"_s};
        if (!json.isEmpty())
            arguments << u"--config"_s << writeFile(u"tollgate.json"_s, json);
        arguments += flags;
        return Config::load(arguments, environment(env));
    }

    QString value(const Config::Settings &settings, const QString &name)
    {
        const Config::KeyInfo *key = Config::findKey(name);
        return key ? Config::displayValue(settings, *key) : u"(no such key)"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        const auto result = Config::load({u"tollgate-server"_s}, environment({}));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.action, Config::Action::Run);
        const Config::Settings &s = result.settings;
        QCOMPARE(s.listen.host, u"127.0.0.1"_s);
        QCOMPARE(s.listen.port, 8080);
        QCOMPARE(s.dataDir, Config::defaultDataDir());
        QCOMPARE(s.journalDir, s.dataDir + u"/journal"_s);
        QCOMPARE(s.database, u"sqlite://"_s + s.dataDir + u"/tollgate.db"_s);
        QVERIFY(s.redis.isEmpty());
        QVERIFY(!s.masterKey.isSet());
        QCOMPARE(s.logFormat, Log::Format::Text);
        QCOMPARE(s.logLevel, Log::Level::Info);
        QCOMPARE(s.accessLog, false);
        QCOMPARE(s.workers, 0);
        QVERIFY(s.effectiveWorkers() >= 1);
        QCOMPARE(s.upstreamPoolSize, 64);
        QCOMPARE(s.maxBodyBytes, 32 * 1024 * 1024);
        QCOMPARE(s.maxHeaderBytes, 64 * 1024);
        QCOMPARE(s.timezone, u"UTC"_s);
        QVERIFY(s.corsOrigins.isEmpty());
        QVERIFY(s.models.isEmpty());
        QVERIFY(s.apiKeys.isEmpty());
        for (const Config::KeyInfo &key : Config::keys())
            QCOMPARE(s.origins.value(QString(key.name)).source, Source::Default);
    }

    void defaultDataDirFollowsXdg()
    {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path()));
        const QString dir = Config::defaultDataDir();
        if (saved.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QCOMPARE(dir, m_dir.path() + u"/tollgate"_s);
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Source>("source");

        const QByteArray listen = json("{'listen': '0.0.0.0:9000'}");
        QTest::newRow("listen: file")
            << u"listen"_s << listen << QStringList() << QStringList() << u"0.0.0.0:9000"_s << Source::File;
        QTest::newRow("listen: env over file")
            << u"listen"_s << listen << QStringList{u"TOLLGATE_LISTEN=[::1]:9001"_s} << QStringList()
            << u"[::1]:9001"_s << Source::Env;
        QTest::newRow("listen: flag over env")
            << u"listen"_s << listen << QStringList{u"TOLLGATE_LISTEN=[::1]:9001"_s}
            << QStringList{u"--listen"_s, u"127.0.0.1:0"_s} << u"127.0.0.1:0"_s << Source::Flag;

        const QByteArray workers = json("{'workers': 4}");
        QTest::newRow("workers: file")
            << u"workers"_s << workers << QStringList() << QStringList() << u"4"_s << Source::File;
        QTest::newRow("workers: env over file")
            << u"workers"_s << workers << QStringList{u"TOLLGATE_WORKERS=8"_s} << QStringList() << u"8"_s
            << Source::Env;
        QTest::newRow("workers: flag over env")
            << u"workers"_s << workers << QStringList{u"TOLLGATE_WORKERS=8"_s}
            << QStringList{u"--workers=16"_s} << u"16"_s << Source::Flag;
        QTest::newRow("workers: empty env is unset")
            << u"workers"_s << workers << QStringList{u"TOLLGATE_WORKERS="_s} << QStringList() << u"4"_s
            << Source::File;

        const QByteArray level = json("{'log_level': 'warning'}");
        QTest::newRow("log_level: file")
            << u"log_level"_s << level << QStringList() << QStringList() << u"warning"_s << Source::File;
        QTest::newRow("log_level: env")
            << u"log_level"_s << level << QStringList{u"TOLLGATE_LOG_LEVEL=error"_s} << QStringList()
            << u"error"_s << Source::Env;
        QTest::newRow("log_level: flag")
            << u"log_level"_s << level << QStringList{u"TOLLGATE_LOG_LEVEL=error"_s}
            << QStringList{u"--log-level"_s, u"DEBUG"_s} << u"debug"_s << Source::Flag;

        const QByteArray body = json("{'max_body_bytes': '1M'}");
        QTest::newRow("max_body_bytes: file")
            << u"max_body_bytes"_s << body << QStringList() << QStringList() << u"1048576"_s << Source::File;
        QTest::newRow("max_body_bytes: env")
            << u"max_body_bytes"_s << body << QStringList{u"TOLLGATE_MAX_BODY_BYTES=2MiB"_s} << QStringList()
            << u"2097152"_s << Source::Env;
        QTest::newRow("max_body_bytes: flag")
            << u"max_body_bytes"_s << body << QStringList{u"TOLLGATE_MAX_BODY_BYTES=2MiB"_s}
            << QStringList{u"--max-body-bytes=4096"_s} << u"4096"_s << Source::Flag;

        const QByteArray timeout = json("{'header_timeout_ms': '30s'}");
        QTest::newRow("header_timeout_ms: file unit") << u"header_timeout_ms"_s << timeout << QStringList()
                                                      << QStringList() << u"30000"_s << Source::File;
        QTest::newRow("header_timeout_ms: env plain")
            << u"header_timeout_ms"_s << timeout << QStringList{u"TOLLGATE_HEADER_TIMEOUT_MS=1500"_s}
            << QStringList() << u"1500"_s << Source::Env;

        const QByteArray access = json("{'access_log': false}");
        QTest::newRow("access_log: env")
            << u"access_log"_s << access << QStringList{u"TOLLGATE_ACCESS_LOG=yes"_s} << QStringList()
            << u"true"_s << Source::Env;
        QTest::newRow("access_log: bare flag") << u"access_log"_s << access << QStringList()
                                               << QStringList{u"--access-log"_s} << u"true"_s << Source::Flag;
        QTest::newRow("access_log: flag=false")
            << u"access_log"_s << access << QStringList{u"TOLLGATE_ACCESS_LOG=1"_s}
            << QStringList{u"--access-log=false"_s} << u"false"_s << Source::Flag;

        const QByteArray cors = json("{'cors_origins': ['https://a.example', 'https://b.example:8443']}");
        QTest::newRow("cors_origins: file array")
            << u"cors_origins"_s << cors << QStringList() << QStringList()
            << u"https://a.example,https://b.example:8443"_s << Source::File;
        QTest::newRow("cors_origins: env list")
            << u"cors_origins"_s << cors << QStringList{u"TOLLGATE_CORS_ORIGINS=https://c.example, *"_s}
            << QStringList() << u"https://c.example,*"_s << Source::Env;
        const QByteArray proxies = json("{'trusted_proxies': ['10.128.0.0/14', 'fd00::/8']}");
        QTest::newRow("trusted_proxies: file array")
            << u"trusted_proxies"_s << proxies << QStringList() << QStringList() << u"10.128.0.0/14,fd00::/8"_s
            << Source::File;
        QTest::newRow("trusted_proxies: flag list")
            << u"trusted_proxies"_s << proxies << QStringList()
            << QStringList{u"--trusted-proxies=127.0.0.1/32,10.0.0.7"_s} << u"127.0.0.1/32,10.0.0.7"_s
            << Source::Flag;

        QTest::newRow("data_dir: flag")
            << u"data_dir"_s << QByteArray() << QStringList{u"TOLLGATE_DATA_DIR=/srv/a"_s}
            << QStringList{u"--data-dir"_s, u"/srv/b"_s} << u"/srv/b"_s << Source::Flag;
        QTest::newRow("database: env")
            << u"database"_s << QByteArray()
            << QStringList{u"TOLLGATE_DATABASE=postgresql://tg@db:5432/tollgate"_s} << QStringList()
            << u"postgresql://tg@db:5432/tollgate"_s << Source::Env;
        QTest::newRow("redis: flag") << u"redis"_s << QByteArray() << QStringList()
                                     << QStringList{u"--redis=redis://cache:6379"_s}
                                     << u"redis://cache:6379"_s << Source::Flag;
    }

    void precedence()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        QFETCH(QStringList, env);
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        QFETCH(Source, source);

        const auto result = load(json, env, flags);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(value(result.settings, key), expected);
        QCOMPARE(result.settings.origins.value(key).source, source);
    }

    void derivedDefaultsFollowDataDir()
    {
        const auto result = load({}, {u"TOLLGATE_DATA_DIR=/srv/tollgate"_s}, {});
        QVERIFY(result.ok());
        QCOMPARE(result.settings.journalDir, u"/srv/tollgate/journal"_s);
        QCOMPARE(result.settings.database, u"sqlite:///srv/tollgate/tollgate.db"_s);
    }

    void relativePathsInFileFollowTheFile()
    {
        const auto result =
            load(json("{'data_dir': 'state', 'journal_dir': '~/journal'}"), {u"HOME=/home/tg"_s}, {});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.settings.dataDir, m_dir.path() + u"/state"_s);
        QCOMPARE(result.settings.journalDir, u"/home/tg/journal"_s);
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("listen without port (flag)")
            << QByteArray() << QStringList() << QStringList{u"--listen"_s, u"localhost"_s}
            << QStringList{u"flag --listen"_s, u"no port"_s};
        QTest::newRow("port above 65535 (env)")
            << QByteArray() << QStringList{u"TOLLGATE_LISTEN=127.0.0.1:70000"_s} << QStringList()
            << QStringList{u"environment variable TOLLGATE_LISTEN"_s, u"out of range"_s};
        QTest::newRow("unbracketed IPv6 (file)")
            << QByteArray(json("{'listen': '::1:8080'}")) << QStringList() << QStringList()
            << QStringList{u"tollgate.json, key listen"_s, u"brackets"_s};
        QTest::newRow("negative size (file)")
            << QByteArray(json("{'max_body_bytes': -5}")) << QStringList() << QStringList()
            << QStringList{u"tollgate.json, key max_body_bytes"_s, u"too small"_s};
        QTest::newRow("negative size (env)")
            << QByteArray() << QStringList{u"TOLLGATE_MAX_HEADER_BYTES=-5"_s} << QStringList()
            << QStringList{u"TOLLGATE_MAX_HEADER_BYTES"_s, u"not a size"_s};
        QTest::newRow("negative timeout (flag)")
            << QByteArray() << QStringList() << QStringList{u"--body-timeout-ms=-1"_s}
            << QStringList{u"flag --body-timeout-ms"_s, u"negative"_s};
        QTest::newRow("month timeout (flag)")
            << QByteArray() << QStringList() << QStringList{u"--idle-timeout-ms=1mo"_s}
            << QStringList{u"flag --idle-timeout-ms"_s, u"months"_s};
        QTest::newRow("unknown log level (flag)")
            << QByteArray() << QStringList() << QStringList{u"--log-level=verbose"_s}
            << QStringList{u"flag --log-level"_s, u"unknown log level \"verbose\""_s};
        QTest::newRow("unknown log format (env)")
            << QByteArray() << QStringList{u"TOLLGATE_LOG_FORMAT=xml"_s} << QStringList()
            << QStringList{u"TOLLGATE_LOG_FORMAT"_s, u"text or json"_s};
        QTest::newRow("string for a number (file)")
            << QByteArray(json("{'workers': 'four'}")) << QStringList() << QStringList()
            << QStringList{u"key workers"_s, u"expected a number"_s};
        QTest::newRow("fraction for a number (file)")
            << QByteArray(json("{'upstream_pool_size': 1.5}")) << QStringList() << QStringList()
            << QStringList{u"key upstream_pool_size"_s, u"whole number"_s};
        QTest::newRow("zero pool (env)")
            << QByteArray() << QStringList{u"TOLLGATE_UPSTREAM_POOL_SIZE=0"_s} << QStringList()
            << QStringList{u"TOLLGATE_UPSTREAM_POOL_SIZE"_s, u"too small"_s};
        QTest::newRow("number for a string (file)")
            << QByteArray(json("{'timezone': 3}")) << QStringList() << QStringList()
            << QStringList{u"key timezone"_s, u"expected a string"_s};
        QTest::newRow("bad boolean (env)")
            << QByteArray() << QStringList{u"TOLLGATE_ACCESS_LOG=maybe"_s} << QStringList()
            << QStringList{u"TOLLGATE_ACCESS_LOG"_s, u"not a boolean"_s};
        QTest::newRow("string for a boolean (file)")
            << QByteArray(json("{'access_log': 'true'}")) << QStringList() << QStringList()
            << QStringList{u"key access_log"_s, u"true or false"_s};
        QTest::newRow("unknown time zone (env)")
            << QByteArray() << QStringList{u"TOLLGATE_TIMEZONE=Mars/Olympus"_s} << QStringList()
            << QStringList{u"TOLLGATE_TIMEZONE"_s, u"unknown time zone"_s};
        QTest::newRow("unsupported database (flag)")
            << QByteArray() << QStringList() << QStringList{u"--database"_s, u"mysql://u:hunter2@db/x"_s}
            << QStringList{u"flag --database"_s, u"unsupported database URL"_s};
        QTest::newRow("unsupported redis (env)")
            << QByteArray() << QStringList{u"TOLLGATE_REDIS=http://cache"_s} << QStringList()
            << QStringList{u"TOLLGATE_REDIS"_s, u"Redis URL"_s};
        QTest::newRow("certificate without key (flag)")
            << QByteArray() << QStringList() << QStringList{u"--tls-cert-file=/nonexistent/cert.pem"_s}
            << QStringList{u"flag --tls-cert-file"_s, u"tls_key_file is not set"_s};
        QTest::newRow("unreadable certificate (flag)")
            << QByteArray() << QStringList() << QStringList{u"--tls-cert-file=/nonexistent/cert.pem"_s}
            << QStringList{u"flag --tls-cert-file"_s, u"cannot read"_s};
        QTest::newRow("origin with a path (flag)")
            << QByteArray() << QStringList() << QStringList{u"--cors-origins=https://a.example/app"_s}
            << QStringList{u"flag --cors-origins"_s, u"not an origin"_s};
        QTest::newRow("trusted proxy that is no subnet (env)")
            << QByteArray() << QStringList{u"TOLLGATE_TRUSTED_PROXIES=10.0.0.0/8,router.local"_s}
            << QStringList() << QStringList{u"TOLLGATE_TRUSTED_PROXIES"_s, u"\"router.local\" is not a subnet"_s};
        QTest::newRow("flag without value") << QByteArray() << QStringList() << QStringList{u"--listen"_s}
                                            << QStringList{u"flag --listen"_s, u"needs a value"_s};
        QTest::newRow("flag followed by a flag")
            << QByteArray() << QStringList() << QStringList{u"--data-dir"_s, u"--workers=2"_s}
            << QStringList{u"flag --data-dir"_s, u"needs a value"_s};
        QTest::newRow("positional argument") << QByteArray() << QStringList() << QStringList{u"serve"_s}
                                             << QStringList{u"unexpected argument \"serve\""_s};
        QTest::newRow("malformed file") << QByteArray("{\n  \"listen\": \"x\",\n}") << QStringList()
                                        << QStringList() << QStringList{u"tollgate.json"_s, u"line 3"_s};
        QTest::newRow("file not an object") << QByteArray("[1]") << QStringList() << QStringList()
                                            << QStringList{u"tollgate.json"_s, u"JSON object"_s};
        QTest::newRow("missing config file")
            << QByteArray() << QStringList{u"TOLLGATE_CONFIG=/nonexistent/tollgate.json"_s} << QStringList()
            << QStringList{u"/nonexistent/tollgate.json"_s, u"cannot read"_s};
    }

    void badValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, env);
        QFETCH(QStringList, flags);
        QFETCH(QStringList, expected);

        const auto result = load(json, env, flags);
        QVERIFY(!result.ok());
        QVERIFY2(!errorWith(result.errors, expected).isEmpty(),
                 qPrintable(u"no error with all of [%1] in:\n%2"_s.arg(expected.join(u" | "),
                                                                       result.errors.join(u'\n'))));
        // A password in a URL stays out of error messages too.
        QVERIFY(!result.errors.join(u'\n').contains(u"hunter2"_s));
    }

    void everyErrorIsReported()
    {
        const auto result =
            load(json("{'workers': -1, 'log_level': 'loud', 'listen': 'nowhere'}"),
                 {u"TOLLGATE_MAX_BODY_BYTES=huge"_s}, {u"--upstream-pool-size=0"_s, u"--bogus"_s});
        QVERIFY(!result.ok());
        for (const QString &part : {u"key workers"_s, u"key log_level"_s, u"key listen"_s,
                                    u"TOLLGATE_MAX_BODY_BYTES"_s, u"--upstream-pool-size"_s, u"--bogus"_s})
            QVERIFY2(!errorWith(result.errors, {part}).isEmpty(), qPrintable(part));
        QCOMPARE(result.errors.size(), 6);
    }

    void unknownNames_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("file key") << QByteArray(json("{'lisen': '127.0.0.1:1'}")) << QStringList()
                                  << QStringList{u"tollgate.json"_s, u"unknown key \"lisen\""_s,
                                                 u"did you mean \"listen\"?"_s};
        QTest::newRow("file key, nothing close") << QByteArray(json("{'frobnicate': 1}")) << QStringList()
                                                 << QStringList{u"unknown key \"frobnicate\""_s};
        QTest::newRow("flag") << QByteArray() << QStringList{u"--data-dri=/x"_s}
                              << QStringList{u"unknown flag --data-dri"_s, u"did you mean \"--data-dir\"?"_s};
        QTest::newRow("flag for the file's models")
            << QByteArray() << QStringList{u"--models=x"_s} << QStringList{u"unknown flag --models"_s};
        QTest::newRow("deployment field")
            << QByteArray(
                   json("{'models': [{'id': 'm', 'deployments': [{'base_url': 'http://u', 'wieght': 2}]}]}"))
            << QStringList() << QStringList{u"models[0] (m).deployments[0]"_s, u"unknown field \"wieght\""_s};
    }

    void unknownNames()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, flags);
        QFETCH(QStringList, expected);
        const auto result = load(json, {}, flags);
        QVERIFY2(!errorWith(result.errors, expected).isEmpty(), qPrintable(result.errors.join(u'\n')));
    }

    void unrelatedEnvironmentIsIgnored()
    {
        // Kubernetes adds TOLLGATE_SERVICE_HOST etc. for a Service named tollgate; CTest adds its own.
        const auto result =
            load({}, {u"TOLLGATE_SERVICE_HOST=10.0.0.1"_s, u"TOLLGATE_PORT=tcp://10.0.0.1:80"_s}, {});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    }

    void commentsInFile()
    {
        const auto result =
            load(json("{'//': 'a comment', '// listen': 'so is this', 'workers': 2}"), {}, {});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.settings.workers, 2);
    }

    void actions_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<Config::Action>("action");
        QTest::newRow("none") << QStringList() << Config::Action::Run;
        QTest::newRow("--help") << QStringList{u"--help"_s} << Config::Action::Help;
        QTest::newRow("-h despite a bad flag") << QStringList{u"--bogus"_s, u"-h"_s} << Config::Action::Help;
        QTest::newRow("--version") << QStringList{u"--version"_s} << Config::Action::Version;
        QTest::newRow("--check-config")
            << QStringList{u"--check-config"_s, u"--workers=3"_s} << Config::Action::CheckConfig;
    }

    void actions()
    {
        QFETCH(QStringList, flags);
        QFETCH(Config::Action, action);
        QCOMPARE(load({}, {}, flags).action, action);
    }

    void helpNamesEverySetting()
    {
        const QString help = Config::helpText();
        for (const Config::KeyInfo &key : Config::keys()) {
            QVERIFY2(help.contains(key.flagName() + u' ') || help.contains(key.flagName() + u'['),
                     qPrintable(key.flagName()));
            QVERIFY2(help.contains(key.envName()), qPrintable(key.envName()));
        }
        QVERIFY(help.contains(u"--check-config"_s));
        QVERIFY(help.contains(u"TOLLGATE_CONFIG"_s));
        QCOMPARE(Config::findKey(u"data_dir")->envName(), u"TOLLGATE_DATA_DIR"_s);
        QCOMPARE(Config::findKey(u"data_dir")->flagName(), u"--data-dir"_s);
        QVERIFY(Config::versionText().startsWith(u"tollgate-server "_s));
    }

    void secrets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Source>("source");

        const QString fromFile = u"sk-master-from-a-file-0123456789"_s;
        const QString path = writeFile(u"master.key"_s, fromFile.toUtf8() + "\n");
        const QString other = writeFile(u"other.key"_s, "sk-master-other-file-0123456789\r\n");

        QTest::newRow("env") << QByteArray()
                             << QStringList{u"TOLLGATE_MASTER_KEY=sk-master-from-env-0123456789"_s}
                             << QStringList() << u"sk-master-from-env-0123456789"_s << Source::Env;
        QTest::newRow("file named by env")
            << QByteArray() << QStringList{u"TOLLGATE_MASTER_KEY_FILE="_s + path} << QStringList() << fromFile
            << Source::Env;
        QTest::newRow("file named by flag")
            << QByteArray() << QStringList() << QStringList{u"--master-key-file"_s, path} << fromFile
            << Source::Flag;
        QTest::newRow("file named by config file, CRLF")
            << (json("{'master_key_file': '") + other.toUtf8() + json("'}")) << QStringList() << QStringList()
            << u"sk-master-other-file-0123456789"_s << Source::File;
        QTest::newRow("env key over file named in config file")
            << (json("{'master_key_file': '") + other.toUtf8() + json("'}"))
            << QStringList{u"TOLLGATE_MASTER_KEY=sk-master-from-env-0123456789"_s} << QStringList()
            << u"sk-master-from-env-0123456789"_s << Source::Env;
        QTest::newRow("flag file over env key")
            << QByteArray() << QStringList{u"TOLLGATE_MASTER_KEY=sk-master-from-env-0123456789"_s}
            << QStringList{u"--master-key-file="_s + path} << fromFile << Source::Flag;
    }

    void secrets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, env);
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        QFETCH(Source, source);

        auto result = load(json, env, flags);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.settings.masterKey.reveal(), expected);
        QCOMPARE(result.settings.origins.value(u"master_key"_s).source, source);
        const QString report = Config::checkConfigReport(result.settings);
        QVERIFY(!report.contains(expected));
        QVERIFY(!report.contains(u"sk-master"_s));
        QVERIFY(report.contains(u"(set, %1 chars)"_s.arg(expected.size())));
    }

    void secretErrors_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("expected");
        const QString empty = writeFile(u"empty.key"_s, "\n");
        QTest::newRow("missing file") << QStringList{u"TOLLGATE_SESSION_KEY_FILE=/nonexistent/key"_s}
                                      << QStringList{u"TOLLGATE_SESSION_KEY_FILE"_s, u"cannot read"_s};
        QTest::newRow("empty file") << QStringList{u"TOLLGATE_MASTER_KEY_FILE="_s + empty}
                                    << QStringList{u"TOLLGATE_MASTER_KEY_FILE"_s, u"is empty"_s};
        QTest::newRow("key and file from the same source")
            << QStringList{u"TOLLGATE_MASTER_KEY=sk-abcdefghijklmnopqrstuvwxyz"_s,
                           u"TOLLGATE_MASTER_KEY_FILE="_s + empty}
            << QStringList{u"TOLLGATE_MASTER_KEY_FILE"_s, u"set only one"_s};
    }

    void secretErrors()
    {
        QFETCH(QStringList, env);
        QFETCH(QStringList, expected);
        const auto result = load({}, env, {});
        QVERIFY2(!errorWith(result.errors, expected).isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(!result.errors.join(u'\n').contains(u"sk-abcdefghijklmnopqrstuvwxyz"_s));
    }

    void sessionKeyAndShortKeyWarning()
    {
        const QString path = writeFile(u"session.key"_s, "0123456789abcdef0123456789abcdef0123456789\n");
        const auto result =
            load({}, {u"TOLLGATE_MASTER_KEY=sk-short"_s, u"TOLLGATE_SESSION_KEY_FILE="_s + path}, {});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.settings.sessionKey.size(), 42);
        QVERIFY(!errorWith(result.warnings, {u"master_key"_s, u"shorter"_s}).isEmpty());
        QVERIFY(!result.warnings.join(u'\n').contains(u"sk-short"_s));
        const QString report = Config::checkConfigReport(result.settings);
        QVERIFY(!report.contains(u"0123456789abcdef"_s));
        QVERIFY(report.contains(u"(set, 42 chars)"_s));
        QVERIFY(report.contains(u"(set, 8 chars)"_s));
    }

    void modelsAndKeys()
    {
        const QString upstreamKeyFile = writeFile(u"upstream.key"_s, "upstream-secret-from-file\n");
        const QByteArray file = json(
            "{\n"
            "          'models': [\n"
            "            {'id': 'granite-3-8b', 'capabilities': ['chat', 'completions'],\n"
            "             'prices': {'input': 0.15, 'output': '0.6'}, 'context_window': 131072, "
            "'restricted': true,\n"
            "             'deployments': [\n"
            "               {'base_url': 'http://vllm-a:8000/v1/', 'api_key_env': 'VLLM_A_KEY', 'weight': "
            "3},\n"
            "               {'base_url': 'https://vllm-b.example/v1', 'served_name': 'ibm/granite', "
            "'api_key_file': 'upstream.key'}\n"
            "             ]},\n"
            "            {'id': 'nomic-embed', 'capabilities': ['embeddings'], 'enabled': false,\n"
            "             'prices': {'input': 0.02, 'output': 0, 'cached': 0.01},\n"
            "             'deployments': [{'base_url': 'http://embed:8080/v1', 'api_key': "
            "'inline-upstream-key'}]}\n"
            "          ],\n"
            "          'keys': [\n"
            "            {'key': 'sk-ci-0123456789abcdef', 'user': 'ci@example.com', 'alias': 'ci', "
            "'models': ['granite-3-8b'],\n"
            "             'rpm_limit': 60, 'tpm_limit': 100000, 'parallel_limit': 4, 'max_budget': 25.5,\n"
            "             'budget_duration': '30d', 'soft_budget': 20, 'expires_at': "
            "'2099-12-31T23:59:59Z'},\n"
            "            {'key_env': 'TEAM_KEY', 'alias': 'team', 'budget_duration': 'monthly', "
            "'expires_at': '2099-06-01'}\n"
            "          ]\n"
            "        }");
        const auto result = load(file, {u"VLLM_A_KEY=vllm-a-secret"_s, u"TEAM_KEY=sk-team-0123456789"_s}, {});
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        Q_UNUSED(upstreamKeyFile);
        const Config::Settings &s = result.settings;
        QCOMPARE(s.models.size(), 2);

        const Config::Model &granite = s.models.at(0);
        QCOMPARE(granite.id, u"granite-3-8b"_s);
        QCOMPARE(granite.capabilities, (QStringList{u"chat"_s, u"completions"_s}));
        QCOMPARE(granite.prices.input, 150'000'000);
        QCOMPARE(granite.prices.output, 600'000'000);
        QCOMPARE(granite.prices.cached, granite.prices.input);
        QCOMPARE(granite.contextWindow, 131072);
        QVERIFY(granite.restricted);
        QVERIFY(granite.enabled);
        QCOMPARE(granite.deployments.size(), 2);
        QCOMPARE(granite.deployments.at(0).baseUrl, u"http://vllm-a:8000/v1"_s);
        QCOMPARE(granite.deployments.at(0).servedName, u"granite-3-8b"_s);
        QCOMPARE(granite.deployments.at(0).apiKey.reveal(), u"vllm-a-secret"_s);
        QCOMPARE(granite.deployments.at(0).apiKeyFrom, u"env VLLM_A_KEY"_s);
        QCOMPARE(granite.deployments.at(0).weight, 3);
        QCOMPARE(granite.deployments.at(1).servedName, u"ibm/granite"_s);
        QCOMPARE(granite.deployments.at(1).apiKey.reveal(), u"upstream-secret-from-file"_s);
        QCOMPARE(granite.deployments.at(1).weight, 1);

        const Config::Model &embed = s.models.at(1);
        QVERIFY(!embed.enabled);
        QCOMPARE(embed.prices.input, 20'000'000);
        QCOMPARE(embed.prices.output, 0);
        QCOMPARE(embed.prices.cached, 10'000'000);
        QCOMPARE(embed.deployments.at(0).apiKey.reveal(), u"inline-upstream-key"_s);

        QCOMPARE(s.apiKeys.size(), 2);
        const Config::ApiKey &ci = s.apiKeys.at(0);
        QCOMPARE(ci.key.reveal(), u"sk-ci-0123456789abcdef"_s);
        QCOMPARE(ci.user, u"ci@example.com"_s);
        QCOMPARE(ci.models, QStringList{u"granite-3-8b"_s});
        QCOMPARE(ci.rpmLimit, std::optional<qint64>(60));
        QCOMPARE(ci.tpmLimit, std::optional<qint64>(100000));
        QCOMPARE(ci.parallelLimit, std::optional<qint64>(4));
        QCOMPARE(ci.maxBudget, std::optional<qint64>(25'500'000'000));
        QCOMPARE(ci.softBudget, std::optional<qint64>(20'000'000'000));
        QVERIFY(ci.budgetDuration == (Util::Duration{30, Util::DurationUnit::Day}));
        QCOMPARE(ci.expiresAt, QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC));
        const Config::ApiKey &team = s.apiKeys.at(1);
        QCOMPARE(team.key.reveal(), u"sk-team-0123456789"_s);
        QVERIFY(team.models.isEmpty());
        QVERIFY(!team.rpmLimit);
        QVERIFY(team.budgetDuration == (Util::Duration{1, Util::DurationUnit::Month}));
        QCOMPARE(team.expiresAt, QDateTime(QDate(2099, 6, 1), QTime(0, 0), Qt::UTC));

        const QString report = Config::checkConfigReport(s);
        for (const QString &secret :
             {u"vllm-a-secret"_s, u"upstream-secret-from-file"_s, u"inline-upstream-key"_s,
              u"sk-ci-0123456789abcdef"_s, u"sk-team-0123456789"_s})
            QVERIFY2(!report.contains(secret), qPrintable(secret));
        QVERIFY(report.contains(u"granite-3-8b"_s));
        QVERIFY(report.contains(u"input 0.15, output 0.6"_s));
    }

    void badDeclarations_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        const QByteArray model = json("{'id': 'm', 'deployments': [{'base_url': 'http://u/v1'}]}");
        const auto withKey = [&model](const QByteArray &key) {
            return json("{'models': [") + model + json("], 'keys': [") + key + "]}";
        };
        QTest::newRow("unknown model reference")
            << withKey(json("{'key': 'sk-0123456789', 'alias': 'k', 'models': ['m', 'gpt-5']}"))
            << QStringList{u"keys[0] (k).models"_s, u"unknown model \"gpt-5\""_s};
        QTest::newRow("model declared twice") << QByteArray(json("{'models': [") + model + "," + model + "]}")
                                              << QStringList{u"models"_s, u"\"m\" is declared twice"_s};
        QTest::newRow("model without id") << QByteArray(json("{'models': [{'deployments': []}]}"))
                                          << QStringList{u"models[0].id"_s, u"missing"_s};
        QTest::newRow("unknown capability")
            << QByteArray(json("{'models': [{'id': 'm', 'capabilities': ['vision'], 'deployments': "
                               "[{'base_url': 'http://u'}]}]}"))
            << QStringList{u"models[0] (m).capabilities"_s, u"unknown capability \"vision\""_s};
        QTest::newRow("no deployments") << QByteArray(json("{'models': [{'id': 'm', 'deployments': []}]}"))
                                        << QStringList{u"models[0] (m).deployments"_s, u"at least one"_s};
        QTest::newRow("deployment without base_url")
            << QByteArray(json("{'models': [{'id': 'm', 'deployments': [{}]}]}"))
            << QStringList{u"deployments[0].base_url"_s, u"missing"_s};
        QTest::newRow("deployment with a bad url")
            << QByteArray(json("{'models': [{'id': 'm', 'deployments': [{'base_url': 'ftp://u'}]}]}"))
            << QStringList{u"deployments[0].base_url"_s, u"not an http"_s};
        QTest::newRow("two api key sources")
            << QByteArray(json("{'models': [{'id': 'm', 'deployments': [{'base_url': 'http://u', 'api_key': "
                               "'a', 'api_key_env': 'B'}]}]}"))
            << QStringList{u"deployments[0].api_key"_s, u"only one"_s};
        QTest::newRow("api key variable not set")
            << QByteArray(json("{'models': [{'id': 'm', 'deployments': [{'base_url': 'http://u', "
                               "'api_key_env': 'NOPE_KEY'}]}]}"))
            << QStringList{u"deployments[0].api_key_env"_s, u"NOPE_KEY is not set"_s};
        QTest::newRow("negative price") << QByteArray(json("{'models': [{'id': 'm', 'prices': {'input': -1}, "
                                                           "'deployments': [{'base_url': 'http://u'}]}]}"))
                                        << QStringList{u"models[0] (m).prices.input"_s, u"negative"_s};
        QTest::newRow("too precise price")
            << QByteArray(json("{'models': [{'id': 'm', 'prices': {'output': '0.0000000001'}, 'deployments': "
                               "[{'base_url': 'http://u'}]}]}"))
            << QStringList{u"prices.output"_s, u"nine decimal places"_s};
        QTest::newRow("key without secret")
            << withKey(json("{'alias': 'k'}")) << QStringList{u"keys[0] (k).key"_s, u"missing"_s};
        QTest::newRow("key not sk-") << withKey(json("{'key': 'pk-0123456789'}"))
                                     << QStringList{u"keys[0].key"_s, u"sk-"_s};
        QTest::newRow("same key twice") << withKey(json("{'key': 'sk-0123456789'}, {'key': 'sk-0123456789'}"))
                                        << QStringList{u"keys[1].key"_s, u"same key as keys[0]"_s};
        QTest::newRow("same alias twice")
            << withKey(json("{'key': 'sk-0123456789', 'alias': 'a'}, {'key': 'sk-9876543210', 'alias': 'a'}"))
            << QStringList{u"keys[1] (a).alias"_s, u"also the alias"_s};
        QTest::newRow("budget duration without unit")
            << withKey(json("{'key': 'sk-0123456789', 'budget_duration': '30'}"))
            << QStringList{u"keys[0].budget_duration"_s, u"no unit"_s};
        QTest::newRow("soft budget above max")
            << withKey(json("{'key': 'sk-0123456789', 'max_budget': 10, 'soft_budget': 11}"))
            << QStringList{u"keys[0].soft_budget"_s, u"above max_budget"_s};
        QTest::newRow("negative rpm") << withKey(json("{'key': 'sk-0123456789', 'rpm_limit': -1}"))
                                      << QStringList{u"keys[0].rpm_limit"_s, u"out of range"_s};
        QTest::newRow("bad expiry") << withKey(json("{'key': 'sk-0123456789', 'expires_at': 'next tuesday'}"))
                                    << QStringList{u"keys[0].expires_at"_s, u"ISO 8601"_s};
        QTest::newRow("models not an array")
            << QByteArray(json("{'models': {}}")) << QStringList{u"models"_s, u"expected an array"_s};
    }

    void badDeclarations()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto result = load(json, {u"B=x"_s}, {});
        QVERIFY2(!errorWith(result.errors, expected).isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY2(errorWith(result.errors, expected).contains(u"tollgate.json"_s),
                 qPrintable(result.errors.join(u'\n')));
        QVERIFY(!result.errors.join(u'\n').contains(u"sk-0123456789"_s));
    }

    void exampleFileIsValid()
    {
        // The documented example must load (its secrets come from these variables).
        const QString path = Testing::sourceDir() + u"/installer/tollgate.example.json"_s;
        if (!QFile::exists(path))
            QSKIP("installer/tollgate.example.json not found");
        const auto result =
            Config::load({u"tollgate-server"_s, u"--config"_s, path},
                         environment({u"VLLM_API_KEY=upstream"_s, u"LLAMA_API_KEY=upstream"_s,
                                      u"TOLLGATE_MASTER_KEY=sk-master-0123456789abcdef"_s,
                                      u"TOLLGATE_SESSION_KEY=0123456789abcdef0123456789abcdef"_s,
                                      u"CI_KEY=sk-ci-0123456789abcdef"_s}));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.settings.models.size(), 3);
        QCOMPARE(result.settings.apiKeys.size(), 1);
        QCOMPARE(result.settings.logFormat, Log::Format::Json);
    }

    void authSettingsAreValidated()
    {
        auto load = [](const QStringList &env) {
            return Config::load({u"tollgate-server"_s, u"--data-dir"_s, u"/tmp/tg-auth-config"_s}, environment(env));
        };
        auto ok = load({u"TOLLGATE_BOOTSTRAP_ADMIN=root:long-enough-password"_s,
                        u"TOLLGATE_GROUP_ROLES=ops=admin, auditors=adminReadonly"_s});
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(u'\n')));
        QCOMPARE(ok.settings.bootstrapAdmin.reveal(), u"root:long-enough-password"_s);
        QCOMPARE(ok.settings.groupRoles, (QStringList{u"ops=admin"_s, u"auditors=adminReadonly"_s}));
        // The report describes the bootstrap password, never shows it.
        QVERIFY(!Config::checkConfigReport(ok.settings).contains(u"long-enough-password"_s));

        auto bad = load({u"TOLLGATE_BOOTSTRAP_ADMIN=root:short"_s, u"TOLLGATE_GROUP_ROLES=ops=root"_s});
        QCOMPARE(bad.errors.size(), 2);
        QVERIFY(bad.errors.at(0).contains(u"TOLLGATE_BOOTSTRAP_ADMIN"_s));
        QVERIFY(!bad.errors.at(0).contains(u"short"_s.prepend(u':')));
        QVERIFY(bad.errors.at(1).contains(u"TOLLGATE_GROUP_ROLES"_s));
        QVERIFY(!load({u"TOLLGATE_BOOTSTRAP_ADMIN=nocolon"_s}).ok());
    }

    void ssoSettingsAreValidated()
    {
        QTemporaryDir dir;
        const QString secretFile = dir.filePath(u"oidc-secret"_s);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("oidc-secret-value\n");
        file.close();
        auto load = [](const QStringList &env) {
            return Config::load({u"tollgate-server"_s, u"--data-dir"_s, u"/tmp/tg-sso-config"_s}, environment(env));
        };
        auto ok = load({u"TOLLGATE_OIDC_ISSUER=https://idp.example.com/realms/acme"_s,
                        u"TOLLGATE_OIDC_CLIENT_ID=tollgate"_s, u"TOLLGATE_OIDC_CLIENT_SECRET_FILE="_s + secretFile,
                        u"TOLLGATE_OPENSHIFT_API_URL=https://api.c.example.com:6443"_s,
                        u"TOLLGATE_OPENSHIFT_CLIENT_ID=tollgate"_s,
                        u"TOLLGATE_OPENSHIFT_CLIENT_SECRET=openshift-secret-value"_s,
                        u"TOLLGATE_SSO_REDIRECT_URIS=https://portal.example.com/done"_s});
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(u'\n')));
        QCOMPARE(ok.settings.oidcClientSecret.reveal(), u"oidc-secret-value"_s);
        QCOMPARE(ok.settings.oidcGroupsClaim, u"groups"_s);
        QCOMPARE(ok.settings.ssoTimeoutMs, 5000);
        QCOMPARE(ok.settings.ssoRedirectUris, QStringList{u"https://portal.example.com/done"_s});
        const QString report = Config::checkConfigReport(ok.settings);
        QVERIFY(!report.contains(u"oidc-secret-value"_s));
        QVERIFY(!report.contains(u"openshift-secret-value"_s));

        // A provider without its client, a malformed issuer, half a pair of OpenShift endpoints.
        auto bad = load({u"TOLLGATE_OIDC_ISSUER=https://idp.example.com"_s,
                         u"TOLLGATE_OPENSHIFT_API_URL=ftp://api.example.com"_s,
                         u"TOLLGATE_OPENSHIFT_CLIENT_ID=tollgate"_s, u"TOLLGATE_OPENSHIFT_CLIENT_SECRET=x"_s,
                         u"TOLLGATE_OPENSHIFT_AUTHORIZE_URL=https://oauth.example.com/oauth/authorize"_s});
        const QString errors = bad.errors.join(u'\n');
        QCOMPARE(bad.errors.size(), 4);
        QVERIFY2(errors.contains(u"oidc_client_id"_s) && errors.contains(u"oidc_client_secret"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"TOLLGATE_OPENSHIFT_API_URL"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"openshift_token_url"_s), qPrintable(errors));
    }

    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<Util::DurationUnit>("unit");
        QTest::addColumn<qint64>("ms");
        using U = Util::DurationUnit;
        QTest::newRow("30s") << u"30s"_s << true << 30LL << U::Second << 30'000LL;
        QTest::newRow("15m") << u"15m"_s << true << 15LL << U::Minute << 900'000LL;
        QTest::newRow("24h") << u"24h"_s << true << 24LL << U::Hour << 86'400'000LL;
        QTest::newRow("7d") << u"7d"_s << true << 7LL << U::Day << 604'800'000LL;
        QTest::newRow("2w") << u"2w"_s << true << 2LL << U::Week << 1'209'600'000LL;
        QTest::newRow("1mo") << u"1mo"_s << true << 1LL << U::Month << 2'592'000'000LL;
        QTest::newRow("hourly") << u"hourly"_s << true << 1LL << U::Hour << 3'600'000LL;
        QTest::newRow("daily") << u"daily"_s << true << 1LL << U::Day << 86'400'000LL;
        QTest::newRow("weekly") << u"weekly"_s << true << 1LL << U::Week << 604'800'000LL;
        QTest::newRow("monthly") << u"monthly"_s << true << 1LL << U::Month << 2'592'000'000LL;
        QTest::newRow("spaces around") << u" 3d "_s << true << 3LL << U::Day << 259'200'000LL;
        QTest::newRow("no unit") << u"30"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("empty") << QString() << false << 0LL << U::Second << 0LL;
        QTest::newRow("unit only") << u"d"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("unknown unit") << u"3y"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("upper-case") << u"1M"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("zero") << u"0d"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("negative") << u"-1d"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("fraction") << u"1.5h"_s << false << 0LL << U::Second << 0LL;
        QTest::newRow("overflow") << u"99999999999999999w"_s << false << 0LL << U::Second << 0LL;
    }

    void duration()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, count);
        QFETCH(Util::DurationUnit, unit);
        QFETCH(qint64, ms);
        QString error;
        const auto parsed = Util::parseDuration(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(parsed->count, count);
        QCOMPARE(parsed->unit, unit);
        QCOMPARE(parsed->toMilliseconds(), ms);
        QCOMPARE(Util::parseDuration(parsed->toString()), parsed);
    }

    void milliseconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: invalid
        QTest::newRow("plain") << u"1500"_s << 1500LL;
        QTest::newRow("zero") << u"0"_s << 0LL;
        QTest::newRow("ms") << u"250ms"_s << 250LL;
        QTest::newRow("s") << u"30s"_s << 30'000LL;
        QTest::newRow("m") << u"5m"_s << 300'000LL;
        QTest::newRow("0s") << u"0s"_s << 0LL;
        QTest::newRow("month") << u"1mo"_s << -1LL;
        QTest::newRow("junk unit") << u"0xyz"_s << -1LL;
        QTest::newRow("text") << u"soon"_s << -1LL;
    }

    void milliseconds()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = Util::parseMilliseconds(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }

    void hostPort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << true << u"127.0.0.1"_s << 8080;
        QTest::newRow("any") << u"0.0.0.0:80"_s << true << u"0.0.0.0"_s << 80;
        QTest::newRow("name") << u"gateway.example.com:443"_s << true << u"gateway.example.com"_s << 443;
        QTest::newRow("ipv6") << u"[::1]:8080"_s << true << u"::1"_s << 8080;
        QTest::newRow("ipv6 any") << u"[::]:9000"_s << true << u"::"_s << 9000;
        QTest::newRow("port 0") << u"localhost:0"_s << true << u"localhost"_s << 0;
        QTest::newRow("port 65535") << u"h:65535"_s << true << u"h"_s << 65535;
        QTest::newRow("no port") << u"localhost"_s << false << QString() << 0;
        QTest::newRow("empty port") << u"localhost:"_s << false << QString() << 0;
        QTest::newRow("port too big") << u"h:65536"_s << false << QString() << 0;
        QTest::newRow("huge port") << u"h:99999999999999999999"_s << false << QString() << 0;
        QTest::newRow("negative port") << u"h:-1"_s << false << QString() << 0;
        QTest::newRow("no host") << u":8080"_s << false << QString() << 0;
        QTest::newRow("ipv6 without brackets") << u"::1:8080"_s << false << QString() << 0;
        QTest::newRow("unclosed bracket") << u"[::1:8080"_s << false << QString() << 0;
        QTest::newRow("not ipv6 in brackets") << u"[host]:80"_s << false << QString() << 0;
        QTest::newRow("space in host") << u"my host:80"_s << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
    }

    void hostPort()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const auto parsed = Util::parseHostPort(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
        QCOMPARE(Util::parseHostPort(parsed->toString()), parsed);
    }

    void decimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("nanos");
        QTest::newRow("integer") << u"3"_s << true << 3'000'000'000LL;
        QTest::newRow("fraction") << u"2.5"_s << true << 2'500'000'000LL;
        QTest::newRow("small") << u"0.000150"_s << true << 150'000LL;
        QTest::newRow("one nano") << u"0.000000001"_s << true << 1LL;
        QTest::newRow("exponent") << u"1e-3"_s << true << 1'000'000LL;
        QTest::newRow("exponent up") << u"1.5E2"_s << true << 150'000'000'000LL;
        QTest::newRow("negative") << u"-1.25"_s << true << -1'250'000'000LL;
        QTest::newRow("trailing zeros") << u"1.5000000000000"_s << true << 1'500'000'000LL;
        QTest::newRow("leading point") << u".5"_s << true << 500'000'000LL;
        QTest::newRow("too precise") << u"0.0000000001"_s << false << 0LL;
        QTest::newRow("too large") << u"10000000000000"_s << false << 0LL;
        QTest::newRow("text") << u"cheap"_s << false << 0LL;
        QTest::newRow("empty") << QString() << false << 0LL;
        QTest::newRow("two points") << u"1.2.3"_s << false << 0LL;
    }

    void decimal()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, nanos);
        const auto parsed = Util::parseDecimalNanos(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, nanos);
            QCOMPARE(Util::parseDecimalNanos(Util::formatNanos(*parsed)), parsed);
        }
    }

    void bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: invalid
        QTest::newRow("plain") << u"4096"_s << 4096LL;
        QTest::newRow("K") << u"64K"_s << 65536LL;
        QTest::newRow("KiB") << u"64KiB"_s << 65536LL;
        QTest::newRow("mb lower") << u"2mb"_s << 2097152LL;
        QTest::newRow("G") << u"1G"_s << 1073741824LL;
        QTest::newRow("space") << u"1 M"_s << 1048576LL;
        QTest::newRow("negative") << u"-1"_s << -1LL;
        QTest::newRow("unit only") << u"K"_s << -1LL;
        QTest::newRow("unknown unit") << u"1T"_s << -1LL;
    }

    void bytes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(Config::parseBytes(text).value_or(-1), bytes);
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
