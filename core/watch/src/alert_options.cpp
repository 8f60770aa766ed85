// The reader's choices for `rightsize alerts` and the watch module (see alert_options.hpp).
#include "rightsize/alert_options.hpp"

#include "object_reader.hpp"

namespace rightsize {

using detail::ObjectReader;

Result<AlertOptions> read_alert_options(const Value& options) {
  Result<AlertOptions> result;
  ObjectReader r(options, "", result.errors);
  if (!r.valid()) return result;
  AlertOptions o;
  o.format = r.string("format").value_or("");
  if (const Value* sel = r.object("selectors")) {
    // Every member is kept, known or not, so an unknown source gets the CLI's sentence.
    for (const Member& m : sel->members) {
      if (m.value.kind == Value::Kind::null) continue;
      if (m.value.kind != Value::Kind::string)
        r.fail("selectors." + m.key, std::string("must be text, not ") + describe(m.value.kind));
      else
        o.selectors.emplace_back(m.key, m.value.text);
    }
  }
  o.latency_metric = r.string("latency_metric").value_or("");
  o.base_url = r.string("base_url").value_or("");
  r.reject_unknown();
  if (result.errors.empty()) result.value = std::move(o);
  return result;
}

std::optional<FieldError> check_alert_format(const std::string& format) {
  if (format == "prometheus" || format == "cloudformation") return std::nullopt;
  return FieldError{"format", format.empty() ? "is required: prometheus or cloudformation"
                                             : "unknown format \"" + format + "\": use prometheus or cloudformation"};
}

std::optional<FieldError> apply_alert_options(AlertSettings& settings, const AlertOptions& o) {
  for (const auto& [kind, matchers] : o.selectors)
    if (!set_alert_selector(settings, kind, matchers))
      return FieldError{"selectors", "\"" + kind + "=" + matchers +
                                         "\": say app, db, postgres or http, then = and label matchers without braces"};
  if (!o.latency_metric.empty()) {
    if (o.latency_metric.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:") !=
        std::string::npos)
      return FieldError{"latency_metric", "\"" + o.latency_metric + "\" is not a Prometheus metric name"};
    settings.latency_metric = o.latency_metric;
  }
  settings.base_url = o.base_url;
  while (!settings.base_url.empty() && settings.base_url.back() == '/') settings.base_url.pop_back();
  return std::nullopt;
}

std::string alerts_text(const Rulebook& rules, const AlertSettings& settings, const Metrics& metrics,
                        const std::string& format) {
  return format == "prometheus" ? prometheus_rules(rules, settings, metrics)
                                : cloudformation_template(rules, settings, metrics);
}

}  // namespace rightsize
