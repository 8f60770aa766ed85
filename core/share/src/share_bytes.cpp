#include "share_bytes.hpp"

#include <cmath>
#include <cstring>

namespace rightsize::detail::share {

namespace {

// A number is m x 10^e, m below 2^53 so that it and the power are exact doubles: one
// rounding then gives the double nearest the decimal, as a JSON parser would.
constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};
constexpr int kMaxExponent = 7;
constexpr double kMantissaLimit = 9007199254740992.0;  // 2^53
constexpr unsigned kRawDouble = 30;                    // low bits: 8 raw bytes follow
constexpr unsigned kCodeBits = 5;

double scaled(double m, int e) { return e >= 0 ? m * kPow10[e] : m / kPow10[-e]; }

// The mantissa of a as m x 10^e, or a negative number when no exact one exists.
double mantissa(double a, int e) {
  const double m = e >= 0 ? a / kPow10[e] : std::floor(a * kPow10[-e] + 0.5);
  if (!(m < kMantissaLimit) || m != std::floor(m) || scaled(m, e) != a) return -1;
  return m;
}

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

}  // namespace

bool plain_text(std::string_view s) {
  for (const char c : s)
    if (c < ' ' || c > '~') return false;
  return true;
}

void ByteWriter::varint(std::uint64_t v) {
  while (v >= 0x80) {
    bytes_ += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  bytes_ += static_cast<char>(v);
}

void ByteWriter::number(double x) {
  const unsigned sign = std::signbit(x) ? 1 : 0;
  const double a = std::fabs(x);
  for (int e = kMaxExponent; e >= -kMaxExponent && a != 0; --e) {
    const double m = mantissa(a, e);
    const unsigned code = static_cast<unsigned>(e + kMaxExponent) << 1 | sign;
    if (m >= 0) return varint(static_cast<std::uint64_t>(m) << kCodeBits | code);
  }
  if (a == 0) return varint(kMaxExponent << 1 | sign);  // 0, or -0 with its sign
  varint(kRawDouble);
  std::uint64_t bits = 0;
  std::memcpy(&bits, &x, 8);
  for (int i = 0; i < 8; ++i) bytes_ += static_cast<char>(bits >> (8 * i) & 0xFF);
}

void ByteWriter::text(std::string_view s) {
  varint(s.size());
  bytes_.append(s.data(), s.size());
}

bool ByteReader::fail(const char* problem) {
  if (problem_ == nullptr) problem_ = problem;
  return false;
}

bool ByteReader::byte(unsigned char& b) {
  if (problem_ != nullptr) return false;
  if (at_ >= bytes_.size()) return fail("the link is damaged: it ends in the middle of a value");
  b = static_cast<unsigned char>(bytes_[at_++]);
  return true;
}

bool ByteReader::varint(std::uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 63; shift += 7) {
    unsigned char b = 0;
    if (!byte(b)) return false;
    v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) return true;
  }
  return fail("the link is damaged: a count or a number is too long");
}

bool ByteReader::number(double& x) {
  std::uint64_t v = 0;
  if (!varint(v)) return false;
  const unsigned code = v & ((1u << kCodeBits) - 1);
  const std::uint64_t m = v >> kCodeBits;
  if (code == kRawDouble && m == 0) {
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) {
      unsigned char b = 0;
      if (!byte(b)) return false;
      bits |= static_cast<std::uint64_t>(b) << (8 * i);
    }
    std::memcpy(&x, &bits, 8);
    return std::isfinite(x) || fail("the link is damaged: a number is not finite");
  }
  if (code >= kRawDouble || static_cast<double>(m) >= kMantissaLimit)
    return fail("the link is damaged: a number is malformed");
  x = scaled(static_cast<double>(m), static_cast<int>(code >> 1) - kMaxExponent);
  if ((code & 1) != 0) x = -x;
  return true;
}

bool ByteReader::text(std::string& s) {
  std::uint64_t n = 0;
  if (!varint(n)) return false;
  if (n > bytes_.size() - at_) return fail("the link is damaged: it ends in the middle of a text");
  s.assign(bytes_.data() + at_, n);
  at_ += n;
  return plain_text(s) || fail("the link is damaged: a text holds a character other than printable ASCII");
}

void base64url_append(std::string_view bytes, std::string& out) {
  std::uint32_t bits = 0;
  int count = 0;
  for (char c : bytes) {
    bits = bits << 8 | static_cast<unsigned char>(c);
    for (count += 8; count >= 6; count -= 6) out += kAlphabet[bits >> (count - 6) & 63];
  }
  if (count > 0) out += kAlphabet[bits << (6 - count) & 63];
}

Base64 base64url_decode(std::string_view text, std::string& bytes) {
  std::uint32_t bits = 0;
  int count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int v = sextet(text[i]);
    if (v < 0) return Base64::bad_character;
    bits = (bits << 6 | static_cast<std::uint32_t>(v)) & 0xFFFF;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes += static_cast<char>(bits >> count & 0xFF);
    }
  }
  // A length of 4k + 1 characters cannot come from whole bytes, and the spare bits of
  // the last character are always 0: anything else was changed after it was made.
  return count < 6 && (bits & ((1u << count) - 1)) == 0 ? Base64::ok : Base64::bad_end;
}

std::uint16_t crc16(char first, std::string_view rest) {
  std::uint16_t crc = 0xFFFF;
  for (std::size_t i = 0; i <= rest.size(); ++i) {
    crc ^= static_cast<std::uint16_t>(static_cast<unsigned char>(i == 0 ? first : rest[i - 1]) << 8);
    for (int k = 0; k < 8; ++k) crc = static_cast<std::uint16_t>(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
  }
  return static_cast<std::uint16_t>(crc ^ 0xFFFF);
}

}  // namespace rightsize::detail::share
