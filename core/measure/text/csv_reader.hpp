// A streaming CSV reader (RFC 4180: quoted fields, "" for a quote, line breaks and
// delimiters inside quotes), fed chunks cut anywhere. Memory is bounded: a field keeps at
// most kMaxField bytes and a record at most kMaxFields fields; what is cut is flagged.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rightsize::detail {

struct CsvRecord {
  const std::string* fields = nullptr;
  size_t count = 0;
  std::uint64_t line = 0;     // the line the record starts on
  bool cut = false;           // a field or the field list was cut short
  bool too_long = false;      // one of its lines is longer than LineSplitter::kMaxLine
  bool unterminated = false;  // the file ended inside a quoted field
  bool at_end = false;        // the file's last record, with no line break after it
};

class CsvReader {
 public:
  static constexpr size_t kMaxField = 1024;
  static constexpr size_t kMaxFields = 512;

  using OnRecord = std::function<void(const CsvRecord&)>;
  // `first_line`: the number of the line the first byte fed starts (lines taken off before).
  CsvReader(char delimiter, OnRecord on_record, std::uint64_t first_line = 1);

  void feed(std::string_view bytes);
  void finish();

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted };

  void begin();
  void open_field();
  void add_char(char c);
  void end_record(bool at_end = false);

  char delimiter_;
  OnRecord on_record_;
  State state_ = State::field_start;
  std::vector<std::string> fields_;
  size_t used_ = 0;  // fields in use; the vector's strings are reused between records
  bool cut_ = false, started_ = false, overflow_ = false, too_long_ = false;
  std::uint64_t line_ = 1, record_line_ = 1;
  std::size_t line_bytes_ = 0;  // of the line being read, so far
};

}  // namespace rightsize::detail
