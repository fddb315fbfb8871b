#pragma once
// Whole-file writes that survive a power cut: either the old content or the new, never half.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace stillpoint::sync {

// Writes `content` to a temporary file beside `path`, fsyncs it, renames it over `path` and
// fsyncs the folder. Throws std::runtime_error (naming the path, not the content) on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// The whole file, or nullopt when it does not exist or cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace stillpoint::sync
