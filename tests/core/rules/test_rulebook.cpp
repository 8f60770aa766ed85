#include "support.hpp"

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
  return out + test_support::number(c.threshold);
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

// The same lines written from the file's own JSON, without the reader.
std::string condition(const nlohmann::ordered_json& c) {
  const auto& t = c["threshold"];
  return c["metric"].get<std::string>() + " " + c["comparison"].get<std::string>() + " " +
         (t.is_boolean() ? (t.get<bool>() ? "true" : "false") : test_support::number(t.get<double>()));
}

std::vector<std::string> rule_lines(const nlohmann::ordered_json& rules) {
  std::vector<std::string> out;
  for (const auto& r : rules) {
    std::string line = r["id"].get<std::string>() + ": " +
                       (r.contains("stage")    ? "stage " + std::to_string(r["stage"].get<int>())
                        : r.contains("action") ? r["action"].get<std::string>()
                                               : "advice");
    line += " when " + condition(r);
    for (const auto& c : r.value("and", nlohmann::ordered_json::array())) line += " and " + condition(c);
    const auto any = r.value("and_any", nlohmann::ordered_json::array());
    for (size_t i = 0; i < any.size(); ++i) line += (i == 0 ? " and any of (" : ", ") + condition(any[i]);
    out.push_back(line + (any.empty() ? "" : ")"));
  }
  return out;
}

const char* const kStages = R"("stages": [
  {"stage": 1, "name": "One", "users_min": 0, "users_max": 10, "setup": "s", "move": "stay", "move_text": "t"},
  {"stage": 2, "name": "Two", "users_min": 10, "users_max": null, "setup": "s", "move": "grow", "move_text": "t"}])";

}  // namespace

TEST_CASE("rulebook: content/rules.json holds the guide's four stages, with the file's user ranges") {
  const auto& book = test_support::rules();
  const auto file = test_support::content_json("rules.json")["stages"];
  REQUIRE(book.stage_count() == 4);
  REQUIRE(file.size() == 4);
  for (const auto& s : file) {
    const auto& read = book.stage(s["stage"].get<int>());
    CAPTURE(read.number);
    CHECK(read.users_min == s["users_min"].get<double>());
    if (s["users_max"].is_null())
      CHECK_FALSE(read.users_max.has_value());
    else
      CHECK(read.users_max.value() == s["users_max"].get<double>());
  }
  // Each stage's range starts where the one before ends, and the last has no end.
  for (int i = 2; i <= book.stage_count(); ++i) CHECK(book.stage(i).users_min == book.stage(i - 1).users_max.value());
  CHECK_FALSE(book.stage(4).users_max.has_value());
  CHECK(book.stage(2).move == "split_database");
  CHECK(book.stage(3).move == "add_cache");
  CHECK(book.stage(4).move == "scale_out");
}

TEST_CASE("rulebook: content/rules.json's triggers, in-place moves and advice, each with its stage and conditions") {
  // What the reader made of each rule, against the file's own JSON: every id, stage or action,
  // metric, comparison and threshold, in the file's order.
  const auto& book = test_support::rules();
  const auto file = test_support::content_json("rules.json");
  CHECK(rule_lines(book.triggers) == rule_lines(file["triggers"]));
  CHECK(rule_lines(book.in_place) == rule_lines(file["in_place"]));
  CHECK(rule_lines(book.advice) == rule_lines(file["advice"]));
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
  const std::string min = test_support::number(assumptions.autoscale_min);
  CHECK(rightsize::stage_setup(book.stage(4), test_support::assumption_book(), assumptions)
            .find(min + " to " + test_support::number(assumptions.autoscale_max) + " auto-scaled") !=
        std::string::npos);
  assumptions.autoscale_max = assumptions.autoscale_min + 4;
  CHECK(rightsize::stage_setup(book.stage(4), test_support::assumption_book(), assumptions)
            .find(min + " to " + test_support::number(assumptions.autoscale_min + 4) + " auto-scaled") !=
        std::string::npos);
  for (const auto& s : book.stages)
    CHECK(rightsize::stage_setup(s, test_support::assumption_book(), assumptions).find('{') == std::string::npos);
}
