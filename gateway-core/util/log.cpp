// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/log.h"

#include <QIODevice>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tollgate::Log {

namespace {

// The level and format are read on every call from every thread: atomics, not the mutex.
std::atomic<int> g_minLevel{int(Level::Info)};
std::atomic<int> g_format{int(Format::Text)};

// Everything else changes only in setup()/shutdown(); the mutex also serialises writes so
// that one record is one uninterrupted write.
struct State
{
    QMutex mutex;
    Sink sink;
    bool installed = false;
    QtMessageHandler previousHandler = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
};

State &state()
{
    static State s;
    return s;
}

void writeStderr(const QByteArray &line)
{
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        data += n;
        left -= n;
    }
}

void categoryFilter(QLoggingCategory *category)
{
    // Qt's own rules (QT_LOGGING_RULES, qt.* debug off) first; the level only narrows them.
    if (QLoggingCategory::CategoryFilter previous = state().previousFilter)
        previous(category);
    const int minLevel = g_minLevel.load(std::memory_order_relaxed);
    if (minLevel > int(Level::Debug))
        category->setEnabled(QtDebugMsg, false);
    if (minLevel > int(Level::Info))
        category->setEnabled(QtInfoMsg, false);
    if (minLevel > int(Level::Warning))
        category->setEnabled(QtWarningMsg, false);
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Level level = Level::Error;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = Level::Error;
        break;
    }
    if (!isEnabled(level))
        return;
    const char *category = context.category ? context.category : "default";
    write(level, QAnyStringView(category), message);
}

void install(Format format, Level level, Sink sink)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.sink = std::move(sink);
    }
    g_format.store(int(format));
    g_minLevel.store(int(level));
    if (!s.installed) {
        s.previousHandler = qInstallMessageHandler(messageHandler);
        s.installed = true;
    }
    // Installing re-runs the filter over every category, so a changed level takes effect.
    const QLoggingCategory::CategoryFilter previous = QLoggingCategory::installFilter(categoryFilter);
    if (previous != categoryFilter)
        s.previousFilter = previous;
}

bool needsTextQuotes(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return true;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '"' || c == '=' || c == '\\')
            return true;
    }
    return false;
}

// Escapes '"' and '\' only when quoted; control characters always, so a record stays one line.
void appendEscaped(QByteArray &out, const QByteArray &utf8, bool escapeQuotes)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
        case '\\':
            if (escapeQuotes)
                out += '\\';
            out += c;
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (u < 0x20 || u == 0x7f) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    appendEscaped(out, utf8, true);
    out += '"';
}

QByteArray toUtf8(QAnyStringView s)
{
    return s.toString().toUtf8();
}

QByteArray numberText(double d)
{
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendJsonValue(QByteArray &out, const Value &value)
{
    std::visit(
        [&out](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                out += "null";
            else if constexpr (std::is_same_v<T, bool>)
                out += v ? "true" : "false";
            else if constexpr (std::is_same_v<T, double>)
                out += std::isfinite(v) ? numberText(v) : QByteArray("null");
            else if constexpr (std::is_same_v<T, QAnyStringView>)
                appendJsonString(out, toUtf8(v));
            else
                out += QByteArray::number(v);
        },
        value.data());
}

void appendTextValue(QByteArray &out, const Value &value)
{
    std::visit(
        [&out](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                out += "null";
            } else if constexpr (std::is_same_v<T, bool>) {
                out += v ? "true" : "false";
            } else if constexpr (std::is_same_v<T, double>) {
                out += numberText(v);
            } else if constexpr (std::is_same_v<T, QAnyStringView>) {
                const QByteArray utf8 = toUtf8(v);
                if (needsTextQuotes(utf8)) {
                    out += '"';
                    appendEscaped(out, utf8, true);
                    out += '"';
                } else {
                    out += utf8;
                }
            } else {
                out += QByteArray::number(v);
            }
        },
        value.data());
}

const char *textLevel(Level level)
{
    switch (level) {
    case Level::Debug:
        return "DEBUG";
    case Level::Info:
        return "INFO ";
    case Level::Warning:
        return "WARN ";
    case Level::Error:
        return "ERROR";
    }
    return "ERROR";
}

const Value &redacted(const Field &field, const Value &replacement)
{
    return isSecretField(field.key) ? replacement : field.value;
}

} // namespace

QLatin1StringView levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return "debug"_L1;
    case Level::Info:
        return "info"_L1;
    case Level::Warning:
        return "warning"_L1;
    case Level::Error:
        return "error"_L1;
    }
    return "error"_L1;
}

