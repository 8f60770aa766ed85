// Embind glue of two modules built from the same core: rightsize-model.{mjs,wasm}, the
// timeline with its band and share links, which the timeline page needs for its first
// result (and the calculator after its own); and, with RIGHTSIZE_COMPARE_MODULE defined,
// rightsize-compare.{mjs,wasm}, the comparison of providers, the CSV table and the
// principle's scale choice, which no page needs before its first result: apart, they keep
// 10 KB gzip off the timeline page's first visit. recommend lives in the calculator's module
// (wasm/calculator) only: its document code would be 4.7 KB gzip of the timeline page's
// model. Encoded values in and out (rightsize/wire.hpp, wire.js); failures are values
// ({ok: false, errors}), never exceptions.
#include <emscripten/bind.h>

#include <optional>
#include <string>
#include <vector>

#include "rightsize/assumptions.hpp"
#include "rightsize/currency.hpp"
#include "rightsize/embind_reply.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/timeline.hpp"
#ifdef RIGHTSIZE_COMPARE_MODULE
#include "rightsize/compare.hpp"
#include "rightsize/csv.hpp"
#include "rightsize/scale_choice.hpp"
#else
#include "rightsize/share.hpp"
#endif

using emscripten::val;
using rightsize::Value;
using rightsize::wire::not_loaded;
using rightsize::wire::ok_value;
using rightsize::wire::reply;
using rightsize::wire::store;

namespace {

// The content the page handed over (content/*.json, parsed by the browser). JSON text
// never enters the module, which keeps it small.
struct Content {
  std::optional<rightsize::Rulebook> rules;
  std::optional<rightsize::AssumptionBook> assumptions;
  std::vector<rightsize::NamedCatalogue> catalogues;
  std::optional<rightsize::CurrencyBook> currencies;
};

Content& content() {
  static Content c;
  return c;
}

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(std::string document) { return store(document, rightsize::read_rulebook, content().rules); }

// set_assumptions(document): content/assumptions.json
val set_assumptions(std::string document) {
  return store(document, rightsize::read_assumption_book, content().assumptions);
}

#ifndef RIGHTSIZE_COMPARE_MODULE
// Share links live here, not in the calculator's module: they would cost its first visit
// 4 KB (gzip) over its 25 KB budget, and the calculator loads this module after its first
// result anyway.
// share_encode(input) -> {ok: true, fragment} | {ok: false, errors}: the link's text after '#'
val share_encode(std::string input) { return reply(rightsize::share_encode_document(rightsize::wire::decode(input))); }

// share_decode(fragment) -> {ok: true, input} | {ok: false, errors}; a whole link is fine too
val share_decode(std::string fragment) { return reply(rightsize::share_decode_document(fragment)); }

#endif

// add_catalogue(name, document): content/pricing/<name>.json; replaces one of the same name.
val add_catalogue(std::string name, std::string document) {
  std::optional<rightsize::Catalogue> catalogue;
  val stored = store(document, rightsize::read_catalogue, catalogue);
  if (!catalogue) return stored;
  auto& list = content().catalogues;
  for (auto& n : list)
    if (n.name == name) return n.catalogue = std::move(*catalogue), stored;
  list.push_back({std::move(name), std::move(*catalogue)});
  return stored;
}

// set_currencies(document): content/currencies.json, the default rates for a display currency
val set_currencies(std::string document) {
  return store(document, rightsize::read_currency_book, content().currencies);
}

// What a timeline or a comparison reads; the currency book is optional (a rate can be given).
rightsize::Model model_of(const Content& c) {
  return {&*c.rules, &*c.assumptions, &c.catalogues, c.currencies ? &*c.currencies : nullptr};
}

#ifndef RIGHTSIZE_COMPARE_MODULE
// timeline(input) -> {ok: true, result} | {ok: false, errors}
val timeline(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::timeline_document(model_of(c), rightsize::wire::decode(input)));
}
#else

// timeline_csv(input) -> {ok: true, csv} | {ok: false, errors}: the table `rightsize timeline
// --csv` prints for the same input, from the same core code
val timeline_csv(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  Value doc = rightsize::timeline_document(model_of(c), rightsize::wire::decode(input));
  if (!doc.find("ok")->boolean) return reply(doc);
  Value out = ok_value();
  out.set("csv", Value::of_string(rightsize::timeline_csv(*doc.find("result"))));
  return reply(out);
}

// compare(input) -> {ok: true, result} | {ok: false, errors}: every catalogue side by side
val compare(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::compare_document(model_of(c), rightsize::wire::decode(input)));
}

// scale_choice(input) -> {ok: true, result} | {ok: false, errors}: one bigger server against
// input.servers smaller ones behind a load balancer, with the margin rule's verdict
val scale_choice(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::scale_choice_document(model_of(c), rightsize::wire::decode(input)));
}
#endif

EMSCRIPTEN_BINDINGS(rightsize) {
  emscripten::function("set_rules", &set_rules);
  emscripten::function("set_assumptions", &set_assumptions);
  emscripten::function("add_catalogue", &add_catalogue);
  emscripten::function("set_currencies", &set_currencies);
#ifndef RIGHTSIZE_COMPARE_MODULE
  emscripten::function("share_encode", &share_encode);
  emscripten::function("share_decode", &share_decode);
  emscripten::function("timeline", &timeline);
#else
  emscripten::function("compare", &compare);
  emscripten::function("timeline_csv", &timeline_csv);
  emscripten::function("scale_choice", &scale_choice);
#endif
}
