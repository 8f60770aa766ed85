#include "move_costs.hpp"

namespace rightsize::detail {

void add_move_costs(Value& events, const Timeline& t) {
  for (size_t i = 0; i < t.events.size(); ++i) {
    const TimelineEvent& e = t.events[i];
    // A warning moves nothing, and month 1 has no bill before it.
    if (e.type == EventType::warning || e.month < 2 || e.month > static_cast<int>(t.months.size())) continue;
    const Cents before = t.months[static_cast<size_t>(e.month - 2)].bill.total;
    const Cents after = t.months[static_cast<size_t>(e.month - 1)].bill.total;
    Value& out = events.items[i];
    out.set("monthly_before_cents", Value::of_number(static_cast<double>(before)));
    out.set("monthly_cents", Value::of_number(static_cast<double>(after)));
    out.set("monthly_change_cents", Value::of_number(static_cast<double>(after - before)));
  }
}

}  // namespace rightsize::detail
