// SPDX-License-Identifier: GPL-3.0-or-later
// tollgate-server: read the configuration, set up logging and signals, run the gateway.
#include "app/server/signalwatcher.h"
#include "gateway-core/config/config.h"
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/service/gateway.h"
#include "gateway-core/util/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

using namespace Tollgate;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

/// With no master key configured the embedded default makes one on first start and keeps it in
/// the data directory (mode 0600), so admin automation can be tried without any setup.
QString ensureMasterKey(Config::Settings &settings)
{
    if (!!settings.masterKey.isSet())
        return {};
    const QString path = QDir(settings.dataDir).filePath(QStringLiteral("master.key"));
    QFile file(path);
    if (file.exists() && file.open(QIODevice::ReadOnly)) {
        settings.masterKey = Util::Secret(QString::fromUtf8(file.readAll().trimmed()));
        return path;
    }
    const QByteArray key = "sk-" + Keys::newSecret();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key + '\n') != key.size() + 1)
        return {};
    settings.masterKey = Util::Secret(QString::fromLatin1(key));
    return path;
}

/// The SSO providers the settings enable.
Auth::SsoOptions ssoOptions(const Config::Settings &settings, bool tls)
{
    Auth::SsoOptions sso;
    sso.publicUrl = QUrl(settings.ssoPublicUrl);
    sso.webRedirectUris = settings.ssoRedirectUris;
    sso.timeoutMs = int(settings.ssoTimeoutMs);
    sso.caFile = settings.ssoCaFile;
    sso.tls = tls;
    if (!settings.openshiftApiUrl.isEmpty()) {
        Auth::SsoProvider openshift;
        openshift.kind = Auth::SsoProvider::Kind::OpenShift;
        openshift.id = QStringLiteral("openshift");
        openshift.displayName = QStringLiteral("OpenShift");
        openshift.baseUrl = QUrl(settings.openshiftApiUrl);
        if (!settings.openshiftAuthorizeUrl.isEmpty()) {
            openshift.authorizeUrl = QUrl(settings.openshiftAuthorizeUrl);
            openshift.tokenUrl = QUrl(settings.openshiftTokenUrl);
        }
        openshift.clientId = settings.openshiftClientId;
        openshift.clientSecret = settings.openshiftClientSecret.reveal().toUtf8();
        openshift.scopes = QStringLiteral("user:info");
        sso.providers.append(openshift);
    }
    if (!settings.oidcIssuer.isEmpty()) {
        Auth::SsoProvider oidc;
        oidc.kind = Auth::SsoProvider::Kind::Oidc;
        oidc.id = QStringLiteral("oidc");
        oidc.displayName = settings.oidcName;
        oidc.baseUrl = QUrl(settings.oidcIssuer);
        oidc.clientId = settings.oidcClientId;
        oidc.clientSecret = settings.oidcClientSecret.reveal().toUtf8();
        oidc.scopes = settings.oidcScopes;
        oidc.groupsClaim = settings.oidcGroupsClaim;
        oidc.usernameClaim = settings.oidcUsernameClaim;
        sso.providers.append(oidc);
    }
    return sso;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    // Qt's own event dispatcher instead of the GLib one: GLib's wakes the loop with a write(2) to
    // its eventfd for every posted event (several per proxied request: the deleteLater() of the
    // exchange, the call and the upstream call) and does more bookkeeping per socket notifier.
    // The server uses nothing from GLib. Setting QT_NO_GLIB to an empty value keeps GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));

    Config::LoadResult loaded = Config::load(app.arguments(), QProcessEnvironment::systemEnvironment());
    switch (loaded.action) {
    case Config::Action::Help: print(stdout, Config::helpText()); return 0;
    case Config::Action::Version: print(stdout, Config::versionText()); return 0;
    default: break;
    }
    for (const QString &e : loaded.errors)
        print(stderr, QStringLiteral("tollgate-server: %1\n").arg(e));
    if (!loaded.ok())
        return 2;
    if (loaded.action == Config::Action::CheckConfig) {
        for (const QString &w : loaded.warnings)
            print(stderr, QStringLiteral("tollgate-server: warning: %1\n").arg(w));
        print(stdout, Config::checkConfigReport(loaded.settings));
        return 0;
    }
    Config::Settings &settings = loaded.settings;
    Log::setup(settings.logFormat, settings.logLevel);
    for (const QString &w : loaded.warnings)
        Log::warning("tollgate.config", w);

    if (!QDir().mkpath(settings.dataDir)) {
        Log::error("tollgate.server", "cannot create the data directory", {{"data_dir", settings.dataDir}});
        return 1;
    }
    QFile::setPermissions(settings.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString masterKeyFile = ensureMasterKey(settings);

    Service::GatewayOptions options;
    options.address = QHostAddress(settings.listen.host);
    if (settings.listen.host == u"localhost")
        options.address = QHostAddress::LocalHost;
    options.port = settings.listen.port;
    options.databaseUrl = settings.database;
    options.redisUrl = settings.redis;
    options.http.workers = settings.effectiveWorkers();
    options.http.maxConnections = settings.maxConnections;
    options.http.maxHeaderBytes = settings.maxHeaderBytes;
    options.http.maxBodyBytes = settings.maxBodyBytes;
    options.http.headerTimeoutMs = int(settings.headerTimeoutMs);
    options.http.bodyTimeoutMs = int(settings.bodyTimeoutMs);
    options.http.idleTimeoutMs = int(settings.idleTimeoutMs);
    options.http.accessLog = settings.accessLog;
    for (const QString &origin : std::as_const(settings.corsOrigins))
        options.http.corsOrigins.append(origin.toUtf8());
    // Validated by Config::load().
    options.http.trustedProxies = Http::TrustedProxies::parse(settings.trustedProxies).value_or(Http::TrustedProxies());
    if (!settings.tlsCertFile.isEmpty()) {
        QString error;
        options.http.tls = Http::loadServerTls(settings.tlsCertFile, settings.tlsKeyFile, &error);
        if (!options.http.tls) {
            Log::error("tollgate.server", "cannot serve HTTPS", {{"reason", error}});
            return 2;
        }
    }
    options.journalDir = settings.journalDir;
    options.backupDir = settings.backupDir;
    options.masterKey = settings.masterKey.reveal().toUtf8();
    options.sessionKey = settings.sessionKey.reveal().toUtf8();
    options.bootstrapAdmin = settings.bootstrapAdmin.reveal();
    options.groupRoles = settings.groupRoles;
    options.sso = ssoOptions(settings, options.http.tls != nullptr);
    options.timezone = QTimeZone(settings.timezone.toUtf8()); // validated by Config::load()
    options.proxy.poolSize = settings.upstreamPoolSize;
    options.proxy.connectTimeoutMs = int(settings.upstreamConnectTimeoutMs);
    options.proxy.firstByteTimeoutMs = int(settings.upstreamFirstByteTimeoutMs);
    options.proxy.idleTimeoutMs = int(settings.upstreamIdleTimeoutMs);
    options.declarations = &settings;

    Service::Gateway gateway(options);
    if (!gateway.start()) {
        Log::error("tollgate.server", "cannot start", {{"reason", gateway.errorString()}});
        return 1;
    }
    QObject::connect(&gateway, &Service::Gateway::fatalError, &app, [](const QString &message) {
        Log::error("tollgate.server", "the store cannot be used; stopping", {{"reason", message}});
        QCoreApplication::exit(1);
    });

    App::SignalWatcher signals;
    QObject::connect(&signals, &App::SignalWatcher::terminateRequested, &app, [&gateway, &settings](int signal) {
        static bool stopping = false;
        if (stopping) {
            Log::warning("tollgate.server", "second signal: stopping now", {{"signal", signal}});
            QCoreApplication::exit(0);
            return;
        }
        stopping = true;
        Log::info("tollgate.server", "draining", {{"signal", signal}, {"timeout_ms", settings.drainTimeoutMs}});
        gateway.stop(int(settings.drainTimeoutMs));
    });
    QObject::connect(&gateway, &Service::Gateway::stopped, &app, [] {
        Log::info("tollgate.server", "stopped");
        QCoreApplication::quit();
    });

    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(options.http.tls ? QStringLiteral("https") : QStringLiteral("http"))
                            .arg(options.address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                                     : options.address.toString())
                            .arg(gateway.port());
    // Tests and scripts wait for this exact first line on stdout.
    print(stdout, QStringLiteral("listening on %1\n").arg(url));
    Log::info("tollgate.server", "listening",
              {{"url", url}, {"workers", options.http.workers}, {"data_dir", settings.dataDir},
               {"version", QStringLiteral(TOLLGATE_VERSION)}, {"startup_ms", startup.elapsed()}});
    QString next = QStringLiteral("\nTollgate %1 is up. Next:\n"
                                  "  curl -s %2/health/readiness\n")
                       .arg(QStringLiteral(TOLLGATE_VERSION), url);
    if (!masterKeyFile.isEmpty())
        next += QStringLiteral("  The master key (for /key/generate and other admin calls) is in %1\n").arg(masterKeyFile);
    next += QStringLiteral("  tollgate-server --help lists every setting; --check-config shows the effective ones.\n"
                           "  Stop with Ctrl+C (open requests finish first).\n");
    print(stdout, next);
    return app.exec();
}
