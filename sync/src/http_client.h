#pragma once
// Builds a cpp-httplib client configured from a ServerEndpoint (timeouts, bearer token).
#include <httplib.h>

#include <memory>

#include "stillpoint/sync/transport.h"

namespace stillpoint::sync::detail {

// A client with the endpoint's timeouts; `read_timeout` overrides the request timeout (long-polls).
std::unique_ptr<httplib::Client> make_client(const ServerEndpoint& endpoint,
                                             std::chrono::milliseconds read_timeout);

// The headers every request carries.
httplib::Headers auth_headers(const ServerEndpoint& endpoint);

}  // namespace stillpoint::sync::detail
