#include "stillpoint/ui/fonts.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <strings.h>

#include <fontconfig/fontconfig.h>

namespace stillpoint::ui {

namespace {

struct ConfigDeleter {
  void operator()(FcConfig* c) const { FcConfigDestroy(c); }
};
struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using ConfigPtr = std::unique_ptr<FcConfig, ConfigDeleter>;
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

struct Match {
  std::string file;
  std::string family;
  int weight = FC_WEIGHT_REGULAR;
};

// The best scalable match for `family` at `weight`, with the family fontconfig actually chose.
std::optional<Match> match(FcConfig* config, const std::string& family, int weight) {
  PatternPtr pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, weight);
  FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  PatternPtr found(FcFontMatch(config, pattern.get(), &result));
  if (!found) return std::nullopt;
  FcChar8* file = nullptr;
  FcChar8* found_family = nullptr;
  if (FcPatternGetString(found.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FcPatternGetString(found.get(), FC_FAMILY, 0, &found_family);
  Match m{reinterpret_cast<const char*>(file), {}, FC_WEIGHT_REGULAR};
  if (found_family) m.family = reinterpret_cast<const char*>(found_family);
  FcPatternGetInteger(found.get(), FC_WEIGHT, 0, &m.weight);
  return m;
}

}  // namespace

FontFiles find_font_files(std::string_view family) {
  // A private config (not FcInit's global one) so nothing outlives this call.
  ConfigPtr config(FcInitLoadConfigAndFonts());
  if (!config) throw std::runtime_error("fontconfig could not load its configuration");
  const std::string wanted(family);
  FontFiles files;
  auto regular = match(config.get(), wanted, FC_WEIGHT_REGULAR);
  files.exact = regular && strcasecmp(regular->family.c_str(), wanted.c_str()) == 0;
  const std::string chosen = files.exact ? wanted : std::string("sans-serif");
  if (!files.exact) regular = match(config.get(), chosen, FC_WEIGHT_REGULAR);
  if (!regular) throw std::runtime_error("no scalable font found by fontconfig");
  files.regular = regular->file;
  auto bold = match(config.get(), files.exact ? wanted : regular->family, FC_WEIGHT_BOLD);
  // A family without a bold face answers weight=bold with its regular file.
  files.bold = bold && bold->weight >= FC_WEIGHT_SEMIBOLD ? std::filesystem::path(bold->file) : files.regular;
  return files;
}

}  // namespace stillpoint::ui
