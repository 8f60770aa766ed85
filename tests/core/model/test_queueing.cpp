// Queueing: Erlang C and the M/M/c waits latency comes from.
#include "support.hpp"

#include "rightsize/queueing.hpp"

using namespace rightsize;

TEST_CASE("queueing: Erlang C against known values") {
  CHECK(erlang_c(1, 0.5) == doctest::Approx(0.5));      // M/M/1: P(wait) = utilisation
  CHECK(erlang_c(2, 0.5) == doctest::Approx(1.0 / 3));  // M/M/2 at half load
  CHECK(erlang_c(4, 0) == 0);
  CHECK(erlang_c(4, 1) == 1);
  CHECK(mmc_mean_wait(1, 0.5, 10) == doctest::Approx(10));  // M/M/1: Wq = rho/(1-rho) * s
  CHECK(mmc_mean_wait(1, 0.9, 10) == doctest::Approx(90));
  CHECK(mmc_mean_wait(2, 0.9, 10) < mmc_mean_wait(1, 0.9, 10));  // more servers, less waiting
  CHECK(mmc_mean_wait(2, 1.2, 10) > 1e6);
}
