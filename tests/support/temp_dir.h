#pragma once
// A fresh folder per test under the system's temp dir, removed with everything in it when the
// object goes.
#include <filesystem>
#include <string>

namespace stillpoint::testing {

class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
  std::filesystem::path path_;
};

}  // namespace stillpoint::testing
