// CPU series: the first line tells sar's text (its "Linux ..." banner) from a CSV export,
// and a CSV's delimiter. Samples are averaged per clock hour; only the hours' sums are kept.
#include "rightsize/cpu_series.hpp"

#include <algorithm>
#include <array>

#include "csv_reader.hpp"
#include "hour_table.hpp"
#include "text_input.hpp"
#include "text_scan.hpp"
#include "timestamp.hpp"

namespace rightsize {

using detail::Instant;

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxWords = 32;

struct CpuSlot {
  double sum = 0;
  std::uint64_t samples = 0;
};

// "45.2", "45.2%", "45.2 %"
std::optional<double> percent_number(std::string_view s) {
  s = detail::trim(s);
  if (!s.empty() && s.back() == '%') s = detail::trim(s.substr(0, s.size() - 1));
  return detail::parse_decimal(s);
}

bool names_time(std::string_view header) {
  std::string lowered;
  for (char c : header) lowered += detail::lower(c);
  return lowered.find("time") != std::string::npos || lowered.find("date") != std::string::npos;
}

// Up to kMaxWords words split on spaces and tabs.
size_t split_words(std::string_view s, std::array<std::string_view, kMaxWords>& out) {
  size_t n = 0, i = 0;
  while (i < s.size() && n < kMaxWords) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out[n++] = s.substr(start, i - start);
  }
  return n;
}

// sar's banner dates: 01/15/2024, 01/15/24 (month first unless the first part is over 12),
// or 2024-01-15. Days since 1970.
std::optional<std::int64_t> sar_date(std::string_view w) {
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (i >= w.size() || !detail::is_digit(w[i])) return -1;
      v = v * 10 + (w[i] - '0');
    }
    return v;
  };
  int y = -1, m = -1, d = -1;
  if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
    y = num(0, 4), m = num(5, 2), d = num(8, 2);
  } else if ((w.size() == 10 || w.size() == 8) && w[2] == '/' && w[5] == '/') {
    const int a = num(0, 2), b = num(3, 2);
    y = w.size() == 10 ? num(6, 4) : 2000 + num(6, 2);
    m = a > 12 ? b : a;
    d = a > 12 ? a : b;
  }
  if (!detail::valid_date(y, m, d)) return std::nullopt;
  return detail::days_from_civil(y, m, d);
}

// "10:00:01" as seconds into the day, with "AM"/"PM" when given.
std::optional<int> clock_seconds(std::string_view w, std::string_view am_pm) {
  if (w.size() != 8 || w[2] != ':' || w[5] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4, 6, 7})
    if (!detail::is_digit(w[i])) return std::nullopt;
  int h = (w[0] - '0') * 10 + (w[1] - '0');
  const int m = (w[3] - '0') * 10 + (w[4] - '0'), s = (w[6] - '0') * 10 + (w[7] - '0');
  if (!am_pm.empty()) {
    if (h < 1 || h > 12) return std::nullopt;
    h = h % 12 + (detail::iequals(am_pm, "PM") ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 60) return std::nullopt;
  return h * 3600 + m * 60 + s;
}

}  // namespace

const char* cpu_series_format_name(CpuSeriesFormat f) { return f == CpuSeriesFormat::sar ? "sar" : "csv"; }

std::optional<CpuSeriesFormat> cpu_series_format_from_name(std::string_view name) {
  if (name == "csv") return CpuSeriesFormat::csv;
  if (name == "sar") return CpuSeriesFormat::sar;
  return std::nullopt;
}

struct CpuSeriesReading::State {
  struct Totals {  // across files
    detail::HourTable<CpuSlot> hours;
    detail::HourClock clock;
    std::uint64_t samples = 0;
    double peak = -1;
    Instant peak_at;
    std::string column;
    std::vector<InputReport> reports;
  } totals;

  // The file being read.
  InputReport report;
  std::optional<CpuSeriesFormat> format;
  bool decided = false;
  std::string head;                // the first bytes, until the first line decides the format
  bool discarding = false;         // inside a first line too long to keep
  std::uint64_t lines_before = 0;  // lines taken off before the first one read
  char delimiter = 0;
  detail::TextGate gate;
  detail::LineSplitter lines;
  std::unique_ptr<detail::CsvReader> csv;
  bool stopped = false, cut_last = false, more_series = false;
  double largest_value = 0;
  std::uint64_t file_samples = 0;
  // CSV
  bool header_done = false, columns_chosen = false, idle_column = false;
  std::vector<std::string> header;
  size_t time_col = kNone, value_col = kNone;
  // sar
  std::optional<std::int64_t> sar_day;
  size_t idle_word = kNone, cpu_word = kNone;
  bool twelve_hour = false, undated_noted = false;
  int previous_seconds = -1;
  std::int64_t days_passed = 0;

