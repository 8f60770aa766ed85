// The measure session's state, and the document it becomes.
#pragma once

#include <optional>
#include <vector>

#include "rightsize/access_log.hpp"
#include "rightsize/cpu_series.hpp"
#include "rightsize/measure.hpp"
#include "rightsize/query_stats.hpp"

namespace rightsize::detail {

struct MeasureState {
  MeasureSettings settings;
  const AssumptionBook* assumptions = nullptr;
  AccessLogReading logs;
  QueryStatsReading queries;
  CpuSeriesReading app_cpu, db_cpu;
  std::optional<MeasureKind> current;
  std::vector<MeasureKind> order;  // of the files ended, so messages follow the reading order

  const std::vector<InputReport>& reports_of(MeasureKind kind) const {
    switch (kind) {
      case MeasureKind::access_log: return logs.reports();
      case MeasureKind::queries: return queries.reports();
      case MeasureKind::app_cpu: return app_cpu.reports();
      case MeasureKind::db_cpu: return db_cpu.reports();
    }
    return logs.reports();
  }
};

Value measure_document(const MeasureState& state);

}  // namespace rightsize::detail
