// Points in time as the measured files write them: the access log's [15/Jan/2024:10:00:01
// +0000], ISO 8601 (2024-01-15T10:00:01.123Z, 2024-01-15 10:00:01 UTC), epoch numbers,
// and sar's clock times. Only whole seconds matter: figures are bucketed by clock hour.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rightsize::detail {

struct Instant {
  std::int64_t utc_seconds = 0;  // since 1970; a time written without a zone is taken as UTC
  int offset_minutes = 0;        // the zone it was written in
  bool zoned = false;            // false when the text named no zone
};

std::int64_t days_from_civil(int year, int month, int day);
bool valid_date(int year, int month, int day);  // 1970 to 9999

std::optional<Instant> parse_clf_time(std::string_view s);  // 15/Jan/2024:10:00:01 +0000
std::optional<Instant> parse_iso_time(std::string_view s);  // 2024-01-15[T ]10:00[:01[.123]][Z|±hh[:]mm| UTC]
std::optional<Instant> parse_epoch(std::string_view s);     // seconds, or milliseconds/microseconds when larger
std::optional<Instant> parse_any_time(std::string_view s);  // any of the above

// The clock hours of a set of files, in the zone of the first time seen (so a +05:30 log's
// hours start at :00 on its own clock), and how to write one.
class HourClock {
 public:
  std::int64_t hour_of(const Instant& t);
  std::string format(std::int64_t hour) const;         // 2024-01-15T10:00:00+05:30, or without a zone
  std::string format_instant(const Instant& t) const;  // to the second, in the same zone
  int offset_minutes() const { return offset_minutes_; }

 private:
  std::string format_local(std::int64_t local_seconds, bool with_seconds) const;

  bool set_ = false, zoned_ = false;
  int offset_minutes_ = 0;
};

}  // namespace rightsize::detail
