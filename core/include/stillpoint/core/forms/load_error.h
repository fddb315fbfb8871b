#pragma once
// Why a questionnaire was refused at load time, naming the item so the form's author can fix it.
#include <stdexcept>
#include <string>

namespace stillpoint::forms {

// A questionnaire the kiosk cannot render safely. `link_id()` names the offending item
// (empty when the problem is with the questionnaire as a whole).
class FormLoadError : public std::runtime_error {
public:
  FormLoadError(std::string link_id, const std::string& message)
      : std::runtime_error(link_id.empty() ? message : "item \"" + link_id + "\": " + message),
        link_id_(std::move(link_id)) {}
  const std::string& link_id() const { return link_id_; }

private:
  std::string link_id_;
};

}  // namespace stillpoint::forms
