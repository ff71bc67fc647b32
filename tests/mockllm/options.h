// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tollgate::MockLlm {

/// A failure the mock can simulate, per process (--fault) or per request (x-mock-fault).
enum class Fault {
    None,
    Refuse,        ///< close the connection at once (RST), no response
    RefuseConnect, ///< flag only: bind the port but never listen, so connects are refused
    Http500,
    Http503,
    Stall,         ///< read the request, never send a byte
    DropMidStream, ///< close the connection after N tokens, without the end of the response
    MalformedJson, ///< 200 with a broken JSON body or one broken SSE data line
};

/// Parses a fault name ("http-500", "none", ...); nullopt when unknown.
std::optional<Fault> parseFault(QByteArrayView name);
QByteArray faultName(Fault fault);

/// Everything the command line configures; immutable once the server runs.
struct Options
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8000;
    int workers = 0;
    QList<QByteArray> models{"mock-small", "mock-large"};
    bool anyModel = false;     ///< "*" in --models: accept every model name
    int latencyMs = 0;
    double tokensPerSecond = 0;
    int completionTokens = 16;
    int embeddingDim = 16;
    int maxModelLen = 32768;
    Fault fault = Fault::None;
    double faultRate = 1.0;
    int dropAfter = -1;        ///< tokens before a drop; -1 = half of the completion tokens
};

struct ParseResult
{
    Options options;
    enum class Action { Run, Help, Version, Error } action = Action::Run;
    QString message; ///< help text, version or error
};

ParseResult parseArguments(const QStringList &arguments);

} // namespace Tollgate::MockLlm
