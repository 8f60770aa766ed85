#include "rightsize/result.hpp"

namespace rightsize {

Value errors_to_value(const std::vector<FieldError>& errors) {
  Value out = Value::object();
  out.set("ok", Value::of_bool(false));
  Value& list = out.set("errors", Value::array());
  for (const FieldError& e : errors) {
    Value item = Value::object();
    item.set("field", Value::of_string(e.field));
    item.set("message", Value::of_string(e.message));
    list.push(std::move(item));
  }
  return out;
}

}  // namespace rightsize
