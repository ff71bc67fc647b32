// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/migrations.h"

#include "gateway-core/store/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Tollgate::Store::Migrations {

namespace {

// Conventions: TEXT ids, BIGINT milliseconds (UTC), BIGINT nano-units of currency, JSON as TEXT,
// `version` on mutable rows for optimistic concurrency. Never edit a released migration: add one.
QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1,
                 u"identity, catalogue, subscriptions and keys"_s,
                 {
                     uR"(CREATE TABLE users (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            email TEXT,
            full_name TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT 'local' CHECK (provider IN ('local', 'openshift', 'oidc')),
            subject TEXT,
            roles TEXT NOT NULL DEFAULT '["user"]',
            user_groups TEXT NOT NULL DEFAULT '[]',
            password_hash TEXT,
            active ${BOOL} NOT NULL DEFAULT TRUE,
            rpm_limit BIGINT,
            tpm_limit BIGINT,
            parallel_limit BIGINT,
            max_budget BIGINT,
            budget_duration TEXT,
            budget_reset_at BIGINT,
            spend BIGINT NOT NULL DEFAULT 0,
            last_login_at BIGINT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (provider, subject)))"_s,
                     u"CREATE INDEX idx_users_email ON users (email)"_s,

                     uR"(CREATE TABLE models (
            id TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            capabilities TEXT NOT NULL DEFAULT '[]',
            input_price BIGINT NOT NULL DEFAULT 0,
            output_price BIGINT NOT NULL DEFAULT 0,
            cached_price BIGINT NOT NULL DEFAULT 0,
            context_window BIGINT,
            restricted ${BOOL} NOT NULL DEFAULT FALSE,
            enabled ${BOOL} NOT NULL DEFAULT TRUE,
            metadata TEXT NOT NULL DEFAULT '{}',
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            CHECK (input_price >= 0 AND output_price >= 0 AND cached_price >= 0)))"_s,

                     uR"(CREATE TABLE deployments (
            id TEXT PRIMARY KEY,
            model_id TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
            base_url TEXT NOT NULL,
            served_name TEXT NOT NULL,
            api_key_encrypted ${BLOB},
            weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),
            enabled ${BOOL} NOT NULL DEFAULT TRUE,
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_deployments_model ON deployments (model_id)"_s,

                     uR"(CREATE TABLE subscriptions (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            model_id TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'denied', 'inactive', 'expired')),
            reason TEXT NOT NULL DEFAULT '',
            status_changed_by TEXT,
            status_changed_at BIGINT,
            expires_at BIGINT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (user_id, model_id)))"_s,
                     u"CREATE INDEX idx_subscriptions_model ON subscriptions (model_id)"_s,
                     u"CREATE INDEX idx_subscriptions_status ON subscriptions (status, status_changed_at)"_s,

                     uR"(CREATE TABLE subscription_history (
            id ${AUTOID},
            subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
            old_status TEXT,
            new_status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            actor TEXT,
            at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_subscription_history ON subscription_history (subscription_id, at)"_s,

                     uR"(CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            key_alias TEXT UNIQUE,
            secret_hash TEXT NOT NULL UNIQUE,
            display_prefix TEXT NOT NULL,
            previous_hash TEXT UNIQUE,
            previous_hash_expires_at BIGINT,
            models TEXT NOT NULL DEFAULT '[]',
            rpm_limit BIGINT,
            tpm_limit BIGINT,
            parallel_limit BIGINT,
            model_limits TEXT NOT NULL DEFAULT '{}',
            max_budget BIGINT,
            budget_duration TEXT,
            budget_reset_at BIGINT,
            soft_budget BIGINT,
            spend BIGINT NOT NULL DEFAULT 0,
            expires_at BIGINT,
            revoked_at BIGINT,
            blocked ${BOOL} NOT NULL DEFAULT FALSE,
            metadata TEXT NOT NULL DEFAULT '{}',
            last_used_at BIGINT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_api_keys_user ON api_keys (user_id)"_s,

                     uR"(CREATE TABLE refresh_tokens (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            expires_at BIGINT NOT NULL,
            revoked_at BIGINT,
            replaced_by TEXT,
            created_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_refresh_tokens_user ON refresh_tokens (user_id)"_s,
                 }});

    // Usage rows carry no foreign keys on purpose: chargeback history outlives deleted keys and users.
    list.append({2,
                 u"usage records and daily rollups"_s,
                 {
                     uR"(CREATE TABLE usage_records (
            request_id TEXT PRIMARY KEY,
            at BIGINT NOT NULL,
            key_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL DEFAULT '',
            model_id TEXT NOT NULL DEFAULT '',
            deployment_id TEXT NOT NULL DEFAULT '',
            endpoint TEXT NOT NULL DEFAULT '',
            prompt_tokens BIGINT NOT NULL DEFAULT 0,
            completion_tokens BIGINT NOT NULL DEFAULT 0,
            cached_tokens BIGINT NOT NULL DEFAULT 0,
            cost BIGINT NOT NULL DEFAULT 0,
            status INTEGER NOT NULL,
            error_code TEXT,
            latency_ms BIGINT NOT NULL DEFAULT 0,
            ttft_ms BIGINT,
            streamed ${BOOL} NOT NULL DEFAULT FALSE,
            aborted ${BOOL} NOT NULL DEFAULT FALSE))"_s,
                     u"CREATE INDEX idx_usage_at ON usage_records (at)"_s,
                     u"CREATE INDEX idx_usage_user_at ON usage_records (user_id, at)"_s,
                     u"CREATE INDEX idx_usage_key_at ON usage_records (key_id, at)"_s,
                     u"CREATE INDEX idx_usage_model_at ON usage_records (model_id, at)"_s,
                     // Missing dimensions are '' rather than NULL so they can be part of the primary key.
                     uR"(CREATE TABLE usage_daily (
            day TEXT NOT NULL,
            user_id TEXT NOT NULL,
            key_id TEXT NOT NULL,
            model_id TEXT NOT NULL,
            deployment_id TEXT NOT NULL,
            requests BIGINT NOT NULL DEFAULT 0,
            errors BIGINT NOT NULL DEFAULT 0,
            prompt_tokens BIGINT NOT NULL DEFAULT 0,
            completion_tokens BIGINT NOT NULL DEFAULT 0,
            cached_tokens BIGINT NOT NULL DEFAULT 0,
            cost BIGINT NOT NULL DEFAULT 0,
            latency_ms_sum BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (day, user_id, key_id, model_id, deployment_id)))"_s,
                     u"CREATE INDEX idx_usage_daily_user ON usage_daily (user_id, day)"_s,
                     u"CREATE INDEX idx_usage_daily_model ON usage_daily (model_id, day)"_s,
                     u"CREATE INDEX idx_usage_daily_key ON usage_daily (key_id, day)"_s,
                 }});

    list.append({3,
                 u"audit log, settings, branding and banners"_s,
                 {
                     uR"(CREATE TABLE audit_log (
            id ${AUTOID},
            at BIGINT NOT NULL,
            actor_id TEXT,
            actor_name TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            target_type TEXT NOT NULL DEFAULT '',
            target_id TEXT,
            before_json TEXT,
            after_json TEXT,
            source_address TEXT,
            request_id TEXT,
            success ${BOOL} NOT NULL DEFAULT TRUE))"_s,
                     u"CREATE INDEX idx_audit_at ON audit_log (at)"_s,
                     u"CREATE INDEX idx_audit_actor ON audit_log (actor_id, at)"_s,
                     u"CREATE INDEX idx_audit_action ON audit_log (action, at)"_s,
                     u"CREATE INDEX idx_audit_target ON audit_log (target_type, target_id)"_s,

                     uR"(CREATE TABLE settings (
            setting_key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at BIGINT NOT NULL,
            updated_by TEXT))"_s,

                     uR"(CREATE TABLE branding (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            subtitle TEXT NOT NULL DEFAULT '',
            footer TEXT NOT NULL DEFAULT '',
            login_logo ${BLOB},
            login_logo_mime TEXT,
            header_logo_light ${BLOB},
            header_logo_light_mime TEXT,
            header_logo_dark ${BLOB},
            header_logo_dark_mime TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at BIGINT NOT NULL DEFAULT 0,
            updated_by TEXT))"_s,
                     u"INSERT INTO branding (id) VALUES (1)"_s,

                     uR"(CREATE TABLE banners (
            id TEXT PRIMARY KEY,
            active ${BOOL} NOT NULL DEFAULT FALSE,
            texts TEXT NOT NULL DEFAULT '{}',
            variant TEXT NOT NULL DEFAULT 'info' CHECK (variant IN ('info', 'warning', 'danger', 'success', 'default')),
            dismissible ${BOOL} NOT NULL DEFAULT FALSE,
            starts_at BIGINT,
            ends_at BIGINT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            created_by TEXT))"_s,
                     uR"(CREATE TABLE banner_dismissals (
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            banner_id TEXT NOT NULL REFERENCES banners (id) ON DELETE CASCADE,
            at BIGINT NOT NULL,
            PRIMARY KEY (user_id, banner_id)))"_s,
                 }});

    list.append({4,
                 u"change feed of keys for replicas"_s,
                 {
                     u"CREATE INDEX idx_api_keys_updated ON api_keys (updated_at)"_s,
                 }});

    // A deleted key leaves no row for the change feed to find, so each deletion leaves a
    // tombstone that other replicas read to drop the key from their caches.
    list.append({5,
                 u"tombstones of deleted keys"_s,
                 {
                     u"CREATE TABLE api_key_tombstones (id TEXT PRIMARY KEY, deleted_at BIGINT NOT NULL)"_s,
                     u"CREATE INDEX idx_api_key_tombstones_deleted ON api_key_tombstones (deleted_at)"_s,
                 }});

    // A session is a family of refresh tokens: rotation keeps the family, reuse revokes all of it.
    list.append({6,
                 u"refresh token families"_s,
                 {
                     u"ALTER TABLE refresh_tokens ADD COLUMN family_id TEXT"_s,
                     u"CREATE INDEX idx_refresh_tokens_family ON refresh_tokens (family_id)"_s,
                 }});

    // Single sign-on: a sign-in in flight (state → what the callback needs) and the one-time
    // codes handed to clients; only hashes of the state and the code are stored.
    list.append({7,
                 u"single sign-on states and one-time codes"_s,
                 {
                     uR"(CREATE TABLE sso_logins (
            state_hash TEXT PRIMARY KEY,
            provider TEXT NOT NULL,
            client_redirect TEXT NOT NULL,
            client_challenge TEXT NOT NULL,
            client_state TEXT NOT NULL,
            callback_url TEXT NOT NULL,
            secrets TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_sso_logins_expires ON sso_logins (expires_at)"_s,
                     uR"(CREATE TABLE sso_codes (
            code_hash TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            provider TEXT NOT NULL,
            client_challenge TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            used_at BIGINT,
            created_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_sso_codes_expires ON sso_codes (expires_at)"_s,
                 }});

    // Usage analytics (api/usageroutes.cpp): an unfiltered dashboard sums every usage_daily row
    // of a day range; a covering index lets SQLite and PostgreSQL read them from the index alone
    // (index-only scan) in day order. Deployment filters get their own indexes.
    list.append({8,
                 u"usage analytics indexes"_s,
                 {
                     u"CREATE INDEX idx_usage_daily_day_cover ON usage_daily (day, model_id, user_id, key_id, "
                     "requests, errors, prompt_tokens, completion_tokens, cached_tokens, cost, latency_ms_sum)"_s,
                     u"CREATE INDEX idx_usage_daily_deployment ON usage_daily (deployment_id, day)"_s,
                     u"CREATE INDEX idx_usage_deployment_at ON usage_records (deployment_id, at)"_s,
                 }});

    // Scheduled jobs (service/jobrunner.h): one lease row per job, taken by one conditional
    // UPDATE so a single replica runs it, and a record of every run.
    list.append({9,
                 u"scheduled job runs and leases"_s,
                 {
                     uR"(CREATE TABLE job_runs (
            id TEXT PRIMARY KEY,
            job TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            finished_at BIGINT NOT NULL,
            ok ${BOOL} NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            error TEXT,
            replica TEXT NOT NULL DEFAULT ''))"_s,
                     u"CREATE INDEX idx_job_runs_job ON job_runs (job, started_at)"_s,
                     u"CREATE TABLE job_leases (job TEXT PRIMARY KEY, holder TEXT NOT NULL DEFAULT '', "
                     "expires_at BIGINT NOT NULL DEFAULT 0)"_s,
                     u"INSERT INTO job_leases (job) VALUES ('subscription-expiry'), ('key-cleanup'), "
                     "('usage-retention')"_s,
                 }});

    // Coarser usage rollups (store/usagequery.h plans which table answers): per day and model /
    // deployment, per day and user, and per month × user × model × deployment the set of days
    // with usage as a bit mask (bit d-1 for day d), from which distinct active users of any day
    // range are counted without the key-level rows. The journal flusher maintains all three in
    // the transaction that updates usage_daily; they are backfilled here from usage_daily (a
    // day's bit summed once per distinct day is the OR of the bits).
    list.append({10,
                 u"coarse usage rollups"_s,
                 {
                     uR"(CREATE TABLE usage_daily_model (
            day TEXT NOT NULL,
            model_id TEXT NOT NULL,
            deployment_id TEXT NOT NULL,
            requests BIGINT NOT NULL DEFAULT 0,
            errors BIGINT NOT NULL DEFAULT 0,
            prompt_tokens BIGINT NOT NULL DEFAULT 0,
            completion_tokens BIGINT NOT NULL DEFAULT 0,
            cached_tokens BIGINT NOT NULL DEFAULT 0,
            cost BIGINT NOT NULL DEFAULT 0,
            latency_ms_sum BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (day, model_id, deployment_id)))"_s,
                     uR"(CREATE TABLE usage_daily_user (
            day TEXT NOT NULL,
            user_id TEXT NOT NULL,
            requests BIGINT NOT NULL DEFAULT 0,
            errors BIGINT NOT NULL DEFAULT 0,
            prompt_tokens BIGINT NOT NULL DEFAULT 0,
            completion_tokens BIGINT NOT NULL DEFAULT 0,
            cached_tokens BIGINT NOT NULL DEFAULT 0,
            cost BIGINT NOT NULL DEFAULT 0,
            latency_ms_sum BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (day, user_id)))"_s,
                     u"CREATE INDEX idx_usage_daily_user_user ON usage_daily_user (user_id, day)"_s,
                     uR"(CREATE TABLE usage_active_days (
            month TEXT NOT NULL,
            user_id TEXT NOT NULL,
            model_id TEXT NOT NULL,
            deployment_id TEXT NOT NULL,
            days BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (month, model_id, deployment_id, user_id)))"_s,
                     u"CREATE INDEX idx_usage_active_days_user ON usage_active_days (user_id, month)"_s,
                     u"INSERT INTO usage_daily_model (day, model_id, deployment_id, requests, errors, prompt_tokens, "
                     "completion_tokens, cached_tokens, cost, latency_ms_sum) "
                     "SELECT day, model_id, deployment_id, SUM(requests), SUM(errors), SUM(prompt_tokens), "
                     "SUM(completion_tokens), SUM(cached_tokens), SUM(cost), SUM(latency_ms_sum) FROM usage_daily "
                     "GROUP BY day, model_id, deployment_id"_s,
                     u"INSERT INTO usage_daily_user (day, user_id, requests, errors, prompt_tokens, completion_tokens, "
                     "cached_tokens, cost, latency_ms_sum) "
                     "SELECT day, user_id, SUM(requests), SUM(errors), SUM(prompt_tokens), SUM(completion_tokens), "
                     "SUM(cached_tokens), SUM(cost), SUM(latency_ms_sum) FROM usage_daily GROUP BY day, user_id"_s,
                     u"INSERT INTO usage_active_days (month, user_id, model_id, deployment_id, days) "
                     "SELECT substr(day, 1, 7), user_id, model_id, deployment_id, "
                     "SUM(CAST(1 AS BIGINT) << (CAST(substr(day, 9, 2) AS INTEGER) - 1)) FROM "
                     "(SELECT DISTINCT day, user_id, model_id, deployment_id FROM usage_daily WHERE user_id <> '') "
                     "AS d GROUP BY substr(day, 1, 7), user_id, model_id, deployment_id"_s,
                     u"INSERT INTO job_leases (job) VALUES ('usage-compaction')"_s,
                     // The latency percentiles read the newest records of a range in `at` order: with
                     // the two values in the index that is an index-only scan. It replaces the plain
                     // `at` index, which every `at` range query can use it instead of.
                     u"CREATE INDEX idx_usage_at_latency ON usage_records (at, latency_ms, ttft_ms)"_s,
                     u"DROP INDEX idx_usage_at"_s,
                 }});

    // Alerts (service/alerts.h): budget and key-expiry events, deduplicated by a key that names
    // the subject and its budget window so replicas and restarts record each once; the per-user
    // read marks of the notifications feed; and the webhook deliveries with their retry state,
    // so a delivery survives the pod that was sending it.
    list.append({11,
                 u"alert events, notification reads and webhook deliveries"_s,
                 {
                     uR"(CREATE TABLE alert_events (
            id TEXT PRIMARY KEY,
            dedupe_key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            subject_name TEXT NOT NULL DEFAULT '',
            user_id TEXT,
            user_name TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}',
            occurred_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_alert_events_at ON alert_events (occurred_at)"_s,
                     u"CREATE INDEX idx_alert_events_user ON alert_events (user_id, occurred_at)"_s,
                     uR"(CREATE TABLE alert_reads (
            event_id TEXT NOT NULL REFERENCES alert_events (id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            at BIGINT NOT NULL,
            PRIMARY KEY (event_id, user_id)))"_s,
                     uR"(CREATE TABLE alert_deliveries (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES alert_events (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at BIGINT NOT NULL,
            last_attempt_at BIGINT,
            last_status INTEGER,
            last_error TEXT,
            delivered_at BIGINT,
            created_at BIGINT NOT NULL))"_s,
                     u"CREATE INDEX idx_alert_deliveries_due ON alert_deliveries (state, next_attempt_at)"_s,
                     u"CREATE INDEX idx_alert_deliveries_event ON alert_deliveries (event_id)"_s,
                     u"INSERT INTO job_leases (job) VALUES ('alert-delivery'), ('key-expiry-warning')"_s,
                 }});

    // Budget window resets (service/jobrunner.h): a control-plane reset of spend bumps the row's
    // budget_generation, so the data plane adopts the stored spend instead of its own count.
    list.append({12,
                 u"budget reset generations"_s,
                 {
                     u"ALTER TABLE api_keys ADD COLUMN budget_generation BIGINT NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE users ADD COLUMN budget_generation BIGINT NOT NULL DEFAULT 0"_s,
                     u"CREATE INDEX idx_api_keys_budget_reset ON api_keys (budget_reset_at)"_s,
                     u"CREATE INDEX idx_users_budget_reset ON users (budget_reset_at)"_s,
                     u"INSERT INTO job_leases (job) VALUES ('budget-reset')"_s,
                 }});

    // Restores (api/backuproutes.cpp): each writes a row after replacing the store; a replica
    // that sees a newer latest row than it loaded reloads its caches in full (service/gateway.cpp).
    list.append({13,
                 u"store restore markers"_s,
                 {
                     u"CREATE TABLE store_restores (generation TEXT PRIMARY KEY, backup_id TEXT NOT NULL, "
                     "restored_at BIGINT NOT NULL, restored_by TEXT NOT NULL DEFAULT '')"_s,
                 }});

    // User statistics (GET /api/v1/users/stats): counting by role and status reads this small
    // covering index instead of every row of users (measured at 100,000 users in BENCHMARKS.md).
    // roles leads: led by active, SQLite (without ANALYZE statistics) would pick the index for
    // GET /api/v1/users?active=true and sort every active user by name instead of walking the
    // username index and stopping at the page.
    list.append({14,
                 u"user statistics index"_s,
                 {
                     u"CREATE INDEX idx_users_roles_active ON users (roles, active)"_s,
                 }});

    // What replicas sharing one store tell each other (store/runtimestate.h): restore
    // confirmations, the progress of long operations and the lease of the running restore. Named
    // runtime_*, so backups leave them out and restores leave them alone.
    list.append({15,
                 u"replica coordination"_s,
                 {
                     u"CREATE TABLE runtime_restore_tokens (token_hash TEXT PRIMARY KEY, backup_id TEXT NOT NULL, "
                     "caller TEXT NOT NULL, expires_at BIGINT NOT NULL)"_s,
                     u"CREATE TABLE runtime_operations (id TEXT PRIMARY KEY, owner TEXT NOT NULL, "
                     "state TEXT NOT NULL, body TEXT NOT NULL, revision BIGINT NOT NULL, "
                     "heartbeat_at BIGINT NOT NULL)"_s,
                     u"CREATE INDEX idx_runtime_operations_owner ON runtime_operations (owner, state)"_s,
                     u"CREATE TABLE runtime_restore_lease (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                     "operation_id TEXT NOT NULL, owner TEXT NOT NULL, backup_id TEXT NOT NULL, "
                     "parking ${BOOL} NOT NULL DEFAULT FALSE, expires_at BIGINT NOT NULL)"_s,
                 }});
    return list;
}

