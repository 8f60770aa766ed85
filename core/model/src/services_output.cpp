#include "services_output.hpp"

#include <cmath>

#include "format.hpp"

namespace rightsize::detail {

namespace {

Value num(double v) { return Value::of_number(v); }
double round1(double v) { return std::round(v * 10) / 10; }
double round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

std::string conversion_sentence(const Conversion& c) {
  const CurrencyRate* dated = c.rate_from != nullptr ? c.rate_from : c.rate_to;
  return "Its prices are in " + c.from + ", converted to " + c.to + " at " + format_number(c.factor) + " " + c.to +
         " per " + c.from + " (content/currencies.json" +
         (dated != nullptr ? ", " + dated->source_name + ", " + dated->rate_date : std::string()) +
         "), the rate a comparison converts at.";
}

std::string service_note(const ManagedService& s, const Conversion* converted) {
  const bool database = s.replaces == "database";
  const std::string from = database ? "from stage 2, when the database leaves the box (at stage 1 it runs on the "
                                      "server, as before)"
                                    : "from stage 3, when the cache arrives";
  return s.label + ", " + s.plan + " plan, in place of the catalogue's " + s.replaces + " " + from + ": it bills " +
         s.bills + ". " + s.stage_4 + " The moves and their months stay the load model's; only the bill changes." +
         (converted == nullptr ? "" : " " + conversion_sentence(*converted));
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
