// A catalogue as the model prices it: what each instance costs a month, and what transfer
// costs at a few volumes. The golden files keep one per catalogue, so any price that
// moves shows in review as a change to what the model charges.
#include "rightsize/pricing.hpp"

namespace rightsize {

namespace {

Value amount(Micros m) { return Value::of_number(static_cast<double>(m) / 1e6); }

Value instances(const std::vector<PricedInstance>& list) {
  Value out = Value::array();
  for (const PricedInstance& p : list) {
    Value v = Value::object();
    v.set("type", Value::of_string(p.type));
    v.set("vcpu", Value::of_number(p.vcpu));
    v.set("memory_gib", Value::of_number(p.memory_gib));
    v.set("monthly", amount(p.monthly));
    if (p.multi_az_monthly) v.set("multi_az_monthly", amount(*p.multi_az_monthly));
    v.set("confidence", Value::of_string(p.confidence));
    out.push(std::move(v));
  }
  return out;
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
  out.set("cache", instances(c.cache));
  if (c.load_balancer) {
    Value lb = Value::object();
    lb.set("type", Value::of_string(c.load_balancer->type));
    lb.set("monthly", amount(c.load_balancer->monthly));
    lb.set("lcu_monthly", amount(c.load_balancer->lcu_monthly));
    out.set("load_balancer", std::move(lb));
  }
  if (c.storage) {
    Value st = Value::object();
    st.set("database_gb_month", amount(c.storage->database_gb_month));
    if (c.storage->database_multi_az_gb_month)
      st.set("database_multi_az_gb_month", amount(*c.storage->database_multi_az_gb_month));
    st.set("block_gb_month", amount(c.storage->block_gb_month));
    out.set("storage", std::move(st));
  }
  if (c.transfer) {
    Value t = Value::object();
    t.set("free_gb_month", Value::of_number(c.transfer->free_gb_month));
    Value at = Value::object();
    for (double gb : {50.0, 500.0, 5000.0, 20000.0, 100000.0, 300000.0})
      at.set(std::to_string(static_cast<long long>(gb)) + "_gb", amount(transfer_cost(*c.transfer, gb)));
    t.set("monthly_at", std::move(at));
    out.set("transfer_out", std::move(t));
  }
  return out;
}

}  // namespace rightsize
