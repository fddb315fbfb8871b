// Clinic: staff accounts and staff console sessions.
#include <stdexcept>

#include "clinic/clinic.h"
#include "clinic/clinic_impl.h"
#include "clinic/validation.h"
#include "security/password.h"
#include "security/tokens.h"

namespace stillpoint::server {

namespace {
constexpr std::size_t kMinPasswordBytes = 8;
constexpr std::size_t kMaxPasswordBytes = 1024;  // PBKDF2 cost grows with length: bound it
}  // namespace

void Clinic::add_staff(const std::string& user, const std::string& password) {
  require_label(user, "user name", 64);
  if (password.size() < kMinPasswordBytes)
    throw std::invalid_argument("the password must be at least 8 characters");
  if (password.size() > kMaxPasswordBytes)
    throw std::invalid_argument("the password must be at most 1024 bytes");
  // Hashing takes a good fraction of a second: do it before taking the database lock.
  const PasswordHash hash = hash_password(password);
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  store.in_transaction([&] {
    store.upsert_staff(user, hash);
    store.delete_sessions_of(user);  // a new password ends every session opened with the old one
  });
}

bool Clinic::verify_staff_password(const std::string& user, const std::string& password) {
  if (password.size() > kMaxPasswordBytes) return false;
  std::optional<PasswordHash> stored;
  {
    std::lock_guard lock(impl_->db_mutex);
    stored = impl_->store->find_staff(user);
  }
  if (!stored) {
    burn_password_time(password);
    return false;
  }
  return verify_password(password, *stored);
}

std::string Clinic::start_staff_session(const std::string& user) {
  const std::string token = make_random_token();
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  store.in_transaction([&] {
    if (!store.find_staff(user)) throw std::invalid_argument("no such staff user");
    store.delete_sessions_expired_by(now);
    store.insert_session(sha256_hex(token),
                         {user, now + Minutes{config_.staff_session_idle_minutes}});
  });
  return token;
}

std::optional<std::string> Clinic::staff_session_user(const std::string& session_token,
                                                      SessionUse use) {
  if (session_token.empty() || session_token.size() > 256) return std::nullopt;
  const std::string hash = sha256_hex(session_token);
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  std::optional<std::string> user;
  store.in_transaction([&] {
    const auto session = store.find_session(hash);
    if (!session) return;
    if (session->expires_at <= now) {
      store.delete_session(hash);
      return;
    }
    if (use == SessionUse::activity)
      store.update_session_expiry(hash, now + Minutes{config_.staff_session_idle_minutes});
    user = session->user;
  });
  return user;
}

void Clinic::end_staff_session(const std::string& session_token) {
  const std::string hash = sha256_hex(session_token);
  std::lock_guard lock(impl_->db_mutex);
  impl_->store->delete_session(hash);
}

}  // namespace stillpoint::server
