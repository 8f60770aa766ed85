// libFuzzer: any bytes as a share link, read three ways. As a fragment, they exercise the
// version, alphabet and check. As a payload wrapped in a valid check (random bytes almost
// never pass a 16-bit check), once under each version, they reach every field
// reader. Decoding must never crash;
// when it succeeds, the document must encode again, to a fragment that decodes to an equal
// document, and print as JSON. Anything else aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "rightsize/json.hpp"
#include "rightsize/share.hpp"
#include "share_bytes.hpp"

namespace {

using rightsize::Value;

bool same(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::null: return true;
    case Value::Kind::boolean: return a.boolean == b.boolean;
    case Value::Kind::number: return std::memcmp(&a.number, &b.number, sizeof a.number) == 0;
    case Value::Kind::string: return a.text == b.text;
    case Value::Kind::array: return false;  // a share document holds none
    case Value::Kind::object:
      if (a.members.size() != b.members.size()) return false;
      for (std::size_t i = 0; i < a.members.size(); ++i)
        if (a.members[i].key != b.members[i].key || !same(a.members[i].value, b.members[i].value)) return false;
      return true;
  }
  return false;
}

void check(std::string_view fragment) {
  const auto decoded = rightsize::share_decode(fragment);
  if (!decoded.ok()) {
    if (decoded.errors.size() != 1 || decoded.errors[0].field != "fragment") std::abort();
    return;
  }
  const auto again = rightsize::share_encode(*decoded.value);
  if (!again.ok()) std::abort();
  const auto back = rightsize::share_decode(*again.value);
  if (!back.ok() || !same(*decoded.value, *back.value)) std::abort();
  if (*rightsize::share_encode(*back.value).value != *again.value) std::abort();
  (void)rightsize::to_json(*back.value).dump();  // throws, so fails, on bytes JSON cannot print
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check(bytes);
  // Behind each version's check: version 1's tables, and each later one's with its fields after them.
  for (const char version : {'1', '2', rightsize::kShareVersion}) {
    std::string wrapped(bytes);
    const std::uint16_t crc = rightsize::detail::share::crc16(version, wrapped);
    wrapped += static_cast<char>(crc >> 8);
    wrapped += static_cast<char>(crc & 0xFF);
    std::string fragment(1, version);
    rightsize::detail::share::base64url_append(wrapped, fragment);
    check(fragment);
  }
  return 0;
}
