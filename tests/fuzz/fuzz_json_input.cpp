// libFuzzer: any bytes as the CLI's JSON input, through recommend, timeline and compare.
// Nothing a user types may crash the core: errors are values.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "rightsize/compare.hpp"
#include "rightsize/json.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/timeline.hpp"

namespace {

rightsize::Value load(const std::string& relative) {
  std::ifstream in(std::string(RIGHTSIZE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return *rightsize::parse_json_text(text).value;
}

struct Content {
  rightsize::Rulebook rules = *rightsize::read_rulebook(load("content/rules.json")).value;
  rightsize::AssumptionBook assumptions = *rightsize::read_assumption_book(load("content/assumptions.json")).value;
  std::vector<rightsize::NamedCatalogue> catalogues = {
      {"aws-us-east-1", *rightsize::read_catalogue(load("content/pricing/aws-us-east-1.json")).value}};
  rightsize::CurrencyBook currencies = *rightsize::read_currency_book(load("content/currencies.json")).value;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Content content;
  const auto parsed = rightsize::parse_json_text(std::string(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) return 0;
  rightsize::recommend_document(content.rules, content.assumptions, *parsed.value);
  // A band of 100,000 paths is valid but slow; the fuzzer looks for crashes, not patience.
  if (parsed.value->is_object() && parsed.value->find("uncertainty") != nullptr) return 0;
  const rightsize::Model model{&content.rules, &content.assumptions, &content.catalogues, &content.currencies};
  rightsize::timeline_document(model, *parsed.value);
  rightsize::compare_document(model, *parsed.value);
  return 0;
}
