// Shared by the core tests: the real rulebook from content/, and inputs written as JSON.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "rightsize/compare.hpp"
#include "rightsize/json.hpp"
#include "rightsize/random.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/scale_choice.hpp"
#include "rightsize/timeline.hpp"

namespace test_support {

// content/ may be swapped for a copy (RIGHTSIZE_CONTENT_DIR): the mutation check edits one
// number of a copy and expects the goldens to notice.
inline std::string content_dir() {
  const char* dir = std::getenv("RIGHTSIZE_CONTENT_DIR");
  return dir != nullptr ? dir : std::string(RIGHTSIZE_SOURCE_DIR) + "/content";
}

inline std::string source_path(const std::string& relative) {
  if (relative.rfind("content/", 0) == 0) return content_dir() + relative.substr(7);
  return std::string(RIGHTSIZE_SOURCE_DIR) + "/" + relative;
}

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline rightsize::Value parse(const std::string& text) {
  auto parsed = rightsize::parse_json_text(text);
  REQUIRE_MESSAGE(parsed.ok(), "bad JSON in test: " << text);
  return *parsed.value;
}

// A file of content/ as plain JSON: what a reader makes of it is checked against the file.
inline nlohmann::ordered_json content_json(const std::string& file) {
  return nlohmann::ordered_json::parse(read_source_file("content/" + file));
}

// A number as JSON and the product's sentences write it: 60, 72.5, 49.9.
inline std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", value);
  return text;
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

inline const rightsize::AssumptionBook& assumption_book() {
  static const rightsize::AssumptionBook book = [] {
    auto result = rightsize::read_assumption_book(parse(read_source_file("content/assumptions.json")));
    REQUIRE(result.ok());
    return *result.value;
  }();
  return book;
}

// Every catalogue in content/pricing/, named after its file.
inline const std::vector<rightsize::NamedCatalogue>& catalogues() {
  static const std::vector<rightsize::NamedCatalogue> list = [] {
    // Sorted by name, as the CLI and the site load them, so messages list them alike.
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir() + "/pricing"))
      names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    std::vector<rightsize::NamedCatalogue> out;
    for (const std::string& name : names) {
      auto result = rightsize::read_catalogue(parse(read_source_file("content/pricing/" + name + ".json")));
      REQUIRE_MESSAGE(
          result.ok(),
          name << ": " << (result.errors.empty() ? "" : result.errors[0].field + ": " + result.errors[0].message));
      out.push_back({name, *result.value});
    }
    return out;
  }();
  return list;
}

inline const rightsize::Catalogue& catalogue(const std::string& name) {
  for (const auto& n : catalogues())
    if (n.name == name) return n.catalogue;
  FAIL("no catalogue " << name);
  throw 0;
}

inline const rightsize::CurrencyBook& currencies() {
  static const rightsize::CurrencyBook book = [] {
    auto result = rightsize::read_currency_book(parse(read_source_file("content/currencies.json")));
    REQUIRE(result.ok());
    return *result.value;
  }();
  return book;
}

// Every managed service in content/services/, named after its file, sorted by name.
inline const std::vector<rightsize::ManagedService>& services() {
  static const std::vector<rightsize::ManagedService> list = [] {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir() + "/services"))
      names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    std::vector<rightsize::ManagedService> out;
    for (const std::string& name : names) {
      auto result =
          rightsize::read_managed_service(name, parse(read_source_file("content/services/" + name + ".json")));
      REQUIRE_MESSAGE(
          result.ok(),
          name << ": " << (result.errors.empty() ? "" : result.errors[0].field + ": " + result.errors[0].message));
      out.push_back(*result.value);
    }
    return out;
  }();
  return list;
}

inline rightsize::Model model() { return {&rules(), &assumption_book(), &catalogues(), &currencies(), &services()}; }

// A timeline document ({"ok", "result"} or errors) as nlohmann JSON.
inline nlohmann::ordered_json timeline(const std::string& input) {
  return rightsize::to_json(rightsize::timeline_document(model(), parse(input)));
}

// The fields a timeline input's errors name, in order; none when it is accepted.
inline std::vector<std::string> timeline_error_fields(const std::string& input) {
  const nlohmann::ordered_json doc = timeline(input);
  std::vector<std::string> out;
  if (doc["ok"] == false)
    for (const auto& e : doc["errors"]) out.push_back(e["field"]);
  return out;
}

// A comparison document of every catalogue, as nlohmann JSON.
inline nlohmann::ordered_json compare(const std::string& input) {
  return rightsize::to_json(rightsize::compare_document(model(), parse(input)));
}

// One bigger server against a fleet behind a load balancer, as nlohmann JSON.
inline nlohmann::ordered_json scale_choice(const std::string& input) {
  return rightsize::to_json(rightsize::scale_choice_document(model(), parse(input)));
}

// A vector's document: "command" is "timeline" unless it says "compare".
inline nlohmann::ordered_json run_vector(const nlohmann::ordered_json& v, const std::string& input) {
  return v.value("command", std::string("timeline")) == "compare" ? compare(input) : timeline(input);
}

}  // namespace test_support
