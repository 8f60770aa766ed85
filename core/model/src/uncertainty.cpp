#include "rightsize/uncertainty.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "rightsize/random.hpp"

namespace rightsize {

namespace detail {

namespace {

// Natural log from frexp (exact) and the atanh series, so no libm result enters the band.
double log_exact(double x) {
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m * 2^exponent, m in [0.5, 1)
  if (m < 0.7071067811865476) {
    m *= 2;
    --exponent;
  }
  const double s = (m - 1) / (m + 1), s2 = s * s;  // |s| < 0.172
  double term = s, sum = s;
  for (int k = 3; k <= 25; k += 2) {
    term *= s2;
    sum += term / k;
  }
  return 2 * sum + exponent * 0.6931471805599453;
}

}  // namespace

double exp_exact(double x) {
  x = std::clamp(x, -700.0, 700.0);
  constexpr double ln2 = 0.6931471805599453;
  const double k = std::floor(x / ln2 + 0.5);
  const double r = x - k * ln2;  // |r| <= ln 2 / 2
  double term = 1, sum = 1;
  for (int n = 1; n <= 20; ++n) {
    term *= r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));
}

double normal_quantile(double p) {
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                 1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                 6.680131188771972e+01, -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                 -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                 3.754408661907416e+00};
  constexpr double low = 0.02425;
  p = std::clamp(p, 1e-300, 1 - 1e-16);
  auto tail = [&](double q) {
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  };
  if (p < low) return tail(std::sqrt(-2 * log_exact(p)));
  if (p > 1 - low) return -tail(std::sqrt(-2 * log_exact(1 - p)));
  const double q = p - 0.5, r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

}  // namespace detail

namespace {

// Nearest-rank percentile: the value at rank ceil(n * p / 100), found without a full sort.
Cents percentile(std::vector<Cents>& values, int pct) {
  size_t rank = (values.size() * static_cast<size_t>(pct) + 99) / 100;
  if (rank == 0) rank = 1;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(rank - 1), values.end());
  return values[rank - 1];
}

// The order a Brownian bridge fills in the cumulative shocks S_1..S_steps (S_0 = 0): the
// last one first, then breadth-first midpoints. Each entry: the point, and the two known
// points it sits between.
struct BridgePoint {
  size_t at, left, right;
};

std::vector<BridgePoint> bridge_order(size_t steps) {
  std::vector<BridgePoint> order;
  if (steps == 0) return order;
  order.push_back({steps, 0, steps});
  std::vector<std::pair<size_t, size_t>> spans{{0, steps}};
  for (size_t i = 0; i < spans.size(); ++i) {
    const auto [l, r] = spans[i];
    if (r - l < 2) continue;
    const size_t mid = l + (r - l) / 2;
    order.push_back({mid, l, r});
    spans.emplace_back(l, mid);
    spans.emplace_back(mid, r);
  }
  return order;
}

// A Sobol sequence's first dimensions (Joe and Kuo's direction numbers), digitally shifted
// by the seed: the bridge's first, coarsest coordinates, where most of each month's
// spread comes from.
class Sobol {
 public:
  static constexpr size_t dimensions = 16;

  Sobol(Random& random) {
    struct Poly {
      unsigned degree, a;
      std::uint32_t m[6];
    };
    static constexpr Poly polys[dimensions - 1] = {{1, 0, {1}},
                                                   {2, 1, {1, 3}},
                                                   {3, 1, {1, 3, 1}},
                                                   {3, 2, {1, 1, 1}},
                                                   {4, 1, {1, 1, 3, 3}},
                                                   {4, 4, {1, 3, 5, 13}},
                                                   {5, 2, {1, 1, 5, 5, 17}},
                                                   {5, 4, {1, 1, 5, 5, 5}},
                                                   {5, 7, {1, 1, 7, 11, 19}},
                                                   {5, 11, {1, 1, 5, 1, 1}},
                                                   {5, 13, {1, 1, 1, 3, 11}},
                                                   {5, 14, {1, 3, 5, 5, 31}},
                                                   {6, 1, {1, 3, 3, 9, 7, 49}},
                                                   {6, 13, {1, 1, 1, 15, 21, 21}},
                                                   {6, 16, {1, 3, 1, 13, 27, 49}}};
    for (unsigned k = 0; k < 32; ++k) direction_[0][k] = 1u << (31 - k);
    for (size_t d = 1; d < dimensions; ++d) {
      const Poly& p = polys[d - 1];
      std::uint32_t* v = direction_[d];
      for (unsigned k = 0; k < p.degree; ++k) v[k] = p.m[k] << (31 - k);
      for (unsigned k = p.degree; k < 32; ++k) {
        v[k] = v[k - p.degree] ^ (v[k - p.degree] >> p.degree);
        for (unsigned j = 1; j < p.degree; ++j)
          if ((p.a >> (p.degree - 1 - j)) & 1u) v[k] ^= v[k - j];
      }
    }
    for (auto& s : point_) s = static_cast<std::uint32_t>(random.next() >> 32);
  }

