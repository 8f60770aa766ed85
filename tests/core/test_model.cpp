// The load model, queueing, sizing and growth, each at its boundaries.
#include "support.hpp"

#include "rightsize/growth.hpp"
#include "rightsize/queueing.hpp"

using namespace rightsize;

namespace {
const Assumptions& defaults() { return test_support::assumption_book().defaults; }
}  // namespace

TEST_CASE("assumptions: every one has a default in content/, and overrides are checked by name") {
  const auto& book = test_support::assumption_book();
  std::vector<std::string> names;
  for (const auto& spec : book.specs) names.push_back(spec.name);
  CHECK(names == std::vector<std::string>{"daily_active_pct",        "requests_per_daily_user",
                                          "peak_to_average",         "app_cpu_ms_per_request",
                                          "queries_per_request",     "db_cpu_ms_per_query",
                                          "read_share_pct",          "cache_hit_pct",
                                          "cache_ms_per_lookup",     "kb_out_per_request",
                                          "app_memory_gb",           "data_mb_per_user",
                                          "working_set_mb_per_user", "box_db_memory_pct",
                                          "db_memory_usable_pct",    "miss_penalty_ms",
                                          "cache_share_pct",         "p95_to_mean",
                                          "target_utilization_pct",  "resize_above_pct",
                                          "pool_size_per_server",    "app_disk_gb",
                                          "min_db_storage_gb",       "autoscale_min",
                                          "autoscale_max",           "autoscale_target_cpu_pct",
                                          "vertical_margin_pct",     "lb_gb_per_lcu_hour",
                                          "warning_months"});
  CHECK(defaults().autoscale_min == 2);
  CHECK(defaults().autoscale_max == 10);
  CHECK(defaults().autoscale_target_cpu_pct == 70);
  CHECK(defaults().vertical_margin_pct == 30);
  std::vector<FieldError> errors;
  const Value overrides =
      test_support::parse(R"({"cache_hit_pct": 50, "peak_to_average": 0, "no_such": 1, "autoscale_max": "ten"})");
  const Assumptions a = apply_overrides(book, &overrides, errors);
  CHECK(a.cache_hit_pct == 50);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].field == "assumptions.peak_to_average");
  CHECK(errors[1].field == "assumptions.autoscale_max");
  CHECK(errors[2].field == "assumptions.no_such");
}

TEST_CASE("queueing: Erlang C against known values") {
  CHECK(erlang_c(1, 0.5) == doctest::Approx(0.5));      // M/M/1: P(wait) = utilisation
  CHECK(erlang_c(2, 0.5) == doctest::Approx(1.0 / 3));  // M/M/2 at half load
  CHECK(erlang_c(4, 0) == 0);
  CHECK(erlang_c(4, 1) == 1);
  CHECK(mmc_mean_wait(1, 0.5, 10) == doctest::Approx(10));  // M/M/1: Wq = rho/(1-rho) * s
  CHECK(mmc_mean_wait(1, 0.9, 10) == doctest::Approx(90));
  CHECK(mmc_mean_wait(2, 0.9, 10) < mmc_mean_wait(1, 0.9, 10));  // more servers, less waiting
  CHECK(mmc_mean_wait(2, 1.2, 10) > 1e6);
}

TEST_CASE("load model: proportional to users; Little's law for connections") {
  const Load one = load_for_users(10000, defaults());
  const Load two = load_for_users(20000, defaults());
  CHECK(two.peak_rps == doctest::Approx(one.peak_rps * 2));
  CHECK(two.transfer_gb_month == doctest::Approx(one.transfer_gb_month * 2));
  // 10,000 users * 20% * 60 requests / 86,400 s * 3 peak
  CHECK(one.peak_rps == doctest::Approx(10000 * 0.2 * 60 / 86400.0 * 3));
  CHECK(one.app_cpu_cores == doctest::Approx(one.peak_rps * 0.030));
  CHECK(one.db_qps == doctest::Approx(one.peak_rps * 4));

  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra infra;
  infra.stage = 2;
  infra.app = 1;
  infra.database = 2;
  const Observed o = observe(one, infra, c, defaults());
  CHECK(o.connections == doctest::Approx(one.db_qps * o.db_query_ms / 1000));
  // The data fits in memory, so a query takes its service time plus M/M/c queueing on the
  // database's vCPUs at its utilisation.
  const PricedInstance& db = c.database[2];
  const double utilization = one.db_cpu_cores / db.vcpu;
  const double service_ms = defaults().db_cpu_ms_per_query;
  REQUIRE(o.db_memory_pct < 100);
  CHECK(o.db_cpu_pct == doctest::Approx(utilization * 100));
  CHECK(o.db_query_ms ==
        doctest::Approx(service_ms + mmc_mean_wait(static_cast<int>(db.vcpu), utilization, service_ms)));
}

