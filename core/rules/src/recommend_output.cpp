// The recommendation as the documented JSON shape, shared by the CLI and the module.
#include "rightsize/recommend.hpp"

namespace rightsize {

namespace {

Value condition_number(const Condition& c, double v) {
  return c.comparison == Comparison::is ? Value::of_bool(v != 0) : Value::of_number(v);
}

// A condition against a value, in the order fired entries have always had: metric,
// label, comparison, value, threshold, the condition in words ("database CPU above 60%")
// and unit. An unmeasured value is null.
void condition_fields(Value& out, const Rulebook& rules, const Condition& c, std::optional<double> v) {
  const MetricWords& words = rules.words[static_cast<size_t>(c.metric)];
  out.set("metric", Value::of_string(metric_name(c.metric)));
  out.set("label", Value::of_string(words.label));
  out.set("comparison", Value::of_string(comparison_symbol(c.comparison)));
  out.set("value", v ? condition_number(c, *v) : Value());
  out.set("threshold", condition_number(c, c.threshold));
  out.set("condition", Value::of_string(describe_condition(rules, c)));
  out.set("unit", Value::of_string(words.unit));
}

// Each fired rule with its condition in words beside the ids, and the sentence that is true
// for the stage the reader is on.
Value fired_to_value(const Rulebook& rules, const FiredRule& f, int current_stage) {
  const Rule& r = *f.rule;
  Value out = Value::object();
  out.set("id", Value::of_string(r.id));
  out.set("stage", Value::of_number(f.stage));
  if (!r.action.empty()) out.set("action", Value::of_string(r.action));
  if (!r.move_text.empty()) out.set("move_text", Value::of_string(r.move_text));
  condition_fields(out, rules, r.primary, f.value);
  const bool reached = r.stage != 0 && r.stage <= current_stage && !r.sentence_reached.empty();
  out.set("sentence", Value::of_string(reached ? r.sentence_reached : r.sentence));
  return out;
}

// One condition of a trigger beside the value it was judged on, for a page's live check
// ("Database CPU 72%: above 60%, holds"). An unmeasured value never holds.
Value check_condition(const Rulebook& rules, const Metrics& m, const Condition& c) {
  Value out = Value::object();
  condition_fields(out, rules, c, metric_value(m, c.metric));
  out.set("holds", Value::of_bool(condition_holds(c, m)));
  return out;
}

// Every trigger, fired or not, in the rulebook's order: `conditions` holds its primary
// condition and every "and", each against its value; `and_any` the conditions of which one
// must hold too (empty when the rule has none). Whether it fires is the recommendation's
// own judgement (`fired` lists every trigger that fires).
Value checks_to_value(const Rulebook& rules, const Metrics& m, const Recommendation& rec) {
  Value checks = Value::array();
  for (const Rule& r : rules.triggers) {
    Value check = Value::object();
    check.set("stage", Value::of_number(r.stage));
    bool fires = false;
    for (const FiredRule& f : rec.fired) fires |= f.rule == &r;
    check.set("fires", Value::of_bool(fires));
    Value& all = check.set("conditions", Value::array());
    all.push(check_condition(rules, m, r.primary));
    for (const Condition& c : r.all_of) all.push(check_condition(rules, m, c));
    Value& any = check.set("and_any", Value::array());
    for (const Condition& c : r.any_of) any.push(check_condition(rules, m, c));
    checks.push(std::move(check));
  }
  return checks;
}

}  // namespace

Value recommendation_to_value(const Rulebook& rules, const AssumptionBook& assumptions, const Metrics& m,
                              const Recommendation& r) {
  const Stage& stage = rules.stage(r.stage);
  Value out = Value::object();
  out.set("stage", Value::of_number(r.stage));
  out.set("stage_name", Value::of_string(stage.name));
  out.set("stage_setup", Value::of_string(stage_setup(stage, assumptions, assumptions.defaults)));
  out.set("current_stage", Value::of_number(r.current_stage));
  out.set("users", Value::of_number(m.users));
  out.set("expected_stage", Value::of_number(r.expected_stage));
  Value& range = out.set("typical_users", Value::object());
  range.set("min", Value::of_number(stage.users_min));
  range.set("max", stage.users_max ? Value::of_number(*stage.users_max) : Value());
  out.set("action", Value::of_string(r.action));
  out.set("action_text", Value::of_string(r.action_text));
  Value& fired = out.set("fired", Value::array());
  for (const FiredRule& f : r.fired) fired.push(fired_to_value(rules, f, r.current_stage));
  Value& steps = out.set("steps", Value::array());
  for (const Step& s : r.steps) {
    Value step = Value::object();
    step.set("from", Value::of_number(s.from));
    step.set("to", Value::of_number(s.to));
    step.set("action", Value::of_string(s.action));
    step.set("text", Value::of_string(s.text));
    steps.push(std::move(step));
  }
  Value& notes = out.set("notes", Value::array());
  for (const std::string& n : r.notes) notes.push(Value::of_string(n));
  out.set("checks", checks_to_value(rules, m, r));
  return out;
}

Value recommend_document(const Rulebook& rules, const AssumptionBook& assumptions, const Value& input) {
  Result<Metrics> metrics = read_metrics(input, rules.stage_count());
  if (!metrics.ok()) return errors_to_value(metrics.errors);
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  out.set("result", recommendation_to_value(rules, assumptions, *metrics.value, recommend(rules, *metrics.value)));
  return out;
}

}  // namespace rightsize
