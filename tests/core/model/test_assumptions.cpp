// The load model's assumptions (content/assumptions.json): defaults and overrides.
#include "support.hpp"

using namespace rightsize;

namespace {
const Assumptions& defaults() { return test_support::assumption_book().defaults; }
}  // namespace

TEST_CASE("assumptions: every one has a default in content/, and overrides are checked by name") {
  const auto& book = test_support::assumption_book();
  std::vector<std::string> names;
  for (const auto& spec : book.specs) names.push_back(spec.name);
  CHECK(names == std::vector<std::string>{"daily_active_pct",        "requests_per_daily_user",
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
                                          "warning_months"});
  // Each default, range and word as the file gives it, and each default where the model reads it.
  const auto file = test_support::content_json("assumptions.json")["assumptions"];
  REQUIRE(file.size() == book.specs.size());
  for (const auto& spec : book.specs) {
    CAPTURE(spec.name);
    const auto& entry = file[spec.name];
    CHECK(spec.value == entry["value"].get<double>());
    CHECK(spec.min == entry["min"].get<double>());
    CHECK(spec.max == entry["max"].get<double>());
    CHECK(spec.unit == entry["unit"].get<std::string>());
    CHECK(spec.label == entry["label"].get<std::string>());
    CHECK(defaults().*spec.field == spec.value);
  }
  std::vector<FieldError> errors;
  // One value in range, one just under its minimum, one unknown, one not a number.
  const auto& peak = file["peak_to_average"];
  const Value overrides = test_support::parse(R"({"cache_hit_pct": 50, "peak_to_average": )" +
                                              test_support::number(peak["min"].get<double>() - 1) +
                                              R"(, "no_such": 1, "autoscale_max": "ten"})");
  const Assumptions a = apply_overrides(book, &overrides, errors);
  CHECK(a.cache_hit_pct == 50);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].field == "assumptions.peak_to_average");
  CHECK(errors[1].field == "assumptions.autoscale_max");
  CHECK(errors[2].field == "assumptions.no_such");
}
