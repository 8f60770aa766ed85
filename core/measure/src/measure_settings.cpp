// content/measure.json: each setting is {value, min, max, unit, label, why}, like the
// assumptions; the value must sit inside its own stated range and the code's.
#include "object_reader.hpp"
#include "rightsize/measure.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

std::optional<double> read_setting(ObjectReader& settings, const std::string& name, NumberRule rule,
                                   std::vector<FieldError>& errors) {
  const Value* v = settings.object(name, true);
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, settings.path_of(name), errors);
  const auto value = r.number("value", rule, true);
  const auto min = r.number("min", NumberRule{rule.min, rule.max, rule.whole}, true);
  const auto max = r.number("max", NumberRule{rule.min, rule.max, rule.whole}, true);
  r.string("unit", true);
  r.string("label", true);
  r.string("why", true);
  r.reject_unknown();
  if (value && min && max && (*value < *min || *value > *max)) {
    r.fail("value", "must be within the setting's own min and max");
    return std::nullopt;
  }
  return value;
}

}  // namespace

Result<MeasureSettings> read_measure_settings(const Value& doc) {
  Result<MeasureSettings> result;
  ObjectReader top(doc, "", result.errors);
  if (!top.valid()) return result;
  top.string("about");
  const Value* settings = top.object("settings", true);
  top.reject_unknown();
  if (settings == nullptr) return result;
  ObjectReader s(*settings, "settings", result.errors);
  if (!s.valid()) return result;
  MeasureSettings out;
  const auto share = read_setting(s, "repeated_reads_share_pct", NumberRule{0, 100, false}, result.errors);
  const auto top_n = read_setting(s, "top_selects", NumberRule{1, 1000, true}, result.errors);
  const auto hours = read_setting(s, "peak_to_average_min_hours", NumberRule{1, 8760, true}, result.errors);
  s.reject_unknown();
  if (!result.errors.empty() || !share || !top_n || !hours) return result;
  out.repeated_reads_share_pct = *share;
  out.top_selects = static_cast<int>(*top_n);
  out.peak_to_average_min_hours = static_cast<int>(*hours);
  result.value = out;
  return result;
}

}  // namespace rightsize
