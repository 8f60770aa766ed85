#include "rightsize/sizing.hpp"

#include <algorithm>
#include <cmath>

#include "format.hpp"

namespace rightsize {

int cheapest_holding(const std::vector<PricedInstance>& list, double cores, double target, double memory_gib) {
  int best = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    const PricedInstance& p = list[i];
    if (p.vcpu * target < cores || p.memory_gib < memory_gib) continue;
    if (best < 0 || p.monthly < list[static_cast<size_t>(best)].monthly) best = static_cast<int>(i);
  }
  return best;
}

SizingReason weigh_directions(int single_type, Micros single_monthly, int fleet_type, Micros fleet_monthly,
                              const Assumptions& a, bool needs_redundancy) {
  const double margin = 1 - a.vertical_margin_pct / 100;
  if (needs_redundancy && fleet_type >= 0) return SizingReason::redundancy;
  if (single_type < 0) return SizingReason::largest_reached;
  if (fleet_type >= 0 && static_cast<double>(fleet_monthly) < static_cast<double>(single_monthly) * margin)
    return SizingReason::margin_beaten;
  return SizingReason::cheaper_vertical;
}

AppPlan plan_app(double app_cores, const Catalogue& c, const Assumptions& a, bool needs_redundancy) {
  AppPlan plan;
  // App servers, one or many, are sized to the autoscaling target the guide gives (70%).
  plan.single_type = cheapest_holding(c.app, app_cores, a.autoscale_target_cpu_pct / 100, a.app_memory_gb);
  if (plan.single_type >= 0) plan.single_monthly = c.app[static_cast<size_t>(plan.single_type)].monthly;

  const int min_count = static_cast<int>(a.autoscale_min);
  const int max_count = static_cast<int>(a.autoscale_max);
  for (size_t i = 0; i < c.app.size(); ++i) {
    if (c.app[i].memory_gib < a.app_memory_gb) continue;
    const double per_server = c.app[i].vcpu * a.autoscale_target_cpu_pct / 100;
    const double servers = std::ceil(app_cores / per_server);  // compared as a double: it may not fit an int
    if (servers > max_count) continue;
    const int needed = std::max(min_count, static_cast<int>(servers));
    const Micros cost = c.app[i].monthly * needed;
    if (plan.fleet_type < 0 || cost < plan.fleet_monthly) {
      plan.fleet_type = static_cast<int>(i);
      plan.fleet_count = needed;
      plan.fleet_monthly = cost;
    }
  }

  plan.reason =
      weigh_directions(plan.single_type, plan.single_monthly, plan.fleet_type, plan.fleet_monthly, a, needs_redundancy);
  plan.direction = direction_of(plan.reason);
  if (plan.direction == Direction::horizontal && plan.fleet_type >= 0) {
    plan.type = plan.fleet_type;
    plan.count = plan.fleet_count;
    plan.monthly = plan.fleet_monthly;
  } else if (plan.single_type >= 0) {
    plan.direction = Direction::vertical;
    plan.type = plan.single_type;
    plan.monthly = plan.single_monthly;
  } else {  // nothing holds the load even at the autoscaling maximum: the largest fleet
    plan.direction = Direction::horizontal;
    plan.type = static_cast<int>(c.app.size()) - 1;
    plan.count = max_count;
    plan.monthly = c.app.back().monthly * max_count;
  }
  return plan;
}

// "16.79 USD": amounts are labelled with the catalogue's own currency.
static std::string money(Micros m, const std::string& currency) {
  const Cents cents = micros_to_cents(m);
  std::string frac = std::to_string(cents % 100);
  return std::to_string(cents / 100) + "." + (frac.size() < 2 ? "0" : "") + frac + " " + currency;
}

std::string describe_plan(const AppPlan& p, const Catalogue& c, const Assumptions& a) {
  auto type = [&](int i) { return c.app[static_cast<size_t>(i)].type; };
  const std::string fleet = p.fleet_type >= 0 ? std::to_string(p.fleet_count) + " x " + type(p.fleet_type) + " (" +
                                                    money(p.fleet_monthly, c.currency) + "/month)"
                                              : "";
  const std::string single =
      p.single_type >= 0 ? "one " + type(p.single_type) + " (" + money(p.single_monthly, c.currency) + "/month)" : "";
  switch (p.reason) {
    case SizingReason::redundancy:
      return "Horizontal: redundancy needs at least " + std::to_string(static_cast<int>(a.autoscale_min)) +
             " servers; " + fleet + ".";
    case SizingReason::largest_reached:
      return "Horizontal: no single size holds the load at the sizing target; " + fleet + ".";
    case SizingReason::margin_beaten:
      return "Horizontal: " + fleet + " beat " + single + " by more than " +
             detail::format_number(a.vertical_margin_pct) + "%.";
    case SizingReason::cheaper_vertical:
      return "Vertical: " + single + " holds the load" +
             (fleet.empty()
                  ? "."
                  : "; " + fleet + " would not save more than " + detail::format_number(a.vertical_margin_pct) + "%.");
  }
  return "";
}

int size_box(const Load& load, const Catalogue& c, const Assumptions& a) {
  const double cores = load.app_cpu_cores + load.db_cpu_cores;
  const double memory = std::max(a.app_memory_gb, load.working_set_gb / (a.box_db_memory_pct / 100));
  int i = cheapest_holding(c.app, cores, a.target_utilization_pct / 100, memory);
  if (i < 0) i = cheapest_holding(c.app, cores, a.target_utilization_pct / 100, a.app_memory_gb);
  return i >= 0 ? i : static_cast<int>(c.app.size()) - 1;
}

int size_database(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a) {
  const double memory = load.working_set_gb / (a.db_memory_usable_pct / 100);
  const int i =
      cheapest_holding(c.database, db_cores_after_cache(load, infra, a), a.target_utilization_pct / 100, memory);
  return i >= 0 ? i : static_cast<int>(c.database.size()) - 1;
}

int size_cache(const Load& load, const Catalogue& c, const Assumptions& a) {
  const int i = cheapest_holding(c.cache, 0, 1, load.working_set_gb * a.cache_share_pct / 100);
  return i >= 0 ? i : static_cast<int>(c.cache.size()) - 1;
}

}  // namespace rightsize