  void start(std::string name, CpuSeriesOptions o) {
    Totals kept = std::move(totals);
    *this = State();
    totals = std::move(kept);
    report.file = std::move(name);
    format = o.format;
  }

  void on_text(std::string_view text) {
    if (decided) return pass(text);
    if (discarding) {  // the rest of a line too long to tell anything
      const size_t nl = text.find('\n');
      if (nl == std::string_view::npos) return;
      discarding = false;
      ++lines_before;
      text.remove_prefix(nl + 1);
    }
    head.append(text.data(), text.size());  // at most one line, and one chunk past it
    decide(false);
  }

  // Finds the first line that is neither blank nor Excel's "sep=;" and decides from it. A
  // line too long to be a header or a sample is skipped (and counted), and detection goes
  // on past it.
  void decide(bool at_end) {
    while (true) {
      const size_t nl = head.find('\n');
      const size_t length = nl == std::string::npos ? head.size() : nl;
      if (length > detail::LineSplitter::kMaxLine) {
        report.skip(lines_before + 1, detail::LineSplitter::kTooLong);
        if (nl == std::string::npos) {
          discarding = !at_end;
          std::string().swap(head);
          return;
        }
        head.erase(0, nl + 1);
        ++lines_before;
        continue;
      }
      if (nl == std::string::npos && !at_end) return;        // wait for more
      if (head.empty() && report.lines_skipped > 0) return;  // only lines too long: nothing to decide from
      const std::string_view line = detail::trim(std::string_view(head).substr(0, length));
      if (line.empty() && nl != std::string::npos) {
        head.erase(0, nl + 1);
        ++lines_before;
        continue;
      }
      if (detail::istarts_with(line, "sep=") && line.size() == 5 && nl != std::string::npos) {
        delimiter = line[4];
        head.erase(0, nl + 1);
        ++lines_before;
        continue;
      }
      if (!format) format = detail::istarts_with(line, "Linux") ? CpuSeriesFormat::sar : CpuSeriesFormat::csv;
      if (*format == CpuSeriesFormat::csv) {
        if (delimiter == 0) {
          const auto count = [&](char c) { return std::count(line.begin(), line.end(), c); };
          delimiter = count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
        }
        csv = std::make_unique<detail::CsvReader>(
            delimiter, [this](const detail::CsvRecord& r) { on_record(r); }, lines_before + 1);
      } else {
        lines.start_at(lines_before + 1);
      }
      decided = true;
      // What came before was blank lines, "sep=" or lines too long: only the rest is read.
      const std::string replay = std::move(head);
      std::string().swap(head);
      pass(replay);
      return;
    }
  }

  void pass(std::string_view text) {
    if (*format == CpuSeriesFormat::csv)
      csv->feed(text);
    else
      lines.feed(text, [this](const detail::Line& l) { on_sar_line(l); });
  }

  void add(const Instant& t, double busy, std::uint64_t line, bool at_end) {
    CpuSlot* slot = totals.hours.at(totals.clock.hour_of(t));
    if (slot == nullptr) return skip(line, at_end, "more than 50,000 distinct clock hours in the series");
    if (busy < 0 || busy > 100) return skip(line, at_end, "not a percentage from 0 to 100");
    slot->sum += busy;
    ++slot->samples;
    ++totals.samples;
    ++file_samples;
    ++report.lines_read;
    if (busy > totals.peak) {
      totals.peak = busy;
      totals.peak_at = t;
    }
  }

  void skip(std::uint64_t line, bool at_end, const char* why) {
    if (at_end) {
      cut_last = true;
      why = "the file ends in the middle of this line (cut short?)";
    }
    report.skip(line, why);
  }

