// rightsize benchmark: the same C++ timed natively and as WebAssembly (under node).
// Prints one line per figure: the median of many runs, in microseconds.
//   build/native/bin/rightsize_bench [CONTENT_DIR]
//   node build/wasm/bench/rightsize_bench.js [CONTENT_DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
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

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "content";
  const Rulebook rules = *read_rulebook(read_json(dir + "/rules.json")).value;
  const AssumptionBook book = *read_assumption_book(read_json(dir + "/assumptions.json")).value;
  const Catalogue catalogue = *read_catalogue(read_json(dir + "/pricing/aws-us-east-1.json")).value;

  const Value today = *parse_json_text(R"({"users": 5000, "db_cpu_pct": 45, "p95_ms": 220, "repeated_reads": true})").value;
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

  std::printf("recommendation + 60-month timeline: %.1f us\n", timeline_us);
  std::printf("uncertainty band, 1000 paths x 60 months: %.1f us\n", band_us);
  return 0;
}
