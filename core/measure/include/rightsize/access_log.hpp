// Access logs, read as a stream: nginx "combined" with $request_time appended (seconds),
// Apache combined with %D appended (microseconds), or JSON lines with a duration field.
// Several files may add up to one set of figures (a server's rotated logs, or several
// servers); memory stays bounded whatever their size.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightsize/input_report.hpp"

namespace rightsize {

enum class AccessLogFormat { nginx, apache, jsonl, combined_without_times };

const char* access_log_format_name(AccessLogFormat f);                              // "nginx", "apache", "jsonl"...
std::optional<AccessLogFormat> access_log_format_from_name(std::string_view name);  // the three a reader may force

struct AccessLogOptions {
  std::optional<AccessLogFormat> format;  // detected from the first lines when absent
  // JSON lines: the field holding the request time, when it is none of request_time (s),
  // duration_ms and latency_ms; its unit as a count of decimals to microseconds (s 6, ms 3, us 0).
  std::string duration_field;
  int duration_decimals = 3;
};

// "took" (milliseconds), "took:ms", "elapsed:s", "t:us"; an error message when malformed.
std::optional<std::string> parse_duration_field(std::string_view text, AccessLogOptions& into);

// What the logs add up to, before any of it becomes a field.
struct AccessLogFigures {
  std::uint64_t requests = 0;      // lines read
  std::uint64_t timed = 0;         // of those, with a request time
  std::uint64_t sized = 0;         // of those, with a response size
  std::uint64_t beyond_range = 0;  // lines left out (skipped) for a request time over 19 hours
  double overall_p95_ms = 0;       // when timed > 0
  double mean_bytes = 0;           // when sized > 0
  double relative_error = 0;       // of every quantile, relative to the exact value

  // The clock hour with the most requests (the earliest, on a tie).
  bool has_busiest = false;
  std::string busiest_from, busiest_to;
  std::uint64_t busiest_requests = 0, busiest_timed = 0;
  std::uint64_t busiest_sketched = 0;  // of busiest_timed, how many its quantile saw (fewer only out of time order)
  double busiest_p95_ms = 0;           // when busiest_sketched > 0

  std::string first_hour, end_hour;  // the start of the first clock hour, the end of the last
  std::uint64_t hours_spanned = 0;   // clock hours from the first to the last, both counted
};

class AccessLogReading {
 public:
  AccessLogReading();
  ~AccessLogReading();
  AccessLogReading(AccessLogReading&&) noexcept;
  AccessLogReading& operator=(AccessLogReading&&) noexcept;

  void begin_file(std::string name, AccessLogOptions options);
  void feed(std::string_view bytes);  // chunks cut anywhere, lines straddling them
  void end_file();

  const std::vector<InputReport>& reports() const;  // one per ended file
  AccessLogFigures figures() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rightsize
