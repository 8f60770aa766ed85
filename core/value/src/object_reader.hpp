// Reads the fields of one input object, collecting a FieldError for each problem
// instead of stopping at the first, so a form can mark every bad field at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize::detail {

struct NumberRule {
  double min = 0;
  double max = 1e15;  // keeps every later product finite and exact in cents
  bool whole = false;
};

class ObjectReader {
 public:
  // `path` prefixes field names in messages ("" for the top level, "growth" inside it).
  ObjectReader(const Value& object, std::string path, std::vector<FieldError>& errors);

  bool valid() const { return valid_; }
  std::string path_of(const std::string& key) const;
  void fail(const std::string& key, std::string message);

  // Absent and null both give nullopt, with an error only when `required`.
  std::optional<double> number(const std::string& key, NumberRule rule, bool required = false);
  std::optional<bool> boolean(const std::string& key);
  std::optional<std::string> string(const std::string& key, bool required = false);
  const Value* object(const std::string& key, bool required = false);
  const Value* array(const std::string& key, bool required = false);

  // Marks a key as handled without reading it (its value is not worth checking).
  void skip(const std::string& key) { seen_.push_back(key); }

  // One error per key that no accessor asked for: catches typos such as "db_cpu".
  void reject_unknown();

 private:
  const Value* lookup(const std::string& key, Value::Kind kind, bool required);

  const Value& object_;
  std::string path_;
  std::vector<FieldError>& errors_;
  std::vector<std::string> seen_;
  bool valid_ = true;
};

}  // namespace rightsize::detail
