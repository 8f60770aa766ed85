#include "support.hpp"

#include <cstdio>

using test_support::parse;

namespace {

std::string rulebook_errors(const std::string& json) {
  auto r = rightsize::read_rulebook(parse(json));
  std::string out;
  for (const auto& e : r.errors) out += e.field + ": " + e.message + "\n";
  return out;
}

// The real file's metric words, which every rulebook needs.
std::string metrics_words() {
  const auto rules = nlohmann::ordered_json::parse(test_support::read_source_file("content/rules.json"));
  return "\"metrics\": " + rules["metrics"].dump() + ", ";
}

// A rule as one line: "id: stage 2 when db_cpu_pct > 60 and ... and any of (...)".
std::string condition(const rightsize::Condition& c) {
  std::string out =
      std::string(rightsize::metric_name(c.metric)) + " " + rightsize::comparison_symbol(c.comparison) + " ";
  if (c.comparison == rightsize::Comparison::is) return out + (c.threshold != 0 ? "true" : "false");
  char number[32];
  std::snprintf(number, sizeof number, "%g", c.threshold);
  return out + number;
}

std::vector<std::string> rule_lines(const std::vector<rightsize::Rule>& rules) {
  std::vector<std::string> out;
  for (const auto& r : rules) {
    std::string line = r.id + ": " +
                       (r.stage > 0        ? "stage " + std::to_string(r.stage)
                        : r.action.empty() ? "advice"
                                           : r.action);
    line += " when " + condition(r.primary);
    for (const auto& c : r.all_of) line += " and " + condition(c);
    for (size_t i = 0; i < r.any_of.size(); ++i) line += (i == 0 ? " and any of (" : ", ") + condition(r.any_of[i]);
    out.push_back(line + (r.any_of.empty() ? "" : ")"));
  }
  return out;
}

const char* const kStages = R"("stages": [
  {"stage": 1, "name": "One", "users_min": 0, "users_max": 10, "setup": "s", "move": "stay", "move_text": "t"},
  {"stage": 2, "name": "Two", "users_min": 10, "users_max": null, "setup": "s", "move": "grow", "move_text": "t"}])";

}  // namespace

TEST_CASE("rulebook: content/rules.json holds the guide's four stages") {
  const auto& book = test_support::rules();
  REQUIRE(book.stage_count() == 4);
  CHECK(book.stage(1).users_max.value() == 1000);
  CHECK(book.stage(2).users_min == 1000);
  CHECK(book.stage(2).users_max.value() == 50000);
  CHECK(book.stage(3).users_max.value() == 200000);
  CHECK_FALSE(book.stage(4).users_max.has_value());
  CHECK(book.stage(2).move == "split_database");
  CHECK(book.stage(3).move == "add_cache");
  CHECK(book.stage(4).move == "scale_out");
}

TEST_CASE("rulebook: content/rules.json's triggers, in-place moves and advice, each with its stage and conditions") {
  const auto& book = test_support::rules();
  const auto cacheable = std::string(" and any of (repeated_reads is true, slow_changing_data is true)");
  CHECK(rule_lines(book.triggers) ==
        std::vector<std::string>{
            "db_cpu_high: stage 2 when db_cpu_pct > 60",
            "db_queries_slow: stage 2 when db_query_ms > 100",
            "pool_exhausted: stage 2 when pool_exhausted is true",
            "responses_degrading: stage 2 when p95_ms > 300",
            "db_limits_cacheable: stage 3 when db_cpu_pct > 60 and db_upgraded is true" + cacheable,
            "p95_high_cacheable: stage 3 when p95_ms > 500" + cacheable,
            "app_cpu_at_ceiling: stage 4 when app_cpu_pct > 80 and at_max_instance is true",
            "redundancy_needed: stage 4 when needs_redundancy is true",
        });
  CHECK(rule_lines(book.in_place) ==
        std::vector<std::string>{
            "app_cpu_scale_up: scale_up when app_cpu_pct > 80 and at_max_instance is false",
            "db_scale_up: scale_up_database when db_cpu_pct > 60 and current_stage >= 2 and db_upgraded is false",
        });
  CHECK(
      rule_lines(book.advice) ==
      std::vector<std::string>{
          "db_limits_uncacheable: advice when db_cpu_pct > 60 and db_upgraded is true and repeated_reads is false and "
          "slow_changing_data is false",
          "p95_high_uncacheable: advice when p95_ms > 500 and repeated_reads is false and slow_changing_data is false",
          "app_cpu_watch: advice when app_cpu_pct >= 50 and app_cpu_pct <= 80",
      });
}

TEST_CASE("rulebook: a minimal valid book reads") {
  CHECK(rulebook_errors(std::string("{\"version\": 1, ") + metrics_words() + kStages + ", \"triggers\": []}") == "");
}

