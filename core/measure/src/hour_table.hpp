// Per-clock-hour tallies with a cap on distinct hours, so memory stays bounded whatever
// the input's timestamps. Ordered, so every result is the same on every platform.
#pragma once

#include <cstdint>
#include <map>

namespace rightsize::detail {

template <class Slot>
class HourTable {
 public:
  static constexpr size_t kMaxHours = 50000;  // over five years of clock hours

  // The hour's slot, or nullptr when kMaxHours other hours are already held.
  Slot* at(std::int64_t hour) {
    if (last_ != nullptr && hour == last_hour_) return last_;  // logs mostly run in order
    auto it = slots_.find(hour);
    if (it == slots_.end()) {
      if (slots_.size() >= kMaxHours) return nullptr;
      it = slots_.emplace(hour, Slot{}).first;
    }
    last_hour_ = hour;
    return last_ = &it->second;
  }

  const std::map<std::int64_t, Slot>& slots() const { return slots_; }
  std::map<std::int64_t, Slot>& slots() { return slots_; }

 private:
  std::map<std::int64_t, Slot> slots_;
  std::int64_t last_hour_ = 0;
  Slot* last_ = nullptr;
};

}  // namespace rightsize::detail
