// The recommendation's input fields, listed once: their names, their kinds and checks,
// where each lives in Metrics. Everything else (rule conditions, the reader, the values a
// rule compares) goes through this table.
#include <array>

#include "format.hpp"
#include "metric_fields.hpp"
#include "object_reader.hpp"
#include "rightsize/metrics.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

enum class Kind { count, stage, percent, millis, flag };

struct MetricField {
  Metric metric;
  const char* name;
  Kind kind;
  std::optional<double> Metrics::*measured = nullptr;  // percent and millis
  bool Metrics::*flag = nullptr;                       // flags
};

constexpr std::array<MetricField, kMetricCount> kFields = {{
    {Metric::users, "users", Kind::count},
    {Metric::current_stage, "current_stage", Kind::stage},
    {Metric::app_cpu_pct, "app_cpu_pct", Kind::percent, &Metrics::app_cpu_pct},
    {Metric::db_cpu_pct, "db_cpu_pct", Kind::percent, &Metrics::db_cpu_pct},
    {Metric::db_query_ms, "db_query_ms", Kind::millis, &Metrics::db_query_ms},
    {Metric::p95_ms, "p95_ms", Kind::millis, &Metrics::p95_ms},
    {Metric::pool_exhausted, "pool_exhausted", Kind::flag, nullptr, &Metrics::pool_exhausted},
    {Metric::repeated_reads, "repeated_reads", Kind::flag, nullptr, &Metrics::repeated_reads},
    {Metric::slow_changing_data, "slow_changing_data", Kind::flag, nullptr, &Metrics::slow_changing_data},
    {Metric::db_upgraded, "db_upgraded", Kind::flag, nullptr, &Metrics::db_upgraded},
    {Metric::at_max_instance, "at_max_instance", Kind::flag, nullptr, &Metrics::at_max_instance},
    {Metric::needs_redundancy, "needs_redundancy", Kind::flag, nullptr, &Metrics::needs_redundancy},
}};

const MetricField& field_of(Metric m) { return kFields[static_cast<size_t>(m)]; }

}  // namespace

std::optional<Metric> metric_from_name(std::string_view name) {
  for (const MetricField& f : kFields)
    if (name == f.name) return f.metric;
  return std::nullopt;
}

const char* metric_name(Metric m) { return field_of(m).name; }

bool is_boolean(Metric m) { return field_of(m).kind == Kind::flag; }

std::optional<double> metric_value(const Metrics& m, Metric metric) {
  const MetricField& f = field_of(metric);
  switch (f.kind) {
    case Kind::count: return m.users;
    case Kind::stage: return m.current_stage;
    case Kind::percent:
    case Kind::millis: return m.*f.measured;
    case Kind::flag: return m.*f.flag ? 1.0 : 0.0;
  }
  return std::nullopt;
}

void detail::read_metric_fields(ObjectReader& r, int stage_count, Metrics& m, bool users_required) {
  for (const MetricField& f : kFields) {
    switch (f.kind) {
      case Kind::count: m.users = r.number(f.name, NumberRule{0, 1e12, true}, users_required).value_or(-1); break;
      case Kind::stage:
        if (auto stage = r.number(f.name, NumberRule{-1e15, 1e15, false})) {
          if (*stage < 1 || *stage > stage_count || *stage != static_cast<int>(*stage))
            r.fail(f.name, "unknown stage " + detail::format_number(*stage) + ": stages run from 1 to " +
                               std::to_string(stage_count));
          else
            m.current_stage = static_cast<int>(*stage);
        }
        break;
      case Kind::percent: m.*f.measured = r.number(f.name, NumberRule{0, 100, false}); break;
      case Kind::millis: m.*f.measured = r.number(f.name, NumberRule{0, 1e9, false}); break;
      case Kind::flag: m.*f.flag = r.boolean(f.name).value_or(false); break;
    }
  }
  // What `rightsize measure` says about where its figures came from: for readers, not the model.
  r.skip("evidence");
}

Result<Metrics> read_metrics(const Value& input, int stage_count) {
  Result<Metrics> result;
  ObjectReader r(input, "", result.errors);
  if (!r.valid()) return result;
  Metrics m;
  detail::read_metric_fields(r, stage_count, m, true);
  r.object(
      "assumptions");  // the timeline's overrides (as `rightsize measure` prints them): no recommendation reads one
  r.reject_unknown();
  if (result.errors.empty()) result.value = m;
  return result;
}

}  // namespace rightsize
