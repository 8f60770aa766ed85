// Embind glue of rightsize.{mjs,wasm}, the calculator's module: recommend, built for size for
// the first visit of the calculator and the stage pages. Encoded values in, encoded values
// out (rightsize/wire.hpp, wire.js), through the same rightsize::Value tree the CLI uses, so
// both validate and answer identically. Failures are values ({ok: false, errors}), never
// exceptions. Everything else lives in the model module (wasm/model), which this page loads
// after its first result.
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "rightsize/assumptions.hpp"
#include "rightsize/embind_reply.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"

using emscripten::val;
using rightsize::wire::not_loaded;
using rightsize::wire::reply;
using rightsize::wire::store;

namespace {

// The content the page handed over (content/*.json, parsed by the browser). JSON text
// never enters the module, which keeps it small.
struct Content {
  std::optional<rightsize::Rulebook> rules;
  std::optional<rightsize::AssumptionBook> assumptions;
};

Content& content() {
  static Content c;
  return c;
}

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(std::string document) { return store(document, rightsize::read_rulebook, content().rules); }

// set_assumptions(document): content/assumptions.json (stage texts name its defaults)
val set_assumptions(std::string document) {
  return store(document, rightsize::read_assumption_book, content().assumptions);
}

// recommend(input) -> {ok: true, result} | {ok: false, errors}
val recommend(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::recommend_document(*c.rules, *c.assumptions, rightsize::wire::decode(input)));
}

EMSCRIPTEN_BINDINGS(rightsize) {
  emscripten::function("set_rules", &set_rules);
  emscripten::function("set_assumptions", &set_assumptions);
  emscripten::function("recommend", &recommend);
}
