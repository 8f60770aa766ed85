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

  // False when the logs already hold HourTable's limit of other hours.
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
