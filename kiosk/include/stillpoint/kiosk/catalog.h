#pragma once
// The kiosk's words in English and Spanish (assets/i18n/en.json, es.json): flat objects of
// namespaced keys ("welcome.start") to text. Every string a person sees comes from here.
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stillpoint/ui/text.h"

namespace stillpoint::kiosk {

// One language's strings.
class Catalog {
public:
  Catalog() = default;
  explicit Catalog(std::map<std::string, std::string, std::less<>> entries)
      : entries_(std::move(entries)) {}

  // The text of `key`, or the key itself when missing (a visible, testable gap).
  std::string get(std::string_view key) const;
  bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }
  std::set<std::string> keys() const;

private:
  std::map<std::string, std::string, std::less<>> entries_;
};

// Reads a catalog strictly: an object whose values are non-empty strings (a "$comment" key is
// allowed and skipped). Throws FieldError naming the key.
Catalog catalog_from_json_text(std::string_view text);
Catalog load_catalog_file(const std::filesystem::path& path);

// The two languages the kiosk offers.
struct Catalogs {
  Catalog en;
  Catalog es;
  const Catalog& for_language(std::string_view language) const {
    return language == "es" ? es : en;
  }
};
// Loads DIR/en.json and DIR/es.json.
Catalogs load_catalogs(const std::filesystem::path& i18n_dir);

// A translator over one catalog; the catalogs must outlive it.
ui::Translator make_translator(const Catalogs& catalogs, std::string language);

// Replaces each "{name}" in `pattern` with its value; unknown placeholders stay as written.
std::string fill(std::string_view pattern,
                 const std::vector<std::pair<std::string_view, std::string>>& values);

}  // namespace stillpoint::kiosk
