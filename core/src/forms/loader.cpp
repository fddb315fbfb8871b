#include "stillpoint/core/forms/loader.h"

#include "item_reader.h"
#include "load_checks.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::forms {

using nlohmann::json;

namespace {

void check_shapes(const std::vector<Item>& items) {
  for (const auto& item : items) {
    check_item_shape(item);
    check_shapes(item.children);
  }
}

std::vector<Item> read_items(const json& resource) {
  const auto it = resource.find("item");
  if (it == resource.end() || !it->is_array() || it->empty())
    throw FormLoadError("", "a questionnaire needs a non-empty item array");
  std::vector<Item> items;
  for (std::size_t i = 0; i < it->size(); ++i)
    items.push_back(read_item((*it)[i], "item[" + std::to_string(i) + "]"));
  return items;
}

std::shared_ptr<const Questionnaire> read_questionnaire(const json& resource) {
  JsonObjectReader r(resource);
  if (r.string("resourceType", 64) != "Questionnaire")
    throw FormLoadError("", "resourceType must be Questionnaire");
  if (r.has("modifierExtension")) throw FormLoadError("", "modifierExtension cannot be understood");
  auto url = r.optional_string("url", 2048).value_or("");
  auto version = r.optional_string("version", 64).value_or("");
  auto language = r.optional_string("language", 32).value_or("");
  auto title = read_localized(resource, "title", "");
  auto items = read_items(resource);
  check_shapes(items);
  auto form = std::make_shared<const Questionnaire>(std::move(url), std::move(version),
                                                    std::move(language), std::move(title),
                                                    std::move(items));
  check_references(*form);
  return form;
}

}  // namespace

std::shared_ptr<const Questionnaire> load_questionnaire(const json& resource) {
  try {
    return read_questionnaire(resource);
  } catch (const FieldError& e) {
    throw FormLoadError("", e.what());
  } catch (const nlohmann::json::exception& e) {
    throw FormLoadError("", std::string("malformed questionnaire: ") + e.what());
  }
}

std::shared_ptr<const Questionnaire> load_questionnaire_text(std::string_view text) {
  json resource;
  try {
    resource = parse_json_document(text);
  } catch (const FieldError& e) {
    throw FormLoadError("", e.what());
  }
  return load_questionnaire(resource);
}

}  // namespace stillpoint::forms
