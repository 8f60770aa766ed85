// Where a figure comes from: every priced entry and every exchange rate carries a source
// and the date it was read, and says how sure it is (an estimate always with its basis).
#pragma once

#include <string>

#include "object_reader.hpp"
#include "rightsize/pricing.hpp"

namespace rightsize::detail {

bool is_date(const std::string& s);

// "source", optional "sources", and "read_on" (YYYY-MM-DD); keeps the earliest date seen in `oldest`.
void read_provenance(ObjectReader& r, std::string& oldest);

// "confidence" (primary when absent) and, for an estimate, its required "basis".
Confidence read_confidence(ObjectReader& r);

}  // namespace rightsize::detail
