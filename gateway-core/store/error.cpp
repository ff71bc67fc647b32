// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/error.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

Error::Error(Code code, const QString &message)
    : m_code(code)
    , m_message(message)
    , m_utf8(message.toUtf8())
{}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::NotFound:
        return u"not_found"_s;
    case Code::Conflict:
        return u"conflict"_s;
    case Code::Unavailable:
        return u"unavailable"_s;
    case Code::Invalid:
        return u"invalid"_s;
    case Code::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

namespace {

// Only the first line of a driver message: PostgreSQL appends DETAIL lines that quote row values.
QString firstLine(const QString &text)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.startsWith(u"ERROR:"_s))
        line = line.mid(6).trimmed();
    return line;
}

Error::Code classify(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLite extended result codes (Qt enables them) and SQLSTATEs of PostgreSQL.
    static const QStringList conflict = {u"2067"_s, u"1555"_s, u"23505"_s};
    static const QStringList invalid = {u"787"_s,   u"275"_s,   u"1299"_s,  u"19"_s,    u"23503"_s,
                                        u"23502"_s, u"23514"_s, u"22P02"_s, u"22001"_s, u"22003"_s};
    static const QStringList busy = {u"5"_s,     u"6"_s,     u"261"_s,   u"262"_s,   u"517"_s,  u"40001"_s,
                                     u"40P01"_s, u"55P03"_s, u"57P01"_s, u"57P02"_s, u"57P03"_s};
    if (conflict.contains(native))
        return Error::Code::Conflict;
    // Plain SQLITE_CONSTRAINT (19) when extended codes are off: tell unique apart by the message.
    if (native == u"19"_s && error.databaseText().contains(u"UNIQUE"_s))
        return Error::Code::Conflict;
    if (invalid.contains(native))
        return Error::Code::Invalid;
    if (busy.contains(native) || native.startsWith(u"08"_s) || error.type() == QSqlError::ConnectionError)
        return Error::Code::Unavailable;
    return Error::Code::Internal;
}

} // namespace

Error Error::fromSql(const QSqlError &error, const QString &context)
{
    const Code code = classify(error);
    QString text = firstLine(error.databaseText());
    if (text.isEmpty())
        text = firstLine(error.driverText());
    return Error(code, context + u": "_s + text);
}

} // namespace Tollgate::Store
