// Small, locale-free readers for the text the measure parsers meet: decimals, durations in
// a unit, words. Hand-written so native and WebAssembly read every digit the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rightsize::detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view text, std::string_view prefix);
std::string_view trim(std::string_view s);

// `s` as valid UTF-8 without control characters, each bad byte replaced by '?': text from
// a file (a column's name) or a file's name, made safe to print in JSON.
std::string printable(std::string_view s);

// A decimal number: [+-]digits[.digits][e[+-]digits]; nothing else, not even spaces.
std::optional<double> parse_decimal(std::string_view s);

// A non-negative decimal read as a whole count of 10^-digits units, rounded half up:
// parse_fixed("0.087", 6) is 87000 (seconds to microseconds). Saturates far above any
// duration instead of overflowing.
std::optional<std::uint64_t> parse_fixed(std::string_view s, int digits);

}  // namespace rightsize::detail
