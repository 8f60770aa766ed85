// The migration plan: a timeline's events as a checklist by month (Markdown) and as an
// iCalendar file (RFC 5545), with each move's steps from content/plan.json.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct PlanMove {
  std::string name, title;
  std::vector<std::string> before, move, way_back, measure_after;
};

struct PlanBook {
  std::string before, move, way_back, measure_after;  // the sections' headings
  std::vector<PlanMove> moves;
  const PlanMove* find(const std::string& name) const;
};

// Reads content/plan.json; errors name the path inside the file.
Result<PlanBook> read_plan_book(const Value& doc);

struct YearMonth {
  int year = 0, month = 0;  // month 1..12
};

// "2027-01" -> {2027, 1}; none unless YYYY-MM with a year from 1970 to 9999.
std::optional<YearMonth> parse_year_month(const std::string& text);

// Takes `start_month` out of a plan's input, which is otherwise a timeline input (the timeline's
// readers refuse a field they do not know): the month, none when absent, an error naming the
// field when it is not "YYYY-MM".
Result<std::optional<YearMonth>> take_start_month(Value& input);

// Refuses a format other than "markdown" and "ics", naming "format"; "is required" when empty.
std::optional<FieldError> check_plan_format(const std::string& format);

// `timeline` is a timeline document (timeline_to_value's); its month 1 is `start`.
std::string plan_markdown(const PlanBook& plan, const Value& timeline, YearMonth start);
std::string plan_ics(const PlanBook& plan, const Value& timeline, YearMonth start);

}  // namespace rightsize
