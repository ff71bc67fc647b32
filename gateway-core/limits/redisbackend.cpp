// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/redisbackend.h"

#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/limits/localbackend.h"
#include "gateway-core/limits/redisscripts.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <hiredis/hiredis.h>

#include <algorithm>
#include <array>
#include <chrono>

Q_LOGGING_CATEGORY(lcLimits, "tollgate.limits")

using namespace Qt::StringLiterals;

namespace Tollgate::Limits {

namespace {

const RedisScript &admitScript()
{
    static const RedisScript script(QByteArray(RedisScripts::Prelude) + RedisScripts::Admit);
    return script;
}
const RedisScript &releaseScript()
{
    static const RedisScript script(QByteArray(RedisScripts::Prelude) + RedisScripts::Release);
    return script;
}
const RedisScript &loadScript()
{
    static const RedisScript script(QByteArray(RedisScripts::Prelude) + RedisScripts::Load);
    return script;
}
const RedisScript &usageScript()
{
    static const RedisScript script(QByteArray(RedisScripts::Prelude) + RedisScripts::Usage);
    return script;
}
const RedisScript &heartbeatScript()
{
    static const RedisScript script(RedisScripts::Heartbeat);
    return script;
}

// The Release script's modes.
constexpr int Cancel = 0;
constexpr int Settle = 1;
constexpr int AddSpend = 2;

constexpr qint64 MaxPending = 100'000; // releases of shared admissions; bounded by requests in flight

std::atomic<quint64> nextGeneration{1};

const redisReply *element(const redisReply *reply, size_t i)
{
    return reply && reply->type == REDIS_REPLY_ARRAY && i < reply->elements ? reply->element[i] : nullptr;
}

qint64 numberAt(const redisReply *reply, size_t i)
{
    return RedisReplies::number(element(reply, i));
}

bool isArray(const redisReply *reply)
{
    return reply && reply->type == REDIS_REPLY_ARRAY;
}

QString describe(const redisReply *reply)
{
    if (!reply)
        return u"no reply"_s;
    if (reply->type == REDIS_REPLY_ERROR)
        return QString::fromUtf8(RedisReplies::text(reply));
    return u"unexpected reply of type %1"_s.arg(reply->type);
}

// A limit's share on one of @p replicas replicas: the replicas together stay within the limit,
// and a positive limit never becomes zero.
qint64 share(qint64 limit, int replicas)
{
    if (limit <= 0 || replicas <= 1)
        return limit;
    return std::max<qint64>(1, limit / replicas);
}

QByteArray replicaName()
{
    QByteArray host = QHostInfo::localHostName().toUtf8();
    for (char &c : host) {
        if (c == ' ' || c == ':')
            c = '-';
    }
    if (host.isEmpty())
        host = "replica";
    return host + '-' + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

// The handle a shared admission keeps in Reservation::shared: who admitted it ('S' Redis, 'L'
// the local fallback), its lease and the subjects' key names, each length-prefixed.
class RedisBackend::Ticket final
{
public:
    static QByteArray encode(char origin, QByteArrayView lease, std::span<const QByteArray> keys)
    {
        QByteArray out;
        out.reserve(2 + lease.size() + 4 * qsizetype(keys.size() + 1) + 64 * qsizetype(keys.size()));
        out += origin;
        append(out, lease);
        for (const QByteArray &key : keys)
            append(out, key);
        return out;
    }

    explicit Ticket(const QByteArray &data)
    {
        if (data.isEmpty())
            return;
        m_origin = data.at(0);
        qsizetype at = 1;
        m_lease = take(data, &at);
        while (at < data.size() && m_count < Reservation::MaxSubjects)
            m_keys[size_t(m_count++)] = take(data, &at);
    }

    bool isValid() const { return m_origin != 0; }
    bool isShared() const { return m_origin == 'S'; }
    const QByteArray &lease() const { return m_lease; }
    std::span<const QByteArray> keys() const { return {m_keys.data(), size_t(m_count)}; }

private:
    static void append(QByteArray &out, QByteArrayView part)
    {
        const quint32 n = quint32(part.size());
        out.append(reinterpret_cast<const char *>(&n), sizeof n);
        out.append(part);
    }
    static QByteArray take(const QByteArray &data, qsizetype *at)
    {
        quint32 n = 0;
        if (*at + qsizetype(sizeof n) > data.size())
            return {};
        memcpy(&n, data.constData() + *at, sizeof n);
        *at += sizeof n;
        const QByteArray part = data.mid(*at, qsizetype(n));
        *at += qsizetype(n);
        return part;
    }

    char m_origin = 0;
    QByteArray m_lease;
    std::array<QByteArray, Reservation::MaxSubjects> m_keys;
    int m_count = 0;
};

std::unique_ptr<RedisBackend> RedisBackend::create(BackendOptions options, QString *error, RedisBackendTuning tuning)
{
    RedisAddress address;
    QString problem;
    if (!RedisAddress::parse(options.url, &address, &problem)) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::unique_ptr<RedisBackend> backend(new RedisBackend(std::move(options), std::move(address), tuning));
    // Count the replicas and measure the clock offset before serving; an unreachable Redis
    // only means starting degraded.
    backend->heartbeatNow();
    backend->m_heartbeat = std::thread([raw = backend.get()] { raw->heartbeatLoop(); });
    return backend;
}

RedisBackend::RedisBackend(BackendOptions options, RedisAddress address, RedisBackendTuning tuning)
    : m_address(std::move(address))
    , m_prefix(options.keyPrefix)
    , m_replicasKey(options.keyPrefix + "replicas")
    , m_replicaId(replicaName())
    , m_clock(std::move(options.clock))
    , m_zone(options.zone.isValid() ? options.zone : QTimeZone::utc())
    , m_windowMs(std::max<qint64>(1, options.windowMs))
    , m_timeoutMs(std::max(1, options.timeoutMs))
    , m_tuning(tuning)
    , m_generation(nextGeneration++)
{
    BackendOptions local;
    local.clock = [this] { return now(); };
    local.zone = m_zone;
    local.windowMs = m_windowMs;
    m_fallback = std::make_unique<LocalBackend>(std::move(local));
}

RedisBackend::~RedisBackend()
{
    {
        const std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopCv.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    // Leave the registry so the others count one replica less at once.
    const std::lock_guard lock(m_beatMutex);
    if (!m_degraded.load() && m_beatConnection)
        beat(m_beatConnection, 0);
}

qint64 RedisBackend::now() const
{
    return m_clock ? m_clock() : systemClockMs() + m_offsetMs.load(std::memory_order_relaxed);
}

qint64 RedisBackend::pendingCount() const
{
    const std::lock_guard lock(m_pendingMutex);
    return qint64(m_pending.size()) + m_lostSpend.size();
}

// --- Names ---------------------------------------------------------------------------------------

QByteArray RedisBackend::subjectKey(const SubjectRef &subject) const
{
    QByteArray key;
    key.reserve(m_prefix.size() + subject.id.size() + subject.model.size() + 16);
    key += m_prefix;
    switch (subject.kind) {
    case SubjectKind::Key:
        key += "k:";
        key += subject.id;
        break;
    case SubjectKind::User:
        key += "u:";
        key += subject.id;
        break;
    case SubjectKind::KeyModel:
        // Length-prefixed so no key id and model pair can spell another.
        key += "m:";
        key += QByteArray::number(subject.id.size());
        key += ':';
        key += subject.id;
        key += subject.model;
        break;
    }
    return key;
}

// The fallback keeps each subject under its Redis key name, so tickets (which carry key names)
// can be mirrored into it; the kind stays the real one so refusals name the right subject.
SubjectRef RedisBackend::localRef(const QByteArray &key) const
{
    const char kind = key.size() > m_prefix.size() ? key.at(m_prefix.size()) : 'k';
    return SubjectRef{kind == 'u' ? SubjectKind::User : kind == 'm' ? SubjectKind::KeyModel : SubjectKind::Key,
                      QByteArrayView(key), {}};
}

void RedisBackend::fixEvents(std::vector<BudgetEvent> &events) const
{
    // Events of the fallback carry key names; give them back their ids.
    for (BudgetEvent &e : events) {
        QByteArrayView rest = QByteArrayView(e.id).sliced(std::min<qsizetype>(e.id.size(), m_prefix.size() + 2));
        if (e.subject == SubjectKind::KeyModel) {
            const qsizetype colon = rest.indexOf(':');
            const qsizetype idLength = std::clamp<qsizetype>(rest.first(std::max<qsizetype>(colon, 0)).toLongLong(),
                                                             0, rest.size() - colon - 1);
            rest = rest.sliced(colon + 1);
            e.model = rest.sliced(idLength).toByteArray();
            rest = rest.first(idLength);
        }
        e.id = rest.toByteArray();
    }
}

qint64 RedisBackend::nextReset(const Util::Duration &duration, qint64 nowMs) const
{
    // nextBudgetResetMs() is constant between one reset and the next, so each thread keeps the
    // last few answers: the hot path does no time-zone arithmetic.
    struct Cached
    {
        quint64 generation = 0;
        Util::Duration duration;
        qint64 fromMs = 0;
        qint64 valueMs = 0;
    };
    thread_local std::array<Cached, 4> cache{};
    thread_local unsigned next = 0;
    for (const Cached &c : cache) {
        if (c.generation == m_generation && c.duration == duration && c.fromMs <= nowMs && nowMs < c.valueMs)
            return c.valueMs;
    }
    qint64 value = 0;
    {
        const std::lock_guard lock(m_zoneMutex);
        value = nextBudgetResetMs(duration, nowMs, m_zone);
    }
    cache[next++ % cache.size()] = Cached{m_generation, duration, nowMs, value};
    return value;
}

qint64 RedisBackend::nextResetFor(QByteArrayView durationText, qint64 nowMs) const
{
    const auto duration = parseBudgetDuration(QString::fromUtf8(durationText));
    return duration ? nextReset(*duration, nowMs) : 0;
}

// --- Connections ---------------------------------------------------------------------------------

std::unique_ptr<RedisConnection> RedisBackend::acquire(QString *error)
{
    {
        const std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            std::unique_ptr<RedisConnection> connection = std::move(m_pool.back());
            m_pool.pop_back();
            return connection;
        }
    }
    std::unique_ptr<RedisConnection> connection = RedisConnection::open(m_address, m_timeoutMs, error);
    if (!connection)
        return nullptr;
    // Load every script once per connection; EVALSHA finds them from then on.
    for (const RedisScript *script : {&admitScript(), &releaseScript(), &loadScript(), &usageScript(),
                                      &heartbeatScript()}) {
        const std::array<QByteArray, 3> argv{"SCRIPT"_ba, "LOAD"_ba, script->source};
        const RedisReplyPtr reply = connection->command(argv, error);
        if (!reply || RedisReplies::text(reply.get()) != script->sha) {
            if (reply)
                *error = u"SCRIPT LOAD failed: "_s + describe(reply.get());
            return nullptr;
        }
    }
    return connection;
}

void RedisBackend::giveBack(std::unique_ptr<RedisConnection> connection)
{
    if (!connection || !connection->isUsable())
        return;
    const std::lock_guard lock(m_poolMutex);
    if (m_pool.size() < 64)
        m_pool.push_back(std::move(connection));
}

RedisReplyPtr RedisBackend::run(RedisConnection *connection, const RedisScript &script,
                                std::span<const QByteArray> keys, std::span<const QByteArray> args, QString *error)
{
    RedisReplyPtr reply = connection->run(script, keys, args, error);
    if (reply && reply->type == REDIS_REPLY_ERROR) {
        // BUSY, LOADING, OOM, or a script bug: no shared answer either way.
        *error = describe(reply.get());
        return nullptr;
    }
    return reply;
}

RedisReplyPtr RedisBackend::runPooled(const RedisScript &script, std::span<const QByteArray> keys,
                                      std::span<const QByteArray> args, QString *error)
{
    std::unique_ptr<RedisConnection> connection = acquire(error);
    if (!connection)
        return nullptr;
    RedisReplyPtr reply = run(connection.get(), script, keys, args, error);
    giveBack(std::move(connection));
    return reply;
}

// --- Admission -----------------------------------------------------------------------------------

AdmitOutcome RedisBackend::admit(std::span<const Demand> demands, Reservation *reservation)
{
    if (!degraded()) {
        AdmitOutcome outcome;
        if (admitShared(demands, reservation, &outcome))
            return outcome;
    }
    return admitLocal(demands, reservation);
}

bool RedisBackend::admitShared(std::span<const Demand> demands, Reservation *reservation, AdmitOutcome *outcome)
{
    const int n = int(std::min<size_t>(demands.size(), Reservation::MaxSubjects));
    std::array<QByteArray, Reservation::MaxSubjects + 1> keys;
    for (int i = 0; i < n; ++i)
        keys[size_t(i)] = subjectKey(demands[size_t(i)].subject);
    keys[size_t(n)] = m_replicasKey;

    const qint64 nowMs = now();
    const QByteArray lease = m_replicaId + ':' + QByteArray::number(++m_leaseCounter);
    std::vector<QByteArray> args;
    args.reserve(4 + 10 * size_t(n));
    args.push_back(QByteArray::number(nowMs));
    args.push_back(QByteArray::number(m_windowMs));
    args.push_back(lease);
    args.push_back(m_replicaId);
    for (int i = 0; i < n; ++i) {
        const Demand &d = demands[size_t(i)];
        const SubjectLimits &l = *d.limits;
        args.push_back(QByteArray::number(l.rpm));
        args.push_back(QByteArray::number(l.tpm));
        args.push_back(QByteArray::number(l.parallel));
        args.push_back(QByteArray::number(l.budget.max));
        args.push_back(QByteArray::number(l.budget.soft));
        args.push_back(l.budget.duration ? l.budget.duration->toString().toUtf8() : "-"_ba);
        args.push_back(QByteArray::number(l.budget.duration ? nextReset(*l.budget.duration, nowMs) : 0));
        args.push_back(QByteArray::number(d.tokens));
        args.push_back(QByteArray::number(d.cost));
        args.push_back(d.subject.kind == SubjectKind::Key ? "1"_ba : "0"_ba);
    }
    const std::span<const QByteArray> keySpan(keys.data(), size_t(n) + 1);

    QString error;
    const RedisReplyPtr reply = runPooled(admitScript(), keySpan, args, &error);
    if (!reply || !isArray(reply.get()) || reply->elements < 3) {
        // The script may have run before the connection failed: a lease-keyed cancel is a no-op
        // if it did not, and gives everything back if it did.
        queue(Pending{Ticket::encode('S', lease, keySpan.first(size_t(n))), Cancel, 0, 0});
        enterDegraded(reply ? describe(reply.get()) : error);
        return false;
    }

    // The scripts number subjects from 1, in the order of KEYS.
    auto subjectAt = [&](const redisReply *x) -> const Demand * {
        const qint64 i = numberAt(x, 1);
        return i >= 1 && i <= n ? &demands[size_t(i - 1)] : nullptr;
    };
    const redisReply *events = element(reply.get(), 2);
    for (size_t e = 0; events && e < events->elements; ++e) {
        const redisReply *ev = events->element[e];
        if (!subjectAt(ev))
            continue;
        const Demand &d = *subjectAt(ev);
        BudgetEvent event;
        event.kind = numberAt(ev, 0) == 1 ? BudgetEvent::Kind::BudgetExhausted : BudgetEvent::Kind::SoftBudgetCrossed;
        event.subject = d.subject.kind;
        event.id = d.subject.id.toByteArray();
        if (d.subject.kind == SubjectKind::KeyModel)
            event.model = d.subject.model.toByteArray();
        event.spend = numberAt(ev, 2);
        event.threshold = numberAt(ev, 3);
        event.resetAtMs = numberAt(ev, 4);
        outcome->events.push_back(std::move(event));
    }

    if (RedisReplies::text(element(reply.get(), 0)) != "1") {
        const redisReply *refusals = element(reply.get(), 1);
        bool refused = false;
        for (size_t r = 0; refusals && r < refusals->elements; ++r) {
            const redisReply *x = refusals->element[r];
            if (!subjectAt(x))
                continue;
            Refusal refusal;
            refusal.limit = LimitKind(std::clamp<qint64>(numberAt(x, 0), 0, 3));
            refusal.subject = subjectAt(x)->subject.kind;
            refusal.limitValue = numberAt(x, 2);
            refusal.remaining = numberAt(x, 3);
            refusal.retryAfterMs = numberAt(x, 4);
            refusal.resetAtMs = numberAt(x, 5);
            refusal.requested = numberAt(x, 6);
            refusal.oversize = numberAt(x, 7) != 0;
            if (!refused || outranks(refusal, outcome->refusal))
                outcome->refusal = refusal;
            refused = true;
        }
        return true;
    }

    reservation->count = n;
    reservation->admittedAtMs = nowMs;
    reservation->shared = Ticket::encode('S', lease, keySpan.first(size_t(n)));
    RateStatus &rate = outcome->rate;
    const redisReply *rates = element(reply.get(), 1);
    for (int i = 0; i < n; ++i) {
        const Demand &d = demands[size_t(i)];
        const redisReply *x = element(rates, size_t(i));
        SubjectReservation &sr = reservation->subjects[size_t(i)];
        sr = SubjectReservation{};
        sr.kind = d.subject.kind;
        sr.parallel = true;
        sr.budget = d.limits->budget.max >= 0;
        sr.cost = sr.budget ? std::max<qint64>(d.cost, 0) : 0;
        if (d.limits->tpm >= 0) {
            sr.tokenSlot = nowMs;
            sr.tokens = std::max<qint64>(d.tokens, 1);
        }
        const qint64 requestLimit = numberAt(x, 0);
        if (requestLimit >= 0 && (rate.requestLimit < 0 || numberAt(x, 1) < rate.requestsRemaining)) {
            rate.requestLimit = requestLimit;
            rate.requestsRemaining = numberAt(x, 1);
            rate.requestsResetMs = numberAt(x, 2);
        }
        const qint64 tokenLimit = numberAt(x, 3);
        if (tokenLimit >= 0 && (rate.tokenLimit < 0 || numberAt(x, 4) < rate.tokensRemaining)) {
            rate.tokenLimit = tokenLimit;
            rate.tokensRemaining = numberAt(x, 4);
            rate.tokensResetMs = numberAt(x, 5);
        }
        if (i == 0)
            reservation->admittedAtMs = numberAt(x, 8); // the time the subject's log carries
        // Mirror what the budget stands at, for the fallback should Redis go away.
        if (d.limits->budget.max >= 0) {
            const SubjectRef ref = localRef(keys[size_t(i)]);
            BudgetState state{numberAt(x, 6), numberAt(x, 7)};
            if (numberAt(x, 9) == 1) {
                // Redis had nothing for a subject this replica knows a spend of: it lost its data
                // (a restart without persistence). Give it back what we know, so the budget does
                // not reopen; this one admission went by the empty state.
                const SubjectUsage known = m_fallback->usage(ref);
                if (known.known && known.spend > state.spend) {
                    state = BudgetState{known.spend, known.resetAtMs};
                    load(d.subject, state);
                }
            }
            m_fallback->load(ref, state);
        }
    }
    outcome->admitted = true;
    return true;
}

AdmitOutcome RedisBackend::admitLocal(std::span<const Demand> demands, Reservation *reservation)
{
    const int n = int(std::min<size_t>(demands.size(), Reservation::MaxSubjects));
    const int replicas = std::max(1, replicaCount());
    const quint64 episode = m_episode.load();
    std::array<QByteArray, Reservation::MaxSubjects> keys;
    std::array<SubjectLimits, Reservation::MaxSubjects> limits;
    std::array<Demand, Reservation::MaxSubjects> local;
    for (int i = 0; i < n; ++i) {
        const Demand &d = demands[size_t(i)];
        keys[size_t(i)] = subjectKey(d.subject);
        SubjectLimits &l = limits[size_t(i)];
        l = *d.limits;
        l.rpm = share(l.rpm, replicas);
        l.tpm = share(l.tpm, replicas);
        l.parallel = share(l.parallel, replicas);
        if (l.budget.max >= 0 && replicas > 1) {
            // This replica's share of what was left when Redis went away.
            qint64 seed = 0;
            {
                const std::lock_guard lock(m_seedMutex);
                auto it = m_seeds.find(keys[size_t(i)]);
                if (it == m_seeds.end() || it->first != episode) {
                    const qint64 spend = m_fallback->usage(localRef(keys[size_t(i)])).spend;
                    it = m_seeds.insert(keys[size_t(i)], {episode, spend});
                }
                seed = it->second;
            }
            if (l.budget.max > seed)
                l.budget.max = seed + (l.budget.max - seed) / replicas;
        }
        local[size_t(i)] = Demand{localRef(keys[size_t(i)]), &l, d.tokens, d.cost};
    }
    AdmitOutcome outcome = m_fallback->admit(std::span<const Demand>(local.data(), size_t(n)), reservation);
    fixEvents(outcome.events);
    if (outcome.admitted)
        reservation->shared = Ticket::encode('L', {}, std::span<const QByteArray>(keys.data(), size_t(n)));
    return outcome;
}

// --- Settling ------------------------------------------------------------------------------------

RedisReplyPtr RedisBackend::release(RedisConnection *connection, const Ticket &ticket, int mode, qint64 tokens,
                                    qint64 cost, QString *error)
{
    const std::span<const QByteArray> keys = ticket.keys();
    std::vector<QByteArray> args;
    args.reserve(6 + keys.size());
    args.push_back({});
    args.push_back(QByteArray::number(m_windowMs));
    args.push_back(ticket.lease());
    args.push_back(QByteArray::number(mode));
    args.push_back(QByteArray::number(tokens));
    args.push_back(QByteArray::number(cost));
    for (size_t i = 0; i < keys.size(); ++i)
        args.push_back({});
    // A budget due for its reset needs the next reset instant, which only this side can compute:
    // the script says which subject and its duration, and changes nothing until told.
    for (size_t attempt = 0; attempt <= keys.size(); ++attempt) {
        const qint64 nowMs = now();
        args[0] = QByteArray::number(nowMs);
        RedisReplyPtr reply = run(connection, releaseScript(), keys, args, error);
        if (reply && isArray(reply.get()) && RedisReplies::text(element(reply.get(), 0)) == "roll") {
            const qint64 i = numberAt(reply.get(), 1);
            if (i < 1 || i > qint64(keys.size()))
                break;
            args[size_t(5 + i)] = QByteArray::number(nextResetFor(RedisReplies::text(element(reply.get(), 2)), nowMs));
            continue;
        }
        if (!reply || !isArray(reply.get()) || reply->elements != keys.size()) {
            if (reply)
                *error = describe(reply.get());
            return nullptr;
        }
        return reply;
    }
    *error = u"budget reset did not settle"_s;
    return nullptr;
}

SettleOutcome RedisBackend::settle(const Reservation &reservation, qint64 actualTokens, qint64 actualCost)
{
    SettleOutcome outcome;
    const Ticket ticket(reservation.shared);
    if (!ticket.isValid())
        return outcome;
    if (ticket.isShared()) {
        releaseShared(reservation, Settle, actualTokens, actualCost, &outcome);
        return outcome;
    }
    outcome = m_fallback->settle(reservation, actualTokens, actualCost);
    fixEvents(outcome.events);
    addSpend(reservation.shared, actualCost);
    return outcome;
}

void RedisBackend::cancel(const Reservation &reservation)
{
    const Ticket ticket(reservation.shared);
    if (!ticket.isValid())
        return;
    if (ticket.isShared())
        releaseShared(reservation, Cancel, 0, 0, nullptr);
    else
        m_fallback->cancel(reservation);
}

void RedisBackend::releaseShared(const Reservation &reservation, int mode, qint64 tokens, qint64 cost,
                                 SettleOutcome *outcome)
{
    if (degraded()) {
        queue(Pending{reservation.shared, mode, tokens, cost});
        return;
    }
    const Ticket ticket(reservation.shared);
    QString error;
    std::unique_ptr<RedisConnection> connection = acquire(&error);
    RedisReplyPtr reply = connection ? release(connection.get(), ticket, mode, tokens, cost, &error) : nullptr;
    giveBack(std::move(connection));
    if (!reply) {
        // Replayed when Redis is back; the lease makes a second run harmless.
        queue(Pending{reservation.shared, mode, tokens, cost});
        enterDegraded(error);
        return;
    }
    if (!outcome)
        return;
    const std::span<const QByteArray> keys = ticket.keys();
    for (size_t i = 0; i < keys.size(); ++i) {
        const redisReply *x = element(reply.get(), i);
        const SubjectKind kind = reservation.subjects[i].kind;
        const qint64 spend = numberAt(x, 0);
        const qint64 flags = numberAt(x, 1);
        const qint64 maxBudget = numberAt(x, 3);
        const qint64 resetAt = numberAt(x, 4);
        if (kind == SubjectKind::Key)
            outcome->keySpend = spend;
        if (maxBudget >= 0)
            m_fallback->load(localRef(keys[i]), BudgetState{spend, resetAt});
        for (const auto &[bit, eventKind, threshold] :
             {std::tuple{1, BudgetEvent::Kind::SoftBudgetCrossed, numberAt(x, 2)},
              std::tuple{2, BudgetEvent::Kind::BudgetExhausted, maxBudget}}) {
            if (!(flags & bit))
                continue;
            BudgetEvent event;
            event.kind = eventKind;
            event.subject = kind;
            event.id = keys[i];
            event.spend = spend;
            event.threshold = threshold;
            event.resetAtMs = resetAt;
            outcome->events.push_back(std::move(event));
        }
    }
    fixEvents(outcome->events);
}

void RedisBackend::addSpend(const QByteArray &ticketData, qint64 cost)
{
    if (cost <= 0)
        return;
    const Ticket ticket(ticketData);
    if (!degraded()) {
        QString error;
        std::unique_ptr<RedisConnection> connection = acquire(&error);
        const RedisReplyPtr reply = connection ? release(connection.get(), ticket, AddSpend, 0, cost, &error) : nullptr;
        giveBack(std::move(connection));
        if (reply)
            return;
        enterDegraded(error);
    }
    const std::lock_guard lock(m_pendingMutex);
    for (const QByteArray &key : ticket.keys())
        m_lostSpend[key] += cost;
}

void RedisBackend::queue(Pending pending)
{
    const std::lock_guard lock(m_pendingMutex);
    if (qint64(m_pending.size()) >= MaxPending) {
        // Each is a request in flight when Redis went away; this many means something else is wrong.
        qCWarning(lcLimits, "too many releases waiting for Redis; dropping the oldest");
        m_pending.erase(m_pending.begin());
    }
    m_pending.push_back(std::move(pending));
}

bool RedisBackend::replayPending(RedisConnection &connection)
{
    std::vector<Pending> pending;
    QHash<QByteArray, qint64> lostSpend;
    {
        const std::lock_guard lock(m_pendingMutex);
        if (m_pending.empty() && m_lostSpend.isEmpty())
            return true;
        pending.swap(m_pending);
        lostSpend.swap(m_lostSpend);
    }
    size_t done = 0;
    QString error;
    for (; done < pending.size(); ++done) {
        const Pending &p = pending[done];
        if (!release(&connection, Ticket(p.ticket), p.mode, p.tokens, p.cost, &error))
            break;
    }
    for (auto it = lostSpend.begin(); done == pending.size() && it != lostSpend.end();) {
        const std::array<QByteArray, 1> key{it.key()};
        if (!release(&connection, Ticket(Ticket::encode('S', {}, key)), AddSpend, 0, it.value(), &error))
            break;
        it = lostSpend.erase(it);
    }
    if (done == pending.size() && lostSpend.isEmpty())
        return true;
    const std::lock_guard lock(m_pendingMutex);
    m_pending.insert(m_pending.begin(), pending.begin() + qsizetype(done), pending.end());
    for (auto it = lostSpend.cbegin(); it != lostSpend.cend(); ++it)
        m_lostSpend[it.key()] += it.value();
    return false;
}

// --- Budget state and usage ----------------------------------------------------------------------

void RedisBackend::load(const SubjectRef &subject, const BudgetState &state)
{
    const QByteArray key = subjectKey(subject);
    m_fallback->load(localRef(key), state);
    if (degraded())
        return;
    const std::array<QByteArray, 1> keys{key};
    const std::array<QByteArray, 5> args{QByteArray::number(state.spend), QByteArray::number(state.resetAtMs),
                                         QByteArray::number(now()), QByteArray::number(m_windowMs),
                                         QByteArray::number(state.generation)};
    QString error;
    if (!runPooled(loadScript(), keys, args, &error))
        enterDegraded(error);
}

SubjectUsage RedisBackend::usage(const SubjectRef &subject)
{
    const QByteArray key = subjectKey(subject);
    if (!degraded()) {
        const std::array<QByteArray, 1> keys{key};
        std::array<QByteArray, 3> args{QByteArray(), QByteArray::number(m_windowMs), QByteArray()};
        QString error;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const qint64 nowMs = now();
            args[0] = QByteArray::number(nowMs);
            const RedisReplyPtr reply = runPooled(usageScript(), keys, args, &error);
            if (!reply || !isArray(reply.get())) {
                enterDegraded(reply ? describe(reply.get()) : error);
                break;
            }
            const QByteArray status = RedisReplies::text(element(reply.get(), 0));
            if (status == "roll") {
                args[2] = QByteArray::number(nextResetFor(RedisReplies::text(element(reply.get(), 1)), nowMs));
                continue;
            }
            SubjectUsage u;
            if (status != "1")
                return u;
            u.known = true;
            u.requestsInWindow = numberAt(reply.get(), 1);
            u.tokensInWindow = numberAt(reply.get(), 2);
            u.parallel = numberAt(reply.get(), 3);
            u.spend = numberAt(reply.get(), 4);
            u.reserved = numberAt(reply.get(), 5);
            u.resetAtMs = numberAt(reply.get(), 6);
            return u;
        }
    }
    return m_fallback->usage(localRef(key));
}

qint64 RedisBackend::sweep()
{
    // Redis forgets idle subjects through key expiry; only the fallback needs sweeping.
    return m_fallback->sweep();
}

// --- Replicas and degraded mode ------------------------------------------------------------------

void RedisBackend::enterDegraded(const QString &reason)
{
    if (m_degraded.exchange(true))
        return;
    ++m_episode;
    {
        const std::lock_guard lock(m_poolMutex);
        m_pool.clear();
    }
    qCWarning(lcLimits,
              "Redis at %s is unreachable (%s): limits are now enforced by this replica (%s) alone, at 1/%d "
              "of each limit (the last count of live replicas), until Redis answers again",
              qUtf8Printable(m_address.display()), qUtf8Printable(reason), m_replicaId.constData(), replicaCount());
}

void RedisBackend::leaveDegraded()
{
    if (!m_degraded.exchange(false))
        return;
    qCInfo(lcLimits, "Redis at %s answers again: this replica (%s) shares limits with %d replica(s) again",
           qUtf8Printable(m_address.display()), m_replicaId.constData(), replicaCount());
}

bool RedisBackend::beat(std::unique_ptr<RedisConnection> &connection, int ttlMs)
{
    QString error;
    if (!connection || !connection->isUsable())
        connection = acquire(&error);
    RedisReplyPtr reply;
    const qint64 before = systemClockMs();
    if (connection) {
        const std::array<QByteArray, 1> keys{m_replicasKey};
        const std::array<QByteArray, 2> args{m_replicaId, QByteArray::number(ttlMs)};
        reply = run(connection.get(), heartbeatScript(), keys, args, &error);
    }
    if (!reply || !isArray(reply.get())) {
        connection.reset();
        if (ttlMs > 0)
            enterDegraded(reply ? describe(reply.get()) : error);
        return false;
    }
    if (ttlMs <= 0)
        return true;
    const qint64 after = systemClockMs();
    m_replicas.store(int(std::max<qint64>(1, numberAt(reply.get(), 0))));
    m_offsetMs.store(numberAt(reply.get(), 1) - (before + after) / 2);
    if (!replayPending(*connection)) {
        connection.reset();
        enterDegraded(u"replaying releases failed"_s);
        return false;
    }
    if (degraded()) {
        leaveDegraded();
        // Whatever was queued by threads that still saw the degraded flag.
        replayPending(*connection);
    }
    return true;
}

bool RedisBackend::heartbeatNow()
{
    const std::lock_guard lock(m_beatMutex);
    return beat(m_beatConnection, m_tuning.replicaTtlMs);
}

void RedisBackend::heartbeatLoop()
{
    std::unique_lock lock(m_stopMutex);
    while (!m_stopCv.wait_for(lock, std::chrono::milliseconds(m_tuning.heartbeatMs), [this] { return m_stopping; })) {
        lock.unlock();
        heartbeatNow();
        lock.lock();
    }
}

} // namespace Tollgate::Limits
