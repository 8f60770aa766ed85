// The recommendation's input fields: their names, their checks, their values.
#include <array>
#include <cstring>

#include "format.hpp"
#include "metric_fields.hpp"
#include "object_reader.hpp"
#include "rightsize/recommend.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

constexpr std::array<const char*, 6> kNumberMetrics = {"users",       "current_stage", "app_cpu_pct",
                                                       "db_cpu_pct",  "db_query_ms",   "p95_ms"};
constexpr std::array<const char*, 6> kBooleanMetrics = {"pool_exhausted", "repeated_reads",
                                                        "slow_changing_data", "db_upgraded",
                                                        "at_max_instance", "needs_redundancy"};

template <size_t N>
bool contains(const std::array<const char*, N>& names, const std::string& name) {
  for (const char* n : names)
    if (name == n) return true;
  return false;
}

}  // namespace

bool is_boolean_metric(const std::string& name) { return contains(kBooleanMetrics, name); }
bool is_known_metric(const std::string& name) {
  return contains(kNumberMetrics, name) || is_boolean_metric(name);
}

std::optional<double> metric_value(const Metrics& m, const std::string& name) {
  if (name == "users") return m.users;
  if (name == "current_stage") return m.current_stage;
  if (name == "app_cpu_pct") return m.app_cpu_pct;
  if (name == "db_cpu_pct") return m.db_cpu_pct;
  if (name == "db_query_ms") return m.db_query_ms;
  if (name == "p95_ms") return m.p95_ms;
  if (name == "pool_exhausted") return m.pool_exhausted;
  if (name == "repeated_reads") return m.repeated_reads;
  if (name == "slow_changing_data") return m.slow_changing_data;
  if (name == "db_upgraded") return m.db_upgraded;
  if (name == "at_max_instance") return m.at_max_instance;
  if (name == "needs_redundancy") return m.needs_redundancy;
  return std::nullopt;
}

void detail::read_metric_fields(ObjectReader& r, int stage_count, Metrics& m) {
  constexpr NumberRule percent{0, 100, false};
  constexpr NumberRule millis{0, 1e9, false};
  m.users = r.number("users", NumberRule{0, 1e12, true}, true).value_or(0);
  if (auto stage = r.number("current_stage", NumberRule{-1e15, 1e15, false})) {
    if (*stage < 1 || *stage > stage_count || *stage != static_cast<int>(*stage))
      r.fail("current_stage", "unknown stage " + detail::format_number(*stage) + ": stages run from 1 to " +
                                  std::to_string(stage_count));
    else
      m.current_stage = static_cast<int>(*stage);
  }
  m.app_cpu_pct = r.number("app_cpu_pct", percent);
  m.db_cpu_pct = r.number("db_cpu_pct", percent);
  m.db_query_ms = r.number("db_query_ms", millis);
  m.p95_ms = r.number("p95_ms", millis);
  m.pool_exhausted = r.boolean("pool_exhausted").value_or(false);
  m.repeated_reads = r.boolean("repeated_reads").value_or(false);
  m.slow_changing_data = r.boolean("slow_changing_data").value_or(false);
  m.db_upgraded = r.boolean("db_upgraded").value_or(false);
  m.at_max_instance = r.boolean("at_max_instance").value_or(false);
  m.needs_redundancy = r.boolean("needs_redundancy").value_or(false);
}

Result<Metrics> read_metrics(const Value& input, int stage_count) {
  Result<Metrics> result;
  ObjectReader r(input, "", result.errors);
  if (!r.valid()) return result;
  Metrics m;
  detail::read_metric_fields(r, stage_count, m);
  r.reject_unknown();
  if (result.errors.empty()) result.value = m;
  return result;
}

}  // namespace rightsize