  void on_record(const detail::CsvRecord& r) {
    if (stopped) return;
    const bool at_end = r.at_end || r.unterminated;
    if (r.too_long) return skip(r.line, at_end, detail::LineSplitter::kTooLong);
    if (!header_done) {
      header_done = true;
      bool is_header = false;
      for (size_t i = 0; i < r.count; ++i)
        if (!percent_number(r.fields[i]) && !detail::parse_any_time(r.fields[i])) is_header = true;
      if (is_header) {
        header.assign(r.fields, r.fields + r.count);
        return;
      }
    }
    if (!columns_chosen && !choose_columns(r)) return;
    if (r.count <= std::max(time_col, value_col)) return skip(r.line, at_end, "fewer columns than the header");
    const std::string_view time_text = detail::trim(r.fields[time_col]);
    const auto t = detail::parse_any_time(time_text);
    if (!t) {
      if (time_col < header.size() && time_text == detail::trim(header[time_col])) {  // a second series' header
        stopped = more_series = true;
        return;
      }
      return skip(r.line, at_end, "the time is not readable (ISO 8601, or seconds or milliseconds since 1970)");
    }
    const std::string_view value_text = detail::trim(r.fields[value_col]);
    if (value_text.empty() || value_text == "null") return skip(r.line, at_end, "no value (a gap in the series)");
    const auto v = percent_number(value_text);
    if (!v) return skip(r.line, at_end, "the value is not a number");
    largest_value = std::max(largest_value, *v);
    add(*t, idle_column ? 100 - *v : *v, r.line, at_end);
  }

  // The time column: one whose header says time or date, else the first that reads as one.
  // The value: a %idle column (busy is 100 minus it), else the first other numeric column.
  bool choose_columns(const detail::CsvRecord& r) {
    columns_chosen = true;
    for (size_t i = 0; i < r.count && time_col == kNone; ++i)
      if (i < header.size() && names_time(header[i]) && detail::parse_any_time(r.fields[i])) time_col = i;
    for (size_t i = 0; i < r.count && time_col == kNone; ++i)
      if (detail::parse_any_time(r.fields[i])) time_col = i;
    for (size_t i = 0; i < header.size() && i < r.count; ++i)
      if (detail::iequals(detail::trim(header[i]), "%idle")) value_col = i, idle_column = true;
    for (size_t i = 0; i < r.count && value_col == kNone; ++i)
      if (i != time_col && percent_number(r.fields[i])) value_col = i;
    if (time_col == kNone || value_col == kNone) {
      report.problems.push_back(time_col == kNone ? "no time column: the first row has no date or time in it"
                                                  : "no numeric column beside the time");
      stopped = true;
      return false;
    }
    totals.column = value_col < header.size() ? detail::printable(detail::trim(header[value_col]))
                                              : "column " + std::to_string(value_col + 1);
    if (idle_column) totals.column = "100 minus " + totals.column;
    return true;
  }

  void on_sar_line(const detail::Line& l) {
    if (l.too_long) return skip(l.number, l.unterminated, detail::LineSplitter::kTooLong);
    std::array<std::string_view, kMaxWords> w;
    const size_t n = split_words(l.text, w);
    if (n == 0) return;
    if (w[0] == "Linux") {  // the banner: its date is the day the samples start
      for (size_t i = 1; i < n; ++i)
        if (const auto day = sar_date(w[i])) sar_day = *day, previous_seconds = -1, days_passed = 0;
      return;
    }
    if (detail::istarts_with(w[0], "Average") || detail::istarts_with(w[0], "Summary")) return;
    for (size_t i = 0; i < n; ++i) {
      if (w[i] == "RESTART") return;
      if (detail::iequals(w[i], "%idle")) {
        idle_word = i;
        totals.column = "100 minus %idle";
        twelve_hour = n > 1 && (detail::iequals(w[1], "AM") || detail::iequals(w[1], "PM"));
        cpu_word = kNone;
        for (size_t j = 0; j < n; ++j)
          if (w[j] == "CPU") cpu_word = j;
        return;
      }
    }
    if (idle_word == kNone) return skip(l.number, l.unterminated, "before sar's header line (the one naming %idle)");
    if (n <= idle_word) return skip(l.number, l.unterminated, "fewer columns than sar's header");
    if (cpu_word != kNone && w[cpu_word] != "all") return;  // one processor's row: the "all" row covers them
    const auto seconds = clock_seconds(w[0], twelve_hour ? w[1] : std::string_view());
    if (!seconds) return skip(l.number, l.unterminated, "the time is not like 10:00:01");
    const auto idle = detail::parse_decimal(w[idle_word]);
    if (!idle) return skip(l.number, l.unterminated, "%idle is not a number");
    if (previous_seconds >= 0 && *seconds + 3600 < previous_seconds) ++days_passed;  // past midnight
    previous_seconds = *seconds;
    if (!sar_day && !undated_noted) {
      undated_noted = true;
      report.notes.push_back(
          "no date: sar's first line (Linux ... with the date) is missing, so days are counted from 1970-01-01");
    }
    const Instant t{(sar_day.value_or(0) + days_passed) * 86400 + *seconds, 0, false};
    add(t, 100 - *idle, l.number, l.unterminated);
  }

