// `rightsize measure`: files in, the calculator's inputs out. A Measurement reads any
// number of access logs, one query-statistics export and the app's and the database's CPU
// series, each as a stream of chunks, and gives one document: the recommendation fields
// it could derive, assumption overrides for the timeline, and the evidence for each.
// The CLI and the WebAssembly module both drive this class, so both give the same document.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightsize/assumptions.hpp"
#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

namespace detail {
struct MeasureState;
}

// content/measure.json
struct MeasureSettings {
  double repeated_reads_share_pct = 0;
  int top_selects = 0;
  int peak_to_average_min_hours = 0;
};

Result<MeasureSettings> read_measure_settings(const Value& doc);

enum class MeasureKind { access_log, queries, app_cpu, db_cpu };

const char* measure_kind_name(MeasureKind kind);  // "access_log", "queries", "app_cpu", "db_cpu"
std::optional<MeasureKind> measure_kind_from_name(std::string_view name);

// The format names a kind accepts, for messages ("nginx, apache or jsonl").
const char* measure_formats(MeasureKind kind);
bool measure_format_fits(MeasureKind kind, std::string_view format);

struct MeasureFileOptions {
  std::string format;          // empty: detect it
  std::string duration_field;  // JSON-lines access logs: NAME or NAME:UNIT (s, ms, us)
};

class Measurement {
 public:
  // `assumptions`, when given, keeps out of the overrides a figure beyond the range the
  // timeline accepts (the evidence says so). It must outlive the Measurement.
  Measurement(MeasureSettings settings, const AssumptionBook* assumptions);
  ~Measurement();
  Measurement(Measurement&&) noexcept;
  Measurement& operator=(Measurement&&) noexcept;

  // Starts reading a file (ending the one before). Bad options are errors naming "format"
  // or "duration_field", and nothing is begun.
  std::vector<FieldError> begin(MeasureKind kind, std::string file, const MeasureFileOptions& options);
  void feed(std::string_view bytes);  // a chunk of the current file; ignored when none is begun
  void end();                         // ends the current file, if any

  // Ends the current file and describes everything read: see the README for its fields.
  Value document();

  // What was wrong with each file read so far: problems (the file gave nothing, or less
  // than it should) and notes (it still counted), in the order the files were read.
  struct FileMessage {
    std::string file, message;
    bool problem = false;
  };
  std::vector<FileMessage> messages() const;

 private:
  std::unique_ptr<detail::MeasureState> state_;
};

}  // namespace rightsize