  // The next point's coordinate in dimension d, in (0, 1); call next() between points.
  double at(size_t d, Random& random) const {
    return (static_cast<double>(point_[d]) + random.uniform()) * (1.0 / 4294967296.0);
  }
  void next() {
    unsigned bit = 0;
    for (std::uint64_t i = index_++; i & 1u; i >>= 1) ++bit;
    for (size_t d = 0; d < dimensions; ++d) point_[d] ^= direction_[d][bit];
  }

 private:
  std::uint32_t direction_[dimensions][32]{};
  std::uint32_t point_[dimensions]{};
  std::uint64_t index_ = 0;
};

// draws[s * paths + p]: path p's standard normal shock in step s (month s + 2's growth).
std::vector<double> stratified_shocks(size_t steps, size_t paths, Random& random) {
  std::vector<double> cumulative((steps + 1) * paths, 0.0);  // [point][path]
  const std::vector<BridgePoint> order = bridge_order(steps);
  const size_t quasi = std::min(order.size(), Sobol::dimensions);
  std::vector<double> uniforms(quasi * paths);  // [coordinate][path]
  Sobol sobol(random);
  for (size_t p = 0; p < paths; ++p, sobol.next())
    for (size_t d = 0; d < quasi; ++d) uniforms[d * paths + p] = sobol.at(d, random);
  std::vector<size_t> slice(paths);
  for (size_t i = 0; i < order.size(); ++i) {
    const BridgePoint& b = order[i];
    std::iota(slice.begin(), slice.end(), size_t{0});
    for (size_t n = paths; n > 1; --n)
      std::swap(slice[n - 1], slice[static_cast<size_t>(random.uniform() * static_cast<double>(n))]);
    const double span = static_cast<double>(b.right - b.left);
    const double w = static_cast<double>(b.at - b.left) / span;
    const double sd = std::sqrt(static_cast<double>(b.at - b.left) * static_cast<double>(b.right - b.at) / span);
    for (size_t p = 0; p < paths; ++p) {
      const double z = detail::normal_quantile(i < quasi ? uniforms[i * paths + p]
                                                         : (static_cast<double>(slice[p]) + random.uniform()) /
                                                               static_cast<double>(paths));
      const double l = cumulative[b.left * paths + p], r = cumulative[b.right * paths + p];
      cumulative[b.at * paths + p] = b.at == b.right ? std::sqrt(span) * z : l + w * (r - l) + sd * z;
    }
  }
  std::vector<double> shocks(steps * paths);
  for (size_t s = 0; s < steps; ++s)
    for (size_t p = 0; p < paths; ++p)
      shocks[s * paths + p] = cumulative[(s + 1) * paths + p] - cumulative[s * paths + p];
  return shocks;
}

std::vector<double> independent_shocks(size_t steps, size_t paths, Random& random) {
  std::vector<double> shocks(steps * paths);
  for (size_t p = 0; p < paths; ++p)
    for (size_t s = 0; s < steps; ++s) shocks[s * paths + p] = detail::normal_quantile(random.uniform());
  return shocks;
}

}  // namespace

