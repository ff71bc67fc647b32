// SPDX-License-Identifier: GPL-3.0-or-later
// tollgate-mockllm: an OpenAI-compatible fake model server for tests and benchmarks.
#include "gateway-core/http/server.h"
#include "tests/mockllm/options.h"
#include "tests/mockllm/service.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Tollgate;
using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

void announce(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"["_s + address.toString() + u"]"_s
                             : address.toString();
    print(stdout, u"listening on http://%1:%2\n"_s.arg(host).arg(port));
}

/// The refuse faults bind without listen() (every connect is refused) or listen and reset every
/// accepted connection at once.
void resetAll(int listenFd)
{
    for (;;) {
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return;
        }
        // Linger 0 turns close() into a reset, the harshest way a peer can refuse.
        const linger reset{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(fd);
    }
}

std::optional<QHostAddress> resolve(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host))
        return address;
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.addresses().isEmpty())
        return std::nullopt;
    return info.addresses().constFirst();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tollgate-mockllm"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));

    const MockLlm::ParseResult parsed = MockLlm::parseArguments(app.arguments());
    switch (parsed.action) {
    case MockLlm::ParseResult::Action::Help: print(stdout, parsed.message); return 0;
    case MockLlm::ParseResult::Action::Version: print(stdout, parsed.message); return 0;
    case MockLlm::ParseResult::Action::Error:
        print(stderr, u"tollgate-mockllm: %1 (see --help)\n"_s.arg(parsed.message));
        return 2;
    case MockLlm::ParseResult::Action::Run: break;
    }
    const MockLlm::Options &options = parsed.options;
    const auto address = resolve(options.host);
    if (!address) {
        print(stderr, u"tollgate-mockllm: cannot resolve %1\n"_s.arg(options.host));
        return 1;
    }

    const bool refuseAll = options.fault == MockLlm::Fault::Refuse && options.faultRate >= 1.0;
    if (options.fault == MockLlm::Fault::RefuseConnect || refuseAll) {
        const Http::BoundSocket raw = Http::bindTcp(*address, options.port, false, refuseAll);
        if (raw.fd < 0) {
            print(stderr, u"tollgate-mockllm: cannot bind %1:%2: %3\n"_s.arg(options.host).arg(options.port).arg(raw.error));
            return 1;
        }
        QSocketNotifier notifier(qintptr(raw.fd), QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [fd = raw.fd] { resetAll(fd); });
        notifier.setEnabled(refuseAll);
        announce(*address, raw.port);
        const int rc = QCoreApplication::exec();
        ::close(raw.fd);
        return rc;
    }

    const int workers = options.workers > 0 ? options.workers : qMax(1, QThread::idealThreadCount());
    MockLlm::Service service(options, workers);
    auto router = std::make_shared<Http::Router>();
    service.install(*router);
    Http::ServerOptions serverOptions;
    serverOptions.workers = workers;
    serverOptions.maxConnections = 100'000;
    Http::Server server(router, serverOptions);
    if (!server.listen(*address, options.port)) {
        print(stderr, u"tollgate-mockllm: %1\n"_s.arg(server.errorString()));
        return 1;
    }
    announce(*address, server.port());
    return QCoreApplication::exec();
}
