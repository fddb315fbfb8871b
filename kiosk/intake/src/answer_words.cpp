#include "stillpoint/kiosk_intake/answer_words.h"

#include <cstdio>
#include <sstream>
#include <type_traits>

namespace stillpoint::kiosk_intake {

std::string date_words(const Date& date, const IntakeStrings& strings) {
  char text[16];
  const unsigned d = static_cast<unsigned>(date.day());
  const unsigned m = static_cast<unsigned>(date.month());
  const int y = static_cast<int>(date.year());
  if (strings.get("intake.date.order") == "dmy")
    std::snprintf(text, sizeof text, "%02u/%02u/%04d", d, m, y);
  else
    std::snprintf(text, sizeof text, "%02u/%02u/%04d", m, d, y);
  return text;
}

std::string value_words(const forms::FormSession& session, const forms::Item& item,
                        const forms::AnswerValue& value, const IntakeStrings& strings) {
  if (const auto* option = item.find_option(value)) return session.label(*option);
  return std::visit(
      [&](const auto& v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>) {
          return strings.get(v ? "intake.yes" : "intake.no");
        } else if constexpr (std::is_same_v<V, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<V, double>) {
          std::ostringstream out;
          out << v;
          return out.str();
        } else if constexpr (std::is_same_v<V, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<V, Date>) {
          return date_words(v, strings);
        } else {
          return v.display.empty() ? v.code : v.display;
        }
      },
      value);
}

std::string answer_words(const forms::FormSession& session, const forms::Item& item,
                         const IntakeStrings& strings) {
  std::string out;
  for (const auto& value : session.answers(item.link_id)) {
    if (!out.empty()) out += ", ";
    out += value_words(session, item, value, strings);
  }
  return out;
}

}  // namespace stillpoint::kiosk_intake
