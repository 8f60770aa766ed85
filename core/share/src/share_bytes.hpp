// The byte layer of the share format (share-format.md): varints, compact decimal numbers,
// texts, base64url and the check. Knows nothing of input fields.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rightsize::detail::share {

// Texts are names and codes: printable ASCII only (0x20 to 0x7E), so a decoded link never
// holds a byte a page, a terminal or a JSON printer could misread.
bool plain_text(std::string_view s);

class ByteWriter {
 public:
  void varint(std::uint64_t v);
  void number(double x);          // must be finite
  void text(std::string_view s);  // must be plain_text
  void append(const ByteWriter& other) { bytes_ += other.bytes_; }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Every read returns false when the bytes run out or break a rule of the format; the
// reader then stays failed and `problem()` says what went wrong first, as a sentence.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  bool varint(std::uint64_t& v);
  bool number(double& x);
  bool text(std::string& s);
  bool at_end() const { return at_ == bytes_.size(); }
  bool fail(const char* problem);
  const char* problem() const { return problem_; }

 private:
  bool byte(unsigned char& b);

  std::string_view bytes_;
  std::size_t at_ = 0;
  const char* problem_ = nullptr;
};

void base64url_append(std::string_view bytes, std::string& out);

enum class Base64 { ok, bad_character, bad_end };

// Appends to `bytes`. A bad end is a length no whole number of bytes has (4k + 1
// characters), or spare bits in the last character that are not 0.
Base64 base64url_decode(std::string_view text, std::string& bytes);

// CRC-16/GENIBUS (polynomial 0x1021, start and final XOR 0xFFFF): it catches every change
// of up to 16 neighbouring bits, so any single mistyped character of a fragment. The final
// XOR matters: without it, a zero byte appended to a payload and its check passes the check.
// Computed over `first` (the version character), then `rest`.
std::uint16_t crc16(char first, std::string_view rest);

}  // namespace rightsize::detail::share
