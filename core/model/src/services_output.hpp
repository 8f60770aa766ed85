// The managed services of a timeline as its output says them: a substitution note per
// service (what it replaces, how it bills, what happens at stages 1 and 4) and each month's
// use in the units it bills.
#pragma once

#include <string>

#include "rightsize/bill.hpp"
#include "rightsize/timeline.hpp"
#include "rightsize/value.hpp"

namespace rightsize::detail {

// "Neon (serverless PostgreSQL), Launch plan, in place of the catalogue's database ...".
std::string service_note(const ManagedService& s);

// How a service's prices became the catalogue's currency, as a comparison says it:
// {"from", "to", "per_unit", "rate_date", "rate_source", "rate_from"}.
Value service_rate(const ManagedService& s, const std::string& to, double per_unit, const Model& model);

// {compute_unit_hours, peak_compute_units, storage_gb, transfer_gb} or {commands, storage_gb, transfer_gb}.
Value service_use_value(const ManagedService& s, const ServiceUse& use);

}  // namespace rightsize::detail
