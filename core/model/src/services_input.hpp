// Reads a timeline input's "services": {"database": "neon", "cache": "upstash"}, either key
// optional, against the managed services the model was given (content/services/).
#pragma once

#include <string>
#include <vector>

#include "rightsize/timeline.hpp"

namespace rightsize::detail {

// `currency`: the catalogue's. A service that bills in another is billed at the book's rate
// between the two (the one a comparison converts at); without one it is refused.
ChosenServices read_services(const Value* services, const std::vector<ManagedService>* known,
                             const std::string& currency, const CurrencyBook* book, std::vector<FieldError>& errors);

// A "services.*" error that concerns the catalogue it was read with (a currency no rate
// converts), not the input: a comparison skips that provider instead of failing.
bool about_the_catalogue_currency(const FieldError& e);

}  // namespace rightsize::detail
