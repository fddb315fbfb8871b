// The ticket screen's server-side follow-ups: the wait range from the server's answer and
// "Need help now?" marking the same check-in urgent, never a second one.
#include <doctest/doctest.h>
