// The alert rules and the migration plan's readers: every threshold from the rulebook, the
// warning margin from content/alerts.json, content files that refuse unknown keys, and the
// calendar's folding and escapes.
#include "rightsize/alerts.hpp"

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

std::string fmt(double v) {
  std::string s = std::to_string(v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("alerts: a warning and a critical rule per measured trigger past the stage, at the rulebook's levels") {
  const auto s = settings();
  for (int stage = 1; stage <= rules().stage_count(); ++stage) {
    CAPTURE(stage);
    const std::string text = rightsize::prometheus_rules(
        rules(), s, metrics(R"({"users": 1, "current_stage": )" + std::to_string(stage) + "}"));
    for (const auto& t : rules().triggers) {
      CAPTURE(t.id);
      const bool listed = text.find("trigger: " + t.id + "\n") != std::string::npos;
      const bool measured =
          !rightsize::is_boolean(t.primary.metric) || t.primary.metric == rightsize::Metric::pool_exhausted;
      CHECK(listed == (t.stage > stage && measured));
      if (!listed || t.primary.metric == rightsize::Metric::pool_exhausted) continue;
      const double warn = t.primary.threshold * (1 - s.warning_margin_pct / 100);
      CHECK(text.find(" > " + fmt(t.primary.threshold) + "\"") != std::string::npos);
      CHECK(text.find(" > " + fmt(warn) + " and ") != std::string::npos);
    }
  }
}

TEST_CASE("alerts: content/alerts.json refuses an unknown key and a bad window") {
  auto doc = parse(read_source_file("content/alerts.json"));
  doc.set("warning_margin", rightsize::Value::of_number(10));
  auto r = rightsize::read_alert_settings(doc, rules().stage_count());
  REQUIRE(!r.ok());
  CHECK(r.errors[0].field == "warning_margin");
  auto bad = parse(read_source_file("content/alerts.json"));
  for (auto& m : bad.members)
    if (m.key == "window") m.value = rightsize::Value::of_string("five minutes");
  CHECK(rightsize::read_alert_settings(bad, rules().stage_count()).errors.at(0).field == "window");
}

TEST_CASE("plan: start_month is YYYY-MM, and the calendar folds at 75 octets with CRLF") {
  CHECK(rightsize::parse_year_month("2027-01").has_value());
  CHECK(!rightsize::parse_year_month("2027-13").has_value());
  CHECK(!rightsize::parse_year_month("27-01").has_value());
  auto book = rightsize::read_plan_book(parse(read_source_file("content/plan.json")));
  REQUIRE(book.ok());
  rightsize::Value timeline = parse(
      R"({"stages": [{"stage": 2, "name": "Separate database", "move": "split_database"}],
          "events": [{"month": 14, "type": "stage", "to_stage": 2, "text": "Move; now, please"}]})");
  const std::string ics = rightsize::plan_ics(*book.value, timeline, {2027, 1});
  CHECK(ics.find("DTSTART;VALUE=DATE:20280201\r\n") != std::string::npos);
  CHECK(ics.find("DESCRIPTION:Move\\; now\\, please\\n") != std::string::npos);
  size_t start = 0;
  while (start < ics.size()) {
    const size_t end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
}