// "Tollgate" in ASCII: the advisory lock every replica takes while migrating.
constexpr qint64 AdvisoryLockKey = 0x546f6c6c67617465LL;

void lockForMigration(Database &db)
{
    // SQLite is already serialised by the IMMEDIATE transaction.
    if (db.dialect() == Dialect::Postgres)
        db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLockKey}, u"lock schema migrations"_s);
}

void ensureTable(Database &db)
{
    // Checked first because PostgreSQL logs a NOTICE for every CREATE TABLE IF NOT EXISTS that skips.
    const QString exists = db.dialect() == Dialect::Postgres
                               ? u"SELECT COUNT(*) FROM information_schema.tables "
                                 "WHERE table_schema = current_schema() AND table_name = ?"_s
                               : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
    QSqlQuery query = db.exec(exists, {u"schema_migrations"_s}, u"find schema_migrations"_s);
    if (query.next() && query.value(0).toInt() > 0)
        return;
    db.execStatic(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                  "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s,
                  u"create schema_migrations"_s);
}

QSet<int> appliedVersions(Database &db)
{
    QSet<int> versions;
    QSqlQuery query = db.exec(u"SELECT version FROM schema_migrations"_s, {}, u"read schema version"_s);
    while (query.next())
        versions.insert(query.value(0).toInt());
    return versions;
}

