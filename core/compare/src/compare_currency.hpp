// A comparison totals every catalogue in one currency: the first catalogue's. A catalogue
// priced in another (Hetzner's euros) keeps its own prices; its timeline is computed in
// them and then converted at the default rates of content/currencies.json, and the
// comparison says which rate it used.
#pragma once

#include <optional>
#include <string>

#include "rightsize/currency.hpp"
#include "rightsize/value.hpp"

namespace rightsize::detail {

struct Conversion {
  std::string from, to;
  double factor = 1;                        // units of `to` for one unit of `from`
  const CurrencyRate* rate_from = nullptr;  // the book's rates, for their dates and sources
  const CurrencyRate* rate_to = nullptr;
};

// How to turn amounts in `from` into `to` through the dollar, or nothing when either has no
// rate in the book.
std::optional<Conversion> conversion_between(const CurrencyBook* book, const std::string& from, const std::string& to);

// Every number named *_cents in a timeline_to_value result, at any depth, converted (half
// away from zero); each month's cumulative_cents is then the sum of the converted months, so
// the columns a reader adds up still add up.
void convert_timeline(Value& timeline, double factor);

// {"provider", "from", "to", "per_unit", "rate_date", "rate_source"}: what the reader sees.
Value conversion_note(const std::string& provider, const Conversion& c);

}  // namespace rightsize::detail
