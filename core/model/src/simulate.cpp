// One path through the months: measure, decide with the rulebook, move or resize, bill.
// Stage moves are the rulebook's actions (split_database, add_cache, scale_out): the
// simulator knows what each adds, not which stage number it has.
#include <algorithm>
#include <cmath>

#include "rightsize/recommend.hpp"
#include "rightsize/timeline.hpp"

namespace rightsize {

namespace {

enum class Move { stay, split_database, add_cache, scale_out };

struct MoveName {
  Move move;
  const char* action;
};
constexpr MoveName kMoves[] = {{Move::stay, "stay"},
                               {Move::split_database, "split_database"},
                               {Move::add_cache, "add_cache"},
                               {Move::scale_out, "scale_out"}};

std::optional<Move> move_for(const std::string& action) {
  for (const MoveName& m : kMoves)
    if (action == m.action) return m.move;
  return std::nullopt;
}

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
    for (const Stage& s : rules.stages) moves_.push_back(move_for(s.move).value_or(Move::stay));
    for (const auto* list : {&rules.triggers, &rules.in_place})
      for (const Rule& r : *list)
        for (const Condition& cond : r.all_of)
          if (cond.metric == Metric::at_max_instance) at_max_rules_.push_back(&r);
  }

  Infra initial(int stage, const Load& load) const {
    Infra infra;
    infra.app = size_box(load, c_, a_);
    grow_to(infra, stage, load);
    return infra;
  }

  MonthState step(int month, double users, Infra& infra) {
    MonthState s;
    s.month = month;
    s.users = users;
    const Load load = load_for_users(users, a_);
    s.observed = observe(load, infra, c_, a_);
    const Evaluation e = evaluate(rules_, measured(month, s.observed, infra, load));
    if (e.stage > infra.stage) {
      TimelineEvent move = make_event(month, EventType::stage, infra.stage, e.stage, e.cause);
      move.plan = grow_to(infra, e.stage, load);
      record(move);
    } else {
      // Only the app server's in-place move is the simulator's to make: the database's
      // sizes follow its modelled load (resize_database below), not a rule's advice.
      if (e.in_place != nullptr && e.in_place->action == kAppScaleUp && !infra.load_balancer)
        scale_up(infra, load, month, e.in_place);
      resize_database(infra, load, s.observed, month);
      resize_cache(infra, load, month);
      if (infra.load_balancer) follow_autoscaling(infra, load, month);
    }
    s.infra = infra;
    // Machines are chosen at on-demand prices; from the commitment's month they are billed at its.
    const CommitmentInput* commit = in_.commitment ? &*in_.commitment : nullptr;
    const bool committed = commit != nullptr && commit->prices && month >= commit->from_month;
    s.bill = bill_for(load, infra, committed ? *commit->prices : c_, a_);
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
    if (!infra.load_balancer && std::any_of(at_max_rules_.begin(), at_max_rules_.end(),
                                            [&](const Rule* r) { return condition_holds(r->primary, m); }))
      m.at_max_instance = plan_app(load.app_cpu_cores, c_, a_, false).direction == Direction::horizontal;
    return m;
  }

  void record(const TimelineEvent& e) {
    if (events_ != nullptr) events_->push_back(e);
  }

  // Makes each later stage's move, right-sizing what the move changes: the box becomes an
  // app server, and the database sheds the reads a new cache takes. Returns the app tier's
  // plan when a move scales it out.
  std::optional<AppPlan> grow_to(Infra& infra, int stage, const Load& load) const {
    std::optional<AppPlan> scaled;
    for (int s = infra.stage + 1; s <= stage; ++s) {
      switch (moves_[static_cast<size_t>(s - 1)]) {
        case Move::stay: break;
        case Move::split_database: split_database(infra, load); break;
        case Move::add_cache: add_cache(infra, load); break;
        case Move::scale_out: scaled = scale_out(infra, load); break;
      }
    }
    infra.stage = std::max(infra.stage, stage);
    return scaled;
  }

  void split_database(Infra& infra, const Load& load) const {
    infra.database = size_database(load, infra, c_, a_);
    infra.db_upgraded = false;
    // The box becomes an app server: sized now for the app alone.
    const int app = cheapest_holding(c_.app, load.app_cpu_cores, a_.autoscale_target_cpu_pct / 100, a_.app_memory_gb);
    if (app >= 0) infra.app = app;
  }

  void add_cache(Infra& infra, const Load& load) const {
    infra.cache = size_cache(load, c_, a_);
    // The cache takes reads off the database: it is right-sized for what is left.
    infra.database = size_database(load, infra, c_, a_);
  }

