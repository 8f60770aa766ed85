// The load model: users -> daily actives -> peak requests/s -> CPU, queries, memory and
// traffic; and what those loads look like on a given set of machines (the metrics the
// rulebook's triggers read).
#pragma once

#include "rightsize/assumptions.hpp"
#include "rightsize/pricing.hpp"

namespace rightsize {

struct Load {
  double users = 0, daily_users = 0, peak_rps = 0;
  double app_cpu_cores = 0;   // CPU the app needs at peak
  double db_qps = 0;          // queries per second at peak, before any cache
  double db_cpu_cores = 0;    // CPU the database needs at peak, before any cache
  double working_set_gb = 0;  // data read often enough to need memory
  double data_gb = 0;         // everything stored
  double transfer_gb_month = 0;
  double requests_month = 0;  // every request of the month, for what bills by the call
};

Load load_for_users(double users, const Assumptions& a);

// Which machines run the system. Indices point into the catalogue's lists; -1 is none.
struct Infra {
  int stage = 1;
  int app = 0;  // at stage 1 this one box also runs the database and Redis
  int app_count = 1;
  int database = -1;  // from stage 2
  int cache = -1;     // from stage 3
  bool db_upgraded = false;
  bool load_balancer = false;
};

struct Observed {
  double app_cpu_pct = 0, db_cpu_pct = 0, db_query_ms = 0, p95_ms = 0;
  double connections = 0;    // in use at peak, by Little's law
  double db_memory_pct = 0;  // working set against the memory the database has
  bool pool_exhausted = false;
};

// Database load left after the cache answers what it can.
double db_cores_after_cache(const Load& load, const Infra& infra, const Assumptions& a);
double db_memory_gb(const Infra& infra, const Catalogue& c, const Assumptions& a);

Observed observe(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a);

}  // namespace rightsize
