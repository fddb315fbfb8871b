#pragma once
// Running the project's own executables from tests (the real stillpoint-server, the stand-in
// kiosk): one implementation of spawn-and-wait shared by every suite that needs a child process.
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace stillpoint::testing {

// Whether a child's stdout file starts empty or keeps what earlier runs wrote.
enum class StdoutFile { truncate, append };

// Runs `argv` (argv[0] is a path) with stdout and stderr sent to files (stderr always appends);
// returns the pid. Throws std::runtime_error when the program cannot be started.
pid_t spawn_process(const std::vector<std::string>& argv, const std::filesystem::path& out,
                    const std::filesystem::path& err, StdoutFile mode = StdoutFile::truncate);

// Waits for a child; returns its exit status, or -signal when a signal ended it.
int wait_process(pid_t pid);

}  // namespace stillpoint::testing
