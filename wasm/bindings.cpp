// Embind glue: JavaScript objects in, JavaScript objects out, through the same
// rightsize::Value tree the CLI uses, so both validate and answer identically.
// Failures are values ({ok: false, errors}); the JS wrapper turns them into Errors.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "rightsize/assumptions.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/timeline.hpp"

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

Value ok_value() {
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  return out;
}

Value not_loaded(const char* what, const char* call) {
  return rightsize::errors_to_value({{what, std::string("not loaded yet: call ") + call + " first"}});
}

// The module holds the content the page handed it (content/rules.json, assumptions.json
// and pricing catalogues, parsed by the browser): JSON text never enters the module,
// which keeps it small.
struct Content {
  std::optional<rightsize::Rulebook> rules;
  std::optional<rightsize::AssumptionBook> assumptions;
  std::vector<rightsize::NamedCatalogue> catalogues;
};

Content& content() {
  static Content c;
  return c;
}

// Checks a document with `read`; stores it only when it is valid.
template <class T, class Reader>
val store(val document, Reader read, std::optional<T>& slot) {
  rightsize::Result<T> r = read(from_js(document));
  if (!r.ok()) return to_js(rightsize::errors_to_value(r.errors));
  slot = std::move(r.value);
  return to_js(ok_value());
}

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(val document) { return store(document, rightsize::read_rulebook, content().rules); }

// set_assumptions(document): content/assumptions.json
val set_assumptions(val document) { return store(document, rightsize::read_assumption_book, content().assumptions); }

// add_catalogue(name, document): content/pricing/<name>.json; replaces one of the same name.
val add_catalogue(std::string name, val document) {
  std::optional<rightsize::Catalogue> catalogue;
  val stored = store(document, rightsize::read_catalogue, catalogue);
  if (!catalogue) return stored;
  auto& list = content().catalogues;
  for (auto& n : list)
    if (n.name == name) return n.catalogue = std::move(*catalogue), stored;
  list.push_back({std::move(name), std::move(*catalogue)});
  return stored;
}

// recommend(input) -> {ok: true, result} | {ok: false, errors}
val recommend(val input) {
  if (!content().rules) return to_js(not_loaded("rules", "set_rules"));
  return to_js(rightsize::recommend_document(*content().rules, from_js(input)));
}

// timeline(input) -> {ok: true, result} | {ok: false, errors}
val timeline(val input) {
  const Content& c = content();
  if (!c.rules) return to_js(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return to_js(not_loaded("assumptions", "set_assumptions"));
  return to_js(rightsize::timeline_document({&*c.rules, &*c.assumptions, &c.catalogues}, from_js(input)));
}

EMSCRIPTEN_BINDINGS(rightsize) {
  emscripten::function("set_rules", &set_rules);
  emscripten::function("set_assumptions", &set_assumptions);
  emscripten::function("add_catalogue", &add_catalogue);
  emscripten::function("recommend", &recommend);
  emscripten::function("timeline", &timeline);
}
