// libFuzzer: any bytes as the module's wire input (what wire.js sends), decoded and
// recommended on. Malformed bytes must become a named error, never a crash.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

#include "rightsize/json.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/wire.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rightsize::Rulebook rules = [] {
    std::ifstream in(std::string(RIGHTSIZE_SOURCE_DIR) + "/content/rules.json", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return *rightsize::read_rulebook(*rightsize::parse_json_text(text).value).value;
  }();
  static const rightsize::AssumptionBook assumptions = [] {
    std::ifstream in(std::string(RIGHTSIZE_SOURCE_DIR) + "/content/assumptions.json", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return *rightsize::read_assumption_book(*rightsize::parse_json_text(text).value).value;
  }();
  const rightsize::Value input = rightsize::wire::decode(std::string(reinterpret_cast<const char*>(data), size));
  std::string out;
  rightsize::wire::encode(rightsize::recommend_document(rules, assumptions, input), out);
  return 0;
}
