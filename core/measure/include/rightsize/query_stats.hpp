// Query statistics: pg_stat_statements exported as CSV (psql --csv), with PostgreSQL 13+
// column names (calls, total_exec_time, mean_exec_time, rows) or the older total_time and
// mean_time. Query texts may hold commas and line breaks inside their quotes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rightsize/input_report.hpp"

namespace rightsize {

struct QueryStatsOptions {
  int top_selects = 10;  // how many of the most-called SELECTs the share counts
};

struct QueryStatsFigures {
  std::uint64_t statements = 0;  // rows read
  double calls = 0;
  double total_ms = 0;          // time spent in them all; total_ms / calls is the call-weighted mean
  bool has_query_text = false;  // the export has a query column, so SELECTs can be told
  std::uint64_t selects = 0;    // statements that are SELECTs
  double select_calls = 0;
  double top_select_calls = 0;  // calls of the top_selects most-called SELECTs
  int top_selects = 0;          // how many SELECTs that is (fewer when the file has fewer)
};

class QueryStatsReading {
 public:
  QueryStatsReading();
  ~QueryStatsReading();
  QueryStatsReading(QueryStatsReading&&) noexcept;
  QueryStatsReading& operator=(QueryStatsReading&&) noexcept;

  void begin_file(std::string name, QueryStatsOptions options);
  void feed(std::string_view bytes);
  void end_file();

  const std::vector<InputReport>& reports() const;
  QueryStatsFigures figures() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rightsize
