// Clinic: appointments and the kiosk's lookup.
#include <stdexcept>

#include "clinic/appointment_match.h"
#include "clinic/clinic.h"
#include "clinic/clinic_impl.h"
#include "clinic/validation.h"
#include "stillpoint/core/uuid.h"

namespace stillpoint::server {

namespace {

// Refuses an appointment with an empty or oversized field, naming the field only.
Appointment validated(Appointment a) {
  require_label(a.first_name, "first_name", 100);
  require_label(a.last_name, "last_name", 100);
  require_label(a.practitioner, "practitioner", 100);
  if (!a.service.empty()) require_label(a.service, "service", 100);
  if (!a.birth_date.ok()) throw std::invalid_argument("birth_date is not a calendar date");
  if (a.id.empty()) a.id = make_uuid_v4();
  return a;
}

// A stored appointment for the same person, time and practitioner as `a`.
std::optional<Appointment> stored_twin(Store& store, const Appointment& a) {
  for (auto& b : store.appointments_for_birth_date(a.birth_date, a.start, a.start))
    if (b.first_name == a.first_name && b.last_name == a.last_name &&
        b.practitioner == a.practitioner)
      return std::move(b);
  return std::nullopt;
}

}  // namespace

std::string Clinic::add_appointment(const Appointment& appointment) {
  return add_appointments({appointment}).front();
}

std::vector<std::string> Clinic::add_appointments(const std::vector<Appointment>& appointments) {
  std::vector<Appointment> checked;
  checked.reserve(appointments.size());
  for (const auto& a : appointments) checked.push_back(validated(a));
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  std::vector<std::string> ids;
  store.in_transaction([&] {
    for (const auto& a : checked) {
      const auto same = stored_twin(store, a);
      if (!same) store.insert_appointment(a);
      ids.push_back(same ? same->id : a.id);
    }
  });
  return ids;
}

AppointmentImport Clinic::import_appointments(std::vector<Appointment> appointments) {
  for (auto& a : appointments) a.id = make_uuid_v4();
  AppointmentImport result;
  result.ids = add_appointments(appointments);
  for (std::size_t i = 0; i < appointments.size(); ++i)
    if (result.ids[i] == appointments[i].id) ++result.added;  // a stored twin keeps its own id
  return result;
}

std::vector<AppointmentView> Clinic::appointments_on(Date day) {
  const TimePoint from = local_midnight(day);
  const TimePoint to = local_midnight(std::chrono::sys_days{day} + std::chrono::days{1});
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  std::vector<AppointmentView> out;
  std::map<std::string, std::string> ticket_of;  // appointment id -> ticket
  for (const auto& v : store.visit_summaries_on(day))
    if (v.appointment_id) ticket_of[*v.appointment_id] = v.ticket;
  for (auto& a : store.appointments_starting(from, to)) {
    AppointmentView view{std::move(a), std::nullopt};
    if (auto it = ticket_of.find(view.appointment.id); it != ticket_of.end())
      view.ticket = it->second;
    out.push_back(std::move(view));
  }
  return out;
}

LookupResult Clinic::lookup(const LookupQuery& query) {
  const TimePoint now = clock_.now();
  std::vector<Appointment> matches;
  {
    std::lock_guard lock(impl_->db_mutex);
    matches =
        matching_appointments(*impl_->store, config_, query.birth_date, query.first_initial, now);
  }
  if (matches.empty()) return {LookupOutcome::none, std::nullopt};
  if (matches.size() > 1) return {LookupOutcome::several, std::nullopt};
  const Appointment& a = matches.front();
  return {LookupOutcome::found,
          LookupMatch{a.id, greeting_name(a.first_name, a.last_name), a.start, a.practitioner}};
}

}  // namespace stillpoint::server
