// One path through the months: measure, decide with the rulebook, resize, bill.
#include <algorithm>
#include <cmath>

#include "rightsize/recommend.hpp"
#include "rightsize/timeline.hpp"

namespace rightsize {

namespace {

TimelineEvent make_event(int month, EventType type, int from_stage, int to_stage, const Rule* trigger) {
  TimelineEvent e;
  e.month = month;
  e.type = type;
  e.from_stage = from_stage;
  e.to_stage = to_stage;
  e.trigger = trigger;
  return e;
}

class Simulator {
 public:
  Simulator(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, std::vector<TimelineEvent>* events)
      : rules_(rules), c_(c), in_(in), a_(in.assumptions), events_(events) {
    // With nothing read repeatedly and nothing slow to change, a cache answers nothing.
    if (!in.today.repeated_reads && !in.today.slow_changing_data) a_.cache_hit_pct = 0;
    for (const auto* list : {&rules.triggers, &rules.in_place})
      for (const Rule& r : *list)
        for (const Condition& cond : r.all_of)
          if (cond.metric == Metric::at_max_instance) at_max_rules_.push_back(&r);
  }

  Infra initial(int stage, const Load& load) {
    Infra infra;
    infra.stage = 1;
    infra.app = size_box(load, c_, a_);
    if (stage > 1) grow_to(infra, stage, load, 0);
    return infra;
  }

  MonthState step(int month, double users, Infra& infra) {
    MonthState s;
    s.month = month;
    s.users = users;
    const Load load = load_for_users(users, a_);
    s.observed = observe(load, infra, c_, a_);
    const Metrics metrics = measured(month, s.observed, infra, load);
    const Evaluation e = evaluate(rules_, metrics);
    if (e.stage > infra.stage) {
      record(make_event(month, EventType::stage, infra.stage, e.stage, e.cause));
      grow_to(infra, e.stage, load, month);
    } else {
      if (e.in_place != nullptr && infra.stage < 4) scale_up(infra, load, month, e.in_place);
      upkeep(infra, load, s.observed, month);
    }
    s.infra = infra;
    s.bill = bill_for(load, infra, c_, a_);
    return s;
  }

 private:
  // What the rulebook reads: the model's figures, or the reader's own measurements in month 1.
  Metrics measured(int month, const Observed& o, const Infra& infra, const Load& load) const {
    Metrics m = in_.today;
    m.users = load.users;
    m.current_stage = infra.stage;
    m.db_upgraded = infra.db_upgraded || (month == 1 && in_.today.db_upgraded);
    if (month != 1 || !m.app_cpu_pct) m.app_cpu_pct = o.app_cpu_pct;
    if (month != 1 || !m.db_cpu_pct) m.db_cpu_pct = o.db_cpu_pct;
    if (month != 1 || !m.db_query_ms) m.db_query_ms = o.db_query_ms;
    if (month != 1 || !m.p95_ms) m.p95_ms = o.p95_ms;
    m.pool_exhausted = o.pool_exhausted || (month == 1 && in_.today.pool_exhausted);
    // "No bigger size to move to": none holds the load, or several smaller beat it by the
    // margin. Sizing is only asked when a rule that reads it could fire.
    m.at_max_instance = false;
    if (infra.stage < 4 && std::any_of(at_max_rules_.begin(), at_max_rules_.end(),
                                       [&](const Rule* r) { return condition_holds(r->primary, m); }))
      m.at_max_instance = plan_app(load.app_cpu_cores, c_, a_, false).direction == Direction::horizontal;
    return m;
  }

  void record(TimelineEvent e) {
    if (events_ != nullptr) events_->push_back(e);
  }

  // Adds what each later stage brings, right-sizing what the move changes: the box becomes
  // an app server, and the database sheds the reads a new cache takes.
  void grow_to(Infra& infra, int stage, const Load& load, int month) {
    for (int s = infra.stage + 1; s <= stage; ++s) {
      if (s == 2) {
        infra.database = size_database(load, infra, c_, a_);
        infra.db_upgraded = false;
        // The box becomes an app server: sized now for the app alone.
        const int app = cheapest_holding(c_.app, load.app_cpu_cores, a_.autoscale_target_cpu_pct / 100, a_.app_memory_gb);
        if (app >= 0) infra.app = app;
      } else if (s == 3) {
        infra.cache = size_cache(load, c_, a_);
        // The cache takes reads off the database: it is right-sized for what is left.
        infra.database = size_database(load, infra, c_, a_);
      } else if (s == 4) {
        // The reason shown is the real one (the margin, the largest size, redundancy).
        AppPlan plan = plan_app(load.app_cpu_cores, c_, a_, in_.today.needs_redundancy);
        if (plan.direction != Direction::horizontal) plan = plan_app(load.app_cpu_cores, c_, a_, true);
        infra.app = plan.type;
        infra.app_count = plan.count;
        infra.load_balancer = true;
        if (events_ != nullptr && month > 0) events_->back().plan = plan;
      }
    }
    infra.stage = std::max(infra.stage, stage);
  }

  void scale_up(Infra& infra, const Load& load, int month, const Rule* rule) {
    const int bigger = infra.stage == 1 ? size_box(load, c_, a_)
                                        : plan_app(load.app_cpu_cores, c_, a_, false).single_type;
    if (bigger < 0 || c_.app[static_cast<size_t>(bigger)].vcpu <= c_.app[static_cast<size_t>(infra.app)].vcpu) return;
    TimelineEvent e = make_event(month, EventType::scale_up, infra.stage, infra.stage, rule);
    e.component = Role::app;
    e.from_type = infra.app;
    e.to_type = bigger;
    record(e);
    infra.app = bigger;
  }

