// libFuzzer: the JSON-line scanner against nlohmann_json. Whatever nlohmann reads as one
// object, the scanner must accept, with as many members; and it must never crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "json_line.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  rightsize::detail::JsonObjectScanner scan(line);
  std::string_view key;
  rightsize::detail::JsonScalar value;
  size_t members = 0;
  while (scan.next(key, value)) ++members;
  size_t depth = 0;
  for (char c : line) depth += c == '[' || c == '{';
  if (depth > rightsize::detail::JsonObjectScanner::kMaxDepth) return 0;  // deeper than the scanner allows, by design
  if (line.find('\0') != std::string_view::npos)
    return 0;  // nlohmann stops reading at a NUL byte; the scanner refuses it
  const auto parsed = nlohmann::ordered_json::parse(line, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return 0;
  if (!scan.ok()) std::abort();
  if (members < parsed.size()) std::abort();  // duplicate keys count once in nlohmann, each time here
  return 0;
}
