// The recommendation's input fields: their names, their checks, their values.
#include <array>

#include "format.hpp"
#include "metric_fields.hpp"
#include "object_reader.hpp"
#include "rightsize/metrics.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

struct MetricName {
  Metric metric;
  const char* name;
};

constexpr std::array<MetricName, 12> kNames = {{
    {Metric::users, "users"},
    {Metric::current_stage, "current_stage"},
    {Metric::app_cpu_pct, "app_cpu_pct"},
    {Metric::db_cpu_pct, "db_cpu_pct"},
    {Metric::db_query_ms, "db_query_ms"},
    {Metric::p95_ms, "p95_ms"},
    {Metric::pool_exhausted, "pool_exhausted"},
    {Metric::repeated_reads, "repeated_reads"},
    {Metric::slow_changing_data, "slow_changing_data"},
    {Metric::db_upgraded, "db_upgraded"},
    {Metric::at_max_instance, "at_max_instance"},
    {Metric::needs_redundancy, "needs_redundancy"},
}};

}  // namespace

std::optional<Metric> metric_from_name(std::string_view name) {
  for (const MetricName& n : kNames)
    if (name == n.name) return n.metric;
  return std::nullopt;
}

const char* metric_name(Metric m) { return kNames[static_cast<size_t>(m)].name; }

bool is_boolean(Metric m) { return m >= Metric::pool_exhausted; }

std::optional<double> metric_value(const Metrics& m, Metric metric) {
  switch (metric) {
    case Metric::users: return m.users;
    case Metric::current_stage: return m.current_stage;
    case Metric::app_cpu_pct: return m.app_cpu_pct;
    case Metric::db_cpu_pct: return m.db_cpu_pct;
    case Metric::db_query_ms: return m.db_query_ms;
    case Metric::p95_ms: return m.p95_ms;
    case Metric::pool_exhausted: return m.pool_exhausted;
    case Metric::repeated_reads: return m.repeated_reads;
    case Metric::slow_changing_data: return m.slow_changing_data;
    case Metric::db_upgraded: return m.db_upgraded;
    case Metric::at_max_instance: return m.at_max_instance;
    case Metric::needs_redundancy: return m.needs_redundancy;
  }
  return std::nullopt;
}

void detail::read_metric_fields(ObjectReader& r, int stage_count, Metrics& m, bool users_required) {
  constexpr NumberRule percent{0, 100, false};
  constexpr NumberRule millis{0, 1e9, false};
  m.users = r.number("users", NumberRule{0, 1e12, true}, users_required).value_or(-1);
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
  // What `rightsize measure` says about where its figures came from: for readers, not the model.
  r.skip("evidence");
}

Result<Metrics> read_metrics(const Value& input, int stage_count) {
  Result<Metrics> result;
  ObjectReader r(input, "", result.errors);
  if (!r.valid()) return result;
  Metrics m;
  detail::read_metric_fields(r, stage_count, m, true);
  r.object("assumptions");  // the timeline's overrides (as `rightsize measure` prints them): no recommendation reads one
  r.reject_unknown();
  if (result.errors.empty()) result.value = m;
  return result;
}

}  // namespace rightsize
