#include "rightsize/service_bill.hpp"

#include <algorithm>

namespace rightsize {

namespace {

Micros times(Micros rate, double quantity) { return round_micros(static_cast<double>(rate) * quantity); }

double clamp_units(const ManagedService& s, double units) {
  return std::min(s.max_units, std::max(s.min_units, units));
}

}  // namespace

ServiceUse database_service_use(const ManagedService& s, const Load& load, const Infra& infra, double hours_per_month,
                                const Assumptions& a) {
  ServiceUse use;
  const double cores = db_cores_after_cache(load, infra, a);
  const double cpu_units = cores / (a.target_utilization_pct / 100) / s.unit_vcpu;
  // The working set stays in memory all day: autoscaling does not shed it at night.
  const double memory_units = load.working_set_gb / (s.unit_memory_gb * a.db_memory_usable_pct / 100);
  use.peak_units = clamp_units(s, std::max(cpu_units, memory_units));
  use.units = clamp_units(s, std::max(cpu_units / a.peak_to_average, memory_units)) * hours_per_month;
  use.storage_gb = load.data_gb;
  const double left = load.db_cpu_cores > 0 ? cores / load.db_cpu_cores : 1;  // the queries the cache leaves
  use.transfer_gb = load.requests_month * a.queries_per_request * left * s.kb_per_call / 1e6;
  return use;
}

ServiceUse cache_service_use(const ManagedService& s, const Load& load, const Assumptions& a) {
  ServiceUse use;
  const double reads = load.requests_month * a.queries_per_request * a.read_share_pct / 100;
  use.units = reads * (1 + (1 - a.cache_hit_pct / 100));
  use.storage_gb = load.working_set_gb * a.cache_share_pct / 100;
  use.transfer_gb = use.units * s.kb_per_call / 1e6;
  return use;
}

Micros service_cost(const ManagedService& s, const ServiceUse& use) {
  const Micros usage = s.billing == ServiceBilling::compute_hours ? times(s.per_unit_hour, use.units)
                                                                  : times(s.per_100k_commands, use.units / 1e5);
  return usage + times(s.storage_gb_month, std::max(0.0, use.storage_gb - s.storage_free_gb)) +
         times(s.transfer_per_gb, std::max(0.0, use.transfer_gb - s.transfer_free_gb));
}

}  // namespace rightsize
