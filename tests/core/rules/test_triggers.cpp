// Every trigger of content/rules.json at, just below and just above its threshold.
// These numbers are the guide's: changing one in rules.json must change it here too.
#include "support.hpp"

using test_support::fired;
using test_support::recommend;

namespace {

// Recommends with `field` set to `value` on top of `base` (a JSON object body).
rightsize::Recommendation with(const std::string& base, const std::string& field, double value) {
  char number[32];
  std::snprintf(number, sizeof number, "%.15g", value);
  return recommend("{\"users\": 500" + (base.empty() ? "" : ", " + base) + ", \"" + field + "\": " + number + "}");
}

void check_threshold(const char* id, const std::string& base, const std::string& field, double threshold, int stage) {
  CAPTURE(id);
  CHECK_FALSE(fired(with(base, field, threshold - 0.01), id));
  CHECK_FALSE(fired(with(base, field, threshold), id));  // "above" is strict
  const auto above = with(base, field, threshold + 0.01);
  CHECK(fired(above, id));
  CHECK(above.stage == stage);
}

}  // namespace

TEST_CASE("trigger db_cpu_high: database CPU above 60%") { check_threshold("db_cpu_high", "", "db_cpu_pct", 60, 2); }

TEST_CASE("trigger db_queries_slow: queries above 100 ms") {
  check_threshold("db_queries_slow", "", "db_query_ms", 100, 2);
}

TEST_CASE("trigger responses_degrading: p95 above 300 ms") {
  check_threshold("responses_degrading", "", "p95_ms", 300, 2);
}

TEST_CASE("trigger pool_exhausted") {
  CHECK(fired(recommend(R"({"users": 10, "pool_exhausted": true})"), "pool_exhausted"));
  CHECK(recommend(R"({"users": 10, "pool_exhausted": true})").stage == 2);
  CHECK_FALSE(fired(recommend(R"({"users": 10, "pool_exhausted": false})"), "pool_exhausted"));
}

TEST_CASE("trigger db_limits_cacheable: database CPU above 60% after an upgrade, with cacheable data") {
  check_threshold("db_limits_cacheable", R"("db_upgraded": true, "repeated_reads": true)", "db_cpu_pct", 60, 3);
  check_threshold("db_limits_cacheable", R"("db_upgraded": true, "slow_changing_data": true)", "db_cpu_pct", 60, 3);
  CHECK_FALSE(fired(with(R"("repeated_reads": true)", "db_cpu_pct", 90), "db_limits_cacheable"));
  CHECK_FALSE(fired(with(R"("db_upgraded": true)", "db_cpu_pct", 90), "db_limits_cacheable"));
}

TEST_CASE("trigger p95_high_cacheable: p95 above 500 ms with cacheable data") {
  check_threshold("p95_high_cacheable", R"("repeated_reads": true)", "p95_ms", 500, 3);
  check_threshold("p95_high_cacheable", R"("slow_changing_data": true)", "p95_ms", 500, 3);
  CHECK_FALSE(fired(with("", "p95_ms", 900), "p95_high_cacheable"));
}

TEST_CASE("trigger app_cpu_at_ceiling: app CPU above 80% on the largest instance") {
  check_threshold("app_cpu_at_ceiling", R"("at_max_instance": true)", "app_cpu_pct", 80, 4);
  CHECK_FALSE(fired(with("", "app_cpu_pct", 95), "app_cpu_at_ceiling"));
}

TEST_CASE("trigger redundancy_needed") {
  const auto r = recommend(R"({"users": 10, "needs_redundancy": true})");
  CHECK(fired(r, "redundancy_needed"));
  CHECK(r.stage == 4);
  CHECK_FALSE(fired(recommend(R"({"users": 10, "needs_redundancy": false})"), "redundancy_needed"));
}

TEST_CASE("in-place app_cpu_scale_up: app CPU above 80% with a bigger size available") {
  CHECK_FALSE(fired(with("", "app_cpu_pct", 80), "app_cpu_scale_up"));
  CHECK_FALSE(fired(with("", "app_cpu_pct", 79.99), "app_cpu_scale_up"));
  const auto r = with("", "app_cpu_pct", 80.01);
  CHECK(fired(r, "app_cpu_scale_up"));
  CHECK(r.stage == 1);
  CHECK(r.action == "scale_up");
  CHECK_FALSE(fired(with(R"("at_max_instance": true)", "app_cpu_pct", 95), "app_cpu_scale_up"));
}

TEST_CASE("a metric left out never fires") {
  const auto r = recommend(R"({"users": 100000})");
  CHECK(r.fired.empty());
  CHECK(r.stage == 1);
  CHECK(r.action == "stay");
}
