// One access-log line, taken apart: the shapes of nginx and Apache "combined" lines with a
// request time after them, and JSON lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "rightsize/access_log.hpp"

namespace rightsize::detail {

struct CombinedLine {
  std::string_view time;      // between [ and ]
  std::string_view bytes;     // digits, or "-" for none
  std::string_view duration;  // the first word after the user agent; empty when none
};

// nullptr when `line` has the combined (or common) shape, else why not.
const char* parse_combined(std::string_view line, CombinedLine& out);

// What a request-time word says about the log: nginx writes seconds with a decimal point
// (0.087), Apache's %D whole microseconds (87000).
enum class DurationShape { none, seconds, micros, unreadable };
DurationShape duration_shape(std::string_view word);

// The format a line would be read as, if any: for detection and for naming mixed lines.
std::optional<AccessLogFormat> classify_line(std::string_view line);

struct JsonRequest {
  std::optional<std::string_view> time;  // raw text: a string's content or a number
  std::optional<std::uint64_t> micros;
  std::optional<std::uint64_t> bytes;
  const char* problem = nullptr;  // set when a field is present but unreadable
};

// nullptr when the line is one JSON object; the fields it found in `out`.
const char* parse_json_request(std::string_view line, const AccessLogOptions& options, JsonRequest& out);

}  // namespace rightsize::detail
