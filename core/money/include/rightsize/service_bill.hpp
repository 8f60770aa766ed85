// What a managed service (rightsize/services.hpp) is used for in a month, from the load
// model's own figures, and what that month costs as the service bills it.
#pragma once

#include "rightsize/assumptions.hpp"
#include "rightsize/load_model.hpp"
#include "rightsize/services.hpp"

namespace rightsize {

struct ServiceUse {
  double units = 0;        // compute-unit hours, or commands
  double peak_units = 0;   // compute units at the busiest hour (compute_hours only)
  double storage_gb = 0;   // data held
  double transfer_gb = 0;  // data sent back to the app
};

// The database's month: compute units for its CPU at the busiest hour (at the target
// utilisation) and for its working set in memory, averaged over the day as the load is
// (the busiest hour runs peak_to_average times the mean), for every hour of the month;
// all the data stored; and what the queries the cache leaves it send back.
ServiceUse database_service_use(const ManagedService& s, const Load& load, const Infra& infra, double hours_per_month,
                                const Assumptions& a);

// The cache's month: every read looks in the cache and every miss writes the answer back;
// it holds the hot data the catalogue's cache would (cache_share_pct of the working set).
ServiceUse cache_service_use(const ManagedService& s, const Load& load, const Assumptions& a);

// A month of the service, as billed.
Micros service_cost(const ManagedService& s, const ServiceUse& use);

}  // namespace rightsize
