#include "cli/cli_setup.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "stillpoint/core/install_paths.h"
#include "stillpoint/core/json_reader.h"
#include "store/sqlite_store.h"

namespace stillpoint::server {

namespace fs = std::filesystem;

std::optional<std::string> take_option(std::vector<std::string>& args, std::string_view name) {
  std::optional<std::string> value;
  const std::string flag = "--" + std::string(name);
  for (std::size_t i = 0; i < args.size();) {
    if (args[i] == flag) {
      if (i + 1 >= args.size()) throw UsageError(flag + " needs a value");
      value = args[i + 1];
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                 args.begin() + static_cast<std::ptrdiff_t>(i + 2));
    } else if (args[i].starts_with(flag + "=")) {
      value = args[i].substr(flag.size() + 1);
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  return value;
}

void require_no_more(const std::vector<std::string>& args) {
  if (args.empty()) return;
  const std::string& first = args.front();
  throw UsageError(first.starts_with("-") ? "unknown option " + first : "unexpected argument");
}

CommonOptions take_common_options(std::vector<std::string>& args) {
  CommonOptions common;
  if (auto config = take_option(args, "config")) {
    common.config_path = *config;
    common.config_given = true;
  }
  if (auto db = take_option(args, "db")) common.db_path = *db;
  return common;
}

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the config file " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ServerConfig load_server_config(const CommonOptions& common) {
  // Without --config: config/server.json in a checkout, else the installed one.
  const fs::path path = common.config_given ? fs::path(common.config_path) : default_config_file("server.json");
  std::error_code ec;
  ServerConfig config;
  nlohmann::json document = nlohmann::json::object();
  if (!fs::exists(path, ec)) {
    if (common.config_given) throw std::runtime_error("no config file at " + path.string());
  } else {
    try {
      document = parse_json_document(read_file(path));
      config = server_config_from_json(document);
    } catch (const FieldError& e) {
      const std::string field = e.field().empty() ? "" : " (field " + e.field() + ")";
      throw std::runtime_error(path.string() + field + ": " + e.what());
    }
  }
  // A config that names no assets gets the ones this binary shipped with, from any folder.
  if (!document.contains("assets_dir"))
    config.assets_dir = shipped_assets_dir("stillpoint-server").string();
  else if (fs::path(config.assets_dir).is_relative())
    config.assets_dir = (path.parent_path() / config.assets_dir).lexically_normal().string();
  return config;
}

std::unique_ptr<Clinic> open_clinic(const CommonOptions& common, const ServerConfig& config) {
  const fs::path db = common.db_path;
  if (db.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(db.parent_path(), ec);
    if (ec) throw std::runtime_error("cannot create the folder " + db.parent_path().string());
  }
  return std::make_unique<Clinic>(std::make_unique<SqliteStore>(common.db_path), config,
                                  system_time());
}

const TimeSource& system_time() {
  static const SystemTimeSource clock;
  return clock;
}

std::string usage_text() {
  return "usage: stillpoint-server [--config FILE] [--db PATH] COMMAND [OPTIONS]\n"
         "\n"
         "commands:\n"
         "  serve [--listen HOST:PORT]           run the HTTP API (default 127.0.0.1:8080)\n"
         "  add-device --name NAME --role kiosk|display|staff [--ticket-prefix P]\n"
         "                                       register a device; prints its token once\n"
         "  add-staff --user NAME                set a staff password (read from stdin)\n"
         "  import-appointments FILE.csv         import appointments, all or nothing\n"
         "                                       (header: first_name,last_name,birth_date,\n"
         "                                        start,practitioner,service)\n"
         "  purge                                delete intake answers past retention_days\n"
         "  check                                check the database's integrity\n"
         "\n"
         "options:\n"
         "  --config FILE   server config (default config/server.json in this folder, else\n"
         "                  /etc/stillpoint/server.json; built-in defaults if neither exists)\n"
         "  --db PATH       SQLite database (default var/clinic.db; created if missing)\n"
         "  --help          show this text\n"
         "  --version       print the version\n";
}

}  // namespace stillpoint::server
