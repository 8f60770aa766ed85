// Growth is never known: many seeded paths around the expected growth give a band of
// monthly cost (P10, P50, P90) and the chance of being at each stage by each month. With a
// display currency whose rate may move, each path draws its own rate path as well, and the
// band in that currency is read from the paths' own amounts; with a budget, the band says
// when the paths break it.
#pragma once

#include <optional>
#include <vector>

#include "rightsize/timeline.hpp"

namespace rightsize {

struct BandMonth {
  int month = 0;
  Cents p10 = 0, p50 = 0, p90 = 0;                    // the catalogue's cents
  Cents shown_p10 = 0, shown_p50 = 0, shown_p90 = 0;  // the display currency's, at each path's own rate
  std::vector<double> p_stage;                        // by stage, from the first
};

// When the paths go over the monthly budget (in the display currency when there is one):
// the month by which a tenth, half and nine tenths of them have, none when fewer do within
// the months, and the share of paths that ever do.
struct BudgetBreak {
  std::optional<int> p10_month, p50_month, p90_month;
  double share_over = 0;
};

struct Band {
  std::vector<BandMonth> months;
  std::optional<BudgetBreak> budget;  // with a budget only
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

// The same band with each path's rate path (in.currency's movement: its own seeded draws,
// so the growth paths are the same with or without it) and the budget's break months.
Band uncertainty_band_in_currency(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                  const UncertaintyInput& u);

namespace detail {
// The standard normal quantile (Acklam's rational approximation, relative error below
// 1.2e-9), from +, *, / and sqrt only, so native and WebAssembly agree to the bit.
double normal_quantile(double p);
// e^x from +, *, / and exact scaling by powers of 2, for the same reason.
double exp_exact(double x);
}  // namespace detail

}  // namespace rightsize
