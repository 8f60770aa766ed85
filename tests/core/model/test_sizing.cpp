// Sizing: the cheapest instance at the target, vertical before horizontal.
#include "support.hpp"

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
