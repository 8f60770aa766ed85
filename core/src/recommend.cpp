// The guide's rule: only a measured trigger moves a system to a later stage; the user
// count sets expectations and adds notes, never a move.
#include "rightsize/recommend.hpp"

#include <algorithm>
#include <array>

#include "format.hpp"

namespace rightsize {

namespace {

// Every metric's value read once, so conditions index an array instead of switching.
struct MetricTable {
  std::array<double, 12> value{};
  std::array<bool, 12> present{};

  explicit MetricTable(const Metrics& m) {
    set(Metric::users, m.users);
    set(Metric::current_stage, m.current_stage);
    set(Metric::app_cpu_pct, m.app_cpu_pct);
    set(Metric::db_cpu_pct, m.db_cpu_pct);
    set(Metric::db_query_ms, m.db_query_ms);
    set(Metric::p95_ms, m.p95_ms);
    set(Metric::pool_exhausted, m.pool_exhausted);
    set(Metric::repeated_reads, m.repeated_reads);
    set(Metric::slow_changing_data, m.slow_changing_data);
    set(Metric::db_upgraded, m.db_upgraded);
    set(Metric::at_max_instance, m.at_max_instance);
    set(Metric::needs_redundancy, m.needs_redundancy);
  }

  void set(Metric metric, std::optional<double> v) {
    present[static_cast<size_t>(metric)] = v.has_value();
    value[static_cast<size_t>(metric)] = v.value_or(0);
  }
};

bool compare(const Condition& c, double v) {
  switch (c.comparison) {
    case Comparison::greater: return v > c.threshold;
    case Comparison::greater_equal: return v >= c.threshold;
    case Comparison::less: return v < c.threshold;
    case Comparison::less_equal: return v <= c.threshold;
    case Comparison::is: return v == c.threshold;
  }
  return false;
}

bool holds(const Condition& c, const MetricTable& t) {
  const size_t i = static_cast<size_t>(c.metric);
  return t.present[i] && compare(c, t.value[i]);  // an unmeasured metric never fires anything
}

bool fires(const Rule& rule, const MetricTable& t) {
  if (!holds(rule.primary, t)) return false;
  for (const Condition& c : rule.all_of)
    if (!holds(c, t)) return false;
  if (rule.any_of.empty()) return true;
  return std::any_of(rule.any_of.begin(), rule.any_of.end(), [&](const Condition& c) { return holds(c, t); });
}

}  // namespace

bool rule_fires(const Rule& rule, const Metrics& m) { return fires(rule, MetricTable(m)); }

bool condition_holds(const Condition& c, const Metrics& m) {
  const std::optional<double> v = metric_value(m, c.metric);
  return v && compare(c, *v);
}

Evaluation evaluate(const Rulebook& rules, const Metrics& m) {
  const MetricTable table(m);
  Evaluation e;
  e.stage = m.current_stage;
  for (const Rule& t : rules.triggers) {
    if (t.stage > e.stage && fires(t, table)) {
      e.stage = t.stage;
      e.cause = &t;
    }
  }
  for (const Rule& r : rules.in_place) {
    if (fires(r, table)) {
      e.in_place = &r;
      break;
    }
  }
  return e;
}

namespace {

int stage_for_users(const Rulebook& rules, double users) {
  int stage = 1;
  for (const Stage& s : rules.stages)
    if (users >= s.users_min) stage = s.number;
  return stage;
}

std::string describe_condition(const Condition& c) {
  const std::string name = metric_name(c.metric);
  if (c.comparison == Comparison::is) return name + (c.threshold != 0 ? "" : " (false)");
  return name + " " + comparison_symbol(c.comparison) + " " + detail::format_number(c.threshold);
}

// "watch db_cpu_pct > 60, pool_exhausted" — the primary conditions of the next stage's triggers.
std::string watch_list(const Rulebook& rules, int next_stage) {
  std::vector<std::string> seen;
  std::string out;
  for (const Rule& t : rules.triggers) {
    if (t.stage != next_stage) continue;
    const std::string item = describe_condition(t.primary);
    if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
    seen.push_back(item);
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

void add_user_notes(const Rulebook& rules, const Metrics& m, Recommendation& rec) {
  const Stage& s = rules.stage(rec.stage);
  const std::string users = detail::format_number(m.users);
  if (s.users_max && m.users >= *s.users_max) {
    std::string note = users + " users is more than stage " + std::to_string(s.number) + " (" + s.name +
                       ") usually holds (up to " + detail::format_number(*s.users_max) +
                       "). The count alone is no reason to move";
    if (rec.stage < rules.stage_count())
      note += "; watch these metrics: " + watch_list(rules, rec.stage + 1);
    rec.notes.push_back(note + ".");
  } else if (m.users < s.users_min) {
    rec.notes.push_back(users + " users is fewer than stage " + std::to_string(s.number) +
                        " usually serves (from " + detail::format_number(s.users_min) +
                        "). That is fine: the measured triggers, not the count, set the stage.");
  }
}

}  // namespace

Recommendation recommend(const Rulebook& rules, const Metrics& m) {
  Recommendation rec;
  rec.current_stage = m.current_stage;
  rec.expected_stage = stage_for_users(rules, m.users);

  int highest = 0;
  for (const Rule& t : rules.triggers) {
    if (!rule_fires(t, m)) continue;
    rec.fired.push_back({&t, t.stage, *metric_value(m, t.primary.metric)});
    highest = std::max(highest, t.stage);
  }
  rec.stage = std::max(m.current_stage, highest);

  const Rule* in_place = nullptr;
  for (const Rule& r : rules.in_place) {
    if (!rule_fires(r, m)) continue;
    rec.fired.push_back({&r, rec.stage, *metric_value(m, r.primary.metric)});
    if (in_place == nullptr) in_place = &r;
  }

  for (int s = m.current_stage; s < rec.stage; ++s) {
    const Stage& next = rules.stage(s + 1);
    rec.steps.push_back({s, s + 1, next.move, next.move_text});
  }

  if (rec.stage > m.current_stage) {
    // The move that reaches the recommended stage; `steps` holds the ones before it.
    rec.action = rec.steps.back().action;
    rec.action_text = rec.steps.back().text;
    if (in_place != nullptr) rec.notes.push_back("Also: " + in_place->sentence);
  } else if (in_place != nullptr) {
    rec.action = in_place->action;
    rec.action_text = in_place->sentence;
  } else {
    const Stage& here = rules.stage(rec.stage);
    rec.action = "stay";
    rec.action_text = "Stay at stage " + std::to_string(here.number) + " (" + here.name +
                      "): no trigger for a later stage fired.";
    if (highest != 0)
      rec.notes.push_back("Some triggers fired for a stage you have already reached: give the component they "
                          "name more room (a bigger instance, or more servers at the last stage).");
  }

  for (const Rule& a : rules.advice)
    if (rule_fires(a, m)) rec.notes.push_back(a.sentence);
  add_user_notes(rules, m, rec);
  return rec;
}

}  // namespace rightsize
