# Warnings as an INTERFACE target: every project target links it PRIVATE, consumers are untouched.
# Off by default: a packager's compiler may warn where ours does not, and a warning must not
# stop their build. The debug preset (what ./stillpoint test and CI build) turns it on.
option(STILLPOINT_WERROR "Treat warnings as errors" OFF)
add_library(stillpoint_warnings INTERFACE)
add_library(stillpoint::warnings ALIAS stillpoint_warnings)
target_compile_options(stillpoint_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${STILLPOINT_WERROR}>:-Werror>)
