#include "rightsize/queueing.hpp"

namespace rightsize {

namespace {
constexpr double kUnbounded = 1e9;
}

double erlang_c(int servers, double utilization) {
  if (servers < 1) servers = 1;
  if (utilization >= 1) return 1;
  if (utilization <= 0) return 0;
  const double offered = utilization * servers;  // Erlangs
  // Erlang B by its stable recursion, kept as 1/B so the loop multiplies instead of
  // dividing: 1/B(k) = 1 + (k / A) * 1/B(k-1). It runs every month of every path.
  const double per_erlang = 1 / offered;
  double inverse_b = 1;
  for (int k = 1; k <= servers; ++k) inverse_b = 1 + k * per_erlang * inverse_b;
  const double erlang_b = 1 / inverse_b;
  return erlang_b / (1 - utilization * (1 - erlang_b));
}

double mmc_mean_wait(int servers, double utilization, double service_time) {
  if (servers < 1) servers = 1;
  if (utilization >= 1) return kUnbounded;
  if (utilization <= 0) return 0;
  return erlang_c(servers, utilization) * service_time / (servers * (1 - utilization));
}

}  // namespace rightsize
