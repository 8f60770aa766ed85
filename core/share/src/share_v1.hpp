// Version 1 of the share format: which fields it holds, in which order, with which
// defaults and name indexes. Fixed forever: a link made today must decode to the same
// input in any later build, so nothing here may be read from content/, reordered or
// removed. A field or name it lacks needs a new version (share-format.md).
#pragma once

#include <cstddef>

namespace rightsize::detail::share {

enum class Kind : unsigned char {
  number,      // a compact decimal
  flag,        // true when present; false is the default and never stored
  text,        // printable ASCII text
  name,        // a name from an index, or text for one the index lacks
  object,      // an object of its own table's fields
  milestones,  // {"<month>": number}, months ascending
  overrides,   // {"<name>": number}, names from an index or text
};

struct Names {
  const char* const* list;
  std::size_t size;
};

struct Table;

struct Field {
  const char* name;
  Kind kind;
  const Table* table = nullptr;  // object
  const Names* names = nullptr;  // name, overrides
  bool has_default = false;      // a stored value never equals the default
  double default_number = 0;
  const char* default_text = nullptr;
};

struct Table {
  const Field* fields;
  std::size_t size;
};

// Today's assumptions (content/assumptions.json) and catalogues (content/pricing/), by
// their position here.
constexpr const char* kAssumptionList[] = {
    "daily_active_pct",        "requests_per_daily_user",
    "peak_to_average",         "app_cpu_ms_per_request",
    "queries_per_request",     "db_cpu_ms_per_query",
    "read_share_pct",          "cache_hit_pct",
    "cache_ms_per_lookup",     "kb_out_per_request",
    "app_memory_gb",           "data_mb_per_user",
    "working_set_mb_per_user", "box_db_memory_pct",
    "db_memory_usable_pct",    "miss_penalty_ms",
    "cache_share_pct",         "p95_to_mean",
    "target_utilization_pct",  "resize_above_pct",
    "pool_size_per_server",    "app_disk_gb",
    "min_db_storage_gb",       "autoscale_min",
    "autoscale_max",           "autoscale_target_cpu_pct",
    "vertical_margin_pct",     "lb_gb_per_lcu_hour",
    "warning_months",
};
constexpr Names kAssumptionNames{kAssumptionList, sizeof kAssumptionList / sizeof *kAssumptionList};

constexpr const char* kProviderList[] = {"aws-us-east-1", "aws-af-south-1", "digitalocean-nyc1"};
constexpr Names kProviderNames{kProviderList, sizeof kProviderList / sizeof *kProviderList};

constexpr Field number(const char* name) { return {name, Kind::number}; }
constexpr Field number(const char* name, double fixed_default) {
  return {name, Kind::number, nullptr, nullptr, true, fixed_default};
}
constexpr Field flag(const char* name) { return {name, Kind::flag}; }

constexpr Field kGrowthFields[] = {number("monthly_pct"), {"milestones", Kind::milestones}};
constexpr Table kGrowth{kGrowthFields, 2};

constexpr Field kUncertaintyFields[] = {number("paths"), number("seed"), number("growth_sd_pct")};
constexpr Table kUncertainty{kUncertaintyFields, 3};

constexpr Field kCurrencyFields[] = {{"code", Kind::text}, number("per_usd")};
constexpr Table kCurrency{kCurrencyFields, 2};

// The input document. Only defaults fixed in the readers' code are left out (a test holds
// them together): months, provider and the band's settings default to values in content/,
// which may change, so a link keeps them whenever the document gives them.
constexpr Field kInputFields[] = {
    number("users"),
    number("current_stage", 1),
    number("app_cpu_pct"),
    number("db_cpu_pct"),
    number("db_query_ms"),
    number("p95_ms"),
    flag("pool_exhausted"),
    flag("repeated_reads"),
    flag("slow_changing_data"),
    flag("db_upgraded"),
    flag("at_max_instance"),
    flag("needs_redundancy"),
    number("months"),
    {"provider", Kind::name, nullptr, &kProviderNames},
    {"growth", Kind::object, &kGrowth},
    {"assumptions", Kind::overrides, nullptr, &kAssumptionNames},
    number("budget_cents"),
    {"uncertainty", Kind::object, &kUncertainty},
    {"currency", Kind::object, &kCurrency},
};
constexpr Table kInput{kInputFields, sizeof kInputFields / sizeof *kInputFields};

}  // namespace rightsize::detail::share
