// Access logs: the format detected from the first lines (or forced), then each line taken
// apart and handed to the tally of requests per clock hour (request_tally.hpp).
#include "rightsize/access_log.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "access_log_lines.hpp"
#include "request_tally.hpp"
#include "text_input.hpp"
#include "text_scan.hpp"
#include "timestamp.hpp"

namespace rightsize {

using detail::Line;

namespace {

constexpr size_t kDetectLines = 32;
constexpr size_t kDetectBytes = 64 * 1024;

struct PendingLine {
  std::string text;
  std::uint64_t number = 0;
  bool unterminated = false;
};

const char* format_label(AccessLogFormat f) {
  switch (f) {
    case AccessLogFormat::nginx: return "nginx combined + $request_time";
    case AccessLogFormat::apache: return "Apache combined + %D";
    case AccessLogFormat::jsonl: return "JSON lines";
    case AccessLogFormat::combined_without_times: return "combined, without request times";
  }
  return "";
}

}  // namespace

const char* access_log_format_name(AccessLogFormat f) {
  switch (f) {
    case AccessLogFormat::nginx: return "nginx";
    case AccessLogFormat::apache: return "apache";
    case AccessLogFormat::jsonl: return "jsonl";
    case AccessLogFormat::combined_without_times: return "combined";
  }
  return "";
}

std::optional<AccessLogFormat> access_log_format_from_name(std::string_view name) {
  for (AccessLogFormat f : {AccessLogFormat::nginx, AccessLogFormat::apache, AccessLogFormat::jsonl})
    if (name == access_log_format_name(f)) return f;
  return std::nullopt;
}

std::optional<std::string> parse_duration_field(std::string_view text, AccessLogOptions& into) {
  const size_t colon = text.rfind(':');
  std::string_view name = text.substr(0, colon), unit = colon == std::string_view::npos ? "ms" : text.substr(colon + 1);
  if (name.empty()) return std::string("name the JSON field that holds the request time, e.g. took:ms");
  if (unit == "s")
    into.duration_decimals = 6;
  else if (unit == "ms")
    into.duration_decimals = 3;
  else if (unit == "us")
    into.duration_decimals = 0;
  else
    return "unknown unit \"" + std::string(unit) + "\": use s, ms or us (e.g. " + std::string(name) + ":ms)";
  into.duration_field = std::string(name);
  return std::nullopt;
}

struct AccessLogReading::State {
  // Across files.
  detail::RequestTally tally;
  detail::HourClock clock;
  std::vector<InputReport> reports;
  std::uint64_t beyond_range = 0;  // lines left out for a request time past kMaxMicros

  // The file being read.
  InputReport report;
  AccessLogOptions options;
  std::optional<AccessLogFormat> format;
  bool undecidable = false;  // detection found no format: the rest is not read
  detail::TextGate gate;
  detail::LineSplitter lines;
  std::vector<PendingLine> pending;
  size_t pending_bytes = 0;
  std::array<std::uint64_t, 4> mixed{};  // lines of another format, by format
  bool cut_last_line = false;
  std::uint64_t timed_in_file = 0;
  // The last combined-log time seen, and its hour: most lines share their hour.
  char last_time[26] = {};
  std::int64_t last_hour = 0;
  bool last_time_valid = false;

  void start(std::string name, AccessLogOptions o) {
    report = InputReport();
    report.file = std::move(name);
    options = std::move(o);
    format = options.format;
    undecidable = false;
    gate = detail::TextGate();
    lines = detail::LineSplitter();
    pending.clear();
    pending_bytes = 0;
    mixed = {};
    cut_last_line = false;
    timed_in_file = 0;
    last_time_valid = false;
  }

  void on_line(const Line& l) {
    if (detail::trim(l.text).empty()) return;
    if (format) return read(l);
    if (undecidable) return;
    // A line past the limit tells nothing of the format: it is skipped (and counted) now, and
    // detection goes on past it, wherever it falls.
    if (l.too_long) return skip(l, detail::LineSplitter::kTooLong);
    pending.push_back({std::string(l.text), l.number, l.unterminated});
    pending_bytes += l.text.size();
    if (pending.size() >= kDetectLines || pending_bytes >= kDetectBytes) decide();
  }

