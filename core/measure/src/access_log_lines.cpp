#include "access_log_lines.hpp"

#include <cstring>

#include "json_line.hpp"
#include "text_scan.hpp"

namespace rightsize::detail {

namespace {

// Index just past the closing quote of a quoted field opening at `open`, with backslash
// escapes (Apache writes \" inside the request); npos when it never closes.
size_t end_of_quoted(std::string_view s, size_t open) {
  for (size_t from = open + 1; from < s.size();) {
    const auto* quote = static_cast<const char*>(std::memchr(s.data() + from, '"', s.size() - from));
    if (quote == nullptr) break;
    const size_t at = static_cast<size_t>(quote - s.data());
    size_t backslashes = 0;  // an odd run of them escapes the quote
    while (at - backslashes > open + 1 && s[at - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at + 1;
    from = at + 1;
  }
  return std::string_view::npos;
}

size_t skip_spaces(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at;
}

size_t word_end(std::string_view s, size_t at) {
  while (at < s.size() && s[at] != ' ' && s[at] != '\t') ++at;
  return at;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

struct KnownDuration {
  const char* name;
  int decimals;  // to microseconds
};
constexpr KnownDuration kDurations[] = {{"request_time", 6}, {"duration_ms", 3}, {"latency_ms", 3}};
constexpr const char* kTimes[] = {"time", "timestamp", "@timestamp", "time_iso8601", "time_local",
                                  "ts",   "msec",      "date",       "datetime"};
constexpr const char* kSizes[] = {"body_bytes_sent", "bytes_sent", "response_size", "response_bytes", "bytes", "size"};

template <size_t N>
bool one_of(std::string_view key, const char* const (&names)[N]) {
  for (const char* n : names)
    if (key == n) return true;
  return false;
}

// A scalar's text when it can stand for a number or a time: numbers, and strings without
// escapes. "-" and "" (nginx's empty variables) count as absent.
std::optional<std::string_view> scalar_text(const JsonScalar& v) {
  if (v.kind == JsonScalar::Kind::number) return v.text;
  if (v.kind != JsonScalar::Kind::string || v.escaped) return std::nullopt;
  if (v.text.empty() || v.text == "-") return std::nullopt;
  return v.text;
}

}  // namespace

const char* parse_combined(std::string_view line, CombinedLine& out) {
  const size_t open = line.find('[');
  if (open == std::string_view::npos) return "no [time] in the line";
  const size_t close = line.find(']', open);
  if (close == std::string_view::npos) return "the [time] is not closed";
  out.time = line.substr(open + 1, close - open - 1);
  size_t at = skip_spaces(line, close + 1);
  if (at >= line.size() || line[at] != '"') return "no quoted request after the time";
  at = end_of_quoted(line, at);
  if (at == std::string_view::npos) return "the request's quotes are not closed";
  at = skip_spaces(line, at);
  const size_t status_end = word_end(line, at);
  if (!all_digits(line.substr(at, status_end - at))) return "no status code after the request";
  at = skip_spaces(line, status_end);
  const size_t bytes_end = word_end(line, at);
  out.bytes = line.substr(at, bytes_end - at);
  if (out.bytes != "-" && !all_digits(out.bytes)) return "no response size after the status";
  at = skip_spaces(line, bytes_end);
  if (at < line.size() && line[at] == '"') {  // combined: referer and user agent
    at = end_of_quoted(line, at);
    if (at == std::string_view::npos) return "the referer's quotes are not closed";
    at = skip_spaces(line, at);
    if (at >= line.size() || line[at] != '"') return "no quoted user agent after the referer";
    at = end_of_quoted(line, at);
    if (at == std::string_view::npos) return "the user agent's quotes are not closed";
    at = skip_spaces(line, at);
  }
  out.duration = line.substr(at, word_end(line, at) - at);
  return nullptr;
}

DurationShape duration_shape(std::string_view word) {
  if (word.empty() || word == "-") return DurationShape::none;
  if (all_digits(word)) return DurationShape::micros;
  const size_t dot = word.find('.');
  if (dot != std::string_view::npos && all_digits(word.substr(0, dot)) && all_digits(word.substr(dot + 1)))
    return DurationShape::seconds;
  return DurationShape::unreadable;
}

std::optional<AccessLogFormat> classify_line(std::string_view line) {
  const std::string_view t = trim(line);
  if (!t.empty() && t.front() == '{') {
    JsonObjectScanner scan(t);
    std::string_view key;
    JsonScalar value;
    while (scan.next(key, value)) {
    }
    return scan.ok() ? std::optional<AccessLogFormat>(AccessLogFormat::jsonl) : std::nullopt;
  }
  CombinedLine c;
  if (parse_combined(line, c) != nullptr) return std::nullopt;
  switch (duration_shape(c.duration)) {
    case DurationShape::seconds: return AccessLogFormat::nginx;
    case DurationShape::micros: return AccessLogFormat::apache;
    case DurationShape::none: return AccessLogFormat::combined_without_times;
    case DurationShape::unreadable: return std::nullopt;
  }
  return std::nullopt;
}

const char* parse_json_request(std::string_view line, const AccessLogOptions& options, JsonRequest& out) {
  JsonObjectScanner scan(trim(line));
  std::string_view key;
  JsonScalar value;
  while (scan.next(key, value)) {
    int decimals = -1;
    if (!options.duration_field.empty()) {
      if (key == options.duration_field) decimals = options.duration_decimals;
    } else {
      for (const KnownDuration& d : kDurations)
        if (key == d.name) decimals = d.decimals;
    }
    if (decimals >= 0) {
      if (const auto text = scalar_text(value)) {
        out.micros = parse_fixed(*text, decimals);
        if (!out.micros) out.problem = "the request time is not a number of 0 or more";
      }
    } else if (!out.time && one_of(key, kTimes)) {
      out.time = scalar_text(value);
    } else if (!out.bytes && one_of(key, kSizes)) {
      if (const auto text = scalar_text(value)) {
        out.bytes = all_digits(*text) ? parse_fixed(*text, 0) : std::nullopt;
        if (!out.bytes) out.problem = "the response size is not a whole number";
      }
    }
  }
  return scan.ok() ? nullptr : "not one well-formed JSON object";
}

}  // namespace rightsize::detail