namespace {

// The growth paths (and, with a moving display rate, the rate paths) behind a band: each
// month's cost per path, in the catalogue's cents and in the display currency's.
Band run_band(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, const UncertaintyInput& u,
              BandSampling sampling, bool in_currency) {
  const std::vector<double> expected = users_by_month(in.growth, in.today.users, in.months);
  const size_t months = expected.size();
  const size_t paths = static_cast<size_t>(u.paths);
  const size_t steps = months > 0 ? months - 1 : 0;
  Random random(u.seed);
  const std::vector<double> shocks = sampling == BandSampling::stratified ? stratified_shocks(steps, paths, random)
                                                                          : independent_shocks(steps, paths, random);
  // The display currency: each path's factor by month, from draws of their own (the seed
  // turned by a fixed odd constant), so the growth paths do not change with the rate.
  const DisplayCurrency* shown = in_currency && in.currency ? &*in.currency : nullptr;
  const RateMovement movement = shown != nullptr ? shown->movement : RateMovement{};
  std::vector<double> rate_shocks;
  if (shown != nullptr && movement.spread_pct > 0) {
    Random rate_random(u.seed ^ 0x9E3779B97F4A7C15ULL);
    rate_shocks = stratified_shocks(steps, paths, rate_random);
  }
  const double drift_per_month = detail::log_exact(1 + movement.drift_pct_per_year / 100) / 12;
  const double sd_per_month = movement.spread_pct / 100 / std::sqrt(12.0);
  const double per_unit = shown != nullptr ? shown->per_catalogue_unit : 1;
  // The budget, in the currency the band is read in: as typed when typed in the display currency.
  std::optional<double> budget;
  if (in.budget_display_cents && shown != nullptr)
    budget = *in.budget_display_cents;
  else if (in.budget_cents)
    budget = static_cast<double>(*in.budget_cents) * per_unit;

  std::vector<Cents> cost(months * paths), shown_cost(months * paths);  // [month][path]
  const size_t stages = static_cast<size_t>(rules.stage_count());
  std::vector<int> stage_count(months * stages, 0);
  std::vector<int> first_over(paths, 0);  // the month a path first goes over the budget; 0: never
  std::vector<double> users(months);
  std::vector<Cents> path_cost(months);
  std::vector<int> path_stage(months);
  const double sd = u.growth_sd_pct / 100;
  for (size_t p = 0; p < paths; ++p) {
    users[0] = expected[0];
    for (size_t m = 1; m < months; ++m) {
      const double rate = expected[m - 1] > 0 ? expected[m] / expected[m - 1] - 1 : 0;
      users[m] = std::clamp(users[m - 1] * (1 + rate + sd * shocks[(m - 1) * paths + p]), 0.0, 1e12);
    }
    simulate_totals(rules, c, in, users, in.today.current_stage, path_cost.data(), path_stage.data());
    double log_factor = 0;
    for (size_t m = 0; m < months; ++m) {
      if (m > 0) {
        log_factor += drift_per_month;
        if (!rate_shocks.empty()) log_factor += sd_per_month * rate_shocks[(m - 1) * paths + p];
      }
      const double factor = per_unit * (log_factor != 0 ? detail::exp_exact(log_factor) : 1);
      const double amount = std::round(static_cast<double>(path_cost[m]) * factor);
      cost[m * paths + p] = path_cost[m];
      shown_cost[m * paths + p] = static_cast<Cents>(std::min(amount, 9.0e18));
      if (budget && first_over[p] == 0 && amount > *budget) first_over[p] = static_cast<int>(m) + 1;
      ++stage_count[m * stages + static_cast<size_t>(path_stage[m] - 1)];
    }
  }
  Band band;
  band.months.resize(months);
  std::vector<Cents> month(paths);
  for (size_t m = 0; m < months; ++m) {
    BandMonth& b = band.months[m];
    b.month = static_cast<int>(m) + 1;
    std::copy(cost.begin() + static_cast<long>(m * paths), cost.begin() + static_cast<long>((m + 1) * paths),
              month.begin());
    b.p10 = percentile(month, 10);
    b.p50 = percentile(month, 50);
    b.p90 = percentile(month, 90);
    std::copy(shown_cost.begin() + static_cast<long>(m * paths),
              shown_cost.begin() + static_cast<long>((m + 1) * paths), month.begin());
    b.shown_p10 = percentile(month, 10);
    b.shown_p50 = percentile(month, 50);
    b.shown_p90 = percentile(month, 90);
    b.p_stage.resize(stages);
    for (size_t s = 0; s < stages; ++s)
      b.p_stage[s] = static_cast<double>(stage_count[m * stages + s]) / static_cast<double>(paths);
  }
  if (budget) {
    // A path that never goes over counts as later than the last month.
    std::vector<Cents> when(paths);
    size_t over = 0;
    for (size_t p = 0; p < paths; ++p) {
      when[p] = first_over[p] > 0 ? first_over[p] : static_cast<Cents>(months) + 1;
      over += first_over[p] > 0 ? 1 : 0;
    }
    BudgetBreak& b = band.budget.emplace();
    const auto month_at = [&](int pct) -> std::optional<int> {
      const Cents m = percentile(when, pct);
      return m <= static_cast<Cents>(months) ? std::optional<int>(static_cast<int>(m)) : std::nullopt;
    };
    b.p10_month = month_at(10);
    b.p50_month = month_at(50);
    b.p90_month = month_at(90);
    b.share_over = static_cast<double>(over) / static_cast<double>(paths);
  }
  return band;
}

}  // namespace

std::vector<BandMonth> uncertainty_band(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                        const UncertaintyInput& u, BandSampling sampling) {
  return run_band(rules, c, in, u, sampling, false).months;
}

Band uncertainty_band_in_currency(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                  const UncertaintyInput& u) {
  return run_band(rules, c, in, u, BandSampling::stratified, true);
}

}  // namespace rightsize
