#include "stillpoint/core/install_paths.h"

#include <string>
#include <system_error>

namespace stillpoint {
namespace {

namespace fs = std::filesystem;

bool is_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

}  // namespace

fs::path shipped_assets_dir(std::string_view package) {
  std::error_code ec;
  const auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / std::string(package) / "assets";
    if (is_folder(installed)) return installed;
  }
  const fs::path checkout = fs::path(STILLPOINT_SOURCE_DIR) / "assets";
  return is_folder(checkout) ? checkout : fs::path();
}

fs::path default_config_file(std::string_view name) {
  const auto local = fs::path("config") / std::string(name);
  std::error_code ec;
  if (fs::exists(local, ec)) return local;
  return fs::path(STILLPOINT_SYSCONF_DIR) / "stillpoint" / std::string(name);
}

}  // namespace stillpoint
