// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/auditrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString Columns =
    u"id, at, actor_id, actor_name, action, target_type, target_id, before_json, after_json, "
    "source_address, request_id, success"_s;

} // namespace

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{}

AuditEntry AuditRepository::append(AuditEntry entry)
{
    if (entry.action.isEmpty())
        throw Error(Error::Code::Invalid, u"audit entry without action"_s);
    if (entry.at == 0)
        entry.at = m_db.now();
    const QVariantList values = {entry.at,
                                 nullIfEmpty(entry.actorId),
                                 entry.actorName,
                                 entry.action,
                                 entry.targetType,
                                 nullIfEmpty(entry.targetId),
                                 jsonValueToColumn(entry.before),
                                 jsonValueToColumn(entry.after),
                                 nullIfEmpty(entry.sourceAddress),
                                 nullIfEmpty(entry.requestId),
                                 entry.success};
    const QString insert =
        u"INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, "
        "before_json, after_json, source_address, request_id, success) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    if (m_db.dialect() == Dialect::Postgres) {
        QSqlQuery q = m_db.exec(insert + u" RETURNING id"_s, values, u"append audit entry"_s);
        entry.id = q.next() ? q.value(0).toLongLong() : 0;
    } else {
        QSqlQuery q = m_db.exec(insert, values, u"append audit entry"_s);
        entry.id = q.lastInsertId().toLongLong();
    }
    return entry;
}

PageResult<AuditEntry> AuditRepository::list(const AuditFilter &filter, Page page)
{
    Where where;
    if (!filter.actorId.isEmpty())
        where.add(u"actor_id = ?"_s, {filter.actorId});
    if (!filter.action.isEmpty())
        where.add(u"action = ?"_s, {filter.action});
    if (!filter.actionPrefix.isEmpty()) {
        QString prefix = filter.actionPrefix;
        prefix.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        where.add(u"action LIKE ? ESCAPE '\\'"_s, {prefix + u"%"_s});
    }
    if (filter.maxId)
        where.add(u"id <= ?"_s, {*filter.maxId});
    if (!filter.targetType.isEmpty())
        where.add(u"target_type = ?"_s, {filter.targetType});
    if (!filter.targetId.isEmpty())
        where.add(u"target_id = ?"_s, {filter.targetId});
    if (filter.from)
        where.add(u"at >= ?"_s, {*filter.from});
    if (filter.to)
        where.add(u"at < ?"_s, {*filter.to});
    if (filter.success)
        where.add(u"success = ?"_s, {*filter.success});
    if (!filter.text.isEmpty()) {
        const QString p = likeContains(filter.text);
        where.add(u"(lower(actor_name) LIKE ? ESCAPE '\\' OR lower(action) LIKE ? ESCAPE '\\' "
                  "OR lower(COALESCE(target_id, '')) LIKE ? ESCAPE '\\' "
                  "OR lower(COALESCE(after_json, '')) LIKE ? ESCAPE '\\' "
                  "OR lower(COALESCE(before_json, '')) LIKE ? ESCAPE '\\')"_s,
                  {p, p, p, p, p});
    }
    PageResult<AuditEntry> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM audit_log"_s + where.sql(), where.values,
                         u"count audit entries"_s);
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM audit_log"_s + where.sql() +
                      (filter.ascending ? u" ORDER BY at ASC, id ASC"_s : u" ORDER BY at DESC, id DESC"_s) +
                      u" LIMIT ? OFFSET ?"_s,
                  values, u"list audit entries"_s);
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.actorId = q.value(2).toString();
        e.actorName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.targetType = q.value(5).toString();
        e.targetId = q.value(6).toString();
        e.before = jsonValueFromColumn(q.value(7));
        e.after = jsonValueFromColumn(q.value(8));
        e.sourceAddress = q.value(9).toString();
        e.requestId = q.value(10).toString();
        e.success = q.value(11).toBool();
        result.items << e;
    }
    return result;
}

qint64 AuditRepository::lastId()
{
    QSqlQuery q = m_db.exec(u"SELECT MAX(id) FROM audit_log"_s, {}, u"last audit id"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

int AuditRepository::prune(qint64 before)
{
    return m_db.exec(u"DELETE FROM audit_log WHERE at < ?"_s, {before}, u"prune audit log"_s)
        .numRowsAffected();
}

} // namespace Tollgate::Store
