#include "rightsize/uncertainty.hpp"

#include <algorithm>

#include "rightsize/random.hpp"

namespace rightsize {

namespace {

// Nearest-rank percentile: the value at rank ceil(n * p / 100), found without a full sort.
Cents percentile(std::vector<Cents>& values, int pct) {
  size_t rank = (values.size() * static_cast<size_t>(pct) + 99) / 100;
  if (rank == 0) rank = 1;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(rank - 1), values.end());
  return values[rank - 1];
}

}  // namespace

std::vector<BandMonth> uncertainty_band(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                        const UncertaintyInput& u) {
  const std::vector<double> expected = users_by_month(in.growth, in.today.users, in.months);
  const size_t months = expected.size();
  const size_t paths = static_cast<size_t>(u.paths);
  std::vector<Cents> cost(months * paths);  // [month][path]
  const size_t stages = static_cast<size_t>(rules.stage_count());
  std::vector<int> stage_count(months * stages, 0);
  Random random(u.seed);
  std::vector<double> users(months);
  std::vector<Cents> path_cost(months);
  std::vector<int> path_stage(months);
  const double sd = u.growth_sd_pct / 100;
  for (size_t p = 0; p < paths; ++p) {
    users[0] = expected[0];
    for (size_t m = 1; m < months; ++m) {
      const double rate = expected[m - 1] > 0 ? expected[m] / expected[m - 1] - 1 : 0;
      users[m] = std::clamp(users[m - 1] * (1 + rate + sd * random.normal()), 0.0, 1e12);
    }
    simulate_totals(rules, c, in, users, in.today.current_stage, path_cost.data(), path_stage.data());
    for (size_t m = 0; m < months; ++m) {
      cost[m * paths + p] = path_cost[m];
      ++stage_count[m * stages + static_cast<size_t>(path_stage[m] - 1)];
    }
  }
  std::vector<BandMonth> band(months);
  for (size_t m = 0; m < months; ++m) {
    std::vector<Cents> month(cost.begin() + static_cast<long>(m * paths), cost.begin() + static_cast<long>((m + 1) * paths));
    BandMonth& b = band[m];
    b.month = static_cast<int>(m) + 1;
    b.p10 = percentile(month, 10);
    b.p50 = percentile(month, 50);
    b.p90 = percentile(month, 90);
    b.p_stage.resize(stages);
    for (size_t s = 0; s < stages; ++s) b.p_stage[s] = static_cast<double>(stage_count[m * stages + s]) / static_cast<double>(paths);
  }
  return band;
}

}  // namespace rightsize
