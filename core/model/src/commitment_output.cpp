#include "commitment_output.hpp"

#include <cmath>
#include <string>

namespace rightsize::detail {

namespace {

Value num(double v) { return Value::of_number(v); }
Value str(std::string s) { return Value::of_string(std::move(s)); }

const std::vector<PricedInstance>* instances(const Catalogue& c, Role role) {
  switch (role) {
    case Role::app: return &c.app;
    case Role::database: return &c.database;
    case Role::cache: return &c.cache;
    default: return nullptr;
  }
}

struct MonthSplit {
  Cents committed = 0;  // the lines billed at commitment prices, as billed
  Cents on_demand = 0;  // the whole month as it would be billed on demand
};

MonthSplit split(const MonthState& m, const Catalogue& on_demand, const CommitmentInput& commitment) {
  MonthSplit out;
  const bool committing = commitment.prices && m.month >= commitment.from_month;
  for (int i = 0; i < m.bill.size; ++i) {
    const BillLine& line = m.bill.lines[static_cast<size_t>(i)];
    const std::vector<PricedInstance>* list = instances(on_demand, line.role);
    const PricedInstance* p = list != nullptr && line.type >= 0 ? &(*list)[static_cast<size_t>(line.type)] : nullptr;
    if (!committing || p == nullptr || !p->commitment) {
      out.on_demand += line.cents;
      continue;
    }
    out.committed += line.cents;
    // The bill prices an instance line as its monthly rate times the count, rounded once.
    out.on_demand += micros_to_cents(p->monthly * static_cast<Micros>(line.count));
  }
  return out;
}

double pct(Cents part, Cents whole) { return whole == 0 ? 0 : std::round(1000.0 * part / whole) / 10; }

const std::string& offer_name(const CommitmentOffer& o, Role role) {
  return role == Role::app ? o.app : role == Role::database ? o.database : o.cache;
}

std::string instance_type(const Catalogue& c, Role role, int index) {
  const std::vector<PricedInstance>* list = instances(c, role);
  return list == nullptr || index < 0 ? std::string() : (*list)[static_cast<size_t>(index)].type;
}

std::string fleet(const Infra& infra, const Catalogue& c) {
  return std::to_string(infra.app_count) + " × " + instance_type(c, Role::app, infra.app);
}

// What changed in the machines from one month to the next, for the reader; empty if nothing.
std::string change(const MonthState& before, const MonthState& now, const Rulebook& rules, const Catalogue& c) {
  const Infra& a = before.infra;
  const Infra& b = now.infra;
  if (b.stage != a.stage)
    return "the move to stage " + std::to_string(b.stage) + " (" + rules.stage(b.stage).name + ") changes the machines";
  if (b.app != a.app || b.app_count != a.app_count)
    return "the app servers go from " + fleet(a, c) + " to " + fleet(b, c);
  if (b.database != a.database)
    return "the database goes from " + instance_type(c, Role::database, a.database) + " to " +
           instance_type(c, Role::database, b.database);
  if (b.cache != a.cache)
    return "the cache goes from " + instance_type(c, Role::cache, a.cache) + " to " +
           instance_type(c, Role::cache, b.cache);
  return "";
}

// Every month inside the commitment's first year whose machines differ from the month before.
Value fleet_changes(const Timeline& t, int from, const Rulebook& rules, const Catalogue& c) {
  Value out = Value::array();
  const int last = std::min(from + 11, static_cast<int>(t.months.size()));
  for (int m = from + 1; m <= last; ++m) {
    const std::string text =
        change(t.months[static_cast<size_t>(m - 2)], t.months[static_cast<size_t>(m - 1)], rules, c);
    if (text.empty()) continue;
    Value w = Value::object();
    w.set("month", num(m));
    w.set("text", str("Month " + std::to_string(m) + ": " + text + "."));
    out.push(std::move(w));
  }
  return out;
}

}  // namespace

Value commitment_month(const MonthState& m, const Catalogue& on_demand, const CommitmentInput& commitment) {
  const MonthSplit s = split(m, on_demand, commitment);
  Value out = Value::object();
  out.set("committed_cents", num(static_cast<double>(s.committed)));
  out.set("on_demand_cents", num(static_cast<double>(s.on_demand)));
  out.set("saving_cents", num(static_cast<double>(s.on_demand - m.bill.total)));
  out.set("committed_pct", num(pct(s.committed, m.bill.total)));
  return out;
}

Value commitment_summary(const Timeline& t, const TimelineInput& in, const Rulebook& rules,
                         const Catalogue& on_demand) {
  const CommitmentInput& commitment = *in.commitment;
  Value out = Value::object();
  out.set("from_month", num(commitment.from_month));
  out.set("offered", Value::of_bool(commitment.prices != nullptr));
  Cents committed = 0, od = 0, billed = 0;
  for (const MonthState& m : t.months) {
    const MonthSplit s = split(m, on_demand, commitment);
    committed += s.committed;
    od += s.on_demand;
    billed += m.bill.total;
  }
  out.set("committed_cents", num(static_cast<double>(committed)));
  out.set("on_demand_cents", num(static_cast<double>(od)));
  out.set("saving_cents", num(static_cast<double>(od - billed)));
  if (!commitment.prices || !on_demand.commitments) {
    out.set("text", str(on_demand.label +
                        " offers no one-year commitment price for these machines: every month stays on demand."));
    return out;
  }
  const CommitmentOffer& offer = *on_demand.commitments;
  out.set("term", str(offer.term));
  Value& offers = out.set("offers", Value::array());
  for (Role role : {Role::app, Role::database, Role::cache}) {
    Value o = Value::object();
    o.set("component", str(role_name(role)));
    o.set("name", str(offer_name(offer, role)));
    offers.push(std::move(o));
  }
  out.set("text", str("From month " + std::to_string(commitment.from_month) + ", the machines are billed at " +
                      offer.term + " commitment prices (" + offer.app + ", " + offer.database + ", " + offer.cache +
                      "); storage, transfer and the load balancer stay on demand."));
  Value changes = fleet_changes(t, commitment.from_month, rules, on_demand);
  const bool poor = !changes.items.empty();
  out.set("poor_bet", Value::of_bool(poor));
  if (poor)
    out.set("poor_bet_text", str("A one-year commitment from month " + std::to_string(commitment.from_month) +
                                 " is a poor bet: the machines still change within its year, first in month " +
                                 std::to_string(static_cast<int>(changes.items.front().find("month")->number)) +
                                 ". Commit once they hold steady."));
  out.set("warnings", std::move(changes));
  return out;
}

}  // namespace rightsize::detail
