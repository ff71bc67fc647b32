// SPDX-License-Identifier: GPL-3.0-or-later
// The settings table: the one place a setting is declared.
#include "gateway-core/config/config.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Tollgate::Config {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 Day = 24 * 3600 * 1000LL;

using S = Settings;

const KeyInfo table[] = {
    {"listen"_L1, Type::HostPort, "HOST:PORT"_L1, "127.0.0.1:8080"_L1,
     "Address and port to accept HTTP connections on; port 0 picks a free port."_L1, &S::listen},
    {"data_dir"_L1, Type::Path, "DIR"_L1, ""_L1,
     "Directory for the SQLite database, the usage journal and other state. [default: "
     "$XDG_DATA_HOME/tollgate, "
     "else ~/.local/share/tollgate]"_L1,
     &S::dataDir},
    {"database"_L1, Type::Url, "URL"_L1, ""_L1,
     "Database: sqlite:///path/to/file.db or postgresql://user@host:5432/dbname (password via PGPASSWORD or "
     "~/.pgpass). [default: sqlite://<data_dir>/tollgate.db]"_L1,
     &S::database},
    {"redis"_L1, Type::Url, "URL"_L1, ""_L1,
     "Redis (redis://[:password@]host[:port][/db]) holding the limit counters replicas share; rediss:// "
     "(TLS) is not supported yet. Empty: in-process limits, for a single replica."_L1,
     &S::redis},
    {"master_key"_L1, Type::Secret, "KEY"_L1, ""_L1,
     "Master key: full admin access and the LiteLLM-compatible management endpoints. Prefer the "
     "environment variable or master_key_file to a flag."_L1,
     &S::masterKey},
    {"master_key_file"_L1, Type::Path, "FILE"_L1, ""_L1,
     "File holding the master key (a trailing newline is ignored)."_L1, &S::masterKeyFile},
    {"session_key"_L1, Type::Secret, "KEY"_L1, ""_L1,
     "Key that signs console session tokens; every replica needs the same one."_L1, &S::sessionKey},
    {"session_key_file"_L1, Type::Path, "FILE"_L1, ""_L1,
     "File holding the session signing key (a trailing newline is ignored)."_L1, &S::sessionKeyFile},
    {"bootstrap_admin"_L1, Type::Secret, "NAME:PASSWORD"_L1, ""_L1,
     "Creates this local admin on a start when no admin exists (password: 10 or more characters). "
     "Without it, such a start logs a one-time setup token for POST /api/v1/auth/setup."_L1,
     &S::bootstrapAdmin},
    {"group_roles"_L1, Type::List, "GROUP=ROLE,..."_L1, ""_L1,
     "Roles granted to members of directory groups at SSO sign-in, e.g. tollgate-admins=admin,"
     "auditors=adminReadonly; roles are admin, adminReadonly and user."_L1,
     &S::groupRoles},
    {"sso_public_url"_L1, Type::Url, "URL"_L1, ""_L1,
     "The server's external URL (e.g. https://tollgate.apps.example.com); SSO providers redirect to "
     "<sso_public_url>/api/v1/auth/sso/callback, which must be registered with them. Empty: taken from the "
     "Host header of each sign-in."_L1,
     &S::ssoPublicUrl},
    {"sso_redirect_uris"_L1, Type::List, "URIS"_L1, ""_L1,
     "Web redirect URIs a client may ask SSO to return to, besides loopback ones (http://127.0.0.1, [::1] "
     "or localhost, any port), which are always allowed; exact match."_L1,
     &S::ssoRedirectUris},
    {"sso_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "5000"_L1,
     "Time an SSO provider has to answer each call (discovery, token, JWKS, user)."_L1, &S::ssoTimeoutMs, 100,
     60'000},
    {"sso_ca_file"_L1, Type::Path, "FILE"_L1, ""_L1,
     "Extra PEM CA certificates to trust for SSO providers (e.g. the cluster's service CA)."_L1, &S::ssoCaFile},
    {"openshift_api_url"_L1, Type::Url, "URL"_L1, ""_L1,
     "OpenShift API server (https://api.cluster.example.com:6443); enables sign-in with OpenShift OAuth "
     "(endpoints from its /.well-known/oauth-authorization-server, user and groups from "
     "/apis/user.openshift.io/v1/users/~)."_L1,
     &S::openshiftApiUrl},
    {"openshift_client_id"_L1, Type::String, "ID"_L1, ""_L1,
     "OAuthClient name (or system:serviceaccount:NS:NAME) of this server at OpenShift."_L1,
     &S::openshiftClientId},
    {"openshift_client_secret"_L1, Type::Secret, "SECRET"_L1, ""_L1,
     "The OAuthClient's secret (or the service account's token); prefer the environment or the _file."_L1,
     &S::openshiftClientSecret},
    {"openshift_client_secret_file"_L1, Type::Path, "FILE"_L1, ""_L1,
     "File holding openshift_client_secret."_L1, &S::openshiftClientSecretFile},
    {"openshift_authorize_url"_L1, Type::Url, "URL"_L1, ""_L1,
     "OpenShift's authorize endpoint, when discovery is not wanted (with openshift_token_url)."_L1,
     &S::openshiftAuthorizeUrl},
    {"openshift_token_url"_L1, Type::Url, "URL"_L1, ""_L1, "OpenShift's token endpoint (see openshift_authorize_url)."_L1,
     &S::openshiftTokenUrl},
    {"oidc_issuer"_L1, Type::Url, "URL"_L1, ""_L1,
     "OpenID Connect issuer (https://idp.example.com/realms/acme); enables sign-in through it, configured from "
     "<issuer>/.well-known/openid-configuration."_L1,
     &S::oidcIssuer},
    {"oidc_name"_L1, Type::String, "NAME"_L1, "Single sign-on"_L1,
     "Name of the OIDC provider on the console's sign-in page."_L1, &S::oidcName},
    {"oidc_client_id"_L1, Type::String, "ID"_L1, ""_L1, "This server's client id at the OIDC provider."_L1,
     &S::oidcClientId},
    {"oidc_client_secret"_L1, Type::Secret, "SECRET"_L1, ""_L1,
     "This server's client secret at the OIDC provider; prefer the environment or the _file."_L1,
     &S::oidcClientSecret},
    {"oidc_client_secret_file"_L1, Type::Path, "FILE"_L1, ""_L1, "File holding oidc_client_secret."_L1,
     &S::oidcClientSecretFile},
    {"oidc_scopes"_L1, Type::String, "SCOPES"_L1, "openid profile email"_L1,
     "Scopes asked of the OIDC provider, space-separated (openid is needed; add groups if the provider wants it)."_L1,
     &S::oidcScopes},
    {"oidc_groups_claim"_L1, Type::String, "CLAIM"_L1, "groups"_L1,
     "ID-token claim holding the user's groups, for group_roles; dots walk into objects "
     "(realm_access.roles)."_L1,
     &S::oidcGroupsClaim},
    {"oidc_username_claim"_L1, Type::String, "CLAIM"_L1, "preferred_username"_L1,
     "ID-token claim holding the username (falls back to email, then sub)."_L1, &S::oidcUsernameClaim},
    {"log_format"_L1, Type::LogFormat, "text|json"_L1, "text"_L1,
     "Log lines as human-readable text or as JSON objects, one per line."_L1, &S::logFormat},
    {"log_level"_L1, Type::LogLevel, "LEVEL"_L1, "info"_L1,
     "Lowest level logged: debug, info, warning or error."_L1, &S::logLevel},
    {"access_log"_L1, Type::Bool, "BOOL"_L1, "false"_L1,
     "Log one line per HTTP request (method, path, status, duration, request id)."_L1, &S::accessLog},
    {"workers"_L1, Type::Int, "N"_L1, "0"_L1, "Worker threads serving connections; 0: one per CPU core."_L1,
     &S::workers, 0, 1024},
    {"max_connections"_L1, Type::Int, "N"_L1, "10000"_L1,
     "Client connections open at once; further ones wait in the listen backlog."_L1, &S::maxConnections, 1,
     1'000'000},
    {"max_header_bytes"_L1, Type::Bytes, "SIZE"_L1, "64K"_L1,
     "Largest request line plus headers; larger requests get 431."_L1, &S::maxHeaderBytes, 1 * KiB, 16 * MiB},
    {"max_body_bytes"_L1, Type::Bytes, "SIZE"_L1, "32M"_L1,
     "Largest request body; larger requests get 413."_L1, &S::maxBodyBytes, 1 * KiB, 4 * GiB},
    {"header_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "10000"_L1,
     "Time a client has to send the request headers; then 408."_L1, &S::headerTimeoutMs, 1, Day},
    {"body_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "60000"_L1,
     "Time a client has to send the request body; then 408."_L1, &S::bodyTimeoutMs, 1, Day},
    {"idle_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "60000"_L1,
     "Keep-alive client connections idle this long are closed."_L1, &S::idleTimeoutMs, 1, Day},
    {"drain_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "25000"_L1,
     "On SIGTERM, time running requests and streams get to finish before they are cut."_L1,
     &S::drainTimeoutMs, 0, Day},
    {"timezone"_L1, Type::String, "ZONE"_L1, "UTC"_L1,
     "IANA time zone in which daily, weekly and monthly budgets reset, e.g. Europe/Paris."_L1, &S::timezone},
    {"tls_cert_file"_L1, Type::Path, "FILE"_L1, ""_L1,
     "PEM certificate chain; with tls_key_file the server speaks HTTPS instead of HTTP."_L1, &S::tlsCertFile},
    {"tls_key_file"_L1, Type::Path, "FILE"_L1, ""_L1, "PEM private key of tls_cert_file."_L1, &S::tlsKeyFile},
    {"upstream_pool_size"_L1, Type::Int, "N"_L1, "64"_L1,
     "Connections kept open to each model server host."_L1, &S::upstreamPoolSize, 1, 100'000},
    {"upstream_connect_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "5000"_L1,
     "Time to connect (and complete TLS) to a model server."_L1, &S::upstreamConnectTimeoutMs, 1, Day},
    {"upstream_first_byte_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "600000"_L1,
     "Time a model server has to start its response (long prompts take a while)."_L1,
     &S::upstreamFirstByteTimeoutMs, 1, Day},
    {"upstream_idle_timeout_ms"_L1, Type::Milliseconds, "MS"_L1, "120000"_L1,
     "Longest silence from a model server once its response has started (stalled streams)."_L1,
     &S::upstreamIdleTimeoutMs, 1, Day},
    {"journal_dir"_L1, Type::Path, "DIR"_L1, ""_L1,
     "Directory of the local usage journal (usage waits here until it is in the database). "
     "[default: <data_dir>/journal]"_L1,
     &S::journalDir},
    {"backup_dir"_L1, Type::Path, "DIR"_L1, ""_L1,
     "Directory the store's backups (POST /api/v1/backups) are written to. [default: <data_dir>/backups]"_L1,
     &S::backupDir},
    {"cors_origins"_L1, Type::List, "ORIGINS"_L1, ""_L1,
     "Origins allowed to call the API from a browser, comma-separated (https://portal.example.com, or * for "
     "any); empty: no CORS headers."_L1,
     &S::corsOrigins},
    {"trusted_proxies"_L1, Type::List, "SUBNETS"_L1, ""_L1,
     "Reverse proxies (an OpenShift router, a load balancer) trusted to name the client, comma-separated "
     "subnets (10.128.0.0/14, 127.0.0.1/32). From them the client is the rightmost untrusted address of "
     "X-Forwarded-For (else Forwarded: for=), for audit records, the sign-in limiter and logs; from anyone "
     "else those headers are ignored. Empty: the client is always the TCP peer."_L1,
     &S::trustedProxies},
};

} // namespace

QString Origin::where() const
{
    switch (source) {
    case Source::Default:
        return u"default of "_s + key;
    case Source::File:
        return u"config file "_s + location + u", key "_s + key;
    case Source::Env:
        return u"environment variable "_s + location;
    case Source::Flag:
        return u"flag "_s + location;
    }
    return QString();
}

QString Origin::brief() const
{
    switch (source) {
    case Source::Default:
        return u"default"_s;
    case Source::File:
        return u"file "_s + location;
    case Source::Env:
        return u"env "_s + location;
    case Source::Flag:
        return u"flag "_s + location;
    }
    return QString();
}

int Settings::effectiveWorkers() const
{
    return workers > 0 ? workers : qMax(1, QThread::idealThreadCount());
}

QString KeyInfo::envName() const
{
    return u"TOLLGATE_"_s + QString(name).toUpper();
}

QString KeyInfo::flagName() const
{
    return u"--"_s + QString(name).replace(u'_', u'-');
}

std::span<const KeyInfo> keys()
{
    return table;
}

const KeyInfo *findKey(QStringView name)
{
    for (const KeyInfo &key : table) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

} // namespace Tollgate::Config