  void resize(Role role, int& current, int wanted, int month) {
    if (wanted == current) return;
    TimelineEvent e = make_event(month, EventType::resize, 0, 0, nullptr);
    e.component = role;
    e.from_type = current;
    e.to_type = wanted;
    record(e);
    current = wanted;
  }

  // Within a stage: resize what has outgrown its size, and let autoscaling follow the load.
  void upkeep(Infra& infra, const Load& load, const Observed& o, int month) {
    if (infra.database >= 0 && (o.db_cpu_pct > a_.resize_above_pct || o.db_memory_pct > 100)) {
      const int wanted = size_database(load, infra, c_, a_);
      if (c_.database[static_cast<size_t>(wanted)].monthly > c_.database[static_cast<size_t>(infra.database)].monthly) {
        resize(Role::database, infra.database, wanted, month);
        infra.db_upgraded = true;
      }
    }
    if (infra.cache >= 0) {
      const int wanted = size_cache(load, c_, a_);
      if (c_.cache[static_cast<size_t>(wanted)].memory_gib > c_.cache[static_cast<size_t>(infra.cache)].memory_gib)
        resize(Role::cache, infra.cache, wanted, month);
    }
    if (infra.stage == 4) {
      const PricedInstance& app = c_.app[static_cast<size_t>(infra.app)];
      const double per_server = app.vcpu * a_.autoscale_target_cpu_pct / 100;
      const double servers = std::max(a_.autoscale_min, std::ceil(load.app_cpu_cores / per_server));
      if (servers <= a_.autoscale_max) {
        infra.app_count = static_cast<int>(servers);
      } else {  // the fleet is at its maximum: move it to a bigger size
        const AppPlan plan = plan_app(load.app_cpu_cores, c_, a_, true);
        int type = infra.app;
        resize(Role::app, type, plan.type, month);
        infra.app = type;
        infra.app_count = plan.count;
      }
    }
  }

  const Rulebook& rules_;
  const Catalogue& c_;
  const TimelineInput& in_;
  Assumptions a_;
  std::vector<TimelineEvent>* events_;
  std::vector<const Rule*> at_max_rules_;  // rules whose decision depends on at_max_instance
};

}  // namespace

namespace {

// Runs the months of one path, handing each finished month to `sink`.
template <class Sink>
void run_path(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, const std::vector<double>& users,
              int start_stage, std::vector<TimelineEvent>* events, Sink&& sink) {
  if (users.empty()) return;
  Simulator sim(rules, c, in, events);
  Infra infra = sim.initial(start_stage, load_for_users(users[0], in.assumptions));
  for (size_t i = 0; i < users.size(); ++i) sink(sim.step(static_cast<int>(i) + 1, users[i], infra));
}

}  // namespace

void simulate(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, const std::vector<double>& users,
              int start_stage, std::vector<MonthState>& months, std::vector<TimelineEvent>* events) {
  months.clear();
  Cents cumulative = 0;
  run_path(rules, c, in, users, start_stage, events, [&](MonthState s) {
    cumulative += s.bill.total;
    s.cumulative = cumulative;
    months.push_back(s);
  });
}

void simulate_totals(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, const std::vector<double>& users,
                     int start_stage, Cents* cost, int* stage) {
  size_t i = 0;
  run_path(rules, c, in, users, start_stage, nullptr, [&](const MonthState& s) {
    cost[i] = s.bill.total;
    stage[i++] = s.infra.stage;
  });
}

Timeline run_timeline(const Rulebook& rules, const Catalogue& c, const TimelineInput& in) {
  Timeline t;
  const double start = in.today.users;
  const std::vector<double> users = users_by_month(in.growth, start, in.months);
  simulate(rules, c, in, users, in.today.current_stage, t.months, &t.events);

  // A warning ahead of each stage move, so the migration is planned before it is needed.
  const int lead = static_cast<int>(in.assumptions.warning_months);
  const size_t moves = t.events.size();
  for (size_t i = 0; i < moves; ++i) {
    const TimelineEvent move = t.events[i];
    if (move.type != EventType::stage || lead == 0 || move.month <= 1) continue;
    TimelineEvent w = move;
    w.type = EventType::warning;
    w.month = std::max(1, move.month - lead);
    w.in_months = move.month - w.month;
    w.plan.reset();
    t.events.push_back(w);
  }
  std::stable_sort(t.events.begin(), t.events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.month < b.month; });
  // Each month inside a warning's lead time points at that warning.
  for (size_t i = 0; i < t.events.size(); ++i) {
    const TimelineEvent& w = t.events[i];
    if (w.type != EventType::warning) continue;
    for (int m = w.month; m < w.month + w.in_months; ++m)
      if (t.months[static_cast<size_t>(m - 1)].warning_event < 0) t.months[static_cast<size_t>(m - 1)].warning_event = static_cast<int>(i);
  }

  for (const MonthState& m : t.months) {
    if (in.budget_cents && m.bill.total > *in.budget_cents && !t.budget_exceeded_month) t.budget_exceeded_month = m.month;
  }
  t.staged_cents = t.months.empty() ? 0 : t.months.back().cumulative;
  std::vector<Cents> cost(users.size());
  std::vector<int> stage(users.size());
  simulate_totals(rules, c, in, users, 4, cost.data(), stage.data());
  for (Cents month : cost) t.stage4_from_start_cents += month;
  return t;
}

}  // namespace rightsize
