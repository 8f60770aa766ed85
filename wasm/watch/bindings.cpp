// Embind glue of rightsize-watch.{mjs,wasm}: the triggers as Prometheus rules and CloudWatch
// alarms, the same rules in words, and the timeline's moves as a checklist and a calendar, from
// the same core code as `rightsize alerts` and `rightsize plan`. The calculator and the timeline
// load it after their first result. Encoded values in and out (rightsize/wire.hpp, wire.js);
// failures are values ({ok: false, errors}), never exceptions.
#include <emscripten/bind.h>

#include <optional>
#include <string>
#include <vector>

#include "rightsize/alert_options.hpp"
#include "rightsize/alerts.hpp"
#include "rightsize/assumptions.hpp"
#include "rightsize/currency.hpp"
#include "rightsize/embind_reply.hpp"
#include "rightsize/plan.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/timeline.hpp"

using emscripten::val;
using rightsize::Value;
using rightsize::wire::not_loaded;
using rightsize::wire::ok_value;
using rightsize::wire::reply;
using rightsize::wire::store;

namespace {

// The content the page handed over (content/*.json, parsed by the browser).
struct Content {
  std::optional<rightsize::Rulebook> rules;
  std::optional<rightsize::AssumptionBook> assumptions;
  std::vector<rightsize::NamedCatalogue> catalogues;
  std::optional<rightsize::CurrencyBook> currencies;
  std::optional<rightsize::AlertSettings> alerts;
  std::optional<rightsize::PlanBook> plan;
};

Content& content() {
  static Content c;
  return c;
}

Value errors_of(const std::vector<rightsize::FieldError>& errors) { return rightsize::errors_to_value(errors); }

Value text_reply(std::string text) {
  Value out = ok_value();
  out.set("text", Value::of_string(std::move(text)));
  return out;
}

}  // namespace

// set_rules(document) -> {ok: true} | {ok: false, errors: [{field, message}]}
val set_rules(std::string document) { return store(document, rightsize::read_rulebook, content().rules); }

// set_assumptions(document): content/assumptions.json
val set_assumptions(std::string document) {
  return store(document, rightsize::read_assumption_book, content().assumptions);
}

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

// set_currencies(document): content/currencies.json
val set_currencies(std::string document) {
  return store(document, rightsize::read_currency_book, content().currencies);
}

// set_alerts(document): content/alerts.json, checked against the rulebook's stages (set_rules first)
val set_alerts(std::string document) {
  Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  const int stages = c.rules->stage_count();
  return store(
      document, [stages](const Value& v) { return rightsize::read_alert_settings(v, stages); }, c.alerts);
}

// set_plan(document): content/plan.json
val set_plan(std::string document) { return store(document, rightsize::read_plan_book, content().plan); }

// The settings with the reader's options applied, or the first error (the CLI's order: the
// format, the input, then the options).
std::optional<Value> alert_setup(const Content& c, const Value& input, const Value& options,
                                 rightsize::AlertOptions& chosen, rightsize::Metrics& metrics,
                                 rightsize::AlertSettings& settings) {
  if (!c.rules) return not_loaded("rules", "set_rules");
  if (!c.alerts) return not_loaded("alerts", "set_alerts");
  rightsize::Result<rightsize::AlertOptions> read = rightsize::read_alert_options(options);
  if (!read.ok()) return errors_of(read.errors);
  chosen = std::move(*read.value);
  if (std::optional<rightsize::FieldError> e = rightsize::check_alert_format(chosen.format)) return errors_of({*e});
  rightsize::Result<rightsize::Metrics> m = rightsize::read_metrics(input, c.rules->stage_count());
  if (!m.ok()) return errors_of(m.errors);
  metrics = *m.value;
  settings = *c.alerts;
  if (std::optional<rightsize::FieldError> e = rightsize::apply_alert_options(settings, chosen)) return errors_of({*e});
  return std::nullopt;
}

// alerts(input, options) -> {ok: true, text} | {ok: false, errors}: what `rightsize alerts`
// prints for the same input; options {format, selectors?, latency_metric?, base_url?}
val alerts(std::string input, std::string options) {
  const Content& c = content();
  rightsize::AlertOptions chosen;
  rightsize::Metrics metrics;
  rightsize::AlertSettings settings;
  if (std::optional<Value> e =
          alert_setup(c, rightsize::wire::decode(input), rightsize::wire::decode(options), chosen, metrics, settings))
    return reply(*e);
  return reply(text_reply(rightsize::alerts_text(*c.rules, settings, metrics, chosen.format)));
}

// alerts_in_words(input, options) -> {ok: true, result: {rules, also_watch}} | {ok: false,
// errors}: what each rule watches, for the page (options as for alerts, format included)
val alerts_in_words(std::string input, std::string options) {
  const Content& c = content();
  rightsize::AlertOptions chosen;
  rightsize::Metrics metrics;
  rightsize::AlertSettings settings;
  if (std::optional<Value> e =
          alert_setup(c, rightsize::wire::decode(input), rightsize::wire::decode(options), chosen, metrics, settings))
    return reply(*e);
  return reply(ok_value(rightsize::alerts_in_words(*c.rules, settings, metrics)));
}

// plan(input, format) -> {ok: true, text} | {ok: false, errors}: what `rightsize plan` prints;
// the input is a timeline input with start_month ("YYYY-MM"), which the module requires (the
// page passes this month: a module has no clock of its own worth trusting)
val plan(std::string input, std::string format) {
  const Content& c = content();
  if (!c.rules) return reply(not_loaded("rules", "set_rules"));
  if (!c.assumptions) return reply(not_loaded("assumptions", "set_assumptions"));
  if (!c.plan) return reply(not_loaded("plan", "set_plan"));
  if (std::optional<rightsize::FieldError> e = rightsize::check_plan_format(format)) return reply(errors_of({*e}));
  Value timeline_input = rightsize::wire::decode(input);
  rightsize::Result<std::optional<rightsize::YearMonth>> start = rightsize::take_start_month(timeline_input);
  if (!start.ok()) return reply(errors_of(start.errors));
  if (!*start.value) return reply(errors_of({{"start_month", "is required: the month the plan starts, \"YYYY-MM\""}}));
  const rightsize::Model model{&*c.rules, &*c.assumptions, &c.catalogues, c.currencies ? &*c.currencies : nullptr};
  rightsize::Result<rightsize::TimelineInput> timeline = rightsize::read_timeline_input(model, timeline_input);
  if (!timeline.ok()) return reply(errors_of(timeline.errors));
  const Value doc = rightsize::timeline_to_value(model, *timeline.value);
  const rightsize::YearMonth month = **start.value;
  return reply(text_reply(format == "ics" ? rightsize::plan_ics(*c.plan, doc, month)
                                          : rightsize::plan_markdown(*c.plan, doc, month)));
}

EMSCRIPTEN_BINDINGS(rightsize) {
  emscripten::function("set_rules", &set_rules);
  emscripten::function("set_assumptions", &set_assumptions);
  emscripten::function("add_catalogue", &add_catalogue);
  emscripten::function("set_currencies", &set_currencies);
  emscripten::function("set_alerts", &set_alerts);
  emscripten::function("set_plan", &set_plan);
  emscripten::function("alerts", &alerts);
  emscripten::function("alerts_in_words", &alerts_in_words);
  emscripten::function("plan", &plan);
}
