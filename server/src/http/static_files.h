#pragma once
// Files served from the assets folder: the staff console's page, scripts and styles, the
// kiosk's forms and the lobby's playlist. Request paths are checked segment by segment and the
// resolved file must stay inside its folder, so no request reaches anything else on disk.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>

namespace stillpoint::server::http {

// `relative` (from a URL, "js/app.js") as a path under `root`, or nullopt when any segment is
// empty, starts with a dot, holds characters outside [A-Za-z0-9._-], or the path is too deep.
std::optional<std::filesystem::path> safe_relative_path(const std::filesystem::path& root,
                                                        std::string_view relative);

// The Content-Type for a file name's extension, or nullopt for a type we do not serve.
std::optional<std::string> content_type_for(const std::filesystem::path& file);

// The bytes of a regular file inside `root` (symlinks resolved and checked), or nullopt.
std::optional<std::string> read_file_within(const std::filesystem::path& root,
                                            const std::filesystem::path& file);

// Answers with the file's bytes and a strong ETag, or 304 when If-None-Match matches.
// Throws ApiError 404 when the file is missing or outside `root`.
void serve_file(const httplib::Request& req, httplib::Response& res,
                const std::filesystem::path& root, const std::filesystem::path& file,
                const std::string& content_type);

}  // namespace stillpoint::server::http
