// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/mockllmprocess.h"

#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Tollgate::Testing {

namespace {

/// Removes chunked framing from @p data; true when the terminating chunk was reached.
bool dechunk(const QByteArray &data, QByteArray &body)
{
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = data.mid(pos, lineEnd - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qsizetype size = qsizetype(sizeText.trimmed().toLongLong(&ok, 16));
        if (!ok)
            return false;
        pos = lineEnd + 2;
        if (size == 0)
            return data.indexOf("\r\n", pos) >= 0; // the (empty) trailer section ends the message
        body += data.mid(pos, size);
        if (data.size() < pos + size + 2)
            return false;
        pos += size + 2;
    }
}

void parseResponse(const QByteArray &data, RawResponse &r)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    const QByteArray payload = data.mid(headEnd + 4);
    r.chunked = r.header("transfer-encoding").toLower().contains("chunked");
    if (r.chunked) {
        r.complete = dechunk(payload, r.body);
        return;
    }
    const QByteArray length = r.header("content-length");
    r.body = payload;
    if (!length.isNull()) {
        const qsizetype n = qsizetype(length.toLongLong());
        r.complete = payload.size() >= n;
        r.body.truncate(n);
    } else {
        r.complete = true; // delimited by the close
    }
}

} // namespace

QByteArray RawResponse::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

RawResponse rawRequest(const QString &host, quint16 port, QByteArrayView method, QByteArrayView path,
                       const QByteArray &body, const RawHeaders &headers, int timeoutMs)
{
    RawResponse r;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMs)) {
        r.error = socket.errorString();
        r.elapsedMs = timer.elapsed();
        return r;
    }
    QByteArray request = method.toByteArray() + ' ' + path.toByteArray() + " HTTP/1.1\r\nhost: "
                         + host.toUtf8() + ':' + QByteArray::number(port) + "\r\nconnection: close\r\n";
    bool hasContentType = false;
    for (const auto &h : headers) {
        request += h.first + ": " + h.second + "\r\n";
        hasContentType = hasContentType || h.first.toLower() == "content-type";
    }
    if (!body.isEmpty() || method == "POST") {
        if (!hasContentType)
            request += "content-type: application/json\r\n";
        request += "content-length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    socket.write(request);
    QElapsedTimer sent;
    sent.start();
    QByteArray data;
    while (true) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            r.timedOut = true;
            break;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(qMin<qint64>(left, 100)))) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        if (r.firstByteMs < 0)
            r.firstByteMs = sent.elapsed();
        data += socket.readAll();
    }
    data += socket.readAll();
    r.elapsedMs = timer.elapsed();
    parseResponse(data, r);
    if (r.status == 0 && r.error.isEmpty())
        r.error = data.isEmpty() ? u"no response"_s : u"malformed response"_s;
    return r;
}

QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data:"))
            out.append(line.mid(5).trimmed());
    }
    return out;
}

bool MockLlmProcess::start(const QStringList &arguments, int timeoutMs)
{
    QStringList all{u"--listen"_s, u"127.0.0.1:0"_s, u"--workers"_s, u"2"_s};
    all += arguments;
    return m_process.start(binaryPath(u"tollgate-mockllm"_s), all, QProcessEnvironment::systemEnvironment(),
                           timeoutMs);
}

RawResponse MockLlmProcess::request(QByteArrayView method, QByteArrayView path, const QByteArray &body,
                                    const RawHeaders &headers, int timeoutMs)
{
    return rawRequest(host(), port(), method, path, body, headers, timeoutMs);
}

QJsonObject MockLlmProcess::stats()
{
    return QJsonDocument::fromJson(request("GET", "/mock/stats").body).object();
}

QJsonObject MockLlmProcess::lastRequest()
{
    return QJsonDocument::fromJson(request("GET", "/mock/last-request").body).object();
}

bool MockLlmProcess::reset()
{
    return request("POST", "/mock/reset").status == 200;
}

} // namespace Tollgate::Testing
