// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/upstreamprobe.h"

#include "gateway-core/http/upstreampool.h"
#include "gateway-core/store/settingsrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tollgate::Api::Upstream {

namespace {

constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;

bool isMetadataHostName(QString host)
{
    host = host.toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host == u"metadata.google.internal" || host == u"metadata";
}

} // namespace

bool linkLocalAllowed(Store::Database &db)
{
    return Store::SettingsRepository(db).value(AllowLinkLocalSetting, false).toBool();
}

bool isRefusedAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return (v4 >> 16) == ((169u << 8) | 254u); // 169.254.0.0/16, with 169.254.169.254
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    if (address.isInSubnet(QHostAddress(u"fe80::"_s), 10))
        return true;
    return address.isEqual(QHostAddress(u"fd00:ec2::254"_s));
}

std::optional<QHostAddress> firstRefused(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &address : addresses) {
        if (isRefusedAddress(address))
            return address;
    }
    return std::nullopt;
}

std::optional<QString> baseUrlProblem(const QString &url, bool allowLinkLocal)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") ||
        parsed.host().isEmpty())
        return u"baseUrl must be an http(s) URL such as http://vllm:8000/v1."_s;
    if (!parsed.userInfo().isEmpty())
        return u"baseUrl must not carry credentials; send apiKey instead."_s;
    if (parsed.hasQuery() || parsed.hasFragment())
        return u"baseUrl must not have a query or a fragment."_s;
    if (url.size() > 2000)
        return u"baseUrl may have at most 2000 characters."_s;
    if (!Http::UpstreamOrigin::fromUrl(url.toUtf8()).isValid())
        return u"baseUrl has no usable host and port."_s;
    if (allowLinkLocal)
        return std::nullopt;
    const QHostAddress literal(parsed.host());
    if ((!literal.isNull() && isRefusedAddress(literal)) || isMetadataHostName(parsed.host()))
        return u"baseUrl names a link-local or cloud metadata address, which upstreams may not use "
               "(the setting %1 allows it)."_s.arg(AllowLinkLocalSetting);
    return std::nullopt;
}

ProbeResult probe(const ProbeRequest &request)
{
    ProbeResult result;
    if (const auto problem = baseUrlProblem(request.baseUrl, request.allowLinkLocal)) {
        result.error = "address_refused";
        result.message = *problem;
        return result;
    }
    // Everything below lives on the probe's own thread and event loop: the control thread only
    // waits for the thread to end, which the deadline bounds.
    std::unique_ptr<QThread> thread(QThread::create([&request, &result] {
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        auto finish = [&](QByteArray error, QString message) {
            if (done)
                return;
            done = true;
            result.error = std::move(error);
            result.message = std::move(message);
            result.latencyMs = clock.elapsed();
            loop.quit();
        };
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop,
                         [&] { finish("timeout", u"No answer within %1 ms."_s.arg(request.timeoutMs)); });
        deadline.start(int(request.timeoutMs));

        const QUrl url(request.baseUrl);
        const QString host = url.host();
        QList<QHostAddress> addresses;
        if (const QHostAddress literal(host); !literal.isNull()) {
            addresses = {literal};
        } else {
            QObject receiver;
            bool resolved = false;
            const int lookup = QHostInfo::lookupHost(host, &receiver, [&](const QHostInfo &info) {
                resolved = true;
                if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                    finish("dns_failed",
                           u"The host %1 could not be resolved: %2"_s.arg(host, info.errorString()));
                addresses = info.addresses();
                loop.quit();
            });
            if (!resolved && !done)
                loop.exec();
            if (!resolved)
                QHostInfo::abortHostLookup(lookup);
        }
        if (done)
            return;
        if (const auto refused = firstRefused(addresses); refused && !request.allowLinkLocal) {
            finish("address_refused",
                   u"%1 resolves to %2, a link-local or cloud metadata address that upstreams "
                   "may not use (the setting %3 allows it)."_s.arg(host, refused->toString(),
                                                                   AllowLinkLocalSetting));
            return;
        }
        const QHostAddress target = addresses.first();
        result.address = target.toString();

        Http::UpstreamPool pool;
        Http::UpstreamRequest call;
        call.origin = Http::UpstreamOrigin::fromUrl(request.baseUrl.toUtf8());
        if (!call.origin.tls)
            call.origin.host = target.toString().toLatin1(); // pinned: no second lookup
        while (call.origin.basePath.endsWith('/'))
            call.origin.basePath.chop(1);
        call.method = request.method;
        call.target = request.path;
        call.headers.append(Http::Header{"accept", "application/json"});
        if (!request.apiKey.isEmpty())
            call.headers.append(Http::Header{"authorization", "Bearer " + request.apiKey});
        if (!request.body.isEmpty())
            call.headers.append(Http::Header{"content-type", "application/json"});
        call.body = request.body;
        const qint64 left = qMax<qint64>(1, request.timeoutMs - clock.elapsed());
        call.connectTimeoutMs = left;
        call.firstByteTimeoutMs = left;
        call.idleTimeoutMs = left;
        call.totalTimeoutMs = left;
        QPointer<Http::UpstreamCall> sent = pool.send(std::move(call));
        QObject::connect(sent, &Http::UpstreamCall::responseStarted, &loop,
                         [&](int status, const Http::Headers &) { result.status = status; });
        QObject::connect(sent, &Http::UpstreamCall::bodyData, &loop, [&](const QByteArray &data) {
            if (result.body.size() + data.size() > MaxBodyBytes) {
                if (sent)
                    sent->cancel();
                finish("upstream_error", u"The answer is larger than %1 bytes."_s.arg(MaxBodyBytes));
                return;
            }
            result.body += data;
        });
        QObject::connect(sent, &Http::UpstreamCall::finished, &loop, [&] { finish({}, {}); });
        QObject::connect(sent, &Http::UpstreamCall::failed, &loop, [&](const Http::UpstreamError &error) {
            const bool timeout = error.isTimeout();
            finish(timeout                  ? "timeout"
                   : error.isConnectLevel() ? "connect_failed"
                                            : "upstream_error",
                   u"%1 (%2)"_s.arg(error.message, QString::fromLatin1(error.codeName())));
        });
        if (!done)
            loop.exec();
    }));
    thread->setObjectName(u"upstream-probe"_s);
    thread->start();
    thread->wait();
    return result;
}

} // namespace Tollgate::Api::Upstream
