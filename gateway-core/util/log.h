// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <concepts>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <variant>

class QIODevice;

/// Structured logging: one line per record, text or JSON, with typed fields.
/// qDebug/qCInfo/... flow through it once setup() has installed the message handler.
namespace Tollgate::Log {

enum class Level { Debug, Info, Warning, Error };
enum class Format { Text, Json };

/// "debug", "info", "warning", "error" (the names the configuration uses).
QLatin1StringView levelName(Level level);
std::optional<Level> levelFromName(QAnyStringView name);
/// "text", "json".
QLatin1StringView formatName(Format format);
std::optional<Format> formatFromName(QAnyStringView name);

/// A field value. Strings are views: a Field lives only for the duration of one log call.
class Value final
{
public:
    using Data = std::variant<std::monostate, bool, qint64, quint64, double, QAnyStringView>;

    Value() = default;
    Value(std::nullptr_t) {}
    // Templates so that a string literal never silently becomes a bool.
    template<typename T>
    requires std::same_as<T, bool> Value(T b)
        : m_data(b)
    {}
    template<std::signed_integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>) Value(T n)
        : m_data(qint64(n))
    {}
    template<std::unsigned_integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>) Value(T n)
        : m_data(quint64(n))
    {}
    template<std::floating_point T>
    Value(T d)
        : m_data(double(d))
    {}
    Value(const char *utf8)
        : m_data(QAnyStringView(utf8))
    {}
    template<std::size_t N>
    Value(const char16_t (&s)[N])
        : m_data(QAnyStringView(s))
    {}
    Value(const QString &s)
        : m_data(QAnyStringView(s))
    {}
    Value(QStringView s)
        : m_data(QAnyStringView(s))
    {}
    Value(QLatin1StringView s)
        : m_data(QAnyStringView(s))
    {}
    Value(const QByteArray &utf8)
        : m_data(QAnyStringView(utf8))
    {}
    Value(QAnyStringView s)
        : m_data(s)
    {}

    const Data &data() const { return m_data; }

private:
    Data m_data;
};

/// One structured field: {"request_id", id}, {"status", 200}, {"ms", 1.2}.
struct Field final
{
    QAnyStringView key;
    Value value;
};

using Fields = std::span<const Field>;
/// Receives whole lines (newline included), one call per line, never concurrently.
using Sink = std::function<void(const QByteArray &line)>;

/// Starts logging to device (nullptr: stderr), which must outlive logging, and installs the Qt
/// message handler and a category filter so disabled qCDebug() calls cost one check.
void setup(Format format, Level level, QIODevice *device = nullptr);
/// As above, with a sink function (tests, or forwarding to a collector).
void setup(Format format, Level level, Sink sink);
/// Restores Qt's message handler and stops writing to the device or sink.
void shutdown();

/// True when records of this level are written; check before building expensive fields.
bool isEnabled(Level level);

/// Writes one record if its level is enabled. category is a logger name like "tollgate.http".
void write(Level level, QAnyStringView category, QAnyStringView message, Fields fields = {});
inline void write(Level level, QAnyStringView category, QAnyStringView message,
                  std::initializer_list<Field> fields)
{
    write(level, category, message, Fields(fields.begin(), fields.size()));
}

inline void debug(QAnyStringView category, QAnyStringView message, std::initializer_list<Field> fields = {})
{
    if (isEnabled(Level::Debug))
        write(Level::Debug, category, message, fields);
}
inline void info(QAnyStringView category, QAnyStringView message, std::initializer_list<Field> fields = {})
{
    if (isEnabled(Level::Info))
        write(Level::Info, category, message, fields);
}
inline void warning(QAnyStringView category, QAnyStringView message, std::initializer_list<Field> fields = {})
{
    if (isEnabled(Level::Warning))
        write(Level::Warning, category, message, fields);
}
inline void error(QAnyStringView category, QAnyStringView message, std::initializer_list<Field> fields = {})
{
    if (isEnabled(Level::Error))
        write(Level::Error, category, message, fields);
}

/// Formats one record as a line ending in '\n' (what write() sends to the sink); secrets redacted.
QByteArray formatLine(Format format, const QDateTime &timeUtc, Level level, QAnyStringView category,
                      QAnyStringView message, Fields fields);

/// True when a field name names a secret: its last word is key, secret, password, token,
/// authorization, cookie or credentials (api_key, session_token), or any word is secret,
/// password or authorization. "key_id" and "prompt_tokens" are not secrets.
bool isSecretField(QAnyStringView key);

/// The replacement for secret values.
inline constexpr QLatin1StringView Redacted{"[redacted]"};

/// An Authorization (or x-api-key) header value fit for a log: the scheme is kept,
/// the credential is not. "Bearer sk-..." -> "Bearer [redacted]".
QString redactBearer(QStringView headerValue);

} // namespace Tollgate::Log
