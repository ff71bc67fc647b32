// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/server.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto router = std::make_shared<Tollgate::Http::Router>();
    router->add("GET", "/health/liveness", [](Tollgate::Http::Exchange &ex) {
        ex.respond(200, "application/json", R"({"status":"ok"})");
    });
    Tollgate::Http::Server server(router);
    if (!server.listen(QHostAddress::LocalHost, 8080))
        return 1;
    return app.exec();
}
