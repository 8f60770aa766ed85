// tests/vectors/recommend.json: the golden cases the WebAssembly tests run too.
#include "support.hpp"

namespace {

// An error vector lists the fields its errors must name, in order.
void check_error_fields(const nlohmann::ordered_json& doc, const nlohmann::ordered_json& expected) {
  REQUIRE(doc["ok"] == false);
  std::vector<std::string> fields;
  for (const auto& e : doc["errors"]) fields.push_back(e["field"]);
  CHECK(fields == expected.get<std::vector<std::string>>());
}

// Each vector's golden file name, sorted.
std::vector<std::string> golden_names(const nlohmann::ordered_json& vectors) {
  std::vector<std::string> names;
  for (const auto& v : vectors) names.push_back(v["golden"].get<std::string>());
  std::sort(names.begin(), names.end());
  return names;
}

// The files in tests/vectors/golden/<kind>/, by name without .json, sorted.
std::vector<std::string> golden_files(const std::string& kind) {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(RIGHTSIZE_SOURCE_DIR) + "/tests/vectors/golden/" + kind))
    names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("golden vectors: recommend") {
  const auto vectors = nlohmann::ordered_json::parse(test_support::read_source_file("tests/vectors/recommend.json"));
  // One golden file per vector, none left over.
  REQUIRE(golden_names(vectors) == golden_files("recommend"));
  const auto& book = test_support::rules();
  for (const auto& v : vectors) {
    CAPTURE(v["name"].get<std::string>());
    const auto doc = rightsize::to_json(
        rightsize::recommend_document(book, test_support::assumption_book(), rightsize::from_json(v["input"])));
    if (v.contains("errors")) {
      check_error_fields(doc, v["errors"]);
      continue;
    }
    REQUIRE(doc["ok"] == true);
    const auto& result = doc["result"];
    const auto& expect = v["expect"];
    CHECK(result["stage"] == expect["stage"]);
    CHECK(result["action"] == expect["action"]);
    std::vector<std::string> fired, steps;
    for (const auto& f : result["fired"]) fired.push_back(f["id"]);
    for (const auto& s : result["steps"]) steps.push_back(s["action"]);
    CHECK(fired == expect["fired"].get<std::vector<std::string>>());
    CHECK(steps == expect["steps"].get<std::vector<std::string>>());
  }
}

TEST_CASE("golden vectors: timeline (the WebAssembly tests compare every one with the CLI)") {
  const auto vectors = nlohmann::ordered_json::parse(test_support::read_source_file("tests/vectors/timeline.json"));
  // One golden file per vector, none left over.
  REQUIRE(golden_names(vectors) == golden_files("timeline"));
  for (const auto& v : vectors) {
    CAPTURE(v["name"].get<std::string>());
    const std::string input =
        v.contains("input_file") ? test_support::read_source_file(v["input_file"]) : v["input"].dump();
    const auto doc = test_support::run_vector(v, input);
    if (v.contains("errors")) {
      check_error_fields(doc, v["errors"]);
      continue;
    }
    REQUIRE(doc["ok"] == true);
    const auto parsed = nlohmann::ordered_json::parse(input);
    CHECK(doc["result"]["months"].size() ==
          parsed.value("months", test_support::assumption_book().inputs.months));  // the default, if left out
  }
}
