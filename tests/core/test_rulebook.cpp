#include "support.hpp"

using test_support::parse;

namespace {

std::string rulebook_errors(const std::string& json) {
  auto r = rightsize::read_rulebook(parse(json));
  std::string out;
  for (const auto& e : r.errors) out += e.field + ": " + e.message + "\n";
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

TEST_CASE("rulebook: every trigger carries an id, a stage, a metric and a sentence") {
  for (const auto& t : test_support::rules().triggers) {
    CAPTURE(t.id);
    CHECK_FALSE(t.id.empty());
    CHECK(t.stage >= 2);
    CHECK(rightsize::metric_name(t.primary.metric) != nullptr);
    CHECK(t.sentence.size() > 20);
  }
}

TEST_CASE("rulebook: a minimal valid book reads") {
  CHECK(rulebook_errors(std::string("{\"version\": 1, ") + kStages + ", \"triggers\": []}") == "");
}

TEST_CASE("rulebook: errors name the path inside the file") {
  const std::string head = std::string("{\"version\": 1, ") + kStages + ", \"triggers\": [";
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "cpu", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].metric: unknown metric \"cpu\"\n");
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": "~", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].comparison: must be one of >, >=, <, <=, is (got \"~\")\n");
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "sentence": "s"}]})") ==
        "triggers[0].threshold: is required\n");
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 9, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].stage: must be between 2 and 2 (got 9)\n");
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "pool_exhausted", "comparison": ">", "threshold": 1, "sentence": "s"}]})") ==
        "triggers[0].comparison: a true/false metric takes \"is\"\n");
  CHECK(rulebook_errors(head + R"({"id": "x", "stage": 2, "metric": "p95_ms", "comparison": ">", "threshold": 1, "sentence": "s", "and": [{"metric": "nope", "comparison": "is", "threshold": true}]}]})") ==
        "triggers[0].and[0].metric: unknown metric \"nope\"\n");
}

TEST_CASE("rulebook: stages must be numbered in order") {
  const std::string doc = R"({"version": 1, "triggers": [], "stages": [
    {"stage": 2, "name": "x", "users_min": 0, "setup": "s", "move": "m", "move_text": "t"},
    {"stage": 1, "name": "y", "users_min": 0, "setup": "s", "move": "m", "move_text": "t"}]})";
  CHECK(rulebook_errors(doc).find("stages[0].stage: must be between 1 and 1 (got 2)") != std::string::npos);
}

TEST_CASE("rulebook: not an object") {
  CHECK(rulebook_errors("[1, 2]") == "input: expected an object of named fields, got a list\n");
}
