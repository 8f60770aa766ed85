// The log-bucketed histogram: percentiles within its stated bound of the exact
// nearest-rank value, exact below 128 us, mergeable, and bounded above.
#include "measure_support.hpp"
#include "rightsize/histogram.hpp"

using measure_support::exact_quantile;
using measure_support::Random;
using rightsize::LogHistogram;

TEST_CASE("histogram: every percentile within 1/256 of the exact value, over many scales") {
  Random r(7);
  for (int trial = 0; trial < 20; ++trial) {
    LogHistogram h;
    std::vector<double> values;
    const int scale = r.between(0, 30);  // values up to 2^scale microseconds
    const int n = r.between(1, 3000);
    for (int i = 0; i < n; ++i) {
      const std::uint64_t v = r.next() % ((std::uint64_t{1} << scale) + 1);
      h.record(v);
      values.push_back(static_cast<double>(v));
    }
    for (double q : {0.01, 0.5, 0.9, 0.95, 0.99, 1.0}) {
      const double exact = exact_quantile(values, q);
      CAPTURE(trial);
      CAPTURE(q);
      CHECK(std::fabs(h.quantile(q) - exact) <= exact * LogHistogram::kRelativeError);
    }
  }
  CHECK(LogHistogram::kRelativeError == doctest::Approx(0.00390625));
}

TEST_CASE("histogram: values below 128 us are exact, and one repeated value is itself") {
  LogHistogram h;
  for (std::uint64_t v = 0; v < 100; ++v) h.record(v);
  CHECK(h.quantile(0.95) == 94);  // rank 95 of 0..99
  CHECK(h.quantile(0.5) == 49);
  LogHistogram same;
  for (int i = 0; i < 10; ++i) same.record(87000);
  CHECK(same.quantile(0.95) == 87000);  // clamped to what was seen, not the bucket's midpoint
  CHECK(LogHistogram().quantile(0.95) == 0);
}

TEST_CASE("histogram: merging two equals recording both") {
  Random r(11);
  LogHistogram a, b, both;
  for (int i = 0; i < 5000; ++i) {
    const std::uint64_t v = r.next() % 5000000;
    (i % 3 == 0 ? a : b).record(v);
    both.record(v);
  }
  a.merge(b);
  CHECK(a.count() == both.count());
  for (double q : {0.5, 0.95, 0.999}) CHECK(a.quantile(q) == both.quantile(q));
}

TEST_CASE("histogram: values beyond its range count at its top and are counted") {
  LogHistogram h;
  h.record(LogHistogram::kMaxValue + 12345);
  h.record(UINT64_MAX);
  CHECK(h.clamped() == 2);
  CHECK(h.count() == 2);
  CHECK(h.quantile(1.0) == static_cast<double>(LogHistogram::kMaxValue));
}
