// Errors are values: every failure names the input field it is about.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rightsize/value.hpp"

namespace rightsize {

struct FieldError {
  std::string field;    // dotted path, e.g. "growth.monthly_pct"; "input" for the whole document
  std::string message;  // a sentence a reader can act on
};

template <class T>
struct Result {
  std::optional<T> value;
  std::vector<FieldError> errors;

  bool ok() const { return value.has_value() && errors.empty(); }
};

// {"ok": false, "errors": [{"field", "message"}...]} — the shape both edges print.
Value errors_to_value(const std::vector<FieldError>& errors);

}  // namespace rightsize
