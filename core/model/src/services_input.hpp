// Reads a timeline input's "services": {"database": "neon", "cache": "upstash"}, either key
// optional, against the managed services the model was given (content/services/).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare_currency.hpp"
#include "rightsize/timeline.hpp"

namespace rightsize::detail {

// A service whose prices are in another currency than the catalogue's (Neon's dollars
// beside Hetzner's euros), re-priced in the catalogue's at the rate of content/currencies.json,
// the one a comparison converts at, so that one bill adds up in one currency.
struct ServiceInCurrency {
  ManagedService service;  // the same service, its prices and currency the catalogue's
  Conversion conversion;   // from the service's currency to the catalogue's
};

struct ServicesInCurrency {
  std::optional<ServiceInCurrency> database, cache;
};

// `currency`: the catalogue's. A service in another is re-priced into `converted` (and the
// chosen pointer points there); one whose currency the book has no rate for is refused.
ChosenServices read_services(const Value* services, const std::vector<ManagedService>* known,
                             const std::string& currency, const CurrencyBook* book,
                             std::shared_ptr<const ServicesInCurrency>& converted, std::vector<FieldError>& errors);

// The conversion a chosen service was re-priced with, or null when it bills in the catalogue's currency.
const Conversion* service_conversion(const TimelineInput& in, const ManagedService& s);

// A "services.*" error that concerns the catalogue it was read with (its currency, which no
// rate converts), not the input: a comparison skips that provider instead of failing.
bool about_the_catalogue_currency(const FieldError& e);

}  // namespace rightsize::detail
