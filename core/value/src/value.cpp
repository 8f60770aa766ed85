#include "rightsize/value.hpp"

namespace rightsize {

Value::Value() = default;
Value::Value(const Value& other) = default;
Value::Value(Value&& other) noexcept = default;
Value& Value::operator=(const Value& other) = default;
Value& Value::operator=(Value&& other) noexcept = default;
Value::~Value() = default;

Value Value::of_bool(bool b) {
  Value v;
  v.kind = Kind::boolean;
  v.boolean = b;
  return v;
}

Value Value::of_number(double n) {
  Value v;
  v.kind = Kind::number;
  v.number = n;
  return v;
}

Value Value::of_string(std::string s) {
  Value v;
  v.kind = Kind::string;
  v.text = std::move(s);
  return v;
}

Value Value::array() {
  Value v;
  v.kind = Kind::array;
  return v;
}

Value Value::object() {
  Value v;
  v.kind = Kind::object;
  return v;
}

const Value* Value::find(std::string_view key) const {
  for (const Member& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

Value& Value::set(std::string key, Value v) {
  for (Member& m : members)
    if (m.key == key) return m.value = std::move(v);
  members.push_back(Member{std::move(key), std::move(v)});
  return members.back().value;
}

Value& Value::set(const char* key, Value v) { return set(std::string(key), std::move(v)); }

Value& Value::push(Value v) {
  items.push_back(std::move(v));
  return items.back();
}

const char* describe(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null: return "null";
    case Value::Kind::boolean: return "true/false";
    case Value::Kind::number: return "a number";
    case Value::Kind::string: return "text";
    case Value::Kind::array: return "a list";
    case Value::Kind::object: return "an object";
  }
  return "something else";
}

}  // namespace rightsize
