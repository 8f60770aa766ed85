// pg_stat_statements as CSV: the header names the columns, each row is one statement.
// Only sums and the few largest SELECT call counts are kept, never the rows themselves.
#include "rightsize/query_stats.hpp"

#include <algorithm>
#include <functional>
#include <queue>

#include "csv_reader.hpp"
#include "text_input.hpp"
#include "text_scan.hpp"

namespace rightsize {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Past these a row is no reading at all: it is left out and counted, so that the sums stay
// finite and no absurd row moves the mean. A million calls a second for thirty years is
// 10^15; so is 30,000 years of execution time in milliseconds.
constexpr double kMaxCalls = 1e15;
constexpr double kMaxMillis = 1e15;

struct Columns {
  size_t calls = kNone, total = kNone, mean = kNone, query = kNone;
  bool modern = false;  // PostgreSQL 13+ names
  size_t needed() const {
    size_t n = calls;
    for (size_t c : {total, mean, query})
      if (c != kNone) n = std::max(n, c);
    return n + 1;
  }
};

// The header's columns; false when it is not a pg_stat_statements header.
bool read_header(const detail::CsvRecord& r, Columns& c) {
  for (size_t i = 0; i < r.count; ++i) {
    const std::string_view name = detail::trim(r.fields[i]);
    auto is = [&](const char* n) { return detail::iequals(name, n); };
    if (is("calls"))
      c.calls = i;
    else if (is("total_exec_time"))
      c.total = i, c.modern = true;
    else if (is("total_time") && c.total == kNone)
      c.total = i;
    else if (is("mean_exec_time"))
      c.mean = i, c.modern = true;
    else if (is("mean_time") && c.mean == kNone)
      c.mean = i;
    else if (is("query"))
      c.query = i;
  }
  return c.calls != kNone && (c.total != kNone || c.mean != kNone);
}

// A statement is a read when it starts with SELECT, after spaces, parentheses and comments.
bool is_select(std::string_view q) {
  size_t i = 0;
  while (i < q.size()) {
    const char c = q[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(') {
      ++i;
    } else if (q.substr(i, 2) == "--") {
      const size_t nl = q.find('\n', i);
      i = nl == std::string_view::npos ? q.size() : nl + 1;
    } else if (q.substr(i, 2) == "/*") {
      const size_t end = q.find("*/", i + 2);
      i = end == std::string_view::npos ? q.size() : end + 2;
    } else {
      break;
    }
  }
  const std::string_view rest = q.substr(i);
  if (!detail::istarts_with(rest, "select")) return false;
  if (rest.size() == 6) return true;
  const char after = detail::lower(rest[6]);
  return !(detail::is_digit(after) || (after >= 'a' && after <= 'z') || after == '_');
}

}  // namespace

struct QueryStatsReading::State {
  // Across files.
  QueryStatsFigures totals;
  std::priority_queue<double, std::vector<double>, std::greater<double>> top;  // the largest SELECT call counts
  std::vector<InputReport> reports;

  // The file being read.
  InputReport report;
  QueryStatsOptions options;
  detail::TextGate gate;
  std::unique_ptr<detail::CsvReader> csv;
  Columns columns;
  bool header_seen = false, header_ok = false, cut_last = false, has_query = false;
  std::string first_line;

  void start(std::string name, QueryStatsOptions o) {
    report = InputReport();
    report.file = std::move(name);
    options = o;
    gate = detail::TextGate();
    csv = std::make_unique<detail::CsvReader>(',', [this](const detail::CsvRecord& r) { on_record(r); });
    columns = Columns();
    header_seen = header_ok = cut_last = has_query = false;
    first_line.clear();
  }

