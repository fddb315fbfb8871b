// The doctest runner's main, alone in its own file (every suite links it).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
