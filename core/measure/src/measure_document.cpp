// The measure document: the fields a recommendation reads, the assumption overrides a
// timeline reads, and the evidence for each figure. Figures are rounded here, once, so the
// CLI and the module print the same numbers.
#include <cmath>

#include "format.hpp"
#include "measure_document.hpp"
#include "rightsize/histogram.hpp"
#include "text_scan.hpp"

namespace rightsize::detail {

namespace {

// To `decimals` places, dividing last so that 56.66 comes out as the double nearest 56.66.
double round_to(double v, int decimals) {
  constexpr double kScale[] = {1, 10, 100, 1000};
  return std::round(v * kScale[decimals]) / kScale[decimals];
}
Value number(double v, int decimals) { return Value::of_number(round_to(v, decimals)); }
Value text(std::string s) { return Value::of_string(std::move(s)); }
Value count(std::uint64_t n) { return Value::of_number(static_cast<double>(n)); }

Value file_value(const InputReport& r) {
  Value f = Value::object();
  f.set("file", text(printable(r.file)));
  f.set("format", text(r.format));
  f.set("lines_read", count(r.lines_read));
  f.set("lines_skipped", count(r.lines_skipped));
  Value& skipped = f.set("skipped", Value::array());
  for (const SkippedLine& s : r.skipped) {
    Value line = Value::object();
    line.set("line", count(s.line));
    line.set("reason", text(s.reason));
    skipped.push(std::move(line));
  }
  if (!r.notes.empty()) {
    Value& notes = f.set("notes", Value::array());
    for (const std::string& n : r.notes) notes.push(text(n));
  }
  return f;
}

// The files that gave lines: the evidence of every figure they fed.
Value files_value(const std::vector<InputReport>& reports) {
  Value files = Value::array();
  for (const InputReport& r : reports)
    if (r.lines_read > 0) files.push(file_value(r));
  return files;
}

Value window(const std::string& from, const std::string& to) {
  Value w = Value::object();
  w.set("from", text(from));
  w.set("to", text(to));
  return w;
}

class Builder {
 public:
  Builder(const MeasureState& s) : s_(s) {}

  Value build() {
    access_logs();
    queries();
    cpu(s_.app_cpu, "app_cpu_pct", "app server");
    cpu(s_.db_cpu, "db_cpu_pct", "database");
    Value doc = Value::object();
    for (Member& m : fields_.members) doc.set(m.key, std::move(m.value));
    if (!assumptions_.members.empty()) doc.set("assumptions", std::move(assumptions_));
    Value problems = Value::array();
    for (MeasureKind kind : {MeasureKind::access_log, MeasureKind::queries, MeasureKind::app_cpu, MeasureKind::db_cpu})
      for (const InputReport& r : s_.reports_of(kind))
        for (const std::string& p : r.problems) {
          Value item = Value::object();
          item.set("file", text(printable(r.file)));
          item.set("reads", text(measure_kind_name(kind)));
          item.set("message", text(p));
          problems.push(std::move(item));
        }
    if (!problems.items.empty()) evidence_.set("problems", std::move(problems));
    doc.set("evidence", std::move(evidence_));
    return doc;
  }

 private:
  // An assumption override, unless it falls outside the range the timeline accepts.
  void assume(const std::string& name, double value, Value& evidence) {
    if (s_.assumptions != nullptr)
      for (const AssumptionSpec& spec : s_.assumptions->specs)
        if (spec.name == name && (value < spec.min || value > spec.max)) {
          evidence.set("not_used", text("beyond the range the model accepts (" + format_number(spec.min) + " to " +
                                        format_number(spec.max) + "), so the default stays"));
          return;
        }
    assumptions_.set(name, Value::of_number(value));
  }