  // The reason shown is the real one (the margin, the largest size, redundancy).
  AppPlan scale_out(Infra& infra, const Load& load) const {
    AppPlan plan = plan_app(load.app_cpu_cores, c_, a_, in_.today.needs_redundancy);
    if (plan.direction != Direction::horizontal) plan = plan_app(load.app_cpu_cores, c_, a_, true);
    infra.app = plan.type;
    infra.app_count = plan.count;
    infra.load_balancer = true;
    return plan;
  }

  void scale_up(Infra& infra, const Load& load, int month, const Rule* rule) {
    const bool shares_box = infra.database < 0;  // the database still runs on the app server
    const int bigger = shares_box ? size_box(load, c_, a_) : plan_app(load.app_cpu_cores, c_, a_, false).single_type;
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

  // A database past the resize threshold, or out of memory, moves to a bigger size.
  void resize_database(Infra& infra, const Load& load, const Observed& o, int month) {
    if (infra.database < 0 || (o.db_cpu_pct <= a_.resize_above_pct && o.db_memory_pct <= 100)) return;
    const int wanted = size_database(load, infra, c_, a_);
    if (c_.database[static_cast<size_t>(wanted)].monthly <= c_.database[static_cast<size_t>(infra.database)].monthly)
      return;
    resize(Role::database, infra.database, wanted, month);
    infra.db_upgraded = true;
  }

  // A cache grows with the hot data it holds.
  void resize_cache(Infra& infra, const Load& load, int month) {
    if (infra.cache < 0) return;
    const int wanted = size_cache(load, c_, a_);
    if (c_.cache[static_cast<size_t>(wanted)].memory_gib > c_.cache[static_cast<size_t>(infra.cache)].memory_gib)
      resize(Role::cache, infra.cache, wanted, month);
  }

  // Behind the load balancer the fleet follows the load, within the autoscaling range;
  // at its maximum the fleet moves to a bigger size.
  void follow_autoscaling(Infra& infra, const Load& load, int month) {
    const PricedInstance& app = c_.app[static_cast<size_t>(infra.app)];
    const double per_server = app.vcpu * a_.autoscale_target_cpu_pct / 100;
    const double servers = std::max(a_.autoscale_min, std::ceil(load.app_cpu_cores / per_server));
    if (servers <= a_.autoscale_max) {
      infra.app_count = static_cast<int>(servers);
      return;
    }
    const AppPlan plan = plan_app(load.app_cpu_cores, c_, a_, true);
    resize(Role::app, infra.app, plan.type, month);
    infra.app_count = plan.count;
  }

  const Rulebook& rules_;
  const Catalogue& c_;
  const TimelineInput& in_;
  const Assumptions& a_;
  std::vector<TimelineEvent>* events_;
  std::vector<Move> moves_;                // by stage: the move that reaches it
  std::vector<const Rule*> at_max_rules_;  // rules whose decision depends on at_max_instance
};

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

std::vector<FieldError> check_simulatable(const Rulebook& rules) {
  std::vector<FieldError> errors;
  std::vector<Move> seen;
  for (size_t i = 0; i < rules.stages.size(); ++i) {
    const Stage& s = rules.stages[i];
    const std::string field = "rules.stages[" + std::to_string(i) + "].move";
    const std::optional<Move> move = move_for(s.move);
    if (!move) {
      errors.push_back({field, "the model cannot simulate the move \"" + s.move + "\" of stage " +
                                   std::to_string(s.number) +
                                   ": it knows stay, split_database, add_cache and scale_out"});
    } else if (i == 0 && *move != Move::stay) {
      errors.push_back({field, "the first stage is where a system starts: its move must be stay"});
    } else if (i > 0 && *move == Move::stay) {
      errors.push_back(
          {field, "stage " + std::to_string(s.number) + " must change something: only the first stage stays"});
    } else if (std::find(seen.begin(), seen.end(), *move) != seen.end()) {
      errors.push_back({field, "the move \"" + s.move + "\" comes twice: the model makes each move once"});
    } else if (*move == Move::add_cache && std::find(seen.begin(), seen.end(), Move::split_database) == seen.end()) {
      errors.push_back({field, "a cache is added in front of a separate database: split_database must come first"});
    }
    if (move) seen.push_back(*move);
  }
  return errors;
}

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

void simulate_totals(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                     const std::vector<double>& users, int start_stage, Cents* cost, int* stage) {
  size_t i = 0;
  run_path(rules, c, in, users, start_stage, nullptr, [&](const MonthState& s) {
    cost[i] = s.bill.total;
    stage[i++] = s.infra.stage;
  });
}

}  // namespace rightsize