  void on_record(const detail::CsvRecord& r) {
    if (!header_seen) {
      // No header is that long: skipped and counted, and the next record may be the header.
      if (r.too_long) return report.skip(r.line, detail::LineSplitter::kTooLong);
      header_seen = true;
      for (size_t i = 0; i < r.count && first_line.size() < 60; ++i) first_line += (i ? "," : "") + r.fields[i];
      header_ok = read_header(r, columns);
      if (header_ok)
        report.format = columns.modern ? "pg_stat_statements CSV (PostgreSQL 13+ columns)"
                                       : "pg_stat_statements CSV (PostgreSQL 12 and older columns)";
      has_query = columns.query != kNone;
      return;
    }
    if (!header_ok) return;
    if (r.count == 1 && detail::trim(r.fields[0]).empty()) return;  // a blank line
    auto skip = [&](const char* why) {
      if (r.unterminated || r.at_end) {
        cut_last = true;
        why = "the file ends in the middle of this row (cut short?)";
      }
      report.skip(r.line, why);
    };
    if (r.unterminated) return skip("the file ends inside a quoted field");
    if (r.count < columns.needed()) return skip("fewer columns than the header names");
    const auto calls = detail::parse_decimal(detail::trim(r.fields[columns.calls]));
    if (!calls || *calls < 0) return skip("calls is not a number of 0 or more");
    if (*calls > kMaxCalls) return skip("calls is over 10^15, more than a database serves");
    const size_t time_column = columns.total != kNone ? columns.total : columns.mean;
    const auto time = detail::parse_decimal(detail::trim(r.fields[time_column]));
    if (!time || *time < 0) return skip("the time column is not a number of 0 or more");
    if (*time > kMaxMillis) return skip("the time column is over 10^15 ms, longer than a database has run");
    ++report.lines_read;
    QueryStatsFigures& t = totals;
    ++t.statements;
    t.calls += *calls;
    t.total_ms += columns.total != kNone ? *time : *time * *calls;
    if (!has_query || !is_select(r.fields[columns.query])) return;
    ++t.selects;
    t.select_calls += *calls;
    top.push(*calls);
    if (top.size() > static_cast<size_t>(std::max(options.top_selects, 1))) top.pop();
  }

  void finish_file() {
    gate.finish([&](std::string_view text) { csv->feed(text); });
    csv->finish();
    report.bytes = gate.bytes();
    if (!gate.problem().empty()) {
      report.problems.push_back(gate.problem());
    } else if (gate.blank()) {
      report.problems.push_back("the file is empty");
    } else if (!header_ok) {
      std::string message =
          "unknown format: the first line is not a pg_stat_statements CSV header (it needs calls, and "
          "total_exec_time or mean_exec_time, or PostgreSQL 12's total_time or mean_time)";
      if (first_line.find('|') != std::string::npos)
        message += "; this looks like psql's aligned output: export with psql --csv";
      report.problems.push_back(message);
    } else if (report.lines_read == 0) {
      report.problems.push_back("no statement could be read");
    }
    if (header_ok && !has_query)
      report.notes.push_back("no query column, so SELECTs cannot be told from other statements");
    totals.has_query_text = totals.has_query_text || has_query;
    if (cut_last) report.notes.push_back("the last row is cut short (was the export interrupted?)");
    reports.push_back(std::move(report));
  }
};

QueryStatsReading::QueryStatsReading() : state_(std::make_unique<State>()) {}
QueryStatsReading::~QueryStatsReading() = default;
QueryStatsReading::QueryStatsReading(QueryStatsReading&&) noexcept = default;
QueryStatsReading& QueryStatsReading::operator=(QueryStatsReading&&) noexcept = default;

void QueryStatsReading::begin_file(std::string name, QueryStatsOptions options) {
  state_->start(std::move(name), options);
}

void QueryStatsReading::feed(std::string_view bytes) {
  State& s = *state_;
  s.gate.feed(bytes, [&s](std::string_view text) { s.csv->feed(text); });
}

void QueryStatsReading::end_file() { state_->finish_file(); }

const std::vector<InputReport>& QueryStatsReading::reports() const { return state_->reports; }

QueryStatsFigures QueryStatsReading::figures() const {
  QueryStatsFigures f = state_->totals;
  auto top = state_->top;
  f.top_selects = static_cast<int>(top.size());
  // Smallest first; summed in that order on every platform.
  for (; !top.empty(); top.pop()) f.top_select_calls += top.top();
  return f;
}

}  // namespace rightsize
