#include "rightsize/histogram.hpp"

#include <algorithm>
#include <cmath>

namespace rightsize {

namespace {

constexpr std::uint64_t kSub = std::uint64_t{1} << LogHistogram::kSubBits;

int top_bit(std::uint64_t v) { return 63 - __builtin_clzll(v); }  // v > 0

}  // namespace

int LogHistogram::bucket_of(std::uint64_t v) {
  if (v < kSub) return static_cast<int>(v);
  const int shift = top_bit(v) - kSubBits;  // v >> shift is in [kSub, 2 kSub)
  return static_cast<int>((static_cast<std::uint64_t>(shift) << kSubBits) + (v >> shift));
}

void LogHistogram::record(std::uint64_t micros) {
  if (micros > kMaxValue) {
    micros = kMaxValue;
    ++clamped_;
  }
  ++counts_[static_cast<size_t>(bucket_of(micros))];
  ++count_;
  min_ = std::min(min_, micros);
  max_ = std::max(max_, micros);
}

void LogHistogram::merge(const LogHistogram& other) {
  for (size_t i = 0; i < counts_.size(); ++i) counts_[i] += other.counts_[i];
  count_ += other.count_;
  clamped_ += other.clamped_;
  min_ = std::min(min_, other.min_);
  max_ = std::max(max_, other.max_);
}

void LogHistogram::clear() { *this = LogHistogram(); }

double LogHistogram::quantile(double q) const {
  if (count_ == 0) return 0;
  const double wanted = std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(count_));
  const std::uint64_t rank = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(wanted));
  std::uint64_t seen = 0;
  for (int i = 0; i < kBuckets; ++i) {
    seen += counts_[static_cast<size_t>(i)];
    if (seen < rank) continue;
    // Bucket i holds [low, low + width); its midpoint, kept inside what was seen.
    const std::uint64_t shift = i < static_cast<int>(kSub) ? 0 : (static_cast<std::uint64_t>(i) >> kSubBits) - 1;
    const std::uint64_t low = i < static_cast<int>(kSub)
                                  ? static_cast<std::uint64_t>(i)
                                  : ((static_cast<std::uint64_t>(i) & (kSub - 1)) + kSub) << shift;
    const double mid = static_cast<double>(low) + static_cast<double>((std::uint64_t{1} << shift) - 1) / 2;
    return std::clamp(mid, static_cast<double>(min_), static_cast<double>(max_));
  }
  return static_cast<double>(max_);
}

}  // namespace rightsize
