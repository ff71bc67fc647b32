// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/clienterror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

QString Error::describe() const
{
    switch (kind) {
    case Kind::None:
        return u"no error"_s;
    case Kind::Network:
        return u"network: "_s + message;
    case Kind::Tls:
        return u"TLS: %1 (certificate SHA-256 %2)"_s.arg(tlsProblems.join(u"; "_s),
                                                         QString::fromLatin1(certificateSha256));
    case Kind::Protocol:
        return u"protocol: "_s + message;
    case Kind::SessionExpired:
        return u"session expired: "_s + message;
    case Kind::Http:
        break;
    }
    QString text = u"HTTP %1"_s.arg(status);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += u": "_s + message;
    return text;
}

Error Error::fromHttp(int status, const QByteArray &body)
{
    Error error;
    error.kind = Kind::Http;
    error.status = status;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = object.value("error"_L1);
    if (inner.isObject()) {
        const QJsonObject e = inner.toObject();
        error.message = e.value("message"_L1).toString();
        error.param = e.value("param"_L1).toString();
        const QJsonValue code = e.value("code"_L1);
        error.code = code.isString()   ? code.toString()
                     : code.isDouble() ? QString::number(code.toInt())
                                       : QString();
        if (error.code.isEmpty())
            error.code = e.value("type"_L1).toString();
    } else if (inner.isString()) {
        error.message = inner.toString();
    }
    return error;
}

QString formatFingerprint(const QByteArray &sha256Hex)
{
    QString out;
    for (qsizetype i = 0; i < sha256Hex.size(); i += 2) {
        if (!out.isEmpty())
            out += u':';
        out += QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    }
    return out;
}

} // namespace Tollgate::Client
