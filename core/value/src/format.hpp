// Numbers in messages, printed the way a reader typed them ("60", "0.5", "1000000").
// Hand-rolled rather than snprintf("%g"): printf's float formatting would be the
// largest single piece of the WebAssembly module.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace rightsize::detail {

// Text from an input, quoted for a message: whole when short, else its first 40 bytes (never
// half a character), "..." and its length, so that no message echoes a huge value whole.
// Out of line (object_reader.cpp): one copy in each WebAssembly module.
std::string quoted(const std::string& text);

inline std::string format_number(double n) {
  if (std::isnan(n)) return "NaN";
  if (std::isinf(n)) return n > 0 ? "infinity" : "-infinity";
  std::string sign = n < 0 ? "-" : "";
  double a = std::fabs(n);
  if (a >= 1e15) return sign + "1e15+";  // past every range the inputs allow
  if (a >= 1e12) return sign + std::to_string(static_cast<std::uint64_t>(std::llround(a)));
  // Six decimals are more than any field needs; trailing zeros are dropped.
  const auto scaled = static_cast<std::uint64_t>(std::llround(a * 1e6));
  std::string out = std::to_string(scaled / 1000000);
  std::uint64_t frac = scaled % 1000000;
  if (frac != 0) {
    std::string digits = std::to_string(frac);
    digits.insert(0, 6 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return sign + out;
}

}  // namespace rightsize::detail
