#include "rightsize/load_model.hpp"

#include <algorithm>

#include "rightsize/queueing.hpp"

namespace rightsize {

namespace {

constexpr double kSecondsPerDay = 86400;
constexpr double kDaysPerMonth = 30.4;  // 365 / 12
constexpr double kTimeoutMs = 60000;    // a request that never finishes is reported as timing out

double pct(double fraction) { return std::min(100.0, fraction * 100); }

int servers(double vcpu) { return std::max(1, static_cast<int>(vcpu + 0.5)); }

// Mean time in an M/M/c system (service plus queueing), capped at the timeout.
double response_ms(double vcpu, double utilization, double service_ms) {
  if (utilization >= 1) return kTimeoutMs;
  return std::min(kTimeoutMs, service_ms + mmc_mean_wait(servers(vcpu), utilization, service_ms));
}

}  // namespace

Load load_for_users(double users, const Assumptions& a) {
  Load l;
  l.users = users;
  l.daily_users = users * a.daily_active_pct / 100;
  const double requests_per_day = l.daily_users * a.requests_per_daily_user;
  l.peak_rps = requests_per_day / kSecondsPerDay * a.peak_to_average;
  l.app_cpu_cores = l.peak_rps * a.app_cpu_ms_per_request / 1000;
  l.db_qps = l.peak_rps * a.queries_per_request;
  l.db_cpu_cores = l.db_qps * a.db_cpu_ms_per_query / 1000;
  l.working_set_gb = users * a.working_set_mb_per_user / 1024;
  l.data_gb = users * a.data_mb_per_user / 1024;
  l.requests_month = requests_per_day * kDaysPerMonth;
  l.transfer_gb_month = l.requests_month * a.kb_out_per_request / 1e6;
  return l;
}

static double cached_read_share(const Infra& infra, const Assumptions& a) {
  return infra.cache >= 0 ? (a.read_share_pct / 100) * (a.cache_hit_pct / 100) : 0;
}

double db_cores_after_cache(const Load& load, const Infra& infra, const Assumptions& a) {
  return load.db_cpu_cores * (1 - cached_read_share(infra, a));
}

double db_memory_gb(const Infra& infra, const Catalogue& c, const Assumptions& a) {
  if (infra.database < 0) return c.app[static_cast<size_t>(infra.app)].memory_gib * a.box_db_memory_pct / 100;
  return c.database[static_cast<size_t>(infra.database)].memory_gib * a.db_memory_usable_pct / 100;
}

Observed observe(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a) {
  Observed o;
  const PricedInstance& app = c.app[static_cast<size_t>(infra.app)];
  const double db_cores = db_cores_after_cache(load, infra, a);
  const double db_share = cached_read_share(infra, a);

  double app_util, db_util, db_vcpu;
  if (infra.database < 0) {  // one box: app and database compete for the same CPUs
    app_util = db_util = (load.app_cpu_cores + db_cores) / app.vcpu;
    db_vcpu = app.vcpu;
  } else {
    const PricedInstance& db = c.database[static_cast<size_t>(infra.database)];
    app_util = load.app_cpu_cores / (app.vcpu * infra.app_count);
    db_util = db_cores / db.vcpu;
    db_vcpu = db.vcpu;
  }
  o.app_cpu_pct = pct(app_util);
  o.db_cpu_pct = pct(db_util);

  // Queries whose data is not in memory pay the miss penalty on top of queueing.
  const double memory = db_memory_gb(infra, c, a);
  o.db_memory_pct = memory > 0 ? load.working_set_gb / memory * 100 : 0;
  const double miss = load.working_set_gb > memory ? 1 - memory / load.working_set_gb : 0;
  o.db_query_ms = std::min(kTimeoutMs, response_ms(db_vcpu, db_util, a.db_cpu_ms_per_query) + miss * a.miss_penalty_ms);

  const double db_queries = a.queries_per_request * (1 - db_share);
  const double cached_queries = a.queries_per_request * db_share;
  const double app_ms = response_ms(app.vcpu * infra.app_count, app_util, a.app_cpu_ms_per_request);
  const double mean_ms = app_ms + db_queries * o.db_query_ms + cached_queries * a.cache_ms_per_lookup;
  o.p95_ms = std::min(kTimeoutMs, mean_ms * a.p95_to_mean);

  o.connections = load.db_qps * (1 - db_share) * o.db_query_ms / 1000;  // Little's law: L = lambda * W
  o.pool_exhausted = o.connections > a.pool_size_per_server * infra.app_count;
  return o;
}

}  // namespace rightsize
