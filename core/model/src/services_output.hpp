// The managed services of a timeline as its output says them: a substitution note per
// service (what it replaces, how it bills, what happens at stages 1 and 4) and each month's
// use in the units it bills.
#pragma once

#include <string>

#include "compare_currency.hpp"
#include "rightsize/bill.hpp"
#include "rightsize/value.hpp"

namespace rightsize::detail {

// "Neon (serverless PostgreSQL), Launch plan, in place of the catalogue's database ...";
// `converted`: the rate its prices were re-priced at into the catalogue's currency, if they were.
std::string service_note(const ManagedService& s, const Conversion* converted);

// "Its prices are in USD, converted to EUR at 0.8573 EUR per USD (content/currencies.json, ...)".
std::string conversion_sentence(const Conversion& c);

// {compute_unit_hours, peak_compute_units, storage_gb, transfer_gb} or {commands, storage_gb, transfer_gb}.
Value service_use_value(const ManagedService& s, const ServiceUse& use);

}  // namespace rightsize::detail
