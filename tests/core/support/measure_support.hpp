// Shared by the measure tests: a seeded generator for inputs with known answers, exact
// percentiles to check the sketch against, and a Measurement fed in chunks cut anywhere.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "rightsize/histogram.hpp"
#include "rightsize/json.hpp"
#include "rightsize/measure.hpp"
#include "support.hpp"

namespace measure_support {

// xorshift64*: tests must give the same inputs everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : s_(seed * 2654435761u + 1) {}
  std::uint64_t next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 2685821657736338717ull;
  }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }

 private:
  std::uint64_t s_;
};

// The nearest-rank percentile: the value at rank ceil(q * n) of the sorted values.
inline double exact_quantile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
  return values[std::max<size_t>(rank, 1) - 1];
}

// Within the sketch's bound of the exact value, allowing for rounding to 0.001.
inline bool within_bound(double got, double exact) {
  return std::fabs(got - exact) <= exact * rightsize::LogHistogram::kRelativeError + 0.0005;
}

inline const rightsize::MeasureSettings& settings() {
  static const rightsize::MeasureSettings s = [] {
    auto r =
        rightsize::read_measure_settings(test_support::parse(test_support::read_source_file("content/measure.json")));
    REQUIRE(r.ok());
    return *r.value;
  }();
  return s;
}

struct File {
  rightsize::MeasureKind kind;
  std::string name, text;
  rightsize::MeasureFileOptions options = {};
};

// Feeds `text` in chunks of 1 to max_chunk bytes chosen by `seed` (0: all at once).
inline void feed(rightsize::Measurement& m, const std::string& text, std::uint64_t seed, int max_chunk) {
  if (seed == 0) return m.feed(text);
  Random r(seed);
  for (size_t at = 0; at < text.size();) {
    const size_t n = std::min(text.size() - at, static_cast<size_t>(r.between(1, max_chunk)));
    m.feed(std::string_view(text).substr(at, n));
    at += n;
  }
}

// The document of a measurement over `files`, as nlohmann JSON.
inline nlohmann::ordered_json measure(const std::vector<File>& files, std::uint64_t seed = 0, int max_chunk = 64) {
  rightsize::Measurement m(settings(), &test_support::assumption_book());
  for (const File& f : files) {
    REQUIRE(m.begin(f.kind, f.name, f.options).empty());
    feed(m, f.text, seed, max_chunk);
  }
  return rightsize::to_json(m.document());
}

inline nlohmann::ordered_json measure_one(rightsize::MeasureKind kind, const std::string& text,
                                          rightsize::MeasureFileOptions options = {}) {
  return measure({{kind, "test.file", text, options}});
}

// The messages of the problems the document lists, joined by " | ".
inline std::string problems(const nlohmann::ordered_json& doc) {
  std::string out;
  if (doc["evidence"].contains("problems"))
    for (const auto& p : doc["evidence"]["problems"])
      out += (out.empty() ? "" : " | ") + p["message"].get<std::string>();
  return out;
}

// The notes of every file the evidence lists under `figure`.
inline std::string notes(const nlohmann::ordered_json& doc, const std::string& figure) {
  std::string out;
  for (const auto& f : doc["evidence"][figure]["files"])
    if (f.contains("notes"))
      for (const auto& n : f["notes"]) out += (out.empty() ? "" : " | ") + n.get<std::string>();
  return out;
}

// The names of the fields the document sets, other than evidence, in order.
inline std::string fields(const nlohmann::ordered_json& doc) {
  std::string out;
  for (const auto& [key, value] : doc.items())
    if (key != "evidence") out += (out.empty() ? "" : " ") + key;
  return out;
}

}  // namespace measure_support
