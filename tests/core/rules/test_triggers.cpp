// Every trigger of content/rules.json at, just below and just above its threshold, each
// threshold, metric and stage read from the rulebook itself, so moving one in rules.json
// moves the test with it.
#include "rules_support.hpp"

using test_support::across_threshold;
using test_support::fired;
using test_support::recommend;
using test_support::rule;
using test_support::threshold;
using test_support::with;

namespace {

// A trigger across its threshold, calling for the rule's own stage.
void check_threshold(const std::string& id, const std::string& base) {
  CHECK(across_threshold(id, base).stage == rule(id).stage);
}

// A flag's trigger fires when it is true and not when it is false.
void check_flag(const std::string& id, const std::string& flag) {
  CAPTURE(id);
  const auto on = recommend("{\"users\": 10, \"" + flag + "\": true}");
  CHECK(fired(on, id));
  CHECK(on.stage == rule(id).stage);
  CHECK_FALSE(fired(recommend("{\"users\": 10, \"" + flag + "\": false}"), id));
}

}  // namespace

TEST_CASE("trigger db_cpu_high: database CPU above its threshold") { check_threshold("db_cpu_high", ""); }

TEST_CASE("trigger db_queries_slow: queries slower than the threshold") { check_threshold("db_queries_slow", ""); }

TEST_CASE("trigger responses_degrading: p95 above the threshold") { check_threshold("responses_degrading", ""); }

TEST_CASE("trigger pool_exhausted") { check_flag("pool_exhausted", "pool_exhausted"); }

TEST_CASE("trigger db_limits_cacheable: database CPU above its threshold after an upgrade, with cacheable data") {
  check_threshold("db_limits_cacheable", R"("db_upgraded": true, "repeated_reads": true)");
  check_threshold("db_limits_cacheable", R"("db_upgraded": true, "slow_changing_data": true)");
  const double hot = threshold("db_limits_cacheable") * 1.5;
  CHECK_FALSE(fired(with(R"("repeated_reads": true)", "db_limits_cacheable", hot), "db_limits_cacheable"));
  CHECK_FALSE(fired(with(R"("db_upgraded": true)", "db_limits_cacheable", hot), "db_limits_cacheable"));
}

TEST_CASE("trigger p95_high_cacheable: p95 above the threshold with cacheable data") {
  check_threshold("p95_high_cacheable", R"("repeated_reads": true)");
  check_threshold("p95_high_cacheable", R"("slow_changing_data": true)");
  CHECK_FALSE(fired(with("", "p95_high_cacheable", threshold("p95_high_cacheable") * 1.8), "p95_high_cacheable"));
}

TEST_CASE("trigger app_cpu_at_ceiling: app CPU above its threshold on the largest instance") {
  check_threshold("app_cpu_at_ceiling", R"("at_max_instance": true)");
  const double hot = (threshold("app_cpu_at_ceiling") + 100) / 2;
  CHECK_FALSE(fired(with("", "app_cpu_at_ceiling", hot), "app_cpu_at_ceiling"));
}

TEST_CASE("trigger redundancy_needed") { check_flag("redundancy_needed", "needs_redundancy"); }

TEST_CASE("in-place app_cpu_scale_up: app CPU above its threshold with a bigger size available") {
  const double t = threshold("app_cpu_scale_up");
  const auto r = across_threshold("app_cpu_scale_up", "");
  CHECK(r.stage == 1);
  CHECK(r.action == rule("app_cpu_scale_up").action);
  CHECK_FALSE(fired(with(R"("at_max_instance": true)", "app_cpu_scale_up", (t + 100) / 2), "app_cpu_scale_up"));
}

TEST_CASE("a metric left out never fires") {
  const auto r = recommend(R"({"users": 100000})");
  CHECK(r.fired.empty());
  CHECK(r.stage == 1);
  CHECK(r.action == "stay");
}
