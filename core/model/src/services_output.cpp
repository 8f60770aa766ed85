#include "services_output.hpp"

#include <cmath>

namespace rightsize::detail {

namespace {

Value num(double v) { return Value::of_number(v); }
double round1(double v) { return std::round(v * 10) / 10; }
double round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

Value service_rate(const ManagedService& s, const std::string& to, double per_unit, const Model& model) {
  Value out = Value::object();
  out.set("from", Value::of_string(s.currency));
  out.set("to", Value::of_string(to));
  out.set("per_unit", num(per_unit));
  // The rate that is not the dollar's carries the date and the source.
  const CurrencyRate* dated = model.currencies->find(s.currency == "USD" ? to : s.currency);
  out.set("rate_date", Value::of_string(dated->rate_date));
  out.set("rate_source", Value::of_string(dated->source));
  out.set("rate_from", Value::of_string("content/currencies.json"));
  return out;
}

std::string service_note(const ManagedService& s) {
  const bool database = s.replaces == "database";
  const std::string from = database ? "from stage 2, when the database leaves the box (at stage 1 it runs on the "
                                      "server, as before)"
                                    : "from stage 3, when the cache arrives";
  return s.label + ", " + s.plan + " plan, in place of the catalogue's " + s.replaces + " " + from + ": it bills " +
         s.bills + ". " + s.stage_4 + " The moves and their months stay the load model's; only the bill changes.";
}

Value service_use_value(const ManagedService& s, const ServiceUse& use) {
  Value out = Value::object();
  if (s.billing == ServiceBilling::compute_hours) {
    out.set("compute_unit_hours", num(round1(use.units)));
    out.set("peak_compute_units", num(round2(use.peak_units)));
  } else {
    out.set("commands", num(std::round(use.units)));
  }
  out.set("storage_gb", num(round1(use.storage_gb)));
  out.set("transfer_gb", num(round1(use.transfer_gb)));
  return out;
}

}  // namespace rightsize::detail
