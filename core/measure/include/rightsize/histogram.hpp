// A log-bucketed histogram of durations (HDR-style): fixed memory whatever the count,
// mergeable by adding counts, and quantiles within a stated relative error.
#pragma once

#include <array>
#include <cstdint>

namespace rightsize {

class LogHistogram {
 public:
  // Values are whole microseconds. Below 2^kSubBits each value has its own bucket; above,
  // each power of two is cut into 2^kSubBits buckets, so a bucket is at most 1/128 of its
  // lower bound wide and its midpoint is within half that, 1/256, of any value in it.
  static constexpr int kSubBits = 7;
  static constexpr int kMaxBits = 36;  // 2^36 us is 19 hours; longer values count as that
  static constexpr double kRelativeError = 1.0 / (2 << kSubBits);
  static constexpr std::uint64_t kMaxValue = (std::uint64_t{1} << kMaxBits) - 1;
  static constexpr int kBuckets = (kMaxBits - kSubBits + 1) << kSubBits;

  void record(std::uint64_t micros);
  void merge(const LogHistogram& other);
  void clear();

  std::uint64_t count() const { return count_; }
  std::uint64_t clamped() const { return clamped_; }  // values above kMaxValue
  std::uint64_t min() const { return min_; }
  std::uint64_t max() const { return max_; }

  // The value at rank ceil(q * count) (the nearest-rank definition), within kRelativeError
  // of it; 0 when empty. q is in (0, 1].
  double quantile(double q) const;

 private:
  static int bucket_of(std::uint64_t v);

  std::array<std::uint64_t, kBuckets> counts_{};
  std::uint64_t count_ = 0, clamped_ = 0, min_ = UINT64_MAX, max_ = 0;
};

}  // namespace rightsize
