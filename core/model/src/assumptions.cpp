#include "rightsize/assumptions.hpp"

#include <array>

#include "format.hpp"
#include "object_reader.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

struct Field {
  const char* name;
  double Assumptions::*field;
};

#define RIGHTSIZE_FIELD(name) \
  Field { #name, &Assumptions::name }
constexpr std::array<Field, 29> kFields = {
    RIGHTSIZE_FIELD(daily_active_pct),        RIGHTSIZE_FIELD(requests_per_daily_user),
    RIGHTSIZE_FIELD(peak_to_average),         RIGHTSIZE_FIELD(app_cpu_ms_per_request),
    RIGHTSIZE_FIELD(queries_per_request),     RIGHTSIZE_FIELD(db_cpu_ms_per_query),
    RIGHTSIZE_FIELD(read_share_pct),          RIGHTSIZE_FIELD(cache_hit_pct),
    RIGHTSIZE_FIELD(cache_ms_per_lookup),     RIGHTSIZE_FIELD(kb_out_per_request),
    RIGHTSIZE_FIELD(app_memory_gb),           RIGHTSIZE_FIELD(data_mb_per_user),
    RIGHTSIZE_FIELD(working_set_mb_per_user), RIGHTSIZE_FIELD(box_db_memory_pct),
    RIGHTSIZE_FIELD(db_memory_usable_pct),    RIGHTSIZE_FIELD(miss_penalty_ms),
    RIGHTSIZE_FIELD(cache_share_pct),         RIGHTSIZE_FIELD(p95_to_mean),
    RIGHTSIZE_FIELD(target_utilization_pct),  RIGHTSIZE_FIELD(resize_above_pct),
    RIGHTSIZE_FIELD(pool_size_per_server),    RIGHTSIZE_FIELD(app_disk_gb),
    RIGHTSIZE_FIELD(min_db_storage_gb),       RIGHTSIZE_FIELD(autoscale_min),
    RIGHTSIZE_FIELD(autoscale_max),           RIGHTSIZE_FIELD(autoscale_target_cpu_pct),
    RIGHTSIZE_FIELD(vertical_margin_pct),     RIGHTSIZE_FIELD(lb_gb_per_lcu_hour),
    RIGHTSIZE_FIELD(warning_months),
};
#undef RIGHTSIZE_FIELD

const Field* find_field(const std::string& name) {
  for (const Field& f : kFields)
    if (name == f.name) return &f;
  return nullptr;
}

// The ranges match what a timeline input accepts (timeline_input.cpp).
InputDefaults read_input_defaults(const Value* doc, std::vector<FieldError>& errors) {
  InputDefaults d;
  if (doc == nullptr) return d;
  ObjectReader r(*doc, "defaults", errors);
  if (!r.valid()) return d;
  r.string("about");
  d.provider = r.string("provider", true).value_or("");
  d.months = static_cast<int>(r.number("months", NumberRule{1, 120, true}, true).value_or(0));
  if (const Value* band = r.object("uncertainty", true)) {
    ObjectReader u(*band, "defaults.uncertainty", errors);
    d.band_paths = static_cast<int>(u.number("paths", NumberRule{1, 100000, true}, true).value_or(0));
    d.band_seed = u.number("seed", NumberRule{0, 9007199254740991.0, true}, true).value_or(0);
    d.band_growth_sd_pct = u.number("growth_sd_pct", NumberRule{0, 100, false}, true).value_or(0);
    u.reject_unknown();
  }
  r.reject_unknown();
  return d;
}

}  // namespace

Result<AssumptionBook> read_assumption_book(const Value& doc) {
  Result<AssumptionBook> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  r.string("about");
  AssumptionBook book;
  book.inputs = read_input_defaults(r.object("defaults", true), errors);
  if (const Value* list = r.object("assumptions", true)) {
    for (const Member& m : list->members) {
      ObjectReader ar(m.value, "assumptions." + m.key, errors);
      if (!ar.valid()) continue;
      const Field* field = find_field(m.key);
      if (field == nullptr) {
        errors.push_back({"assumptions." + m.key, "unknown assumption: the model has no use for it"});
        continue;
      }
      AssumptionSpec spec;
      spec.name = m.key;
      spec.field = field->field;
      spec.min = ar.number("min", NumberRule{-1e15, 1e15, false}, true).value_or(0);
      spec.max = ar.number("max", NumberRule{spec.min, 1e15, false}, true).value_or(0);
      spec.value = ar.number("value", NumberRule{spec.min, spec.max, false}, true).value_or(0);
      spec.unit = ar.string("unit", true).value_or("");
      spec.label = ar.string("label", true).value_or("");
      spec.why = ar.string("why", true).value_or("");
      ar.reject_unknown();
      book.defaults.*spec.field = spec.value;
      book.specs.push_back(std::move(spec));
    }
    for (const Field& f : kFields)
      if (list->find(f.name) == nullptr)
        errors.push_back({std::string("assumptions.") + f.name, "is required: the model uses it"});
  }
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(book);
  return result;
}

Assumptions apply_overrides(const AssumptionBook& book, const Value* overrides, std::vector<FieldError>& errors) {
  Assumptions a = book.defaults;
  if (overrides == nullptr) return a;
  ObjectReader r(*overrides, "assumptions", errors);
  if (!r.valid()) return a;
  for (const AssumptionSpec& spec : book.specs)
    if (auto v = r.number(spec.name, NumberRule{spec.min, spec.max, false})) a.*spec.field = *v;
  r.reject_unknown();
  if (a.autoscale_min > a.autoscale_max)
    errors.push_back({"assumptions.autoscale_min", "must not exceed autoscale_max"});
  return a;
}

std::string stage_setup(const Stage& stage, const AssumptionBook& book, const Assumptions& used) {
  std::string text = stage.setup;
  for (const AssumptionSpec& spec : book.specs) {
    const std::string placeholder = "{assumption." + spec.name + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at))
      text.replace(at, placeholder.size(), detail::format_number(used.*spec.field));
  }
  return text;
}

Value assumptions_to_value(const AssumptionBook& book, const Assumptions& used) {
  Value out = Value::array();
  for (const AssumptionSpec& spec : book.specs) {
    Value item = Value::object();
    item.set("name", Value::of_string(spec.name));
    item.set("value", Value::of_number(used.*spec.field));
    item.set("default", Value::of_number(spec.value));
    item.set("unit", Value::of_string(spec.unit));
    item.set("label", Value::of_string(spec.label));
    out.push(std::move(item));
  }
  return out;
}

}  // namespace rightsize