  // The most common format among the first lines; combined lines without request times
  // only when nothing else was seen.
  void decide() {
    std::array<size_t, 4> votes{};
    for (const PendingLine& p : pending)
      if (auto f = detail::classify_line(p.text)) ++votes[static_cast<size_t>(*f)];
    size_t best = 0;
    for (size_t f = 1; f < 3; ++f)
      if (votes[f] > votes[best]) best = f;
    if (votes[best] > 0)
      format = static_cast<AccessLogFormat>(best);
    else if (votes[3] > 0)
      format = AccessLogFormat::combined_without_times;
    else
      undecidable = !pending.empty();
    if (format)
      for (const PendingLine& p : pending) {
        Line l;
        l.text = p.text;
        l.number = p.number;
        l.unterminated = p.unterminated;
        read(l);
      }
    else if (undecidable)
      report.problems.push_back(
          "unknown format: no line looks like an nginx or Apache combined log with a request time, or JSON lines "
          "(line " +
          std::to_string(pending.front().number) + " begins \"" + excerpt(pending.front().text) + "\")");
    std::vector<PendingLine>().swap(pending);
  }

  static std::string excerpt(std::string_view s) {
    std::string out;
    for (char c : s.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out;
  }

  void skip(const Line& l, const char* reason) {
    if (l.unterminated) {
      cut_last_line = true;
      reason = "the file ends in the middle of this line (cut short?)";
    }
    report.skip(l.number, reason);
  }

  void read(const Line& l) {
    if (l.too_long) return skip(l, detail::LineSplitter::kTooLong);
    if (*format == AccessLogFormat::jsonl) return read_json(l);
    detail::CombinedLine c;
    if (const char* why = detail::parse_combined(l.text, c)) {
      if (detail::classify_line(l.text) == AccessLogFormat::jsonl) return mixed_line(l, AccessLogFormat::jsonl);
      return skip(l, why);
    }
    const detail::DurationShape shape = detail::duration_shape(c.duration);
    std::optional<std::uint64_t> micros;
    switch (*format) {
      case AccessLogFormat::nginx:
        if (shape == detail::DurationShape::micros) return mixed_line(l, AccessLogFormat::apache);
        if (shape == detail::DurationShape::none) return skip(l, "no request time at the end of the line");
        micros = detail::parse_fixed(c.duration, 6);
        break;
      case AccessLogFormat::apache:
        if (shape == detail::DurationShape::seconds) return mixed_line(l, AccessLogFormat::nginx);
        if (shape == detail::DurationShape::none) return skip(l, "no request time at the end of the line");
        micros = detail::parse_fixed(c.duration, 0);
        break;
      default:
        if (shape == detail::DurationShape::seconds) return mixed_line(l, AccessLogFormat::nginx);
        if (shape == detail::DurationShape::micros) return mixed_line(l, AccessLogFormat::apache);
        break;
    }
    if (shape == detail::DurationShape::unreadable || (*format != AccessLogFormat::combined_without_times && !micros))
      return skip(l, "the request time is not a number");
    const std::optional<std::int64_t> hour = clf_hour(c.time);
    if (!hour) return skip(l, "the time is not like 15/Jan/2024:10:00:01 +0000");
    const std::optional<std::uint64_t> bytes = c.bytes == "-" ? std::uint64_t{0} : detail::parse_fixed(c.bytes, 0);
    count(l, *hour, micros, bytes);
  }

  // Lines of one hour share the text up to the hour and the zone: parse those only once.
  std::optional<std::int64_t> clf_hour(std::string_view t) {
    const bool same = last_time_valid && t.size() == 26 && std::memcmp(t.data(), last_time, 14) == 0 &&
                      std::memcmp(t.data() + 20, last_time + 20, 6) == 0;
    if (same && t[14] == ':' && t[17] == ':' && detail::is_digit(t[15]) && t[15] < '6' && detail::is_digit(t[16]) &&
        detail::is_digit(t[18]) && t[18] < '6' && detail::is_digit(t[19]))
      return last_hour;
    const auto instant = detail::parse_clf_time(t);
    if (!instant) return std::nullopt;
    const std::int64_t hour = clock.hour_of(*instant);
    // Reusable only when the line's zone differs from the clock's by whole hours, so its
    // minutes cannot move the hour.
    last_time_valid = (clock.offset_minutes() - instant->offset_minutes) % 60 == 0;
    std::memcpy(last_time, t.data(), 26);
    last_hour = hour;
    return hour;
  }

  void read_json(const Line& l) {
    detail::JsonRequest r;
    if (const char* why = detail::parse_json_request(l.text, options, r)) {
      if (const auto other = detail::classify_line(l.text); other && *other != AccessLogFormat::jsonl)
        return mixed_line(l, *other);
      return skip(l, why);
    }
    if (r.problem != nullptr) return skip(l, r.problem);
    if (!r.time) return skip(l, "no time field (time, timestamp, @timestamp, time_iso8601, time_local, ts or msec)");
    const auto instant = detail::parse_any_time(*r.time);
    if (!instant) return skip(l, "the time is not ISO 8601, 15/Jan/2024:10:00:01 +0000, or seconds since 1970");
    count(l, clock.hour_of(*instant), r.micros, r.bytes);
  }

  void mixed_line(const Line& l, AccessLogFormat other) {
    ++mixed[static_cast<size_t>(other)];
    skip(l, other == AccessLogFormat::jsonl   ? "a JSON line in a log of another format"
            : other == AccessLogFormat::nginx ? "an nginx line (request time in seconds) in a log of another format"
            : other == AccessLogFormat::apache
                ? "an Apache line (request time in microseconds) in a log of another format"
                : "a line without a request time in a log that has them");
  }

  void count(const Line& l, std::int64_t hour, std::optional<std::uint64_t> micros,
             std::optional<std::uint64_t> bytes) {
    if (micros && *micros > detail::RequestTally::kMaxMicros) {
      ++beyond_range;
      return skip(l, detail::RequestTally::kTooSlow);
    }
    if (bytes && *bytes > detail::RequestTally::kMaxBytes) return skip(l, detail::RequestTally::kTooBig);
    if (!tally.add(hour, micros, bytes)) return skip(l, "more than 50,000 distinct clock hours in the logs");
    ++report.lines_read;
    if (micros) ++timed_in_file;
  }

  void finish_file() {
    gate.finish([&](std::string_view text) { lines.feed(text, [&](const Line& l) { on_line(l); }); });
    lines.finish([&](const Line& l) { on_line(l); });
    if (!format && !undecidable && !pending.empty()) decide();
    report.bytes = gate.bytes();
    if (format) report.format = format_label(*format);
    if (!gate.problem().empty())
      report.problems.push_back(gate.problem());
    else if (gate.blank())
      report.problems.push_back("the file is empty");
    else if (!format && !undecidable)  // nothing was left to detect from
      report.problems.push_back(std::string("no line could be read: every line is ") + detail::LineSplitter::kTooLong);
    else if (format == AccessLogFormat::combined_without_times)
      report.problems.push_back(
          "no request times: the lines end after the user agent. Add $request_time to the end of nginx's log_format, "
          "or "
          "%D to the end of Apache's LogFormat, to measure latency");
    else if (format && report.lines_read == 0)
      report.problems.push_back("no line could be read");
    else if (format == AccessLogFormat::jsonl && timed_in_file == 0)
      report.problems.push_back(
          "no request times: no line has a request_time (seconds), duration_ms or latency_ms field; name the field "
          "that "
          "holds it (the CLI's --duration-field NAME:UNIT)");
    note_mixed();
    if (cut_last_line) report.notes.push_back("the last line is cut short (was the file copied while being written?)");
    reports.push_back(std::move(report));
  }

  void note_mixed() {
    std::uint64_t total = 0;
    size_t most = 0;
    for (size_t f = 0; f < mixed.size(); ++f) {
      total += mixed[f];
      if (mixed[f] > mixed[most]) most = f;
    }
    if (total == 0) return;
    report.notes.push_back("mixed formats: " + std::to_string(total) + " line" + (total == 1 ? "" : "s") +
                           " in another format (" + format_label(static_cast<AccessLogFormat>(most)) +
                           ") were skipped; only " + format_label(*format) + " lines were read");
  }
};

AccessLogReading::AccessLogReading() : state_(std::make_unique<State>()) {}
AccessLogReading::~AccessLogReading() = default;
AccessLogReading::AccessLogReading(AccessLogReading&&) noexcept = default;
AccessLogReading& AccessLogReading::operator=(AccessLogReading&&) noexcept = default;

void AccessLogReading::begin_file(std::string name, AccessLogOptions options) {
  state_->start(std::move(name), std::move(options));
}

void AccessLogReading::feed(std::string_view bytes) {
  State& s = *state_;
  s.gate.feed(bytes, [&s](std::string_view text) { s.lines.feed(text, [&s](const Line& l) { s.on_line(l); }); });
}

void AccessLogReading::end_file() { state_->finish_file(); }

const std::vector<InputReport>& AccessLogReading::reports() const { return state_->reports; }

AccessLogFigures AccessLogReading::figures() const {
  AccessLogFigures f = state_->tally.figures(state_->clock);
  f.beyond_range = state_->beyond_range;
  return f;
}

}  // namespace rightsize
