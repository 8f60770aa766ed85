#include "csv_reader.hpp"

#include "text_input.hpp"

namespace rightsize::detail {

CsvReader::CsvReader(char delimiter, OnRecord on_record, std::uint64_t first_line)
    : delimiter_(delimiter), on_record_(std::move(on_record)), line_(first_line), record_line_(first_line) {}

void CsvReader::begin() {
  if (started_) return;
  started_ = true;
  record_line_ = line_;
  used_ = 0;
  open_field();
}

void CsvReader::open_field() {
  overflow_ = used_ >= kMaxFields;
  if (overflow_) {
    cut_ = true;
    return;
  }
  if (fields_.size() <= used_) fields_.emplace_back();
  fields_[used_++].clear();
}

void CsvReader::add_char(char c) {
  begin();
  if (overflow_) return;
  std::string& field = fields_[used_ - 1];
  if (field.size() < kMaxField)
    field += c;
  else
    cut_ = true;
}

void CsvReader::end_record(bool at_end) {
  if (started_) {
    CsvRecord r;
    r.fields = fields_.data();
    r.count = used_;
    r.line = record_line_;
    r.cut = cut_;
    r.too_long = too_long_;
    r.unterminated = state_ == State::quoted;
    r.at_end = at_end;
    on_record_(r);
  }
  used_ = 0;
  cut_ = overflow_ = started_ = too_long_ = false;
  state_ = State::field_start;
}

void CsvReader::feed(std::string_view bytes) {
  for (char c : bytes) {
    if (c == '\n')
      line_bytes_ = 0;
    else if (++line_bytes_ > LineSplitter::kMaxLine)
      too_long_ = true;
    switch (state_) {
      case State::field_start:
        if (c == '"') {
          begin();
          state_ = State::quoted;
          continue;
        }
        state_ = State::unquoted;
        [[fallthrough]];
      case State::unquoted:
        if (c == delimiter_) {
          begin();
          open_field();
          state_ = State::field_start;
        } else if (c == '\n') {
          end_record();
          ++line_;
        } else if (c != '\r') {
          add_char(c);
        }
        break;
      case State::quoted:
        if (c == '"') {
          state_ = State::quote_in_quoted;
        } else {
          if (c == '\n') ++line_;
          add_char(c);
        }
        break;
      case State::quote_in_quoted:
        if (c == '"') {  // a doubled quote stands for one
          add_char('"');
          state_ = State::quoted;
        } else if (c == delimiter_) {
          open_field();
          state_ = State::field_start;
        } else if (c == '\n') {
          end_record();
          ++line_;
        } else if (c != '\r') {
          add_char(c);  // text after a closing quote: kept, as spreadsheets do
          state_ = State::unquoted;
        }
        break;
    }
  }
}

void CsvReader::finish() { end_record(true); }

}  // namespace rightsize::detail
