// Embind glue: JavaScript objects in, JavaScript objects out, through the same
// rightsize::Value tree the CLI uses, so both validate and answer identically.
// Failures are values ({ok: false, errors}); the JS wrapper turns them into Errors.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"

using emscripten::val;
using rightsize::Value;

namespace {

Value from_js(const val& v) {
  const std::string type = v.typeOf().as<std::string>();
  if (type == "number") return Value::of_number(v.as<double>());
  if (type == "boolean") return Value::of_bool(v.as<bool>());
  if (type == "string") return Value::of_string(v.as<std::string>());
  if (v.isNull() || v.isUndefined()) return Value();
  if (type != "object") return Value::of_string("<" + type + ">");  // functions, symbols: rejected by type checks
  if (v.isArray()) {
    Value out = Value::array();
    const unsigned n = v["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) out.push(from_js(v[i]));
    return out;
  }
  Value out = Value::object();
  const val keys = val::global("Object").call<val>("keys", v);
  const unsigned n = keys["length"].as<unsigned>();
  for (unsigned i = 0; i < n; ++i) {
    const std::string key = keys[i].as<std::string>();
    out.set(key, from_js(v[key]));
  }
  return out;
}

val to_js(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null: return val::null();
    case Value::Kind::boolean: return val(v.boolean);
    case Value::Kind::number: return val(v.number);
    case Value::Kind::string: return val(v.text);
    case Value::Kind::array: {
      val out = val::array();
      for (size_t i = 0; i < v.items.size(); ++i) out.set(i, to_js(v.items[i]));
      return out;
    }
    case Value::Kind::object: {
      val out = val::object();
      for (const rightsize::Member& m : v.members) out.set(m.key, to_js(m.value));
      return out;
    }
  }
  return val::null();
}

// The module holds the rulebook the page handed it (content/rules.json, parsed by the
// browser): JSON text never enters the module, which keeps it small.
std::optional<rightsize::Rulebook>& loaded_rules() {
  static std::optional<rightsize::Rulebook> rules;
  return rules;
}

Value ok_value() {
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  return out;
}

Value not_loaded() { return rightsize::errors_to_value({{"rules", "no rulebook loaded: call set_rules first"}}); }

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(val document) {
  rightsize::Result<rightsize::Rulebook> rules = rightsize::read_rulebook(from_js(document));
  if (!rules.ok()) return to_js(rightsize::errors_to_value(rules.errors));
  loaded_rules() = std::move(rules.value);
  return to_js(ok_value());
}

// recommend(input) -> {ok: true, result} | {ok: false, errors}
val recommend(val input) {
  if (!loaded_rules()) return to_js(not_loaded());
  return to_js(rightsize::recommend_document(*loaded_rules(), from_js(input)));
}

EMSCRIPTEN_BINDINGS(rightsize) {
  emscripten::function("set_rules", &set_rules);
  emscripten::function("recommend", &recommend);
}
