// Sizing: the cheapest instance that holds a load at a target utilisation, and the
// guide's principle for the app tier: vertical first; horizontal when no single size is
// big enough, when redundancy is needed, or when several smaller servers beat one bigger
// by more than the margin (30% in the guide).
#pragma once

#include <vector>

#include "rightsize/assumptions.hpp"
#include "rightsize/load_model.hpp"
#include "rightsize/pricing.hpp"

namespace rightsize {

// Index of the cheapest instance with vcpu * target >= cores and memory >= memory_gib;
// -1 when none does.
int cheapest_holding(const std::vector<PricedInstance>& list, double cores, double target, double memory_gib);

enum class Direction { vertical, horizontal };
enum class SizingReason { cheaper_vertical, margin_beaten, largest_reached, redundancy };

struct AppPlan {
  Direction direction = Direction::vertical;
  SizingReason reason = SizingReason::cheaper_vertical;
  int type = 0, count = 1;  // the choice
  Micros monthly = 0;
  int single_type = -1;  // the best single server (-1: none is big enough)
  Micros single_monthly = 0;
  int fleet_type = -1, fleet_count = 0;  // the best autoscaled fleet (-1: none fits under the maximum)
  Micros fleet_monthly = 0;
};

AppPlan plan_app(double app_cores, const Catalogue& c, const Assumptions& a, bool needs_redundancy);

// The guide's principle on two priced options (monthly prices; a negative index means that
// option cannot hold the load): horizontal for redundancy, when no single size is big
// enough, or when the fleet's servers cost more than the margin less; vertical otherwise.
SizingReason weigh_directions(int single_type, Micros single_monthly, int fleet_type, Micros fleet_monthly,
                              const Assumptions& a, bool needs_redundancy);
inline Direction direction_of(SizingReason r) {
  return r == SizingReason::cheaper_vertical ? Direction::vertical : Direction::horizontal;
}

// A sentence saying which way the app tier grows and why, with the prices compared.
std::string describe_plan(const AppPlan& plan, const Catalogue& c, const Assumptions& a);

// Stage 1: the one box must hold the app's and the database's CPU, and the database's
// working set in its share of memory.
int size_box(const Load& load, const Catalogue& c, const Assumptions& a);
int size_database(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a);
int size_cache(const Load& load, const Catalogue& c, const Assumptions& a);

}  // namespace rightsize
