// Every golden vector's whole document, every catalogue's price sheet and the rulebook in
// words, compared with the files in tests/vectors/golden/. The WebAssembly tests compare
// the module with the same files.
#include "golden.hpp"

namespace {

using nlohmann::ordered_json;
using test_support::check_golden;

ordered_json vectors(const std::string& file) { return ordered_json::parse(test_support::read_source_file(file)); }

}  // namespace

TEST_CASE("golden: every recommendation vector's whole document") {
  for (const auto& v : vectors("tests/vectors/recommend.json")) {
    CAPTURE(v["name"].get<std::string>());
    const auto doc = rightsize::to_json(rightsize::recommend_document(
        test_support::rules(), test_support::assumption_book(), rightsize::from_json(v["input"])));
    check_golden("recommend/" + v["golden"].get<std::string>() + ".json", doc);
  }
}

TEST_CASE("golden: every timeline and compare vector's whole document, its band included") {
  for (const auto& v : vectors("tests/vectors/timeline.json")) {
    CAPTURE(v["name"].get<std::string>());
    const std::string input =
        v.contains("input_file") ? test_support::read_source_file(v["input_file"]) : v["input"].dump();
    check_golden("timeline/" + v["golden"].get<std::string>() + ".json", test_support::run_vector(v, input));
  }
}

TEST_CASE("golden: every catalogue as the model prices it") {
  for (const auto& named : test_support::catalogues()) {
    CAPTURE(named.name);
    check_golden("prices/" + named.name + ".json", rightsize::to_json(rightsize::price_sheet(named.catalogue)));
  }
}

TEST_CASE("golden: every default exchange rate as the model reads it") {
  check_golden("currencies.json", rightsize::to_json(rightsize::currency_sheet(test_support::currencies())));
}

TEST_CASE("golden: every rule of the rulebook in words, each condition with its threshold") {
  const auto& book = test_support::rules();
  const auto words = [&](const std::vector<rightsize::Condition>& list) {
    ordered_json out = ordered_json::array();
    for (const auto& c : list) out.push_back(rightsize::describe_condition(book, c));
    return out;
  };
  ordered_json sheet = ordered_json::object();
  const std::pair<const std::vector<rightsize::Rule>*, const char*> sections[] = {
      {&book.triggers, "triggers"}, {&book.in_place, "in_place"}, {&book.advice, "advice"}};
  for (const auto& [list, name] : sections) {
    ordered_json& rules = sheet[name] = ordered_json::array();
    for (const auto& r : *list) {
      ordered_json rule = {{"id", r.id},
                           {"stage", r.stage},
                           {"action", r.action},
                           {"when", rightsize::describe_condition(book, r.primary)},
                           {"and", words(r.all_of)},
                           {"and_any", words(r.any_of)},
                           {"sentence", r.sentence}};
      if (!r.sentence_reached.empty()) rule["sentence_reached"] = r.sentence_reached;
      rules.push_back(std::move(rule));
    }
  }
  for (const auto& s : book.stages)
    sheet["stages"].push_back({{"stage", s.number},
                               {"name", s.name},
                               {"setup", rightsize::stage_setup(s, test_support::assumption_book(),
                                                                test_support::assumption_book().defaults)},
                               {"move_text", s.move_text}});
  check_golden("rulebook.json", sheet);
}

TEST_CASE("golden: every vertical-or-horizontal comparison vector's whole document") {
  for (const auto& v : vectors("tests/vectors/scale-choice.json")) {
    CAPTURE(v["name"].get<std::string>());
    check_golden("scale-choice/" + v["golden"].get<std::string>() + ".json",
                 test_support::scale_choice(v["input"].dump()));
  }
}
