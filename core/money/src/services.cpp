#include "rightsize/services.hpp"

#include <cmath>

#include "object_reader.hpp"
#include "provenance.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;
using detail::read_confidence;
using detail::read_provenance;

namespace {

constexpr NumberRule kPrice{0, 1e6, false};
constexpr NumberRule kQuantity{0, 1e12, false};

Micros to_micros(double amount) { return static_cast<Micros>(std::llround(amount * 1e6)); }

// One priced part of the file ("compute", "commands", "storage", "transfer"): its numbers,
// then where they come from.
template <class Read>
void read_part(ObjectReader& top, const char* key, std::string& oldest, std::vector<FieldError>& errors, Read read) {
  const Value* part = top.object(key, true);
  if (part == nullptr) return;
  ObjectReader r(*part, key, errors);
  if (!r.valid()) return;
  read(r);
  read_confidence(r);
  read_provenance(r, oldest);
  r.reject_unknown();
}

}  // namespace

Result<ManagedService> read_managed_service(const std::string& name, const Value& doc) {
  Result<ManagedService> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  ManagedService s;
  s.name = name;
  r.string("about");
  s.label = r.string("label", true).value_or("");
  s.plan = r.string("plan", true).value_or("");
  s.replaces = r.string("replaces", true).value_or("");
  s.currency = r.string("currency", true).value_or("");
  s.bills = r.string("bills", true).value_or("");
  s.stage_4 = r.string("stage_4", true).value_or("");
  const std::string billing = r.string("billing", true).value_or("");
  if (s.replaces != "database" && s.replaces != "cache")
    r.fail("replaces", "must be \"database\" or \"cache\" (got \"" + s.replaces + "\")");
  if (billing == "compute_hours") {
    s.billing = ServiceBilling::compute_hours;
    read_part(r, "compute", s.read_on, errors, [&](ObjectReader& p) {
      s.per_unit_hour = to_micros(p.number("per_unit_hour", kPrice, true).value_or(0));
      s.unit_vcpu = p.number("unit_vcpu", NumberRule{0.01, 1024, false}, true).value_or(1);
      s.unit_memory_gb = p.number("unit_memory_gb", NumberRule{0.01, 1e5, false}, true).value_or(1);
      s.min_units = p.number("min_units", NumberRule{0, 1e4, false}, true).value_or(0);
      s.max_units = p.number("max_units", NumberRule{0.01, 1e4, false}, true).value_or(1);
      if (s.min_units > s.max_units) p.fail("min_units", "must not be more than max_units");
    });
  } else if (billing == "commands") {
    s.billing = ServiceBilling::commands;
    read_part(r, "commands", s.read_on, errors, [&](ObjectReader& p) {
      s.per_100k_commands = to_micros(p.number("per_100k", kPrice, true).value_or(0));
    });
  } else {
    r.fail("billing", "must be \"compute_hours\" or \"commands\" (got \"" + billing + "\")");
  }
  read_part(r, "storage", s.read_on, errors, [&](ObjectReader& p) {
    s.storage_gb_month = to_micros(p.number("gb_month", kPrice, true).value_or(0));
    s.storage_free_gb = p.number("free_gb", kQuantity).value_or(0);
  });
  read_part(r, "transfer", s.read_on, errors, [&](ObjectReader& p) {
    s.transfer_per_gb = to_micros(p.number("per_gb", kPrice, true).value_or(0));
    s.transfer_free_gb = p.number("free_gb", kQuantity).value_or(0);
  });
  // How much comes back per call is the model's estimate, not a price: it gives its basis
  // and the date it was made instead of a source.
  if (const Value* usage = r.object("usage", true)) {
    ObjectReader u(*usage, "usage", errors);
    if (u.valid()) {
      s.kb_per_call = u.number("kb_per_call", NumberRule{0, 1e6, false}, true).value_or(0);
      if (read_confidence(u) != Confidence::estimate) u.fail("confidence", "an assumption of use is an estimate");
      if (auto date = u.string("read_on", true); date && !detail::is_date(*date))
        u.fail("read_on", "must be a date written YYYY-MM-DD (got \"" + *date + "\")");
      u.reject_unknown();
    }
  }
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(s);
  return result;
}

Value service_to_value(const ManagedService& s) {
  Value out = Value::object();
  out.set("name", Value::of_string(s.name));
  out.set("label", Value::of_string(s.label));
  out.set("plan", Value::of_string(s.plan));
  out.set("replaces", Value::of_string(s.replaces));
  out.set("bills", Value::of_string(s.bills));
  out.set("stage_4", Value::of_string(s.stage_4));
  out.set("prices_read_on", Value::of_string(s.read_on));
  return out;
}

}  // namespace rightsize