  void finish_file() {
    gate.finish([&](std::string_view text) { on_text(text); });
    if (!decided && !head.empty()) decide(true);
    if (decided && csv) csv->finish();
    if (decided && !csv) lines.finish([this](const detail::Line& l) { on_sar_line(l); });
    report.bytes = gate.bytes();
    if (format && decided) report.format = *format == CpuSeriesFormat::sar ? "sar -u text" : "CSV: time and value";
    if (!gate.problem().empty())
      report.problems.push_back(gate.problem());
    else if (gate.blank())
      report.problems.push_back("the file is empty");
    else if (!decided)  // nothing was left to decide from
      report.problems.push_back(std::string("no line could be read: every line is ") + detail::LineSplitter::kTooLong);
    else if (report.problems.empty() && *format == CpuSeriesFormat::sar && idle_word == kNone)
      report.problems.push_back("unknown format: no sar header line naming %idle (run sar -u)");
    else if (report.problems.empty() && file_samples == 0)
      report.problems.push_back(!columns_chosen ? "unknown format: no rows after the header"
                                                : "no sample could be read");
    if (more_series)
      report.notes.push_back("the file holds more than one series; only the first (" + totals.column + ") was read");
    if (file_samples > 0 && !idle_column && *format == CpuSeriesFormat::csv && largest_value <= 1)
      report.notes.push_back(
          "every value is 1 or less: if the series is a fraction (0 to 1) rather than a percentage, "
          "multiply it by 100 first");
    if (cut_last) report.notes.push_back("the last line is cut short (was the file copied while being written?)");
    totals.reports.push_back(std::move(report));
  }
};

CpuSeriesReading::CpuSeriesReading() : state_(std::make_unique<State>()) {}
CpuSeriesReading::~CpuSeriesReading() = default;
CpuSeriesReading::CpuSeriesReading(CpuSeriesReading&&) noexcept = default;
CpuSeriesReading& CpuSeriesReading::operator=(CpuSeriesReading&&) noexcept = default;

void CpuSeriesReading::begin_file(std::string name, CpuSeriesOptions options) {
  state_->start(std::move(name), options);
}

void CpuSeriesReading::feed(std::string_view bytes) {
  State& s = *state_;
  s.gate.feed(bytes, [&s](std::string_view text) { s.on_text(text); });
}

void CpuSeriesReading::end_file() { state_->finish_file(); }

const std::vector<InputReport>& CpuSeriesReading::reports() const { return state_->totals.reports; }

CpuSeriesFigures CpuSeriesReading::figures() const {
  const State::Totals& s = state_->totals;
  CpuSeriesFigures f;
  f.samples = s.samples;
  f.column = s.column;
  const auto& slots = s.hours.slots();
  if (slots.empty()) return f;
  const std::pair<const std::int64_t, CpuSlot>* busiest = nullptr;
  double best = -1;
  for (const auto& entry : slots) {
    const double mean = entry.second.sum / static_cast<double>(entry.second.samples);
    if (entry.second.samples > 0 && mean > best) best = mean, busiest = &entry;
  }
  if (busiest == nullptr) return f;
  f.has_busiest = true;
  f.busiest_from = s.clock.format(busiest->first);
  f.busiest_to = s.clock.format(busiest->first + 1);
  f.busiest_mean_pct = best;
  f.busiest_samples = busiest->second.samples;
  f.peak_pct = s.peak;
  f.peak_at = s.clock.format_instant(s.peak_at);
  f.first_hour = s.clock.format(slots.begin()->first);
  f.end_hour = s.clock.format(slots.rbegin()->first + 1);
  f.hours_spanned = static_cast<std::uint64_t>(slots.rbegin()->first - slots.begin()->first + 1);
  return f;
}

}  // namespace rightsize
