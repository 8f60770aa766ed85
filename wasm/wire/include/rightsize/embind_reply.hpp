// What every module's Embind glue answers with: a value encoded on the wire, and a content
// document checked and stored. Only the glue under Emscripten includes this.
#pragma once

#include <emscripten/val.h>

#include <optional>
#include <string>
#include <utility>

#include "rightsize/result.hpp"
#include "rightsize/wire.hpp"

namespace rightsize::wire {

// A view of the encoded value, valid until the next call: wire.js copies it out at once.
inline emscripten::val reply(const Value& v) {
  static std::string buffer;
  buffer.clear();
  encode(v, buffer);
  return emscripten::val(
      emscripten::typed_memory_view(buffer.size(), reinterpret_cast<const unsigned char*>(buffer.data())));
}

// {ok: true}, with `result` when one is given.
inline Value ok_value(Value result = Value()) {
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  if (!result.is_null()) out.set("result", std::move(result));
  return out;
}

// {ok: false, errors: [{field, message}]} for a call made before its content was loaded.
inline Value not_loaded(const char* what, const char* call) {
  return errors_to_value({{what, std::string("not loaded yet: call ") + call + " first"}});
}

// Checks a document with `read`; stores it only when it is valid.
template <class T, class Reader>
emscripten::val store(const std::string& document, Reader read, std::optional<T>& slot) {
  Result<T> r = read(decode(document));
  if (!r.ok()) return reply(errors_to_value(r.errors));
  slot = std::move(r.value);
  return reply(ok_value());
}

}  // namespace rightsize::wire
