// The reader's choices for the alerts, which the CLI and the watch module share: the options
// object's reader, the format check, and the selectors, latency metric and address applied to
// content/alerts.json's settings, each refusal naming its field; and the rules in words.
#include "rightsize/alert_options.hpp"

#include <string>

#include "rightsize/plan.hpp"
#include "support.hpp"

using test_support::metrics;
using test_support::parse;
using test_support::read_source_file;
using test_support::rules;

namespace {

rightsize::AlertSettings settings() {
  auto r = rightsize::read_alert_settings(parse(read_source_file("content/alerts.json")), rules().stage_count());
  REQUIRE(r.ok());
  return *r.value;
}

}  // namespace

TEST_CASE("alert options: the object's fields, every selector kept for the check to name") {
  auto r = rightsize::read_alert_options(parse(
      R"({"format": "prometheus", "selectors": {"app": "job=\"web\"", "redis": "x=\"y\""}, "latency_metric": "m", "base_url": "https://a/"})"));
  REQUIRE(r.ok());
  CHECK(r.value->format == "prometheus");
  REQUIRE(r.value->selectors.size() == 2);
  CHECK(r.value->selectors[1].first == "redis");
  CHECK(r.value->latency_metric == "m");

  auto bad = rightsize::read_alert_options(parse(R"({"format": 3, "selectors": {"app": 1}, "colour": "red"})"));
  REQUIRE_FALSE(bad.ok());
  std::string fields;
  for (const auto& e : bad.errors) fields += e.field + " ";
  CHECK(fields == "format selectors.app colour ");
}

TEST_CASE("alert options: the formats, and the plan's") {
  CHECK_FALSE(rightsize::check_alert_format("prometheus"));
  CHECK_FALSE(rightsize::check_alert_format("cloudformation"));
  CHECK(rightsize::check_alert_format("")->message == "is required: prometheus or cloudformation");
  CHECK(rightsize::check_alert_format("nagios")->field == "format");
  CHECK_FALSE(rightsize::check_plan_format("ics"));
  CHECK(rightsize::check_plan_format("pdf")->message == "unknown format \"pdf\": use markdown or ics");
}

TEST_CASE("alert options: applied to the settings, or the first refusal by field") {
  auto s = settings();
  rightsize::AlertOptions o;
  o.selectors = {{"postgres", "instance=\"db\""}};
  o.latency_metric = "http_server_duration_seconds";
  o.base_url = "https://example.org/rightsize///";
  CHECK_FALSE(rightsize::apply_alert_options(s, o));
  CHECK(s.postgres_selector == "instance=\"db\"");
  CHECK(s.latency_metric == "http_server_duration_seconds");
  CHECK(s.base_url == "https://example.org/rightsize");

  o.selectors = {{"redis", "x"}};
  CHECK(rightsize::apply_alert_options(s, o)->field == "selectors");
  o.selectors = {{"app", "{job=\"x\"}"}};
  CHECK(rightsize::apply_alert_options(s, o)->field == "selectors");
  o.selectors = {};
  o.latency_metric = "a b";
  CHECK(rightsize::apply_alert_options(s, o)->field == "latency_metric");
}

TEST_CASE("alerts in words: each trigger past the stage with its levels, and labels for the input's fields") {
  const auto s = settings();
  const rightsize::Value words = rightsize::alerts_in_words(rules(), s, metrics(R"({"users": 1, "current_stage": 1})"));
  const auto& list = words.find("rules")->items;
  size_t past = 0;
  for (const auto& t : rules().triggers) past += t.stage > 1;
  REQUIRE(list.size() == past);
  for (const auto& item : list) {
    if (const auto* how = item.find("how_to_watch")) {
      CHECK(how->text.find("needs_redundancy") == std::string::npos);
      CHECK(how->text.find("\u201cOne app server going down is no longer acceptable\u201d") != std::string::npos);
    } else {
      CHECK(item.find("warning")->text.find("approaching") != std::string::npos);
      CHECK_FALSE(item.find("critical")->text.empty());
    }
  }
  CHECK_FALSE(words.find("also_watch")->items.empty());
}
