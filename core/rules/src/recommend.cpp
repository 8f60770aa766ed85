// The guide's rule: only a measured trigger moves a system to a later stage; the user
// count sets expectations and adds notes, never a move.
#include "rightsize/recommend.hpp"

#include <algorithm>
#include <array>

#include "format.hpp"

namespace rightsize {

namespace {

// Every metric's value read once per evaluation, so conditions index an array: the band
// evaluates the rulebook for every month of every path.
struct MetricTable {
  std::array<std::optional<double>, kMetricCount> value;

  explicit MetricTable(const Metrics& m) {
    for (size_t i = 0; i < value.size(); ++i) value[i] = metric_value(m, static_cast<Metric>(i));
  }
  std::optional<double> operator[](Metric metric) const { return value[static_cast<size_t>(metric)]; }
};

// The one place a condition is judged. An unmeasured metric never fires anything.
bool holds(const Condition& c, std::optional<double> v) {
  if (!v) return false;
  switch (c.comparison) {
    case Comparison::greater: return *v > c.threshold;
    case Comparison::greater_equal: return *v >= c.threshold;
    case Comparison::less: return *v < c.threshold;
    case Comparison::less_equal: return *v <= c.threshold;
    case Comparison::is: return *v == c.threshold;
  }
  return false;
}

bool fires(const Rule& rule, const MetricTable& t) {
  if (!holds(rule.primary, t[rule.primary.metric])) return false;
  for (const Condition& c : rule.all_of)
    if (!holds(c, t[c.metric])) return false;
  return rule.any_of.empty() ||
         std::any_of(rule.any_of.begin(), rule.any_of.end(), [&](const Condition& c) { return holds(c, t[c.metric]); });
}

}  // namespace

bool condition_holds(const Condition& c, const Metrics& m) { return holds(c, metric_value(m, c.metric)); }

Evaluation evaluate(const Rulebook& rules, const Metrics& m, std::vector<const Rule*>* fired) {
  const MetricTable table(m);
  Evaluation e;
  e.stage = m.current_stage;
  for (const Rule& t : rules.triggers) {
    // Deciding alone needs only the triggers past the stage reached so far.
    if (fired == nullptr && t.stage <= e.stage) continue;
    if (!fires(t, table)) continue;
    if (fired != nullptr) fired->push_back(&t);
    if (t.stage > e.stage) {
      e.stage = t.stage;
      e.cause = &t;
    }
  }
  for (const Rule& r : rules.in_place) {
    if (!fires(r, table)) continue;
    if (e.in_place == nullptr) e.in_place = &r;
    if (fired == nullptr) break;
    fired->push_back(&r);
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

// "database CPU above 60%, the connection pool is used up": what calls for the next stage.
std::string watch_list(const Rulebook& rules, int next_stage) {
  std::vector<std::string> seen;
  for (const Rule& t : rules.triggers) {
    if (t.stage != next_stage) continue;
    const std::string item = describe_condition(rules, t.primary);
    if (std::find(seen.begin(), seen.end(), item) == seen.end()) seen.push_back(item);
  }
  std::string out;
  for (const std::string& item : seen) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void add_user_notes(const Rulebook& rules, const Metrics& m, Recommendation& rec) {
  const Stage& s = rules.stage(rec.stage);
  const std::string users = detail::format_number(m.users);
  if (s.users_max && m.users >= *s.users_max) {
    std::string note = users + " users is more than stage " + std::to_string(s.number) + " (" + s.name +
                       ") usually holds (up to " + detail::format_number(*s.users_max) +
                       "). The count alone is no reason to move";
    if (rec.stage < rules.stage_count()) note += "; watch for these: " + watch_list(rules, rec.stage + 1);
    rec.notes.push_back(note + ".");
  } else if (m.users < s.users_min) {
    rec.notes.push_back(users + " users is fewer than stage " + std::to_string(s.number) + " usually serves (from " +
                        detail::format_number(s.users_min) +
                        "). That is fine: the measured triggers, not the count, set the stage.");
  }
}

}  // namespace

Recommendation recommend(const Rulebook& rules, const Metrics& m) {
  std::vector<const Rule*> fired;
  const Evaluation e = evaluate(rules, m, &fired);
  Recommendation rec;
  rec.current_stage = m.current_stage;
  rec.expected_stage = stage_for_users(rules, m.users);
  rec.stage = e.stage;
  bool past_trigger = false;  // a trigger fired for a stage already reached
  for (const Rule* r : fired) {
    // In-place moves happen within the recommended stage.
    rec.fired.push_back({r, r->stage != 0 ? r->stage : rec.stage, *metric_value(m, r->primary.metric)});
    past_trigger |= r->stage != 0 && r->stage <= m.current_stage;
  }

  for (int s = m.current_stage; s < rec.stage; ++s) {
    const Stage& next = rules.stage(s + 1);
    rec.steps.push_back({s, s + 1, next.move, next.move_text});
  }

  if (rec.stage > m.current_stage) {
    // The move that reaches the recommended stage; `steps` holds the ones before it.
    rec.action = rec.steps.back().action;
    rec.action_text = rec.steps.back().text;
    if (e.in_place != nullptr) rec.notes.push_back("Also: " + e.in_place->sentence);
  } else if (e.in_place != nullptr) {
    rec.action = e.in_place->action;
    rec.action_text = e.in_place->sentence;
  } else if (past_trigger) {
    // Triggers fired, but each for a stage already reached: the move due is within it.
    const Stage& here = rules.stage(rec.stage);
    rec.action = "grow_in_stage";
    const bool last = here.number == rules.stage_count();
    rec.action_text = "Stay at stage " + std::to_string(here.number) + " (" + here.name +
                      ") and give the part that fired more room: " +
                      (last ? "more app servers, or bigger ones." : "a bigger instance for it.");
  } else {
    const Stage& here = rules.stage(rec.stage);
    rec.action = "stay";
    rec.action_text =
        "Stay at stage " + std::to_string(here.number) + " (" + here.name + "): no trigger for a later stage fired.";
  }

  const MetricTable table(m);
  for (const Rule& a : rules.advice)
    if (fires(a, table)) rec.notes.push_back(a.sentence);
  add_user_notes(rules, m, rec);
  return rec;
}

}  // namespace rightsize
