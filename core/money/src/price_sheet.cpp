// A catalogue as the model prices it: what each instance costs a month, and what transfer
// costs at a few volumes, each with how sure the price is. The golden files keep one per
// catalogue, so any price that moves shows in review as a change to what the model charges.
#include "rightsize/pricing.hpp"

namespace rightsize {

namespace {

Value amount(Micros m) { return Value::of_number(static_cast<double>(m) / 1e6); }
Value confidence(Confidence c) { return Value::of_string(confidence_name(c)); }

Value instances(const std::vector<PricedInstance>& list) {
  Value out = Value::array();
  for (const PricedInstance& p : list) {
    Value v = Value::object();
    v.set("type", Value::of_string(p.type));
    v.set("vcpu", Value::of_number(p.vcpu));
    v.set("memory_gib", Value::of_number(p.memory_gib));
    if (p.hourly) v.set("hourly", Value::of_number(*p.hourly));
    if (p.monthly_cap) v.set("monthly_cap", amount(*p.monthly_cap));
    v.set("monthly", amount(p.monthly));
    if (p.multi_az_monthly) v.set("multi_az_monthly", amount(*p.multi_az_monthly));
    if (p.disk_gb > 0) v.set("disk_gb", Value::of_number(p.disk_gb));
    if (p.transfer_included_gb > 0) v.set("transfer_included_gb", Value::of_number(p.transfer_included_gb));
    v.set("confidence", confidence(p.confidence));
    if (p.commitment) {
      Value& commit = v.set("commitment", Value::object());
      commit.set("monthly", amount(p.commitment->monthly));
      if (p.commitment->multi_az_monthly) commit.set("multi_az_monthly", amount(*p.commitment->multi_az_monthly));
      commit.set("confidence", confidence(p.commitment->confidence));
    }
    out.push(std::move(v));
  }
  return out;
}

Value storage_rate(const StorageRate& s) {
  Value v = Value::object();
  v.set("gb_month", amount(s.gb_month));
  if (s.multi_az_gb_month) v.set("multi_az_gb_month", amount(*s.multi_az_gb_month));
  v.set("confidence", confidence(s.confidence));
  return v;
}

}  // namespace

Value price_sheet(const Catalogue& c) {
  Value out = Value::object();
  out.set("label", Value::of_string(c.label));
  out.set("currency", Value::of_string(c.currency));
  out.set("hours_per_month", Value::of_number(c.hours_per_month));
  out.set("oldest_read_on", Value::of_string(c.oldest_read_on));
  out.set("app", instances(c.app));
  out.set("database", instances(c.database));
  if (!c.cache_engine.empty()) out.set("cache_engine", Value::of_string(c.cache_engine_label));
  out.set("cache", instances(c.cache));
  for (const CacheEngine& e : c.other_cache_engines) {
    Value& engine = out.set("cache_" + e.name, Value::object());
    engine.set("cache_engine", Value::of_string(e.label));
    engine.set("cache", instances(e.cache));
  }
  if (!c.substitutions.empty()) {
    Value& subs = out.set("substitutions", Value::array());
    for (const Substitution& s : c.substitutions) {
      Value v = Value::object();
      v.set("component", Value::of_string(s.component));
      v.set("with", Value::of_string(s.with));
      v.set("text", Value::of_string(s.text));
      subs.push(std::move(v));
    }
  }
  if (c.commitments) {
    Value& offer = out.set("commitments", Value::object());
    offer.set("term", Value::of_string(c.commitments->term));
    offer.set("app", Value::of_string(c.commitments->app));
    offer.set("database", Value::of_string(c.commitments->database));
    offer.set("cache", Value::of_string(c.commitments->cache));
  }
  if (c.load_balancer) {
    Value lb = Value::object();
    lb.set("type", Value::of_string(c.load_balancer->type));
    lb.set("monthly", amount(c.load_balancer->monthly));
    lb.set("lcu_monthly", amount(c.load_balancer->lcu_monthly));
    lb.set("confidence", confidence(c.load_balancer->confidence));
    out.set("load_balancer", std::move(lb));
  }
  if (c.storage) {
    Value st = Value::object();
    st.set("block", storage_rate(c.storage->block));
    st.set("database", storage_rate(c.storage->database));
    out.set("storage", std::move(st));
  }
  if (c.transfer) {
    Value t = Value::object();
    t.set("free_gb_month", Value::of_number(c.transfer->free_gb_month));
    Value at = Value::object();
    for (double gb : {50.0, 500.0, 5000.0, 20000.0, 100000.0, 300000.0})
      at.set(std::to_string(static_cast<long long>(gb)) + "_gb", amount(transfer_cost(*c.transfer, gb)));
    t.set("monthly_at", std::move(at));
    t.set("confidence", confidence(c.transfer->confidence));
    out.set("transfer_out", std::move(t));
  }
  return out;
}

}  // namespace rightsize
