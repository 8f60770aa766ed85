// The measure session: which reader each file goes to, and the options each accepts.
#include <algorithm>

#include "measure_document.hpp"
#include "rightsize/measure.hpp"

namespace rightsize {

namespace {

constexpr const char* kKindNames[] = {"access_log", "queries", "app_cpu", "db_cpu"};

}  // namespace

const char* measure_kind_name(MeasureKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::optional<MeasureKind> measure_kind_from_name(std::string_view name) {
  for (int k = 0; k < 4; ++k)
    if (name == kKindNames[k]) return static_cast<MeasureKind>(k);
  return std::nullopt;
}

const char* measure_formats(MeasureKind kind) {
  switch (kind) {
    case MeasureKind::access_log: return "nginx, apache or jsonl";
    case MeasureKind::queries: return "pg_stat_statements";
    default: return "csv or sar";
  }
}

bool measure_format_fits(MeasureKind kind, std::string_view format) {
  switch (kind) {
    case MeasureKind::access_log: return access_log_format_from_name(format).has_value();
    case MeasureKind::queries: return format == "pg_stat_statements";
    default: return cpu_series_format_from_name(format).has_value();
  }
}

Measurement::Measurement(MeasureSettings settings, const AssumptionBook* assumptions)
    : state_(std::make_unique<detail::MeasureState>()) {
  state_->settings = settings;
  state_->assumptions = assumptions;
}
Measurement::~Measurement() = default;
Measurement::Measurement(Measurement&&) noexcept = default;
Measurement& Measurement::operator=(Measurement&&) noexcept = default;

std::vector<FieldError> Measurement::begin(MeasureKind kind, std::string file, const MeasureFileOptions& options) {
  std::vector<FieldError> errors;
  if (!options.format.empty() && !measure_format_fits(kind, options.format))
    errors.push_back({"format", "unknown format \"" + options.format + "\" for " + measure_kind_name(kind) + ": use " +
                                    measure_formats(kind)});
  AccessLogOptions log_options;
  if (!options.duration_field.empty()) {
    if (kind != MeasureKind::access_log)
      errors.push_back({"duration_field", "only JSON-lines access logs have a duration field"});
    else if (auto why = parse_duration_field(options.duration_field, log_options))
      errors.push_back({"duration_field", *why});
  }
  if (!errors.empty()) return errors;
  end();
  detail::MeasureState& s = *state_;
  s.current = kind;
  switch (kind) {
    case MeasureKind::access_log:
      if (!options.format.empty()) log_options.format = access_log_format_from_name(options.format);
      s.logs.begin_file(std::move(file), log_options);
      break;
    case MeasureKind::queries: s.queries.begin_file(std::move(file), QueryStatsOptions{s.settings.top_selects}); break;
    case MeasureKind::app_cpu:
    case MeasureKind::db_cpu: {
      CpuSeriesOptions cpu_options;
      if (!options.format.empty()) cpu_options.format = cpu_series_format_from_name(options.format);
      (kind == MeasureKind::app_cpu ? s.app_cpu : s.db_cpu).begin_file(std::move(file), cpu_options);
      break;
    }
  }
  return errors;
}

void Measurement::feed(std::string_view bytes) {
  detail::MeasureState& s = *state_;
  if (!s.current) return;
  switch (*s.current) {
    case MeasureKind::access_log: return s.logs.feed(bytes);
    case MeasureKind::queries: return s.queries.feed(bytes);
    case MeasureKind::app_cpu: return s.app_cpu.feed(bytes);
    case MeasureKind::db_cpu: return s.db_cpu.feed(bytes);
  }
}

void Measurement::end() {
  detail::MeasureState& s = *state_;
  if (!s.current) return;
  switch (*s.current) {
    case MeasureKind::access_log: s.logs.end_file(); break;
    case MeasureKind::queries: s.queries.end_file(); break;
    case MeasureKind::app_cpu: s.app_cpu.end_file(); break;
    case MeasureKind::db_cpu: s.db_cpu.end_file(); break;
  }
  s.order.push_back(*s.current);
  s.current.reset();
}

Value Measurement::document() {
  end();
  return detail::measure_document(*state_);
}

std::vector<Measurement::FileMessage> Measurement::messages() const {
  const detail::MeasureState& s = *state_;
  std::vector<FileMessage> out;
  size_t next[4] = {};
  for (MeasureKind kind : s.order) {
    const InputReport& r = s.reports_of(kind)[next[static_cast<int>(kind)]++];
    for (const std::string& p : r.problems) out.push_back({r.file, p, true});
    for (const std::string& n : r.notes) out.push_back({r.file, n, false});
    if (r.lines_skipped > 0 && !r.skipped.empty()) {
      const SkippedLine& first = r.skipped.front();
      out.push_back({r.file,
                     std::to_string(r.lines_skipped) + " line" + (r.lines_skipped == 1 ? "" : "s") +
                         " skipped (the first, line " + std::to_string(first.line) + ": " + first.reason + ")",
                     false});
    }
  }
  return out;
}

}  // namespace rightsize
