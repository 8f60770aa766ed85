// The monthly tables as CSV: what `rightsize timeline --csv` and `rightsize compare --csv`
// print, and what the pages download, so both are the same bytes. A timeline gives one row
// per month, its amounts in currency units with the currency named in each row (the display
// currency's when there is one), one column per component; a comparison one row per month,
// the same way, each provider's stage, cost and cost so far side by side.
#pragma once

#include <string>

#include "rightsize/value.hpp"

namespace rightsize {

// `result` is a timeline document (timeline_to_value, or a timeline_document's "result").
std::string timeline_csv(const Value& result);

// `result` is a comparison document (compare_document's "result").
std::string compare_csv(const Value& result);

namespace detail {
// A number as the CLI's JSON prints it (core/json): whole numbers below 9e15 as integers,
// anything else with nlohmann_json's own float printer, so the bytes match to the last digit.
std::string csv_number(double n);
// Whole cents as currency units with two decimals: 1679 as "16.79", 5 as "0.05", every digit
// kept up to 2^64 cents; past that, as csv_number() prints the units. "" when not a number.
std::string csv_units(const Value* cents);
}  // namespace detail

}  // namespace rightsize
