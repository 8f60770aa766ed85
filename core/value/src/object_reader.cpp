#include "object_reader.hpp"

#include <algorithm>
#include <cmath>

#include "format.hpp"

namespace rightsize::detail {

std::string quoted(const std::string& text) {
  constexpr std::size_t kExcerpt = 40;
  if (text.size() <= kExcerpt) return "\"" + text + "\"";
  std::size_t cut = kExcerpt;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 continuation byte
  return "\"" + text.substr(0, cut) + "...\" (" + std::to_string(static_cast<std::uint64_t>(text.size())) + " bytes)";
}

ObjectReader::ObjectReader(const Value& object, std::string path, std::vector<FieldError>& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {
  if (!object.is_object()) {
    errors_.push_back({path_.empty() ? "input" : path_,
                       std::string("expected an object of named fields, got ") + describe(object.kind)});
    valid_ = false;
  }
}

std::string ObjectReader::path_of(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

void ObjectReader::fail(const std::string& key, std::string message) {
  errors_.push_back({path_of(key), std::move(message)});
}

const Value* ObjectReader::lookup(const std::string& key, Value::Kind kind, bool required) {
  seen_.push_back(key);
  if (!valid_) return nullptr;
  const Value* v = object_.find(key);
  if (v == nullptr || v->is_null()) {
    if (required) fail(key, "is required");
    return nullptr;
  }
  if (v->kind != kind) {
    std::string got = describe(v->kind);
    if (v->kind == Value::Kind::string) got += " \"" + v->text.substr(0, 40) + "\"";
    fail(key, std::string("expected ") + describe(kind) + ", got " + got);
    return nullptr;
  }
  return v;
}

std::optional<double> ObjectReader::number(const std::string& key, NumberRule rule, bool required) {
  const Value* v = lookup(key, Value::Kind::number, required);
  if (v == nullptr) return std::nullopt;
  const double n = v->number;
  if (!std::isfinite(n)) {
    fail(key, "must be a finite number");
    return std::nullopt;
  }
  if (n < rule.min || n > rule.max) {
    std::string message;
    if (n < rule.min && rule.min == 0)
      message = "must be 0 or more";
    else if (rule.max >= 1e15)
      message = "must be at least " + format_number(rule.min);
    else
      message = "must be between " + format_number(rule.min) + " and " + format_number(rule.max);
    fail(key, message + " (got " + format_number(n) + ")");
    return std::nullopt;
  }
  if (rule.whole && n != std::floor(n)) {
    fail(key, "must be a whole number (got " + format_number(n) + ")");
    return std::nullopt;
  }
  return n;
}

std::optional<bool> ObjectReader::boolean(const std::string& key) {
  const Value* v = lookup(key, Value::Kind::boolean, false);
  if (v == nullptr) return std::nullopt;
  return v->boolean;
}

std::optional<std::string> ObjectReader::string(const std::string& key, bool required) {
  const Value* v = lookup(key, Value::Kind::string, required);
  if (v == nullptr) return std::nullopt;
  return v->text;
}

const Value* ObjectReader::object(const std::string& key, bool required) {
  return lookup(key, Value::Kind::object, required);
}

const Value* ObjectReader::array(const std::string& key, bool required) {
  return lookup(key, Value::Kind::array, required);
}

void ObjectReader::reject_unknown() {
  if (!valid_) return;
  for (const Member& m : object_.members)
    if (std::find(seen_.begin(), seen_.end(), m.key) == seen_.end()) fail(m.key, "unknown field");
}

}  // namespace rightsize::detail
