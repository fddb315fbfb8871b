#include "item_reader.h"

#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/core/forms/load_error.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::forms {

using nlohmann::json;

namespace {

ItemType parse_type(const std::string& name, const std::string& link_id) {
  static const std::pair<const char*, ItemType> types[] = {
      {"group", ItemType::Group},     {"display", ItemType::Display},
      {"boolean", ItemType::Boolean}, {"choice", ItemType::Choice},
      {"open-choice", ItemType::OpenChoice}, {"integer", ItemType::Integer},
      {"decimal", ItemType::Decimal}, {"string", ItemType::String},
      {"text", ItemType::Text},       {"date", ItemType::Date}};
  for (const auto& [n, t] : types)
    if (name == n) return t;
  throw FormLoadError(link_id, "item type \"" + name + "\" cannot be rendered");
}

Operator parse_operator(const std::string& op, const std::string& link_id) {
  static const std::pair<const char*, Operator> ops[] = {
      {"exists", Operator::Exists}, {"=", Operator::Equal},        {"!=", Operator::NotEqual},
      {">", Operator::Greater},     {"<", Operator::Less},         {">=", Operator::GreaterOrEqual},
      {"<=", Operator::LessOrEqual}};
  for (const auto& [n, o] : ops)
    if (op == n) return o;
  throw FormLoadError(link_id, "enableWhen operator \"" + op + "\" is unknown");
}

// The value kinds an item of `type` answers with (for initial and enableWhen answers).
std::vector<const char*> kinds_for(ItemType type) {
  switch (type) {
    case ItemType::Boolean: return {"Boolean"};
    case ItemType::Integer: return {"Integer"};
    case ItemType::Decimal: return {"Decimal", "Integer"};
    case ItemType::Date: return {"Date"};
    case ItemType::String:
    case ItemType::Text: return {"String"};
    case ItemType::Choice: return {"Coding", "String", "Integer"};
    case ItemType::OpenChoice: return {"Coding", "String"};
    default: return {};
  }
}

Control parse_control_code(const json& ext, const std::string& link_id) {
  const auto concept_it = ext.find("valueCodeableConcept");
  const json* codings = nullptr;
  if (concept_it != ext.end() && concept_it->is_object() && concept_it->contains("coding"))
    codings = &concept_it->at("coding");
  if (!codings || !codings->is_array())
    throw FormLoadError(link_id, "itemControl needs valueCodeableConcept.coding");
  static const std::pair<const char*, Control> known[] = {
      {"slider", Control::Slider}, {"check-box", Control::CheckBox},
      {"radio-button", Control::RadioButton}, {"drop-down", Control::DropDown}};
  for (const json& c : *codings)
    for (const auto& [code, control] : known)
      if (c.is_object() && c.value("code", "") == code) return control;
  return Control::Default;  // other SDC controls fall back to the type's natural control
}

// Applies the item-level extensions the engine understands; others are ignored, as FHIR allows.
void read_item_extensions(const json& item_json, Item& item) {
  const auto it = item_json.find("extension");
  if (it == item_json.end()) return;
  if (!it->is_array()) throw FormLoadError(item.link_id, "extension must be an array");
  for (const json& ext : *it) {
    if (!ext.is_object()) throw FormLoadError(item.link_id, "extension must be an object");
    const std::string url = ext.value("url", "");
    if (url == kItemControlUrl) {
      const Control c = parse_control_code(ext, item.link_id);
      if (c != Control::Default && item.control != Control::BodyMap) item.control = c;
    } else if (url == kBodyMapUrl) {
      item.control = Control::BodyMap;
    } else if (url == kMinValueUrl || url == kMaxValueUrl) {
      auto value = read_fhir_value(ext, "value", {"Integer", "Decimal", "Date"}, "extension");
      if (!value) throw FormLoadError(item.link_id, url + " needs a value");
      (url == kMinValueUrl ? item.min_value : item.max_value) = std::move(value);
    }
  }
}

bool has_urgent_flag(const json& option) {
  const auto it = option.find("extension");
  if (it == option.end() || !it->is_array()) return false;
  for (const json& ext : *it)
    if (ext.is_object() && ext.value("url", "") == kUrgentUrl)
      return ext.value("valueBoolean", false);
  return false;
}

AnswerOption read_option(const json& j) {
  const std::string path = "answerOption";
  if (j.contains("modifierExtension")) throw FieldError(path, "answerOption has a modifierExtension");
  auto value = read_fhir_value(j, "value", {"Coding", "String", "Integer"}, path);
  if (!value) throw FieldError(path, "answerOption needs valueCoding, valueString or valueInteger");
  AnswerOption option{*value, {}, false, has_urgent_flag(j)};
  if (j.contains("valueCoding")) option.label = read_localized(j["valueCoding"], "display", path + ".valueCoding");
  else if (j.contains("valueString")) option.label = read_localized(j, "valueString", path);
  else option.label.text = std::to_string(std::get<std::int64_t>(*value));
  if (option.label.text.empty()) option.label.text = std::get<Coding>(*value).code;
  JsonObjectReader r(j, path);
  option.initial_selected = r.optional_boolean("initialSelected").value_or(false);
  return option;
}

EnableCondition read_condition(const json& j, const std::string& link_id) {
  JsonObjectReader r(j, "enableWhen");
  EnableCondition c;
  c.question = r.string("question", 255);
  c.op = parse_operator(r.string("operator", 8), link_id);
  auto answer = read_fhir_value(j, "answer",
                                {"Boolean", "Integer", "Decimal", "String", "Date", "Coding"},
                                "enableWhen");
  if (!answer) throw FormLoadError(link_id, "enableWhen on \"" + c.question +
                                                "\" has no supported answer[x]");
  c.answer = std::move(*answer);
  return c;
}

void read_enable_when(const json& j, Item& item) {
  JsonObjectReader r(j);
  if (const json* conditions = r.optional_array("enableWhen"))
    for (const json& c : *conditions) item.enable_when.push_back(read_condition(c, item.link_id));
  const auto behavior = r.optional_string("enableBehavior", 8);
  if (behavior && *behavior != "all" && *behavior != "any")
    throw FormLoadError(item.link_id, "enableBehavior must be all or any");
  if (!behavior && item.enable_when.size() > 1)
    throw FormLoadError(item.link_id, "several enableWhen conditions need an enableBehavior");
  item.enable_when_any = behavior == "any";
}

void read_body(const json& j, Item& item, const std::string& path) {
  JsonObjectReader r(j);
  if (r.has("modifierExtension"))
    throw FormLoadError(item.link_id, "modifierExtension cannot be understood");
  if (r.has("answerValueSet"))
    throw FormLoadError(item.link_id, "answerValueSet cannot be expanded offline; list answerOption");
  item.type = parse_type(r.string("type", 32), item.link_id);
  item.text = read_localized(j, "text", "");
  item.prefix = r.optional_string("prefix", 32).value_or("");
  item.required = r.optional_boolean("required").value_or(false);
  item.repeats = r.optional_boolean("repeats").value_or(false);
  item.read_only = r.optional_boolean("readOnly").value_or(false);
  if (auto n = r.optional_integer("maxLength", 1, 100000)) item.max_length = static_cast<std::size_t>(*n);
  read_item_extensions(j, item);
  if (const json* options = r.optional_array("answerOption"))
    for (const json& o : *options) item.options.push_back(read_option(o));
  if (const json* initial = r.optional_array("initial"))
    for (const json& v : *initial) {
      auto value = read_fhir_value(v, "value", kinds_for(item.type), "initial");
      if (!value) throw FormLoadError(item.link_id, "initial needs a value of the item's type");
      item.initial.push_back(std::move(*value));
    }
  read_enable_when(j, item);
  if (const json* children = r.optional_array("item"))
    for (std::size_t i = 0; i < children->size(); ++i)
      item.children.push_back(read_item((*children)[i], path + ".item[" + std::to_string(i) + "]"));
}

}  // namespace

Item read_item(const json& j, const std::string& path) {
  Item item;
  try {
    JsonObjectReader r(j, path);
    item.link_id = r.string("linkId", 255);
  } catch (const FieldError& e) {
    throw FormLoadError(path, e.what());
  }
  try {
    read_body(j, item, path);
  } catch (const FieldError& e) {
    throw FormLoadError(item.link_id, e.what());
  } catch (const nlohmann::json::exception& e) {
    // a field of an unexpected JSON type deep inside an extension
    throw FormLoadError(item.link_id, std::string("malformed item: ") + e.what());
  }
  return item;
}

}  // namespace stillpoint::forms
