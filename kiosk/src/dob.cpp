#include "stillpoint/kiosk/dob.h"

namespace stillpoint::kiosk {

DateOrder date_order_for(std::string_view language) {
  return language == "es" ? DateOrder::day_first : DateOrder::month_first;
}

std::string dob_digits(std::string_view typed) {
  std::string out;
  for (char c : typed)
    if (c >= '0' && c <= '9' && out.size() < 8) out.push_back(c);
  return out;
}

std::string format_dob(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i == 2 || i == 4) out.push_back('/');
    out.push_back(digits[i]);
  }
  return out;
}

namespace {
unsigned number(std::string_view digits) {
  unsigned v = 0;
  for (char c : digits) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}
}  // namespace

DobResult read_dob(std::string_view digits, DateOrder order, Date today) {
  if (digits.size() != 8 || dob_digits(digits).size() != 8) return {{}, DobProblem::incomplete};
  const unsigned first = number(digits.substr(0, 2));
  const unsigned second = number(digits.substr(2, 2));
  const unsigned month = order == DateOrder::month_first ? first : second;
  const unsigned day = order == DateOrder::month_first ? second : first;
  const Date date{std::chrono::year{static_cast<int>(number(digits.substr(4, 4)))},
                  std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return {{}, DobProblem::impossible};
  if (!is_plausible_birth_date(date, today)) return {{}, DobProblem::implausible};
  return {date, {}};
}

std::string reorder_dob(std::string_view digits) {
  if (digits.size() < 4) return {};
  std::string out(digits);
  std::swap_ranges(out.begin(), out.begin() + 2, out.begin() + 2);
  return out;
}

}  // namespace stillpoint::kiosk
