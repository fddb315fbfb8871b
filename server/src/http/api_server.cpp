#include "http/api_server.h"

#include <stdexcept>

#include <httplib.h>

#include "http/api_context.h"
#include "http/auth.h"
#include "http/errors.h"
#include "http/request_guard.h"
#include "http/route_table.h"

namespace stillpoint::server::http {

namespace {

// Each held long-poll and each open keep-alive connection occupies a worker, so the pool is
// sized from config (default 96 > the 64 polls a large lobby may hold).
constexpr time_t read_timeout_seconds = 10;   // a slow client cannot hold a worker for long
constexpr time_t write_timeout_seconds = 10;
constexpr time_t keep_alive_seconds = 5;
constexpr std::size_t keep_alive_requests = 100;

httplib::Headers security_headers() {
  return {
      {"Cache-Control", "no-store"},  // replies carry queue and intake data; static files relax it
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
  };
}

// Every error without a body of its own (httplib's 400/404/413, a bare status) gets the
// envelope; a 404 on a path served with other methods becomes 405 with Allow.
// Always "Handled": httplib only adds Content-Length to a handled error, and the Expect:
// 100-continue refusal would otherwise go out delimited by the close alone.
httplib::Server::HandlerResponse fill_error(const httplib::Request& req, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Handled;
  if (res.status == 404 && !req.path.empty()) {
    const auto methods = methods_for_path(req.path);
    if (!methods.empty()) {
      std::string allow;
      for (const auto& m : methods) allow += (allow.empty() ? "" : ", ") + m;
      res.status = 405;
      res.set_header("Allow", allow);
    }
  }
  write_error(res, res.status, code_for_status(res.status), message_for_status(res.status));
  return httplib::Server::HandlerResponse::Handled;
}

}  // namespace

ApiServer::ApiServer(Clinic& clinic, RequestLogSink log)
    : context_(std::make_unique<ApiContext>(clinic)),
      server_(std::make_unique<httplib::Server>()),
      log_(std::move(log)) {
  configure();
  register_routes();
}

ApiServer::~ApiServer() { stop(); }

void ApiServer::configure() {
  const auto& config = context_->config;
  const auto threads = static_cast<std::size_t>(config.http_threads);
  server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server_->set_payload_max_length(config.max_body_bytes);
  server_->set_read_timeout(read_timeout_seconds, 0);
  server_->set_write_timeout(write_timeout_seconds, 0);
  server_->set_keep_alive_timeout(keep_alive_seconds);
  server_->set_keep_alive_max_count(keep_alive_requests);
  // Small JSON answers on kept-alive connections: without this, Nagle's algorithm and the
  // client's delayed ACK hold every response for ~40 ms.
  server_->set_tcp_nodelay(true);
  server_->set_default_headers(security_headers());
  server_->set_pre_routing_handler(make_request_guard(config.max_body_bytes));
  server_->set_expect_100_continue_handler(make_expect_continue_guard(config.max_body_bytes));
  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        handle_exception(res, error);
      });
  server_->set_error_handler(httplib::Server::HandlerWithResponse(fill_error));
  server_->set_logger(make_request_logger(log_ ? log_ : stderr_log_sink()));
}

void ApiServer::register_routes() {
  for (const RouteSpec& route : all_routes()) {
    ApiContext* ctx = context_.get();
    httplib::Server::Handler handler = [ctx, &route](const httplib::Request& req,
                                                     httplib::Response& res) {
      const Caller caller = authorize(*ctx, req, route.roles);
      current_request().caller = caller.log_name();
      route.handle(*ctx, Call{req, caller}, res);
    };
    const std::string regex = pattern_regex(route.pattern);
    if (route.method == "GET") server_->Get(regex, std::move(handler));
    else if (route.method == "POST") server_->Post(regex, std::move(handler));
    else if (route.method == "DELETE") server_->Delete(regex, std::move(handler));
    else throw std::logic_error("route table: unsupported method " + route.method);
  }
}

int ApiServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? server_->bind_to_any_port(host)
                              : (server_->bind_to_port(host, port) ? port : -1);
  if (bound <= 0) throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port));
  return bound;
}

bool ApiServer::run() { return server_->listen_after_bind(); }

void ApiServer::stop() {
  context_->stopping = true;
  server_->stop();
}

bool ApiServer::is_running() const { return server_->is_running(); }

std::vector<std::pair<std::string, std::string>> ApiServer::routes() { return route_list(); }

}  // namespace stillpoint::server::http