  void access_logs() {
    const AccessLogFigures f = s_.logs.figures();
    if (f.requests == 0) return;
    const Value files = files_value(s_.logs.reports());
    const double error_pct = round_to(f.relative_error * 100, 2);
    Value busiest = window(f.busiest_from, f.busiest_to);
    busiest.set("requests", count(f.busiest_requests));
    busiest.set("requests_per_second", number(static_cast<double>(f.busiest_requests) / 3600, 3));

    if (f.busiest_sketched > 0) {
      const double p95 = round_to(f.busiest_p95_ms, 3);
      fields_.set("p95_ms", Value::of_number(p95));
      Value e = Value::object();
      e.set("value", Value::of_number(p95));
      e.set("how",
            text("the 95th percentile of request times in the busiest clock hour (the hour with the most requests)"));
      Value w = busiest;
      w.set("timed_requests", count(f.busiest_timed));
      if (f.busiest_sketched < f.busiest_timed) {
        w.set("sketched_requests", count(f.busiest_sketched));
        e.set("note", text("the logs are out of time order: this hour's percentile comes from " +
                           std::to_string(f.busiest_sketched) + " of its " + std::to_string(f.busiest_timed) +
                           " timed requests"));
      }
      e.set("window", std::move(w));
      e.set("overall_p95_ms", number(f.overall_p95_ms, 3));
      e.set("timed_requests", count(f.timed));
      e.set("relative_error_pct", Value::of_number(error_pct));
      e.set("error_bound", text("each percentile is within " + format_number(error_pct) +
                                "% of the exact value (a log-bucketed histogram)"));
      if (f.beyond_range > 0)
        e.set("beyond_range",
              text(std::to_string(f.beyond_range) +
                   " lines with a request time over 19 hours were left out: no request takes that long"));
      e.set("files", files);
      evidence_.set("p95_ms", std::move(e));
    }

    Value ratio = Value::object();
    const double average_rps = static_cast<double>(f.requests) / static_cast<double>(f.hours_spanned) / 3600;
    const int needed = s_.settings.peak_to_average_min_hours;
    if (f.hours_spanned >= static_cast<std::uint64_t>(needed)) {
      const double value = round_to(static_cast<double>(f.busiest_requests) / 3600 / average_rps, 2);
      ratio.set("value", Value::of_number(value));
      assume("peak_to_average", value, ratio);
    } else {
      ratio.set("not_derived", text("the logs cover " + std::to_string(f.hours_spanned) + " clock hour" +
                                    (f.hours_spanned == 1 ? "" : "s") + "; the ratio needs at least " +
                                    std::to_string(needed) + ", a day's average to compare with"));
    }
    ratio.set(
        "how",
        text("the busiest clock hour's request rate over the average rate across every clock hour the logs cover"));
    ratio.set("busiest_hour", std::move(busiest));
    ratio.set("average_requests_per_second", number(average_rps, 3));
    Value span = window(f.first_hour, f.end_hour);
    span.set("hours", count(f.hours_spanned));
    span.set("requests", count(f.requests));
    ratio.set("span", std::move(span));
    ratio.set("files", files);
    evidence_.set("peak_to_average", std::move(ratio));

    if (f.sized > 0) {
      const double kb = round_to(f.mean_bytes / 1000, 3);
      Value e = Value::object();
      e.set("value", Value::of_number(kb));
      assume("kb_out_per_request", kb, e);
      e.set("how", text("the mean response body size, in KB of 1,000 bytes"));
      e.set("requests", count(f.sized));
      e.set("files", files);
      evidence_.set("kb_out_per_request", std::move(e));
    }
  }

  void queries() {
    const QueryStatsFigures f = s_.queries.figures();
    if (f.statements == 0) return;
    const Value files = files_value(s_.queries.reports());
    if (f.calls > 0) {
      const double mean = round_to(f.total_ms / f.calls, 3);
      fields_.set("db_query_ms", Value::of_number(mean));
      Value e = Value::object();
      e.set("value", Value::of_number(mean));
      e.set("how", text("the call-weighted mean statement time: total time over total calls"));
      e.set("statements", count(f.statements));
      e.set("calls", Value::of_number(f.calls));
      e.set("total_ms", number(f.total_ms, 3));
      e.set("files", files);
      evidence_.set("db_query_ms", std::move(e));
    }
    if (!f.has_query_text || f.calls <= 0) return;
    const double share = round_to(f.top_select_calls / f.calls * 100, 1);
    const double threshold = s_.settings.repeated_reads_share_pct;
    const bool suggested = f.top_selects > 0 && share >= threshold;
    if (suggested) fields_.set("repeated_reads", Value::of_bool(true));
    Value e = Value::object();
    e.set("suggested", Value::of_bool(suggested));
    e.set("top_select_share_pct", Value::of_number(share));
    e.set("top_selects", count(static_cast<std::uint64_t>(f.top_selects)));
    e.set("threshold_pct", Value::of_number(threshold));
    e.set("why", text("the " + std::to_string(f.top_selects) + " most-called SELECT statement" +
                      (f.top_selects == 1 ? " takes " : "s take ") + format_number(share) + "% of all calls" +
                      (suggested ? " (at least " : " (under ") + format_number(threshold) + "%)"));
    e.set("select_share_pct", number(f.select_calls / f.calls * 100, 1));
    e.set("files", files);
    evidence_.set("repeated_reads", std::move(e));
  }

  void cpu(const CpuSeriesReading& reading, const char* field, const char* machine) {
    const CpuSeriesFigures f = reading.figures();
    if (!f.has_busiest) return;
    const double value = round_to(f.busiest_mean_pct, 2);
    fields_.set(field, Value::of_number(value));
    Value e = Value::object();
    e.set("value", Value::of_number(value));
    e.set("how", text(std::string("the highest one-hour average of the ") + machine +
                      "'s CPU: the clock hour whose samples average highest"));
    Value w = window(f.busiest_from, f.busiest_to);
    w.set("samples", count(f.busiest_samples));
    e.set("window", std::move(w));
    e.set("peak_sample_pct", number(f.peak_pct, 2));
    e.set("peak_sample_at", text(f.peak_at));
    Value span = window(f.first_hour, f.end_hour);
    span.set("hours", count(f.hours_spanned));
    span.set("samples", count(f.samples));
    e.set("span", std::move(span));
    e.set("column", text(f.column));
    e.set("files", files_value(reading.reports()));
    evidence_.set(field, std::move(e));
  }

  const MeasureState& s_;
  Value fields_ = Value::object(), assumptions_ = Value::object(), evidence_ = Value::object();
};

}  // namespace

Value measure_document(const MeasureState& state) { return Builder(state).build(); }

}  // namespace rightsize::detail
