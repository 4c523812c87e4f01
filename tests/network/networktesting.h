#pragma once

// Helpers for the network tests: send a request through the real client and wait for the
// answer, with the time it took.

#include "httpclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <optional>
#include <tuple>

namespace dialogsmith::network::testing {

using document::Result;
using runtime::HttpRequest;
using runtime::HttpResponse;

struct Exchange
{
    std::optional<Result<HttpResponse>> result;
    qint64 ms = 0;
    bool calledEarly = false; ///< `done` ran before send() returned

    bool ok() const { return result && result->ok(); }
    QString error() const { return result && !result->ok() ? result->error().message : QString(); }
    const HttpResponse &response() const { return result->value(); }
};

inline Exchange exchange(HttpClient &client, const HttpRequest &request, int waitMs = 5000)
{
    // Shared: an answer that comes after the wait must not write into a dead frame.
    auto e = std::make_shared<Exchange>();
    auto timer = std::make_shared<QElapsedTimer>();
    auto returned = std::make_shared<bool>(false);
    timer->start();
    client.send(request, [e, timer, returned](Result<HttpResponse> r) {
        e->calledEarly = !*returned;
        e->ms = timer->elapsed();
        e->result = std::move(r);
    });
    *returned = true;
    std::ignore = QTest::qWaitFor([&] { return e->result.has_value(); }, waitMs);
    return *e;
}

inline HttpRequest get(const QString &url, int timeoutMs = 300)
{
    HttpRequest r;
    r.url = url;
    r.timeoutMs = timeoutMs;
    r.integrationName = QStringLiteral("test");
    return r;
}

} // namespace dialogsmith::network::testing
