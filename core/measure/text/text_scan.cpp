#include "text_scan.hpp"

#include <array>
#include <cmath>

namespace rightsize::detail {

namespace {

constexpr std::array<double, 23> kPowers = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr std::uint64_t kSaturated = std::uint64_t{1} << 62;

double scale(double mantissa, int exponent) {
  while (exponent > 22) {
    mantissa *= 1e22;
    exponent -= 22;
  }
  while (exponent < -22) {
    mantissa /= 1e22;
    exponent += 22;
  }
  return exponent >= 0 ? mantissa * kPowers[static_cast<size_t>(exponent)]
                       : mantissa / kPowers[static_cast<size_t>(-exponent)];
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string printable(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    // The length of a well-formed sequence starting here (RFC 3629), or 0.
    size_t n = c < 0x80                   ? 1
               : (c >= 0xC2 && c <= 0xDF) ? 2
               : (c >= 0xE0 && c <= 0xEF) ? 3
               : (c >= 0xF0 && c <= 0xF4) ? 4
                                          : 0;
    if (n > 1) {
      if (i + n > s.size()) n = 0;
      for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) n = 0;
      if (n > 2) {  // no overlong forms, surrogates, or code points past U+10FFFF
        const auto d = static_cast<unsigned char>(s[i + 1]);
        if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F))
          n = 0;
      }
    }
    if (n == 0 || (n == 1 && (c < 0x20 || c == 0x7F))) {
      out += '?';
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

std::optional<double> parse_decimal(std::string_view s) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::uint64_t mantissa = 0;
  int exponent = 0, digits = 0, significant = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++digits) {
    if (significant < 19) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[i] - '0');
      if (mantissa != 0) ++significant;
    } else {
      ++exponent;  // digits past the 19th only scale
    }
  }
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && is_digit(s[i]); ++i, ++digits) {
      if (significant < 19) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[i] - '0');
        if (mantissa != 0) ++significant;
        --exponent;
      }
    }
  }
  if (digits == 0) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    int e = 0, e_digits = 0;
    for (; i < s.size() && is_digit(s[i]); ++i, ++e_digits)
      if (e < 10000) e = e * 10 + (s[i] - '0');
    if (e_digits == 0) return std::nullopt;
    exponent += exp_negative ? -e : e;
  }
  if (i != s.size()) return std::nullopt;
  const double v = mantissa == 0 ? 0.0 : scale(static_cast<double>(mantissa), exponent);
  if (!std::isfinite(v)) return std::nullopt;
  return negative ? -v : v;
}

std::optional<std::uint64_t> parse_fixed(std::string_view s, int digits) {
  size_t i = 0;
  std::uint64_t whole = 0;
  bool any = false;
  for (; i < s.size() && is_digit(s[i]); ++i, any = true)
    whole = whole < kSaturated / 10 ? whole * 10 + static_cast<std::uint64_t>(s[i] - '0') : kSaturated;
  std::uint64_t fraction = 0;
  int taken = 0;
  bool round_up = false;
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && is_digit(s[i]); ++i, any = true) {
      if (taken < digits) {
        fraction = fraction * 10 + static_cast<std::uint64_t>(s[i] - '0');
        ++taken;
      } else if (taken == digits) {
        round_up = s[i] >= '5';
        ++taken;
      }
    }
  }
  if (!any) return std::nullopt;
  if (i != s.size()) {  // an exponent, or junk: the general reader decides
    const auto v = parse_decimal(s);
    if (!v || *v < 0) return std::nullopt;
    const double scaled = scale(*v, digits);
    return scaled >= static_cast<double>(kSaturated) ? kSaturated : static_cast<std::uint64_t>(std::llround(scaled));
  }
  for (; taken < digits; ++taken) fraction *= 10;
  std::uint64_t unit = 1;
  for (int d = 0; d < digits; ++d) unit *= 10;
  if (whole >= kSaturated / unit) return kSaturated;
  return whole * unit + fraction + (round_up ? 1 : 0);
}

}  // namespace rightsize::detail
