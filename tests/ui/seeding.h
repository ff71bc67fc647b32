// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/apiclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace Tollgate::Testing {

/// Creates local users through the API, all requests at once; returns how many were created.
inline int createUsers(Client::ApiClient &admin, const QList<QJsonObject> &users)
{
    int created = 0;
    int pending = 0;
    for (const QJsonObject &user : users) {
        Client::Reply *reply = admin.post(QStringLiteral("/api/v1/users"), user);
        ++pending;
        QObject::connect(reply, &Client::Reply::finished, reply, [&created] { ++created; });
        QObject::connect(reply, &Client::Reply::failed, reply, [](const Client::Error &e) {
            qWarning("create user: %s", qPrintable(e.describe()));
        });
        QObject::connect(reply, &Client::Reply::done, reply, [&pending] { --pending; });
    }
    QSignalSpy idle(&admin, &Client::ApiClient::inFlightChanged);
    while (pending > 0 && idle.wait(30'000)) {
    }
    return created;
}

/// Runs one call to the end; the answer's body, or an empty object when it failed (then
/// @p error, when given, gets why). A call still out after 15 s is aborted, so nothing answers
/// into this frame later.
inline QJsonObject await(Client::Reply *reply, Client::Error *error = nullptr)
{
    QJsonObject answer;
    bool done = false;
    QObject::connect(reply, &Client::Reply::finished, reply, [&](const QJsonObject &o) { answer = o; });
    QObject::connect(reply, &Client::Reply::failed, reply, [&](const Client::Error &e) {
        if (error)
            *error = e;
        qWarning("%s %s: %s", reply->method().constData(), qPrintable(reply->path()), qPrintable(e.describe()));
    });
    QObject::connect(reply, &Client::Reply::done, reply, [&] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 15'000))
        reply->abort();
    return answer;
}

} // namespace Tollgate::Testing
