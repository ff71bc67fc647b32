// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/decimal.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Tollgate::Util {

namespace {

std::optional<qint64> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<qint64> parseDecimalNanos(QStringView text, QString *error)
{
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
        negative = s[i] == u'-';
        ++i;
    }
    // Digits of the mantissa without the point, and where the point was.
    QString digits;
    qsizetype fractionDigits = 0;
    bool seenPoint = false;
    for (; i < s.size(); ++i) {
        if (isDigit(s[i])) {
            digits += s[i];
            if (seenPoint)
                ++fractionDigits;
        } else if (s[i] == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    qint64 exponent = 0;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        const qsizetype start = i;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        const qsizetype expDigits = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        bool ok = false;
        exponent = s.sliced(start, i - start).toLongLong(&ok);
        if (i == expDigits || !ok || exponent > 100 || exponent < -100)
            return fail(error, u"\"%1\" is not a number"_s.arg(text));
    }
    if (digits.isEmpty() || i != s.size())
        return fail(error, u"\"%1\" is not a number"_s.arg(text));

    // value = digits * 10^(exponent - fractionDigits); nanos = value * 10^9.
    qint64 shift = exponent - fractionDigits + 9;
    while (shift < 0 && digits.size() > 1 && digits.endsWith(u'0')) {
        digits.chop(1);
        ++shift;
    }
    if (shift < 0) {
        if (digits.count(u'0') == digits.size())
            return qint64(0);
        return fail(error, u"\"%1\" has more than nine decimal places"_s.arg(text));
    }
    qint64 value = 0;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    for (const QChar c : std::as_const(digits)) {
        const qint64 d = c.unicode() - u'0';
        if (value > (max - d) / 10)
            return fail(error, u"\"%1\" is too large"_s.arg(text));
        value = value * 10 + d;
    }
    for (; shift > 0; --shift) {
        if (value > max / 10)
            return fail(error, u"\"%1\" is too large"_s.arg(text));
        value *= 10;
    }
    return negative ? -value : value;
}

QString formatNanos(qint64 nanos)
{
    const bool negative = nanos < 0;
    // Unsigned so that the most negative value has a magnitude.
    const quint64 magnitude = negative ? quint64(0) - quint64(nanos) : quint64(nanos);
    QString result = QString::number(magnitude / NanosPerUnit);
    const quint64 fraction = magnitude % NanosPerUnit;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(9, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        result += u'.' + digits;
    }
    return negative ? u'-' + result : result;
}

} // namespace Tollgate::Util
