// The vertical-or-horizontal comparison for a load the reader sets. The single server and
// the fleet are sized at the autoscaling target, priced through the bill (so the load
// balancer carries its traffic charge, as in a timeline), and weighed by the same rule the
// timeline's sizing applies.
#include "rightsize/scale_choice.hpp"

#include "object_reader.hpp"

namespace rightsize {

namespace {

Value str(std::string s) { return Value::of_string(std::move(s)); }

// The cents a bill gives `role`, or 0 when it has no such line.
Cents line_cents(const Bill& bill, Role role) {
  for (int i = 0; i < bill.size; ++i)
    if (bill.lines[static_cast<size_t>(i)].role == role) return bill.lines[static_cast<size_t>(i)].cents;
  return 0;
}

// The input without "servers": what read_timeline_input checks.
Value without_servers(const Value& input) {
  Value v = Value::object();
  for (const Member& m : input.members)  // copied without a search: each name comes once
    if (m.key != "servers") v.members.push_back(Member{m.key, m.value});
  return v;
}

const char* reason_name(SizingReason r) {
  switch (r) {
    case SizingReason::cheaper_vertical: return "cheaper_vertical";
    case SizingReason::margin_beaten: return "margin_beaten";
    case SizingReason::largest_reached: return "largest_reached";
    case SizingReason::redundancy: return "redundancy";
  }
  return "";
}

// (single - other) / single in percent; null without both.
Value saving_pct(Cents single, Cents other, bool both) {
  return both && single > 0
             ? Value::of_number(100.0 * static_cast<double>(single - other) / static_cast<double>(single))
             : Value();
}

}  // namespace

Value scale_choice_document(const Model& model, const Value& input) {
  std::vector<FieldError> errors;
  const Assumptions& defaults = model.assumptions->defaults;
  std::optional<double> servers;
  if (input.is_object()) {
    detail::ObjectReader r(input, "", errors);
    servers = r.number("servers", detail::NumberRule{defaults.autoscale_min, defaults.autoscale_max, true}, true);
  }
  Result<TimelineInput> read = read_timeline_input(model, input.is_object() ? without_servers(input) : input);
  for (FieldError& e : read.errors) errors.push_back(std::move(e));
  if (!errors.empty()) return errors_to_value(errors);

  const TimelineInput& in = *read.value;
  const Catalogue& c = in.catalogue->catalogue;
  const Assumptions& a = in.assumptions;
  const int count = static_cast<int>(*servers);
  const Load load = load_for_users(in.today.users, a);
  const double target = a.autoscale_target_cpu_pct / 100;
  const int single = cheapest_holding(c.app, load.app_cpu_cores, target, a.app_memory_gb);
  const int fleet = cheapest_holding(c.app, load.app_cpu_cores / count, target, a.app_memory_gb);
  const SizingReason reason =
      weigh_directions(single, single < 0 ? 0 : c.app[static_cast<size_t>(single)].monthly, fleet,
                       fleet < 0 ? 0 : c.app[static_cast<size_t>(fleet)].monthly * count, a, in.today.needs_redundancy);

  Value out = Value::object();
  out.set("users", Value::of_number(in.today.users));
  out.set("peak_rps", Value::of_number(load.peak_rps));
  out.set("app_cpu_cores", Value::of_number(load.app_cpu_cores));
  out.set("servers", Value::of_number(count));
  out.set("needs_redundancy", Value::of_bool(in.today.needs_redundancy));
  out.set("target_cpu_pct", Value::of_number(a.autoscale_target_cpu_pct));
  out.set("margin_pct", Value::of_number(a.vertical_margin_pct));
  Value& provider = out.set("provider", Value::object());
  provider.set("name", str(in.catalogue->name));
  provider.set("label", str(c.label));
  provider.set("currency", str(c.currency));

  Cents single_cents = 0, fleet_cents = 0, lb_cents = 0;
  Value& one = out.set("single", Value());
  if (single >= 0) {
    Infra infra;
    infra.app = single;
    single_cents = line_cents(bill_for(load, infra, c, a), Role::app);
    one = Value::object();
    one.set("type", str(c.app[static_cast<size_t>(single)].type));
    one.set("count", Value::of_number(1));
    one.set("cost_cents", Value::of_number(static_cast<double>(single_cents)));
  }
  Value& many = out.set("fleet", Value());
  if (fleet >= 0) {
    Infra infra;
    infra.app = fleet;
    infra.app_count = count;
    infra.load_balancer = true;
    const Bill bill = bill_for(load, infra, c, a);
    fleet_cents = line_cents(bill, Role::app);
    lb_cents = line_cents(bill, Role::load_balancer);
    many = Value::object();
    many.set("type", str(c.app[static_cast<size_t>(fleet)].type));
    many.set("count", Value::of_number(count));
    many.set("servers_cents", Value::of_number(static_cast<double>(fleet_cents)));
    many.set("load_balancer_cents", Value::of_number(static_cast<double>(lb_cents)));
    many.set("cost_cents", Value::of_number(static_cast<double>(fleet_cents + lb_cents)));
  }
  const bool both = single >= 0 && fleet >= 0;
  out.set("saving_pct", saving_pct(single_cents, fleet_cents, both));
  out.set("saving_with_load_balancer_pct", saving_pct(single_cents, fleet_cents + lb_cents, both));
  out.set("direction", str(direction_of(reason) == Direction::vertical ? "vertical" : "horizontal"));
  out.set("reason", str(reason_name(reason)));

  Value doc = Value::object();
  doc.set("ok", Value::of_bool(true));
  doc.set("result", std::move(out));
  return doc;
}

}  // namespace rightsize
