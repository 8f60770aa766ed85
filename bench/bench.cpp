// rightsize benchmark: the same C++ timed natively and as WebAssembly (under node).
// Prints one line per figure: the median of many runs, in microseconds.
//   build/native/bin/rightsize_bench [CONTENT_DIR]
//   node build/wasm/bench/rightsize_bench.js [CONTENT_DIR]
//   build/native/bin/rightsize_bench CONTENT_DIR --accuracy   (the band against 100,000 paths)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "rightsize/json.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/timeline.hpp"
#include "rightsize/uncertainty.hpp"

using namespace rightsize;

namespace {

Value read_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<Value> v = parse_json_text(text, path);
  if (!v.ok()) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  return *v.value;
}

template <class F>
double median_us(int runs, F&& f) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    f();
    times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// How far a band's P10/P50/P90 and stage probabilities land from the reference's, averaged
// over every month and over `seeds` seeds: the percentiles' mean absolute error in percent
// of the reference, and the stage probabilities' in percentage points.
struct BandError {
  double percentile_pct = 0, stage_points = 0;
};

BandError band_error(const std::vector<BandMonth>& reference, int seeds,
                     const std::function<std::vector<BandMonth>(int)>& band) {
  BandError e;
  double n = 0, n_stage = 0;
  for (int seed = 1; seed <= seeds; ++seed) {
    const std::vector<BandMonth> b = band(seed);
    for (size_t m = 0; m < b.size(); ++m) {
      const BandMonth& r = reference[m];
      for (auto [got, want] : {std::pair{b[m].p10, r.p10}, {b[m].p50, r.p50}, {b[m].p90, r.p90}}) {
        e.percentile_pct +=
            100.0 * std::abs(static_cast<double>(got - want)) / static_cast<double>(std::max<Cents>(want, 1));
        ++n;
      }
      for (size_t s = 0; s < 4; ++s, ++n_stage) e.stage_points += 100.0 * std::abs(b[m].p_stage[s] - r.p_stage[s]);
    }
  }
  e.percentile_pct /= n;
  e.stage_points /= n_stage;
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "content";
  const Rulebook rules = *read_rulebook(read_json(dir + "/rules.json")).value;
  const AssumptionBook book = *read_assumption_book(read_json(dir + "/assumptions.json")).value;
  const Catalogue catalogue = *read_catalogue(read_json(dir + "/pricing/aws-us-east-1.json")).value;

  const Value today =
      *parse_json_text(R"({"users": 5000, "db_cpu_pct": 45, "p95_ms": 220, "repeated_reads": true})").value;
  TimelineInput in;
  in.today = *read_metrics(today, rules.stage_count()).value;
  in.months = 60;
  in.growth.monthly_pct = 12;
  in.assumptions = book.defaults;
  const std::vector<double> users = users_by_month(in.growth, in.today.users, in.months);

  std::vector<MonthState> months;
  std::vector<TimelineEvent> events;
  volatile long long sink = 0;
  const double timeline_us = median_us(2001, [&] {
    const Recommendation r = recommend(rules, in.today);
    events.clear();
    simulate(rules, catalogue, in, users, r.stage, months, &events);
    sink = sink + months.back().cumulative;
  });
  const UncertaintyInput u{1000, 7, 10};
  const double band_us = median_us(31, [&] { sink = sink + uncertainty_band(rules, catalogue, in, u).back().p50; });
  const UncertaintyInput page_u{512, 7, 10};
  const double page_band_us =
      median_us(31, [&] { sink = sink + uncertainty_band(rules, catalogue, in, page_u).back().p50; });

  if (argc > 2 && std::strcmp(argv[2], "--accuracy") == 0) {
    const std::vector<BandMonth> reference = uncertainty_band(rules, catalogue, in, {100000, 1, 10});
    const int seeds = 20;
    auto report = [&](const char* name, int paths, BandSampling sampling) {
      const BandError e = band_error(reference, seeds, [&](int seed) {
        return uncertainty_band(rules, catalogue, in, {paths, static_cast<std::uint64_t>(seed) + 100, 10}, sampling);
      });
      const double us = median_us(31, [&] {
        sink = sink + uncertainty_band(rules, catalogue, in, {paths, 7, 10}, sampling).back().p50;
      });
      std::printf(
          "band accuracy, %s, %d paths: P10/P50/P90 off by %.2f%%, stage probabilities by %.2f points; %.0f us\n", name,
          paths, e.percentile_pct, e.stage_points, us);
    };
    report("independent draws", 1000, BandSampling::independent);
    for (int paths : {1000, 512, 384, 256}) report("stratified bridge", paths, BandSampling::stratified);
    return 0;
  }
  std::printf("recommendation + 60-month timeline: %.1f us\n", timeline_us);
  std::printf("uncertainty band, 1000 paths x 60 months: %.1f us\n", band_us);
  std::printf("uncertainty band, 512 paths x 60 months (the timeline page's): %.1f us\n", page_band_us);
  return 0;
}
