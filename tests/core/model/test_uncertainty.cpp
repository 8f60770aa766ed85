// The band's sampling: the normal quantile it draws from, and the claim that stratified
// paths reach the accuracy of more independent ones (checked against a large reference).
#include <cmath>

#include "rightsize/uncertainty.hpp"
#include "support.hpp"

using rightsize::BandMonth;
using rightsize::BandSampling;
using rightsize::detail::normal_quantile;

TEST_CASE("normal quantile: known points, symmetry and the far tails") {
  CHECK(normal_quantile(0.5) == 0);
  CHECK(normal_quantile(0.975) == doctest::Approx(1.959963985).epsilon(1e-8));
  CHECK(normal_quantile(0.1) == doctest::Approx(-1.281551566).epsilon(1e-8));
  CHECK(normal_quantile(0.01) == doctest::Approx(-2.326347874).epsilon(1e-8));
  CHECK(normal_quantile(1e-10) == doctest::Approx(-6.361340902).epsilon(1e-8));
  for (double p : {0.001, 0.02, 0.3, 0.45})
    CHECK(normal_quantile(1 - p) == doctest::Approx(-normal_quantile(p)).epsilon(1e-9));
  CHECK(std::isfinite(normal_quantile(0)));
  CHECK(std::isfinite(normal_quantile(1)));
}

namespace {

// Mean absolute error of P10, P50 and P90 over the months, in percent of the reference.
double percentile_error(const std::vector<BandMonth>& band, const std::vector<BandMonth>& reference) {
  double total = 0;
  for (size_t m = 0; m < band.size(); ++m)
    for (auto [got, want] :
         {std::pair{band[m].p10, reference[m].p10}, {band[m].p50, reference[m].p50}, {band[m].p90, reference[m].p90}})
      total += 100.0 * std::abs(static_cast<double>(got - want)) / static_cast<double>(want);
  return total / static_cast<double>(3 * band.size());
}

}  // namespace

TEST_CASE(
    "uncertainty: the default number of stratified paths lands closer to a 20,000-path reference than 1,000 "
    "independent ones") {
  // The band's defaults from content/assumptions.json, which its "about" justifies by this claim.
  const auto& defaults = test_support::assumption_book().inputs;
  const int paths = defaults.band_paths;
  const double spread = defaults.band_growth_sd_pct;
  const rightsize::Model model = test_support::model();
  const auto read = rightsize::read_timeline_input(
      model,
      test_support::parse(R"({"users": 2000, "months": 24, "growth": {"monthly_pct": 15}, "repeated_reads": true})"));
  REQUIRE(read.ok());
  const rightsize::TimelineInput& in = *read.value;
  const rightsize::Catalogue& catalogue = in.catalogue->catalogue;
  const auto reference = rightsize::uncertainty_band(*model.rules, catalogue, in, {20000, 1, spread});
  double stratified = 0, independent = 0;
  for (std::uint64_t seed = 2; seed < 6; ++seed) {
    stratified +=
        percentile_error(rightsize::uncertainty_band(*model.rules, catalogue, in, {paths, seed, spread}), reference);
    independent += percentile_error(
        rightsize::uncertainty_band(*model.rules, catalogue, in, {1000, seed, spread}, BandSampling::independent),
        reference);
  }
  CHECK(stratified < independent);
}