TEST_CASE("load model: latency rises with utilisation, and a cache takes load off the database") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra infra;
  infra.stage = 2;
  infra.app = 1;
  infra.database = 1;
  double previous = 0;
  for (double users : {1000.0, 20000.0, 60000.0, 90000.0}) {
    const Observed o = observe(load_for_users(users, defaults()), infra, c, defaults());
    CHECK(o.p95_ms > previous);
    previous = o.p95_ms;
  }
  const Load load = load_for_users(60000, defaults());
  const Observed without = observe(load, infra, c, defaults());
  infra.cache = 0;
  const Observed with = observe(load, infra, c, defaults());
  CHECK(with.db_cpu_pct < without.db_cpu_pct);
  CHECK(with.p95_ms < without.p95_ms);
}

TEST_CASE("load model: on one box the app and the database share the CPU") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra box;
  box.app = 1;
  const Observed o = observe(load_for_users(8000, defaults()), box, c, defaults());
  CHECK(o.app_cpu_pct == o.db_cpu_pct);
}

TEST_CASE("sizing: the cheapest instance holding the load at the target") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  CHECK(c.app[static_cast<size_t>(cheapest_holding(c.app, 0.5, 0.5, 2))].type == "t3.small");
  CHECK(c.app[static_cast<size_t>(cheapest_holding(c.app, 1.5, 0.5, 0))].type == "t3.xlarge");
  CHECK(cheapest_holding(c.app, 1000, 0.5, 0) == -1);
}

TEST_CASE("sizing: vertical first, horizontal past the margin, the largest size, or for redundancy") {
  Catalogue c;
  auto instance = [](const char* type, double vcpu, double gib, Micros monthly) {
    PricedInstance p;
    p.type = type;
    p.vcpu = vcpu;
    p.memory_gib = gib;
    p.monthly = monthly;
    return p;
  };
  Assumptions a = defaults();
  a.app_memory_gb = 1;
  // Linear prices: one big costs what two small cost, so vertical stays.
  c.app = {instance("small", 2, 2, 10'000'000), instance("big", 4, 4, 20'000'000)};
  AppPlan p = plan_app(1.5, c, a, false);
  CHECK(p.direction == Direction::vertical);
  CHECK(p.type == 1);
  // Two small now beat one big by more than 30%: horizontal.
  c.app[1].monthly = 40'000'000;
  p = plan_app(1.5, c, a, false);
  CHECK(p.direction == Direction::horizontal);
  CHECK(p.reason == SizingReason::margin_beaten);
  CHECK(p.count == 2);
  // Exactly at the margin (two small = 70% of one big) is not "more than 30%".
  c.app[1].monthly = 20'000'000 * 10 / 7 + 1;
  CHECK(plan_app(1.5, c, a, false).direction == Direction::horizontal);
  c.app[1].monthly = 20'000'000 * 10 / 7 - 1;
  CHECK(plan_app(1.5, c, a, false).direction == Direction::vertical);
  // No single size holds 3 cores at 50%.
  CHECK(plan_app(3, c, a, false).reason == SizingReason::largest_reached);
  // Redundancy forces at least the autoscaling minimum.
  p = plan_app(0.1, c, a, true);
  CHECK(p.direction == Direction::horizontal);
  CHECK(p.count == 2);
  // Autoscaling: 70% target per server, between min 2 and max 10.
  p = plan_app(11, c, a, true);
  CHECK(p.count == 8);  // 11 cores / (2 vCPU * 0.7) = 7.9 -> 8 small
}

TEST_CASE("growth: compound monthly percentage") {
  Growth g;
  g.monthly_pct = 10;
  const auto u = users_by_month(g, 1000, 3);
  REQUIRE(u.size() == 3);
  CHECK(u[0] == 1000);
  CHECK(u[1] == doctest::Approx(1100));
  CHECK(u[2] == doctest::Approx(1210));
  g.monthly_pct = 0;
  CHECK(users_by_month(g, 500, 5).back() == 500);
}

TEST_CASE("growth: milestones are hit exactly and joined at a constant rate") {
  Growth g;
  g.by_milestones = true;
  g.milestones = {{1, 100}, {6, 5000}, {12, 50000}};
  const auto u = users_by_month(g, 100, 14);
  CHECK(u[0] == 100);
  CHECK(u[5] == 5000);
  CHECK(u[11] == 50000);
  CHECK(u[13] == 50000);  // flat after the last milestone
  CHECK(u[6] / u[5] == doctest::Approx(u[7] / u[6]));
  for (size_t i = 1; i < u.size(); ++i) CHECK(u[i] >= u[i - 1]);
  CHECK(nth_root(32, 5) == doctest::Approx(2));
  CHECK(nth_root(1, 7) == 1);
  CHECK(nth_root(10000, 110) == doctest::Approx(1.0872).epsilon(1e-4));  // Newton diverged here (found by fuzzing)
  CHECK(nth_root(0.5, 3) == doctest::Approx(0.7937).epsilon(1e-4));
}

TEST_CASE("growth: a first milestone after month 1 starts from today's users") {
  Growth g;
  g.by_milestones = true;
  g.milestones = {{4, 800}};
  const auto u = users_by_month(g, 100, 4);
  CHECK(u[0] == 100);
  CHECK(u[1] == doctest::Approx(200));
  CHECK(u[3] == 800);
}
