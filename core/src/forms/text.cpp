#include "stillpoint/core/forms/text.h"

#include "stillpoint/core/json_reader.h"

namespace stillpoint::forms {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxText = 8192;

// Reads one translation extension: {"url": ..., "extension": [{"url":"lang",...},{"url":"content",...}]}.
void read_translation(const json& ext, const std::string& path, LocalizedText& out) {
  JsonObjectReader r(ext, path);
  const auto* parts = r.optional_array("extension");
  if (!parts) throw FieldError(path, path + " translation needs lang and content");
  std::string lang, content;
  for (const json& part : *parts) {
    JsonObjectReader p(part, path + ".extension");
    const std::string url = p.string("url");
    if (url == "lang") lang = p.string("valueCode", 32);
    if (url == "content") content = p.string("valueString", kMaxText);
  }
  if (lang.empty() || content.empty())
    throw FieldError(path, path + " translation needs lang and content");
  out.translations[lang] = content;
}

}  // namespace

const std::string& LocalizedText::in(std::string_view language) const {
  if (const auto it = translations.find(language); it != translations.end()) return it->second;
  const auto dash = language.find('-');
  if (dash != std::string_view::npos) {
    if (const auto it = translations.find(language.substr(0, dash)); it != translations.end())
      return it->second;
  }
  return text;
}

LocalizedText read_localized(const json& owner, const std::string& key, const std::string& path) {
  LocalizedText out;
  JsonObjectReader r(owner, path);
  out.text = r.optional_string(key, kMaxText).value_or("");
  const json* meta = r.optional_object("_" + key);
  if (!meta) return out;
  JsonObjectReader m(*meta, path + "._" + key);
  const json* extensions = m.optional_array("extension");
  if (!extensions) return out;
  for (const json& ext : *extensions) {
    if (ext.is_object() && ext.value("url", "") == kTranslationUrl)
      read_translation(ext, path + "._" + key + ".extension", out);
  }
  return out;
}

}  // namespace stillpoint::forms
