// Embind glue: encoded values in, encoded values out (rightsize/wire.hpp, wire.js), through
// the same rightsize::Value tree the CLI uses, so both validate and answer identically.
// Failures are values ({ok: false, errors}), never exceptions.
// Built twice: rightsize (recommend: small, for the first visit of the calculator and the
// stage pages) and, with RIGHTSIZE_FULL_MODEL, rightsize-model (timelines, the uncertainty
// band, comparisons, share links, the CSV table and the principle's comparison). Each page
// loads one or the other for what it shows, so neither carries the other's functions:
// recommend's document code would be 4.7 KB gzip of the timeline page's model.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "rightsize/assumptions.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/share.hpp"
#include "rightsize/wire.hpp"
#ifdef RIGHTSIZE_FULL_MODEL
#include "rightsize/compare.hpp"
#include "rightsize/csv.hpp"
#include "rightsize/currency.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/scale_choice.hpp"
#include "rightsize/timeline.hpp"
#endif

using emscripten::val;
using rightsize::Value;

namespace {

// A view of the encoded result, valid until the next call: wire.js copies it out at once.
val reply(const Value& v) {
  static std::string buffer;
  buffer.clear();
  rightsize::wire::encode(v, buffer);
  return val(emscripten::typed_memory_view(buffer.size(), reinterpret_cast<const unsigned char*>(buffer.data())));
}

Value ok_value() {
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  return out;
}

Value not_loaded(const char* what, const char* call) {
  return rightsize::errors_to_value({{what, std::string("not loaded yet: call ") + call + " first"}});
}

// The content the page handed over (content/*.json, parsed by the browser). JSON text
// never enters the module, which keeps it small.
struct Content {
  std::optional<rightsize::Rulebook> rules;
  std::optional<rightsize::AssumptionBook> assumptions;
#ifdef RIGHTSIZE_FULL_MODEL
  std::vector<rightsize::NamedCatalogue> catalogues;
  std::optional<rightsize::CurrencyBook> currencies;
#endif
};

Content& content() {
  static Content c;
  return c;
}

// Checks a document with `read`; stores it only when it is valid.
template <class T, class Reader>
val store(const std::string& document, Reader read, std::optional<T>& slot) {
  rightsize::Result<T> r = read(rightsize::wire::decode(document));
  if (!r.ok()) return reply(rightsize::errors_to_value(r.errors));
  slot = std::move(r.value);
  return reply(ok_value());
}

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(std::string document) { return store(document, rightsize::read_rulebook, content().rules); }

// set_assumptions(document): content/assumptions.json (stage texts name its defaults)
val set_assumptions(std::string document) {
  return store(document, rightsize::read_assumption_book, content().assumptions);
}

#ifndef RIGHTSIZE_FULL_MODEL
// recommend(input) -> {ok: true, result} | {ok: false, errors}
val recommend(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::recommend_document(*c.rules, *c.assumptions, rightsize::wire::decode(input)));
}
#else

// Share links live in the model module only: they would cost the calculator's first-visit
// module 4 KB (gzip) over its 25 KB budget, and the calculator loads the model after its
// first result anyway.
// share_encode(input) -> {ok: true, fragment} | {ok: false, errors}: the link's text after '#'
val share_encode(std::string input) { return reply(rightsize::share_encode_document(rightsize::wire::decode(input))); }

// share_decode(fragment) -> {ok: true, input} | {ok: false, errors}; a whole link is fine too
val share_decode(std::string fragment) { return reply(rightsize::share_decode_document(fragment)); }

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

// timeline(input) -> {ok: true, result} | {ok: false, errors}
val timeline(std::string input) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  return reply(rightsize::timeline_document(model_of(c), rightsize::wire::decode(input)));
}

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
#ifndef RIGHTSIZE_FULL_MODEL
  emscripten::function("recommend", &recommend);
#else
  emscripten::function("share_encode", &share_encode);
  emscripten::function("share_decode", &share_decode);
  emscripten::function("add_catalogue", &add_catalogue);
  emscripten::function("set_currencies", &set_currencies);
  emscripten::function("timeline", &timeline);
  emscripten::function("compare", &compare);
  emscripten::function("timeline_csv", &timeline_csv);
  emscripten::function("scale_choice", &scale_choice);
#endif
}
