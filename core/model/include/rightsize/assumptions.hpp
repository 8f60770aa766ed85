// The load model's named assumptions, with their defaults and ranges from
// content/assumptions.json and the reader's overrides on top.
#pragma once

#include <string>
#include <vector>

#include "rightsize/result.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct Assumptions {
  double daily_active_pct = 0, requests_per_daily_user = 0, peak_to_average = 0;
  double app_cpu_ms_per_request = 0, queries_per_request = 0, db_cpu_ms_per_query = 0;
  double read_share_pct = 0, cache_hit_pct = 0, cache_ms_per_lookup = 0;
  double kb_out_per_request = 0, app_memory_gb = 0, data_mb_per_user = 0, working_set_mb_per_user = 0;
  double box_db_memory_pct = 0, db_memory_usable_pct = 0, miss_penalty_ms = 0, cache_share_pct = 0;
  double p95_to_mean = 0, target_utilization_pct = 0, resize_above_pct = 0, pool_size_per_server = 0;
  double app_disk_gb = 0, min_db_storage_gb = 0;
  double autoscale_min = 0, autoscale_max = 0, autoscale_target_cpu_pct = 0;
  double vertical_margin_pct = 0, lb_gb_per_lcu_hour = 0, warning_months = 0;
};

struct AssumptionSpec {
  std::string name, unit, label, why;
  double value = 0, min = 0, max = 0;
  double Assumptions::*field = nullptr;
};

// What a timeline uses for an input it leaves out (the file's "defaults").
struct InputDefaults {
  std::string provider;
  int months = 0;
  int band_paths = 0;
  double band_seed = 0;
  double band_growth_sd_pct = 0;
};

struct AssumptionBook {
  std::vector<AssumptionSpec> specs;  // in the file's order
  Assumptions defaults;
  InputDefaults inputs;
};

// Reads content/assumptions.json: every assumption the model uses must be there.
Result<AssumptionBook> read_assumption_book(const Value& doc);

// Defaults with the reader's overrides ({"name": number}); errors name "assumptions.<name>".
Assumptions apply_overrides(const AssumptionBook& book, const Value* overrides, std::vector<FieldError>& errors);

// A stage's setup with each {assumption.NAME} filled from `used` ("2 to 10 app servers").
std::string stage_setup(const Stage& stage, const AssumptionBook& book, const Assumptions& used);

// [{name, value, unit, label, default}] — shown beside every timeline.
Value assumptions_to_value(const AssumptionBook& book, const Assumptions& used);

}  // namespace rightsize