TEST_CASE("rulebook: errors name the path inside the file") {
  const std::string head = std::string("{\"version\": 1, ") + metrics_words() + kStages + ", \"triggers\": [";
  CHECK(
      rulebook_errors(
          head + R"({"id": "x", "stage": 2, "metric": "cpu", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
      "triggers[0].metric: unknown metric \"cpu\"\n");
  CHECK(rulebook_errors(
            head +
            R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": "~", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].comparison: must be one of >, >=, <, <=, is (got \"~\")\n");
  CHECK(
      rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "sentence": "s"}]})") ==
      "triggers[0].threshold: is required\n");
  CHECK(rulebook_errors(
            head +
            R"({"id": "x", "stage": 9, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].stage: must be between 2 and 2 (got 9)\n");
  CHECK(
      rulebook_errors(
          head +
          R"({"id": "x", "stage": 2, "metric": "pool_exhausted", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
      "triggers[0].comparison: a true/false metric takes \"is\"\n");
  CHECK(
      rulebook_errors(
          head +
          R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "s", "and": [{"metric": "nope", "comparison": "is", "threshold": true}]}]})") ==
      "triggers[0].and[0].metric: unknown metric \"nope\"\n");
}

TEST_CASE("rulebook: stages must be numbered in order") {
  const std::string doc = "{" + metrics_words() + R"("version": 1, "triggers": [], "stages": [
    {"stage": 2, "name": "x", "users_min": 0, "setup": "s", "move": "m", "move_text": "t"},
    {"stage": 1, "name": "y", "users_min": 0, "setup": "s", "move": "m", "move_text": "t"}]})";
  CHECK(rulebook_errors(doc).find("stages[0].stage: must be between 1 and 1 (got 2)") != std::string::npos);
}

TEST_CASE("rulebook: not an object") {
  CHECK(rulebook_errors("[1, 2]") == "input: expected an object of named fields, got a list\n");
}

TEST_CASE("rulebook: sentences are filled from the rules' own thresholds and units") {
  const std::string head = std::string("{\"version\": 1, ") + metrics_words() + kStages + ", \"triggers\": [";
  auto book = rightsize::read_rulebook(parse(
      head +
      R"({"id": "slow", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 250, "sentence": "Above {threshold}.",
                 "and": [{"metric": "db_cpu_pct", "comparison": ">=", "threshold": 42.5}]},
                {"id": "hot", "stage": 2, "metric": "db_cpu_pct", "comparison": ">", "threshold": 70,
                 "sentence": "Over {threshold}, with {and.0}; see also {threshold.slow}.",
                 "and": [{"metric": "pool_exhausted", "comparison": "is", "threshold": true}]}]})"));
  REQUIRE(book.ok());
  CHECK(book.value->triggers[0].sentence == "Above 250 ms.");
  CHECK(book.value->triggers[1].sentence == "Over 70%, with yes; see also 250 ms.");
  CHECK(rightsize::describe_condition(*book.value, book.value->triggers[0].primary) ==
        "p95 request latency above 250 ms");
  CHECK(rightsize::describe_condition(*book.value, book.value->triggers[0].all_of[0]) ==
        "database CPU at or above 42.5%");
}

TEST_CASE("rulebook: a placeholder that names nothing is an error with its path") {
  const std::string head = std::string("{\"version\": 1, ") + metrics_words() + kStages + ", \"triggers\": [";
  CHECK(
      rulebook_errors(
          head +
          R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "{treshold}"}]})") ==
      "triggers[0].sentence: unknown placeholder {treshold}: use {threshold}, {and.N}, {threshold.RULE_ID} or "
      "{assumption.NAME}\n");
  CHECK(
      rulebook_errors(
          head +
          R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "{and.3}"}]})")
          .rfind("triggers[0].sentence: unknown placeholder {and.3}", 0) == 0);
  CHECK(
      rulebook_errors(
          head +
          R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "{threshold"}]})") ==
      "triggers[0].sentence: an unclosed { in the text\n");
}

TEST_CASE("rulebook: a metric without its words is named") {
  auto rules = nlohmann::ordered_json::parse(test_support::read_source_file("content/rules.json"));
  rules["metrics"].erase("p95_ms");
  rules["metrics"]["db_cpu_pct"].erase("unit");
  CHECK(rulebook_errors(rules.dump()) == "metrics.db_cpu_pct.unit: is required\nmetrics.p95_ms: is required\n");
}

TEST_CASE(
    "rulebook: every text of content/rules.json is filled, and the autoscaling range comes from the assumptions") {
  const auto& book = test_support::rules();
  for (const auto* list : {&book.triggers, &book.in_place, &book.advice})
    for (const auto& r : *list) {
      CAPTURE(r.id);
      CHECK(r.sentence.find('{') == std::string::npos);
    }
  auto assumptions = test_support::assumption_book().defaults;
  CHECK(
      rightsize::stage_setup(book.stage(4), test_support::assumption_book(), assumptions).find("2 to 10 auto-scaled") !=
      std::string::npos);
  assumptions.autoscale_max = 6;
  CHECK(
      rightsize::stage_setup(book.stage(4), test_support::assumption_book(), assumptions).find("2 to 6 auto-scaled") !=
      std::string::npos);
  for (const auto& s : book.stages)
    CHECK(rightsize::stage_setup(s, test_support::assumption_book(), assumptions).find('{') == std::string::npos);
}