std::optional<Level> levelFromName(QAnyStringView name)
{
    for (const Level level : {Level::Debug, Level::Info, Level::Warning, Level::Error}) {
        if (QAnyStringView::compare(name, levelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QLatin1StringView formatName(Format format)
{
    return format == Format::Json ? "json"_L1 : "text"_L1;
}

std::optional<Format> formatFromName(QAnyStringView name)
{
    for (const Format format : {Format::Text, Format::Json}) {
        if (QAnyStringView::compare(name, formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

void setup(Format format, Level level, QIODevice *device)
{
    if (!device) {
        install(format, level, writeStderr);
        return;
    }
    install(format, level, [device](const QByteArray &line) { device->write(line); });
}

void setup(Format format, Level level, Sink sink)
{
    install(format, level, std::move(sink));
}

void shutdown()
{
    State &s = state();
    if (s.installed) {
        qInstallMessageHandler(s.previousHandler);
        QLoggingCategory::installFilter(s.previousFilter);
        s.previousFilter = nullptr;
        s.previousHandler = nullptr;
        s.installed = false;
    }
    QMutexLocker lock(&s.mutex);
    s.sink = nullptr;
    g_minLevel.store(int(Level::Info));
    g_format.store(int(Format::Text));
}

bool isEnabled(Level level)
{
    return int(level) >= g_minLevel.load(std::memory_order_relaxed);
}

void write(Level level, QAnyStringView category, QAnyStringView message, Fields fields)
{
    if (!isEnabled(level))
        return;
    const QByteArray line = formatLine(Format(g_format.load(std::memory_order_relaxed)),
                                       QDateTime::currentDateTimeUtc(), level, category, message, fields);
    // A sink that logs (a QIODevice warning, say) must not deadlock on the mutex it holds.
    thread_local bool t_writing = false;
    if (t_writing) {
        writeStderr(line);
        return;
    }
    State &s = state();
    QMutexLocker lock(&s.mutex);
    t_writing = true;
    if (s.sink)
        s.sink(line);
    else
        writeStderr(line);
    t_writing = false;
}

QByteArray formatLine(Format format, const QDateTime &timeUtc, Level level, QAnyStringView category,
                      QAnyStringView message, Fields fields)
{
    const Value redactedValue(Redacted);
    const QByteArray time = timeUtc.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    QByteArray out;
    out.reserve(128 + 32 * qsizetype(fields.size()));
    if (format == Format::Json) {
        out += "{\"ts\":\"";
        out += time;
        out += "\",\"level\":\"";
        out += levelName(level).latin1();
        out += "\",\"logger\":";
        appendJsonString(out, toUtf8(category));
        out += ",\"msg\":";
        appendJsonString(out, toUtf8(message));
        for (const Field &field : fields) {
            out += ',';
            appendJsonString(out, toUtf8(field.key));
            out += ':';
            appendJsonValue(out, redacted(field, redactedValue));
        }
        out += "}\n";
        return out;
    }
    out += time;
    out += ' ';
    out += textLevel(level);
    out += ' ';
    appendEscaped(out, toUtf8(category), false);
    out += ' ';
    appendEscaped(out, toUtf8(message), false);
    for (const Field &field : fields) {
        out += ' ';
        appendEscaped(out, toUtf8(field.key), false);
        out += '=';
        appendTextValue(out, redacted(field, redactedValue));
    }
    out += '\n';
    return out;
}

bool isSecretField(QAnyStringView key)
{
    // Words of snake_case, kebab-case, dotted and camelCase names, lower-cased.
    const QString name = key.toString();
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'_' || c == u'-' || c == u'.' || c == u' ') {
            if (!current.isEmpty())
                words.append(std::exchange(current, QString()));
            continue;
        }
        if (c.isUpper() && i > 0 && name[i - 1].isLower() && !current.isEmpty())
            words.append(std::exchange(current, QString()));
        current += c.toLower();
    }
    if (!current.isEmpty())
        words.append(current);
    if (words.isEmpty())
        return false;
    static const QStringList lastWords = {u"key"_s,    u"secret"_s,        u"password"_s,  u"passwd"_s,
                                          u"token"_s,  u"authorization"_s, u"cookie"_s,    u"credential"_s,
                                          u"apikey"_s, u"credentials"_s,   u"passphrase"_s};
    static const QStringList anyWords = {u"secret"_s, u"password"_s, u"passwd"_s, u"authorization"_s,
                                         u"apikey"_s};
    if (lastWords.contains(words.constLast()))
        return true;
    for (const QString &word : std::as_const(words)) {
        if (anyWords.contains(word))
            return true;
    }
    return false;
}

QString redactBearer(QStringView headerValue)
{
    const QStringView trimmed = headerValue.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0)
        return QString(Redacted);
    return trimmed.first(space).toString() + u' ' + Redacted;
}

} // namespace Tollgate::Log
