// Every golden vector's whole document, every catalogue's price sheet: compared with the
// files in tests/vectors/golden/. The WebAssembly tests compare the module with the same files.
#include "golden.hpp"

namespace {

using nlohmann::ordered_json;
using test_support::check_golden;

ordered_json vectors(const std::string& file) { return ordered_json::parse(test_support::read_source_file(file)); }

}  // namespace

TEST_CASE("golden: every recommendation vector's whole document") {
  for (const auto& v : vectors("tests/vectors/recommend.json")) {
    CAPTURE(v["name"].get<std::string>());
    const auto doc = rightsize::to_json(rightsize::recommend_document(test_support::rules(), rightsize::from_json(v["input"])));
    check_golden("recommend/" + v["golden"].get<std::string>() + ".json", doc);
  }
}

TEST_CASE("golden: every timeline vector's whole document, its band included") {
  for (const auto& v : vectors("tests/vectors/timeline.json")) {
    CAPTURE(v["name"].get<std::string>());
    const std::string input = v.contains("input_file") ? test_support::read_source_file(v["input_file"]) : v["input"].dump();
    check_golden("timeline/" + v["golden"].get<std::string>() + ".json", test_support::timeline(input));
  }
}

TEST_CASE("golden: every catalogue as the model prices it") {
  for (const auto& named : test_support::catalogues()) {
    CAPTURE(named.name);
    check_golden("prices/" + named.name + ".json", rightsize::to_json(rightsize::price_sheet(named.catalogue)));
  }
}
