// libFuzzer: any bytes as the CLI's JSON input, through recommend, timeline (the band
// included) and compare. Nothing a user types may crash the core: errors are values.
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

// Lowers a valid number above `cap` to `cap`; a number out of range stays, for the reader to refuse.
void cap(rightsize::Value& v, double cap, double valid_max) {
  if (v.kind == rightsize::Value::Kind::number && v.number > cap && v.number <= valid_max) v.number = cap;
}

rightsize::Value* member(rightsize::Value& object, const std::string& key) {
  for (rightsize::Member& m : object.members)
    if (m.key == key) return &m.value;
  return nullptr;
}

// A band of 100,000 paths over 120 months is valid but slow, and the fuzzer looks for
// crashes, not patience: with a band, at most 20 paths and 60 months, so each input stays fast.
void cap_band(rightsize::Value& input) {
  if (!input.is_object()) return;
  rightsize::Value* uncertainty = member(input, "uncertainty");
  if (uncertainty == nullptr || !uncertainty->is_object()) return;
  if (rightsize::Value* paths = member(*uncertainty, "paths")) cap(*paths, 20, 100000);
  if (rightsize::Value* months = member(input, "months")) cap(*months, 60, 120);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Content content;
  auto parsed = rightsize::parse_json_text(std::string(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) return 0;
  rightsize::Value& input = *parsed.value;
  rightsize::recommend_document(content.rules, content.assumptions, input);
  cap_band(input);
  const rightsize::Model model{&content.rules, &content.assumptions, &content.catalogues, &content.currencies};
  rightsize::timeline_document(model, input);
  rightsize::compare_document(model, input);
  return 0;
}
