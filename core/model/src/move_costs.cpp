#include "move_costs.hpp"

namespace rightsize::detail {

void add_move_cost(Value& out, const TimelineEvent& e, const Timeline& t) {
  // A warning moves nothing, and month 1 has no bill before it.
  if (e.type == EventType::warning || e.month < 2 || e.month > static_cast<int>(t.months.size())) return;
  const Cents before = t.months[static_cast<size_t>(e.month - 2)].bill.total;
  const Cents after = t.months[static_cast<size_t>(e.month - 1)].bill.total;
  out.set("monthly_before_cents", Value::of_number(static_cast<double>(before)));
  out.set("monthly_cents", Value::of_number(static_cast<double>(after)));
  out.set("monthly_change_cents", Value::of_number(static_cast<double>(after - before)));
}

}  // namespace rightsize::detail
