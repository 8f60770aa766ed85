// Shared by the core tests: the real rulebook from content/, and inputs written as JSON.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "rightsize/json.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"

namespace test_support {

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(RIGHTSIZE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline rightsize::Value parse(const std::string& text) {
  auto parsed = rightsize::parse_json_text(text);
  REQUIRE_MESSAGE(parsed.ok(), "bad JSON in test: " << text);
  return *parsed.value;
}

inline const rightsize::Rulebook& rules() {
  static const rightsize::Rulebook book = [] {
    auto result = rightsize::read_rulebook(parse(read_source_file("content/rules.json")));
    REQUIRE(result.ok());
    return *result.value;
  }();
  return book;
}

inline rightsize::Metrics metrics(const std::string& json) {
  auto m = rightsize::read_metrics(parse(json), rules().stage_count());
  REQUIRE_MESSAGE(m.ok(), "invalid metrics: " << json);
  return *m.value;
}

inline rightsize::Recommendation recommend(const std::string& json) {
  return rightsize::recommend(rules(), metrics(json));
}

inline bool fired(const rightsize::Recommendation& r, const std::string& id) {
  for (const auto& f : r.fired)
    if (f.rule->id == id) return true;
  return false;
}

// The fields named by validation errors, joined with spaces.
inline std::string error_fields(const std::string& json) {
  auto m = rightsize::read_metrics(parse(json), rules().stage_count());
  std::string out;
  for (const auto& e : m.errors) out += (out.empty() ? "" : " ") + e.field;
  return out;
}

inline std::string first_error(const std::string& json) {
  auto m = rightsize::read_metrics(parse(json), rules().stage_count());
  return m.errors.empty() ? "" : m.errors.front().field + ": " + m.errors.front().message;
}

}  // namespace test_support
