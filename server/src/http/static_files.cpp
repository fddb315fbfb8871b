#include "http/static_files.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>

#include "http/errors.h"
#include "http/etag.h"

namespace stillpoint::server::http {

namespace fs = std::filesystem;

namespace {

constexpr int max_depth = 8;
constexpr std::size_t max_segment = 128;
constexpr std::uintmax_t max_file_bytes = 16 * 1024 * 1024;

bool is_safe_segment(std::string_view segment) {
  return !segment.empty() && segment.size() <= max_segment && segment.front() != '.' &&
         std::all_of(segment.begin(), segment.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
         });
}

}  // namespace

std::optional<fs::path> safe_relative_path(const fs::path& root, std::string_view relative) {
  fs::path out = root;
  int depth = 0;
  while (true) {
    const auto slash = relative.find('/');
    const auto segment = relative.substr(0, slash);
    if (!is_safe_segment(segment) || ++depth > max_depth) return std::nullopt;
    out /= std::string(segment);
    if (slash == std::string_view::npos) return out;
    relative.remove_prefix(slash + 1);
  }
}

std::optional<std::string> content_type_for(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},  {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},           {".svg", "image/svg+xml"},
      {".png", "image/png"},                   {".webp", "image/webp"},
      {".ico", "image/x-icon"},                {".woff2", "font/woff2"},
      {".ogg", "audio/ogg"},                   {".mp3", "audio/mpeg"},
      {".wav", "audio/wav"},                   {".txt", "text/plain; charset=utf-8"},
  };
  const auto it = types.find(file.extension().string());
  if (it == types.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> read_file_within(const fs::path& root, const fs::path& file) {
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  const fs::path real_file = fs::canonical(file, ec);
  if (ec || !fs::is_regular_file(real_file, ec)) return std::nullopt;
  // A symlink may point anywhere: the file must still sit under the root once resolved.
  const auto [root_end, _] =
      std::mismatch(real_root.begin(), real_root.end(), real_file.begin(), real_file.end());
  if (root_end != real_root.end()) return std::nullopt;
  if (fs::file_size(real_file, ec) > max_file_bytes || ec) return std::nullopt;
  std::ifstream in(real_file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void serve_file(const httplib::Request& req, httplib::Response& res, const fs::path& root,
                const fs::path& file, const std::string& content_type) {
  const auto bytes = read_file_within(root, file);
  if (!bytes) throw ApiError(404, "not_found", "no such file");
  const std::string etag = content_etag(*bytes);
  res.set_header("ETag", etag);
  if (if_none_match(req, etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(*bytes, content_type);
}

}  // namespace stillpoint::server::http