void refuseNewer(const QSet<int> &applied)
{
    const int latest = latestVersion();
    for (const int version : applied) {
        if (version > latest)
            throw Error(Error::Code::Invalid,
                        u"database schema version %1 is newer than this binary supports (%2); "
                        "upgrade Tollgate instead of running an older release"_s.arg(version)
                            .arg(latest));
    }
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

QString render(const QString &statement, Dialect dialect)
{
    QString sql = statement;
    const bool pg = dialect == Dialect::Postgres;
    sql.replace(u"${BOOL}"_s, pg ? u"BOOLEAN"_s : u"INTEGER"_s);
    sql.replace(u"${BLOB}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    sql.replace(u"${AUTOID}"_s, pg ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                   : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    return sql;
}

int currentVersion(Database &db)
{
    Transaction tx(db);
    lockForMigration(db);
    ensureTable(db);
    const QSet<int> applied = appliedVersions(db);
    tx.commit();
    int version = 0;
    for (const int v : applied)
        version = std::max(version, v);
    return version;
}

int apply(Database &db)
{
    {
        Transaction tx(db);
        lockForMigration(db);
        ensureTable(db);
        const QSet<int> applied = appliedVersions(db);
        refuseNewer(applied);
        tx.commit();
        bool pending = false;
        for (const Migration &migration : all())
            pending = pending || !applied.contains(migration.version);
        if (!pending)
            return 0;
    }

    int count = 0;
    for (const Migration &migration : all()) {
        Transaction tx(db);
        lockForMigration(db);
        // Re-read under the lock: another replica may have applied it meanwhile.
        const QSet<int> applied = appliedVersions(db);
        refuseNewer(applied);
        if (applied.contains(migration.version))
            continue;
        const QString context = u"migration %1 (%2)"_s.arg(migration.version).arg(migration.name);
        for (const QString &statement : migration.statements)
            db.execStatic(render(statement, db.dialect()), context);
        db.exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {migration.version, migration.name, db.now()}, context);
        tx.commit();
        ++count;
    }
    return count;
}

} // namespace Tollgate::Store::Migrations
