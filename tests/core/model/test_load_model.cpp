// The load model: users to requests, CPU, queries, connections and latency.
#include "support.hpp"

#include "rightsize/queueing.hpp"

using namespace rightsize;

namespace {
const Assumptions& defaults() { return test_support::assumption_book().defaults; }
}  // namespace

TEST_CASE("load model: proportional to users; Little's law for connections") {
  const Load one = load_for_users(10000, defaults());
  const Load two = load_for_users(20000, defaults());
  CHECK(two.peak_rps == doctest::Approx(one.peak_rps * 2));
  CHECK(two.transfer_gb_month == doctest::Approx(one.transfer_gb_month * 2));
  // 10,000 users * daily actives * requests per daily user / 86,400 s * peak to average,
  // each assumption's default from content/assumptions.json
  const Assumptions& a = defaults();
  CHECK(one.peak_rps ==
        doctest::Approx(10000 * a.daily_active_pct / 100 * a.requests_per_daily_user / 86400.0 * a.peak_to_average));
  CHECK(one.app_cpu_cores == doctest::Approx(one.peak_rps * a.app_cpu_ms_per_request / 1000));
  CHECK(one.db_qps == doctest::Approx(one.peak_rps * a.queries_per_request));

  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra infra;
  infra.stage = 2;
  infra.app = 1;
  infra.database = 2;
  const Observed o = observe(one, infra, c, defaults());
  CHECK(o.connections == doctest::Approx(one.db_qps * o.db_query_ms / 1000));
  // The data fits in memory, so a query takes its service time plus M/M/c queueing on the
  // database's vCPUs at its utilisation.
  const PricedInstance& db = c.database[2];
  const double utilization = one.db_cpu_cores / db.vcpu;
  const double service_ms = defaults().db_cpu_ms_per_query;
  REQUIRE(o.db_memory_pct < 100);
  CHECK(o.db_cpu_pct == doctest::Approx(utilization * 100));
  CHECK(o.db_query_ms ==
        doctest::Approx(service_ms + mmc_mean_wait(static_cast<int>(db.vcpu), utilization, service_ms)));
}

TEST_CASE("load model: latency rises with utilisation, and a cache takes load off the database") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra infra;
  infra.stage = 2;
  infra.app = 1;
  infra.database = 1;
  double previous = 0;
  for (double users : {1000.0, 20000.0, 60000.0, 90000.0}) {
    const Observed o = observe(load_for_users(users, defaults()), infra, c, defaults());
    CHECK(o.p95_ms > previous);
    previous = o.p95_ms;
  }
  const Load load = load_for_users(60000, defaults());
  const Observed without = observe(load, infra, c, defaults());
  infra.cache = 0;
  const Observed with = observe(load, infra, c, defaults());
  CHECK(with.db_cpu_pct < without.db_cpu_pct);
  CHECK(with.p95_ms < without.p95_ms);
}

TEST_CASE("load model: on one box the app and the database share the CPU") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  Infra box;
  box.app = 1;
  const Observed o = observe(load_for_users(8000, defaults()), box, c, defaults());
  CHECK(o.app_cpu_pct == o.db_cpu_pct);
}
