#include "request_tally.hpp"

#include <algorithm>

namespace rightsize::detail {

static_assert(RequestTally::kMaxMicros / 3600000000 == 19, "kTooSlow says 19 hours");

bool RequestTally::add(std::int64_t hour, std::optional<std::uint64_t> micros, std::optional<std::uint64_t> bytes) {
  Slot* slot = hours_.at(hour);
  if (slot == nullptr) return false;
  ++requests_;
  ++slot->requests;
  if (bytes) {
    ++sized_;
    bytes_sum_ += *bytes;
  }
  if (!micros) return true;
  ++timed_;
  ++slot->timed;
  overall_.record(*micros);
  if (slot->sketch < 0) slot->sketch = take_sketch(hour, slot);
  pool_[static_cast<size_t>(slot->sketch)]->record(*micros);
  ++slot->sketched;
  return true;
}

// A sketch for a new hour: a fresh one while the pool has room, else the one of the hour
// with the fewest requests (in a log written in time order, a finished hour).
int RequestTally::take_sketch(std::int64_t hour, const Slot* slot) {
  if (pool_.size() < kSketchedHours) {
    pool_.push_back(std::make_unique<LogHistogram>());
    pool_owner_.push_back(hour);
    return static_cast<int>(pool_.size() - 1);
  }
  size_t victim = 0;
  std::uint64_t fewest = UINT64_MAX;
  for (size_t i = 0; i < pool_.size(); ++i) {
    const Slot* owner = hours_.at(pool_owner_[i]);
    if (owner != slot && owner->requests < fewest) {
      fewest = owner->requests;
      victim = i;
    }
  }
  Slot* loser = hours_.at(pool_owner_[victim]);
  loser->sketch = -1;
  loser->sketched = 0;
  hours_.at(hour);  // keep the table's last-hour shortcut on the hour being read
  pool_[victim]->clear();
  pool_owner_[victim] = hour;
  return static_cast<int>(victim);
}

AccessLogFigures RequestTally::figures(const HourClock& clock) const {
  AccessLogFigures f;
  f.requests = requests_;
  f.timed = timed_;
  f.sized = sized_;
  f.relative_error = LogHistogram::kRelativeError;
  if (timed_ > 0) f.overall_p95_ms = overall_.quantile(0.95) / 1000;
  if (sized_ > 0) f.mean_bytes = static_cast<double>(bytes_sum_) / static_cast<double>(sized_);
  const auto& slots = hours_.slots();
  const std::pair<const std::int64_t, Slot>* busiest = nullptr;
  for (const auto& entry : slots)  // in time order: the earliest wins a tie
    if (busiest == nullptr || entry.second.requests > busiest->second.requests) busiest = &entry;
  if (busiest == nullptr || busiest->second.requests == 0) return f;
  f.has_busiest = true;
  f.busiest_from = clock.format(busiest->first);
  f.busiest_to = clock.format(busiest->first + 1);
  f.busiest_requests = busiest->second.requests;
  f.busiest_timed = busiest->second.timed;
  if (busiest->second.sketch >= 0) {
    f.busiest_sketched = busiest->second.sketched;
    f.busiest_p95_ms = pool_[static_cast<size_t>(busiest->second.sketch)]->quantile(0.95) / 1000;
  }
  f.first_hour = clock.format(slots.begin()->first);
  f.end_hour = clock.format(slots.rbegin()->first + 1);
  f.hours_spanned = static_cast<std::uint64_t>(slots.rbegin()->first - slots.begin()->first + 1);
  return f;
}

}  // namespace rightsize::detail
