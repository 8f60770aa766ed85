// A whole timeline: the path month by month, then what a reader plans with: a warning
// ahead of each move, the first month over budget, and the cost of building the last
// stage on day one.
#include <algorithm>

#include "rightsize/timeline.hpp"

namespace rightsize {

namespace {

// A warning the configured lead ahead of each stage move, so the migration is planned
// before it is needed. Events stay in month order.
void add_warnings(std::vector<TimelineEvent>& events, int lead) {
  if (lead == 0) return;
  const size_t moves = events.size();
  for (size_t i = 0; i < moves; ++i) {
    const TimelineEvent move = events[i];
    if (move.type != EventType::stage || move.month <= 1) continue;
    TimelineEvent w = move;
    w.type = EventType::warning;
    w.month = std::max(1, move.month - lead);
    w.in_months = move.month - w.month;
    w.plan.reset();
    events.push_back(w);
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.month < b.month; });
}

// Each month inside a warning's lead time points at that warning.
void mark_warned_months(const std::vector<TimelineEvent>& events, std::vector<MonthState>& months) {
  for (size_t i = 0; i < events.size(); ++i) {
    const TimelineEvent& w = events[i];
    if (w.type != EventType::warning) continue;
    for (int m = w.month; m < w.month + w.in_months; ++m) {
      MonthState& month = months[static_cast<size_t>(m - 1)];
      if (month.warning_event < 0) month.warning_event = static_cast<int>(i);
    }
  }
}

std::optional<int> first_month_over(const std::vector<MonthState>& months, std::optional<Cents> budget) {
  if (!budget) return std::nullopt;
  for (const MonthState& m : months)
    if (m.bill.total > *budget) return m.month;
  return std::nullopt;
}

// The same users with every stage built from the start: what over-engineering costs.
Cents last_stage_from_start(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                            const std::vector<double>& users) {
  std::vector<Cents> cost(users.size());
  std::vector<int> stage(users.size());
  simulate_totals(rules, c, in, users, rules.stage_count(), cost.data(), stage.data());
  Cents total = 0;
  for (Cents month : cost) total += month;
  return total;
}

}  // namespace

Timeline run_timeline(const Rulebook& rules, const Catalogue& c, const TimelineInput& in) {
  Timeline t;
  const std::vector<double> users = users_by_month(in.growth, in.today.users, in.months);
  simulate(rules, c, in, users, in.today.current_stage, t.months, &t.events);
  add_warnings(t.events, static_cast<int>(in.assumptions.warning_months));
  mark_warned_months(t.events, t.months);
  t.budget_exceeded_month = first_month_over(t.months, in.budget_cents);
  t.staged_cents = t.months.empty() ? 0 : t.months.back().cumulative;
  t.last_stage_from_start_cents = last_stage_from_start(rules, c, in, users);
  return t;
}

}  // namespace rightsize
