// Sizing: the cheapest instance at the target, vertical before horizontal.
#include "support.hpp"

#include <algorithm>

using namespace rightsize;

namespace {
const Assumptions& defaults() { return test_support::assumption_book().defaults; }
}  // namespace

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
  // The autoscaling target, the margin and the fleet's bounds come from content/assumptions.json.
  const double per_small = 2 * a.autoscale_target_cpu_pct / 100;  // cores one small server holds at the target
  const double keep = 1 - a.vertical_margin_pct / 100;            // a fleet must cost less than this share
  // Linear prices: one big costs what two small cost, so vertical stays.
  c.app = {instance("small", 2, 2, 10'000'000), instance("big", 4, 4, 20'000'000)};
  const double load = per_small * 1.25;  // more than one small server holds, two hold it, and so does one big
  AppPlan p = plan_app(load, c, a, false);
  CHECK(p.direction == Direction::vertical);
  CHECK(p.type == 1);
  // The fleet is two small ones, or the autoscaling minimum if that is more; the big one at
  // the fleet's price over the margin's share is exactly at the margin.
  const int fleet = std::max(2, static_cast<int>(a.autoscale_min));
  const Micros at_margin = static_cast<Micros>(fleet * 10e6 / keep);
  // The fleet now beats one big by more than the margin: horizontal.
  c.app[1].monthly = 2 * at_margin;
  p = plan_app(load, c, a, false);
  CHECK(p.direction == Direction::horizontal);
  CHECK(p.reason == SizingReason::margin_beaten);
  CHECK(p.count == fleet);
  // Exactly at the margin is not "more than" it.
  c.app[1].monthly = at_margin + 1;
  CHECK(plan_app(load, c, a, false).direction == Direction::horizontal);
  c.app[1].monthly = at_margin - 1;
  CHECK(plan_app(load, c, a, false).direction == Direction::vertical);
  // No single size holds more than the big one's cores at the target.
  CHECK(plan_app(2 * per_small * 1.1, c, a, false).reason == SizingReason::largest_reached);
  // Redundancy forces at least the autoscaling minimum.
  p = plan_app(0.1, c, a, true);
  CHECK(p.direction == Direction::horizontal);
  CHECK(p.count == a.autoscale_min);
  // Autoscaling: as many small servers as hold the load at the target, within the fleet's
  // bounds (the big one dear, so the fleet is of small ones).
  c.app[1].monthly = 100'000'000;
  const int servers = static_cast<int>(a.autoscale_max) - 2;
  REQUIRE(servers >= a.autoscale_min);
  p = plan_app(per_small * (servers - 0.5), c, a, true);
  CHECK(p.type == 0);
  CHECK(p.count == servers);
}
