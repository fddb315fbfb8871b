#pragma once
// Where the programs find their shipped files, so the same binary works from a checkout, a
// build folder and an installed package, started from any working folder.
#include <filesystem>
#include <string_view>

namespace stillpoint {

// The assets shipped with `package` ("stillpoint-kiosk", "stillpoint-server"): beside an
// installed binary in PREFIX/share/PACKAGE/assets (found from the running executable, so a
// moved prefix still works), else the checkout the binary was built from. Empty when neither
// exists.
std::filesystem::path shipped_assets_dir(std::string_view package);

// The config file a program reads when none is named: config/NAME in the working folder (a
// checkout, as the README runs it), else the installed /etc/stillpoint/NAME.
std::filesystem::path default_config_file(std::string_view name);

}  // namespace stillpoint
