// Numbers in messages, printed the way a reader typed them ("60", "0.5", "1000000").
#pragma once

#include <cstdio>
#include <string>

namespace rightsize::detail {

inline std::string format_number(double n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", n);
  return buf;
}

}  // namespace rightsize::detail
