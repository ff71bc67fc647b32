// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
/// The translation context of error sentences.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Tollgate::Ui::ErrorText)

public:
    static QString describe(const Client::Error &error);
};
} // namespace

QString errorText(const Client::Error &error)
{
    return ErrorText::describe(error);
}

QString ErrorText::describe(const Client::Error &error)
{
    using Kind = Client::Error::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (error.code == u"connection_refused"_s)
            return tr("The server refused the connection. Is it running at this address?");
        if (error.code == u"host_not_found"_s)
            return tr("The server's host name is unknown. Check the address.");
        if (error.code == u"timeout"_s)
            return tr("The server did not answer in time.");
        if (error.code == u"aborted"_s)
            return tr("The request was cancelled.");
        if (error.code == u"no_server"_s)
            return tr("No server address is set.");
        if (error.code == u"file"_s)
            return tr("The file cannot be written: %1").arg(error.message);
        return tr("Cannot reach the server: %1").arg(error.message);
    case Kind::Tls:
        if (!error.certificateSha256.isEmpty())
            return tr("The server's certificate is not trusted (%1). SHA-256 fingerprint: %2")
                .arg(error.tlsProblems.join(u"; "_s), Client::formatFingerprint(error.certificateSha256));
        return tr("The secure connection failed: %1").arg(error.message);
    case Kind::Protocol:
        return tr("The server's answer was not understood. Is this a Tollgate server?");
    case Kind::SessionExpired:
        return tr("Your session has ended. Please sign in again.");
    case Kind::Http:
        break;
    }
    QString sentence;
    if (error.code == u"invalid_credentials"_s)
        sentence = tr("Wrong username or password.");
    else if (error.code == u"too_many_attempts"_s)
        sentence = error.retryAfterSeconds > 0 ? tr("Too many sign-in attempts. Try again in %n second(s).",
                                                    nullptr, error.retryAfterSeconds)
                                               : tr("Too many sign-in attempts. Try again later.");
    else if (error.code == u"version_mismatch"_s)
        sentence = tr("Someone else changed this in the meantime. Reload and try again.");
    else if (error.code == u"operation_failed"_s)
        sentence = tr("The operation failed at the server.");
    else if (error.code == u"last_admin"_s)
        sentence = tr("This change would leave no active admin.");
    else if (error.status == 403)
        sentence = tr("Your role does not allow this.");
    else if (error.status == 404)
        sentence = tr("It no longer exists.");
    else if (error.status == 400)
        sentence = error.param.isEmpty() ? tr("The server refused the input.")
                                         : tr("The server refused the value of %1.").arg(error.param);
    else if (error.status == 503)
        sentence = tr("The server is not ready (its database may be unreachable).");
    else if (error.status >= 500)
        sentence = tr("The server failed (HTTP %1).").arg(error.status);
    else
        sentence = tr("The request failed (HTTP %1).").arg(error.status);
    if (!error.message.isEmpty() && error.code != u"invalid_credentials"_s)
        sentence += u' ' + error.message;
    return sentence;
}

} // namespace Tollgate::Ui
