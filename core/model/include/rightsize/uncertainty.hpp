// Growth is never known: many seeded paths around the expected growth give a band of
// monthly cost (P10, P50, P90) and the chance of being at each stage by each month.
#pragma once

#include <vector>

#include "rightsize/timeline.hpp"

namespace rightsize {

struct BandMonth {
  int month = 0;
  Cents p10 = 0, p50 = 0, p90 = 0;
  std::vector<double> p_stage;  // by stage, from the first
};

// How the paths' normal draws are chosen. Both give the same distribution; they differ in
// how fast the percentiles settle as paths are added.
enum class BandSampling {
  // Each path's cumulative growth shocks are built as a Brownian bridge (the last month's
  // total first, then midpoints), and every bridge coordinate is Latin-hypercube stratified
  // across the paths: each of `paths` equal-probability slices of the bell curve gets
  // exactly one path. The months a band is read at are sums of few coordinates, so a few
  // hundred paths match what 1,000 independent ones give.
  stratified,
  // Independent draws, month by month: the benchmark's yardstick.
  independent,
};

// Each path's monthly growth rate is the expected one plus growth_sd_pct percentage
// points times a standard normal draw, month by month.
std::vector<BandMonth> uncertainty_band(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                        const UncertaintyInput& u, BandSampling sampling = BandSampling::stratified);

namespace detail {
// The standard normal quantile (Acklam's rational approximation, relative error below
// 1.2e-9), from +, *, / and sqrt only, so native and WebAssembly agree to the bit.
double normal_quantile(double p);
}  // namespace detail

}  // namespace rightsize
