// CPU series: a CSV with a time column and a numeric column (Grafana's and CloudWatch's
// exports, header row included; a %idle column counts as 100 minus it), or `sar -u` text,
// where busy is 100 minus %idle.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightsize/input_report.hpp"

namespace rightsize {

enum class CpuSeriesFormat { csv, sar };

const char* cpu_series_format_name(CpuSeriesFormat f);  // "csv", "sar"
std::optional<CpuSeriesFormat> cpu_series_format_from_name(std::string_view name);

struct CpuSeriesOptions {
  std::optional<CpuSeriesFormat> format;  // detected from the first line when absent
};

struct CpuSeriesFigures {
  std::uint64_t samples = 0;
  // The clock hour with the highest mean (the earliest, on a tie).
  bool has_busiest = false;
  std::string busiest_from, busiest_to;
  double busiest_mean_pct = 0;
  std::uint64_t busiest_samples = 0;
  double peak_pct = 0;  // the highest single sample
  std::string peak_at;
  std::string first_hour, end_hour;  // the start of the first clock hour, the end of the last
  std::uint64_t hours_spanned = 0;
  std::string column;  // the column read (CSV), or "%idle" (sar)
};

class CpuSeriesReading {
 public:
  CpuSeriesReading();
  ~CpuSeriesReading();
  CpuSeriesReading(CpuSeriesReading&&) noexcept;
  CpuSeriesReading& operator=(CpuSeriesReading&&) noexcept;

  void begin_file(std::string name, CpuSeriesOptions options);
  void feed(std::string_view bytes);
  void end_file();

  const std::vector<InputReport>& reports() const;
  CpuSeriesFigures figures() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rightsize
