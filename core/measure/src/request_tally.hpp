// Requests counted per clock hour, with their times sketched overall and per hour. Only
// kSketchedHours hours keep a sketch at once (the busiest so far, and the newest), so memory
// does not grow with the log; an hour that loses its sketch and gains lines later is
// flagged in the figures, never guessed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "hour_table.hpp"
#include "rightsize/access_log.hpp"
#include "rightsize/histogram.hpp"
#include "timestamp.hpp"

namespace rightsize::detail {

class RequestTally {
 public:
  static constexpr size_t kSketchedHours = 64;

  // Past these a figure is no reading at all, so its line is left out (and counted), never
  // clamped into the percentiles or the mean: the sketch's range, and 1 TB per response.
  static constexpr std::uint64_t kMaxMicros = LogHistogram::kMaxValue;
  static constexpr const char* kTooSlow = "the request time is over 19 hours, longer than any request takes";
  static constexpr std::uint64_t kMaxBytes = std::uint64_t{1} << 40;
  static constexpr const char* kTooBig = "the response size is over 1 TB, more than any response holds";

  // False when the logs already hold HourTable's limit of other hours. micros and bytes are
  // within kMaxMicros and kMaxBytes (the readers leave out the lines that are not).
  bool add(std::int64_t hour, std::optional<std::uint64_t> micros, std::optional<std::uint64_t> bytes);

  AccessLogFigures figures(const HourClock& clock) const;

 private:
  struct Slot {
    std::uint64_t requests = 0, timed = 0, sketched = 0;
    int sketch = -1;  // index into the pool, or -1
  };

  int take_sketch(std::int64_t hour, const Slot* slot);

  LogHistogram overall_;
  std::vector<std::unique_ptr<LogHistogram>> pool_;
  std::vector<std::int64_t> pool_owner_;
  HourTable<Slot> hours_;
  std::uint64_t requests_ = 0, timed_ = 0, sized_ = 0, bytes_sum_ = 0;
};

}  // namespace rightsize::detail
