#include "http/parsers/parsers.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

SignIn parse_sign_in_body(const nlohmann::json& body) {
  JsonObjectReader r(body);
  SignIn s;
  s.user = r.string("user", 64);
  if (s.user.empty()) throw FieldError("user", "user must not be empty");
  s.password = r.string("password", 1024);
  if (s.password.empty()) throw FieldError("password", "password must not be empty");
  r.finish();
  return s;
}

}  // namespace stillpoint::server::http
