// The timeline as the documented JSON shape, shared by the CLI and the module.
#include <cmath>

#include "commitment_output.hpp"
#include "move_costs.hpp"
#include "rightsize/timeline.hpp"
#include "rightsize/uncertainty.hpp"
#include "services_output.hpp"

namespace rightsize {

namespace {

Value num(double v) { return Value::of_number(v); }
Value str(std::string s) { return Value::of_string(std::move(s)); }
double round2(double v) { return std::round(v * 100) / 100; }

const char* event_type(EventType t) {
  switch (t) {
    case EventType::stage: return "stage";
    case EventType::warning: return "warning";
    case EventType::scale_up: return "scale_up";
    case EventType::resize: return "resize";
  }
  return "";
}

std::string instance_type(const Catalogue& c, Role role, int index) {
  if (index < 0) return "";
  const auto& list = role == Role::app ? c.app : role == Role::database ? c.database : c.cache;
  return list[static_cast<size_t>(index)].type;
}

std::string event_text(const TimelineEvent& e, const Rulebook& rules, const Catalogue& c) {
  const auto stage_text = [&](int s) { return "stage " + std::to_string(s) + " (" + rules.stage(s).name + ")"; };
  switch (e.type) {
    case EventType::stage: return "Move to " + stage_text(e.to_stage) + ": " + rules.stage(e.to_stage).move_text;
    case EventType::warning:
      // Said "by month N", not "in N months": months inside the lead time repeat this text.
      return "Plan ahead: by month " + std::to_string(e.month + e.in_months) + " " +
             (e.trigger ? describe_condition(rules, e.trigger->primary) + " is expected, calling for "
                        : "the load calls for ") +
             stage_text(e.to_stage) + ". " + rules.stage(e.to_stage).move_text;
    case EventType::scale_up:
      return "Scale the app server up from " + instance_type(c, e.component, e.from_type) + " to " +
             instance_type(c, e.component, e.to_type) + " (vertical before horizontal).";
    case EventType::resize:
      return std::string("Resize the ") + role_name(e.component) + " from " +
             instance_type(c, e.component, e.from_type) + " to " + instance_type(c, e.component, e.to_type) +
             ": it outgrew its size.";
  }
  return "";
}

Value event_to_value(const TimelineEvent& e, const Rulebook& rules, const Catalogue& c, const Assumptions& a) {
  Value out = Value::object();
  out.set("month", num(e.month));
  out.set("type", str(event_type(e.type)));
  if (e.type == EventType::stage || e.type == EventType::warning) {
    out.set("from_stage", num(e.from_stage));
    out.set("to_stage", num(e.to_stage));
  }
  if (e.trigger != nullptr) {
    out.set("trigger", str(e.trigger->id));
    out.set("sentence", str(e.trigger->sentence));
  }
  if (e.type == EventType::scale_up || e.type == EventType::resize) {
    out.set("component", str(role_name(e.component)));
    out.set("from_type", str(instance_type(c, e.component, e.from_type)));
    out.set("to_type", str(instance_type(c, e.component, e.to_type)));
  }
  if (e.type == EventType::warning) out.set("in_months", num(e.in_months));
  if (e.plan) {
    Value& sizing = out.set("sizing", Value::object());
    sizing.set("direction", str(e.plan->direction == Direction::horizontal ? "horizontal" : "vertical"));
    sizing.set("reason", str(describe_plan(*e.plan, c, a)));
  }
  out.set("text", str(event_text(e, rules, c)));
  return out;
}

const Substitution* substitution_for(const Catalogue& c, Role role) {
  for (const Substitution& s : c.substitutions)
    if (s.component == role_name(role)) return &s;
  return nullptr;
}

Value month_to_value(const MonthState& m, const Catalogue& c, const std::vector<Value>& event_texts) {
  using detail::service_note;
  Value out = Value::object();
  out.set("month", num(m.month));
  out.set("users", num(std::round(m.users)));
  out.set("stage", num(m.infra.stage));
  out.set("cost_cents", num(static_cast<double>(m.bill.total)));
  out.set("cumulative_cents", num(static_cast<double>(m.cumulative)));
  Value& parts = out.set("components", Value::array());
  Value estimated = Value::array();  // the roles whose price is an estimate, not a citation
  for (int i = 0; i < m.bill.size; ++i) {
    const BillLine& line = m.bill.lines[static_cast<size_t>(i)];
    Value part = Value::object();
    part.set("role", str(role_name(line.role)));
    part.set("type", str(line_type(line, c, m.infra)));
    part.set("count", num(line.count));
    part.set("cost_cents", num(static_cast<double>(line.cents)));
    part.set("estimated", Value::of_bool(line.estimated));
    if (line.service != nullptr && line.role != Role::storage) {
      part.set("service", str(line.service->name));
      part.set("usage", detail::service_use_value(*line.service, line.use));
      part.set("substitute", str(service_note(*line.service)));
    } else if (const Substitution* s = substitution_for(c, line.role)) {
      part.set("substitute", str(s->text));
    }
    if (line.estimated) estimated.push(str(role_name(line.role)));
    parts.push(std::move(part));
  }
  out.set("estimated_components", std::move(estimated));
  Value& metrics = out.set("metrics", Value::object());
  metrics.set("app_cpu_pct", num(round2(m.observed.app_cpu_pct)));
  metrics.set("db_cpu_pct", num(round2(m.observed.db_cpu_pct)));
  metrics.set("db_query_ms", num(round2(m.observed.db_query_ms)));
  metrics.set("p95_ms", num(round2(m.observed.p95_ms)));
  metrics.set("db_memory_pct", num(round2(m.observed.db_memory_pct)));
  metrics.set("connections", num(round2(m.observed.connections)));
  metrics.set("pool_exhausted", Value::of_bool(m.observed.pool_exhausted));
  if (m.warning_event >= 0) out.set("warning", event_texts[static_cast<size_t>(m.warning_event)]);
  return out;
}

// The band in the display currency, from each path's own rate: replaces the amounts that
// add_display_amounts converted at the one rate.
void set_shown_band(Value& out, const std::vector<BandMonth>& band) {
  for (size_t i = 0; i < band.size(); ++i) {
    Value& item = out.items[i];
    item.set("p10_cost_display_cents", num(static_cast<double>(band[i].shown_p10)));
    item.set("p50_cost_display_cents", num(static_cast<double>(band[i].shown_p50)));
    item.set("p90_cost_display_cents", num(static_cast<double>(band[i].shown_p90)));
  }
}

Value budget_break_to_value(const BudgetBreak& b) {
  Value out = Value::object();
  const auto month = [](const std::optional<int>& m) { return m ? num(*m) : Value(); };
  out.set("p10_month", month(b.p10_month));
  out.set("p50_month", month(b.p50_month));
  out.set("p90_month", month(b.p90_month));
  out.set("share_over", num(round2(b.share_over)));
  return out;
}

Value band_to_value(const std::vector<BandMonth>& band) {
  Value out = Value::array();
  for (const BandMonth& b : band) {
    Value item = Value::object();
    item.set("month", num(b.month));
    item.set("p10_cost_cents", num(static_cast<double>(b.p10)));
    item.set("p50_cost_cents", num(static_cast<double>(b.p50)));
    item.set("p90_cost_cents", num(static_cast<double>(b.p90)));
    Value& p = item.set("p_stage", Value::array());
    for (double v : b.p_stage) p.push(num(v));
    out.push(std::move(item));
  }
  return out;
}

Value provider_to_value(const NamedCatalogue& n, const ChosenServices& services) {
  Value out = Value::object();
  out.set("name", str(n.name));
  out.set("label", str(n.catalogue.label));
  out.set("currency", str(n.catalogue.currency));
  out.set("prices_read_on", str(n.catalogue.oldest_read_on));
  if (!n.catalogue.cache_engine.empty()) out.set("cache_engine", str(n.catalogue.cache_engine_label));
  Value& subs = out.set("substitutions", Value::array());
  for (const Substitution& s : n.catalogue.substitutions) {
    // A service in the component's place leaves the catalogue's substitute unused.
    if ((s.component == "database" && services.database) || (s.component == "cache" && services.cache)) continue;
    Value v = Value::object();
    v.set("component", str(s.component));
    v.set("text", str(s.text));
    subs.push(std::move(v));
  }
  for (const ManagedService* s : {services.database, services.cache}) {
    if (s == nullptr) continue;
    Value v = Value::object();
    v.set("component", str(s->replaces));
    v.set("service", str(s->name));
    v.set("text", str(detail::service_note(*s)));
    subs.push(std::move(v));
  }
  return out;
}

}  // namespace

Value timeline_to_value(const Model& model, const TimelineInput& in) {
  const NamedCatalogue* named = in.catalogue;
  const Catalogue& c = named->catalogue;
  const Rulebook& rules = *model.rules;
  const Timeline t = run_timeline(rules, c, in);

  Value result = Value::object();
  result.set("provider", provider_to_value(*named, in.services));
  if (in.services.any()) {
    Value& used = result.set("services", Value::array());
    for (const ManagedService* s : {in.services.database, in.services.cache})
      if (s != nullptr) {
        Value& service = used.push(service_to_value(*s));
        const double per_unit = s == in.services.database ? in.services.database_per_unit : in.services.cache_per_unit;
        if (s->currency != c.currency) service.set("converted", detail::service_rate(*s, c.currency, per_unit, model));
      }
  }
  // The stages by number, with the move that reaches each: pages style and name them by it.
  Value& stages = result.set("stages", Value::array());
  for (const Stage& s : rules.stages) {
    Value stage = Value::object();
    stage.set("stage", num(s.number));
    stage.set("name", str(s.name));
    stage.set("move", str(s.move));
    stages.push(std::move(stage));
  }
  std::vector<Value> texts;
  Value& events = result.set("events", Value::array());
  for (const TimelineEvent& e : t.events) {
    Value event = event_to_value(e, rules, c, in.assumptions);
    texts.push_back(*event.find("text"));
    // A service sizes itself: the catalogue's resizes of what it replaces are not the reader's to make.
    const bool by_service = e.type == EventType::resize && ((e.component == Role::database && in.services.database) ||
                                                            (e.component == Role::cache && in.services.cache));
    detail::add_move_cost(event, e, t);
    if (!by_service) events.push(std::move(event));
  }
  Value& months = result.set("months", Value::array());
  for (const MonthState& m : t.months) months.push(month_to_value(m, c, texts));
  if (in.commitment) {
    for (size_t i = 0; i < t.months.size(); ++i)
      months.items[i].set("commitment", detail::commitment_month(t.months[i], c, *in.commitment));
    result.set("commitment", detail::commitment_summary(t, in, rules, c));
  }
  result.set("budget_cents", in.budget_cents ? num(static_cast<double>(*in.budget_cents)) : Value());
  result.set("budget_exceeded_month", t.budget_exceeded_month ? num(*t.budget_exceeded_month) : Value());
  Value& over = result.set("overengineering", Value::object());
  over.set("staged_cents", num(static_cast<double>(t.staged_cents)));
  over.set("stage4_from_start_cents", num(static_cast<double>(t.last_stage_from_start_cents)));
  over.set("extra_cents", num(static_cast<double>(t.last_stage_from_start_cents - t.staged_cents)));
  result.set("assumptions", assumptions_to_value(*model.assumptions, in.assumptions));
  std::optional<Band> band;
  if (in.uncertainty) {
    Value& u = result.set("uncertainty", Value::object());
    u.set("paths", num(in.uncertainty->paths));
    u.set("seed", num(static_cast<double>(in.uncertainty->seed)));
    u.set("growth_sd_pct", num(in.uncertainty->growth_sd_pct));
    band = uncertainty_band_in_currency(rules, c, in, *in.uncertainty);
    result.set("band", band_to_value(band->months));
    // When the paths break the budget: in the display currency when the budget has one.
    if (band->budget) result.set("budget_band", budget_break_to_value(*band->budget));
  }
  if (in.currency) {
    add_display_amounts(result, *in.currency);
    for (Member& m : result.members)
      if (band && m.key == "band") set_shown_band(m.value, band->months);
    // A budget given in the display currency is shown as given, not converted there and back.
    if (in.budget_display_cents) result.set("budget_display_cents", num(*in.budget_display_cents));
  }
  return result;
}

Value timeline_document(const Model& model, const Value& input) {
  Result<TimelineInput> read = read_timeline_input(model, input);
  if (!read.ok()) return errors_to_value(read.errors);
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  out.set("result", timeline_to_value(model, *read.value));
  return out;
}

}  // namespace rightsize
