// Amounts shown in a second currency. The model computes in the catalogue's currency
// (integer cents); a timeline input's "currency" ({"code": "NGN", "per_usd": 1550}) only
// adds converted amounts beside them. content/currencies.json gives a default rate to the
// US dollar for each currency it knows, with its source and the day it is for, and for some
// how the rate has moved (a yearly drift and spread), which the uncertainty band draws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rightsize/pricing.hpp"
#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

// How an exchange rate may move over the coming months: the median path's rate changes by
// drift_pct_per_year a year (positive: the currency buys less, more units per dollar), and a
// year's change has a standard deviation of spread_pct percent on a log scale.
struct RateMovement {
  double drift_pct_per_year = 0;
  double spread_pct = 0;
  bool any() const { return drift_pct_per_year != 0 || spread_pct != 0; }
};

struct CurrencyRate {
  std::string code, name;
  double per_usd = 0;     // units of the currency one US dollar buys
  std::string rate_date;  // the day the rate is for
  std::string source;
  std::string source_name;  // the source in a few words, for the line beside the amounts
  Confidence confidence = Confidence::primary;
  RateMovement movement;        // none (0 and 0) unless the book gives one
  std::string movement_source;  // where the movement's figures come from, when it does
};

struct CurrencyBook {
  std::vector<CurrencyRate> rates;
  int stale_after_days = 0;  // a page warns beside a rate older than this; 0: never
  const CurrencyRate* find(const std::string& code) const;
};

// Reads and checks content/currencies.json: each rate with its source, dates and confidence.
Result<CurrencyBook> read_currency_book(const Value& doc);

// The book as the model uses it, for the golden files: code, rate, its date and confidence.
Value currency_sheet(const CurrencyBook& book);

struct DisplayCurrency {
  std::string code;
  double per_usd = 0;
  bool rate_from_input = false;         // the reader's own rate rather than the book's
  const CurrencyRate* known = nullptr;  // the book's entry for the code, if any
  int stale_after_days = 0;             // the book's, carried to the document
  std::string catalogue_currency;
  double per_catalogue_unit = 0;  // display units for one unit of the catalogue's currency
  RateMovement movement;          // the band draws a rate path per growth path from it
  bool movement_from_input = false;
};

// Reads an input's "currency" object ({"code", "per_usd", "drift_pct_per_year",
// "spread_pct"}); per_usd and the movement fall back to the book's.
// `catalogue_currency` must be USD or in the book, so amounts can be converted through the dollar.
std::optional<DisplayCurrency> read_display_currency(const Value* v, const CurrencyBook* book,
                                                     const std::string& catalogue_currency,
                                                     std::vector<FieldError>& errors);

// Adds "<name>_display_cents" beside every "<name>_cents" number in `result` (at any depth),
// in the display currency's cents, and a "currency" object saying which rate was used.
void add_display_amounts(Value& result, const DisplayCurrency& d);

}  // namespace rightsize
