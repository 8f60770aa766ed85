#include "rightsize/currency.hpp"

#include <cmath>

#include "format.hpp"
#include "object_reader.hpp"
#include "provenance.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

constexpr NumberRule kRate{0.000001, 1e9, false};
constexpr NumberRule kDrift{-90, 1000,
                            false};  // percent a year: from a currency that gains ninefold to one that loses it
constexpr NumberRule kSpread{0, 200, false};  // percent, one year's standard deviation on a log scale
constexpr const char* kBook = "content/currencies.json";

bool is_code(const std::string& s) {
  if (s.size() != 3) return false;
  for (char ch : s)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Display cents for `cents` of the catalogue's currency, half away from zero.
Value convert(double cents, double factor) { return Value::of_number(std::round(cents * factor)); }

void add_amounts(Value& v, double factor) {
  if (v.kind == Value::Kind::array) {
    for (Value& item : v.items) add_amounts(item, factor);
    return;
  }
  if (v.kind != Value::Kind::object) return;
  std::vector<Member> members;
  members.reserve(v.members.size());
  for (Member& m : v.members) {
    add_amounts(m.value, factor);
    const bool amount = ends_with(m.key, "_cents") && m.value.kind == Value::Kind::number;
    const std::string display = amount ? m.key.substr(0, m.key.size() - 6) + "_display_cents" : "";
    const double cents = m.value.number;
    members.push_back(std::move(m));
    if (amount) members.push_back({display, convert(cents, factor)});
  }
  v.members = std::move(members);
}

}  // namespace

const CurrencyRate* CurrencyBook::find(const std::string& code) const {
  for (const CurrencyRate& r : rates)
    if (r.code == code) return &r;
  return nullptr;
}

Result<CurrencyBook> read_currency_book(const Value& doc) {
  Result<CurrencyBook> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  r.string("about");
  const std::string base = r.string("base", true).value_or("");
  if (!base.empty() && base != "USD") r.fail("base", "rates are to the US dollar: \"USD\" (got \"" + base + "\")");
  CurrencyBook book;
  book.stale_after_days = static_cast<int>(r.number("stale_after_days", NumberRule{1, 3650, true}).value_or(0));
  std::string oldest;
  if (const Value* list = r.array("currencies", true)) {
    for (size_t i = 0; i < list->items.size(); ++i) {
      ObjectReader cr(list->items[i], "currencies[" + std::to_string(i) + "]", errors);
      if (!cr.valid()) continue;
      CurrencyRate rate;
      rate.code = cr.string("code", true).value_or("");
      if (!rate.code.empty() && !is_code(rate.code))
        cr.fail("code", "an ISO 4217 code: three capital letters (got \"" + rate.code + "\")");
      else if (book.find(rate.code) != nullptr || rate.code == "USD")
        cr.fail("code", "\"" + rate.code + "\" is listed twice (or is the base)");
      rate.name = cr.string("name", true).value_or("");
      rate.per_usd = cr.number("per_usd", kRate, true).value_or(0);
      rate.rate_date = cr.string("rate_date", true).value_or("");
      if (!rate.rate_date.empty() && !detail::is_date(rate.rate_date))
        cr.fail("rate_date", "must be a date written YYYY-MM-DD (got \"" + rate.rate_date + "\")");
      rate.confidence = detail::read_confidence(cr);
      rate.source_name = cr.string("source_name").value_or("");
      detail::read_provenance(cr, oldest);  // checks "source"; its text is kept to show beside the rate
      if (const Value* source = list->items[i].find("source"); source != nullptr && source->kind == Value::Kind::string)
        rate.source = source->text;
      if (const Value* movement = cr.object("movement")) {
        ObjectReader mr(*movement, cr.path_of("movement"), errors);
        rate.movement.drift_pct_per_year = mr.number("drift_pct_per_year", kDrift, true).value_or(0);
        rate.movement.spread_pct = mr.number("spread_pct", kSpread, true).value_or(0);
        detail::read_confidence(mr);
        detail::read_provenance(mr, oldest);
        if (const Value* source = movement->find("source"); source != nullptr && source->kind == Value::Kind::string)
          rate.movement_source = source->text;
        mr.reject_unknown();
      }
      cr.reject_unknown();
      book.rates.push_back(std::move(rate));
    }
  }
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(book);
  return result;
}

Value currency_sheet(const CurrencyBook& book) {
  Value out = Value::array();
  for (const CurrencyRate& r : book.rates) {
    Value v = Value::object();
    v.set("code", Value::of_string(r.code));
    v.set("name", Value::of_string(r.name));
    v.set("per_usd", Value::of_number(r.per_usd));
    v.set("rate_date", Value::of_string(r.rate_date));
    v.set("confidence", Value::of_string(confidence_name(r.confidence)));
    if (r.movement.any()) {
      v.set("drift_pct_per_year", Value::of_number(r.movement.drift_pct_per_year));
      v.set("spread_pct", Value::of_number(r.movement.spread_pct));
    }
    out.push(std::move(v));
  }
  return out;
}

std::optional<DisplayCurrency> read_display_currency(const Value* v, const CurrencyBook* book,
                                                     const std::string& catalogue_currency,
                                                     std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  const size_t before = errors.size();
  ObjectReader r(*v, "currency", errors);
  if (!r.valid()) return std::nullopt;
  DisplayCurrency d;
  d.code = r.string("code", true).value_or("");
  const std::optional<double> given = r.number("per_usd", kRate);
  const std::optional<double> drift = r.number("drift_pct_per_year", kDrift);
  const std::optional<double> spread = r.number("spread_pct", kSpread);
  r.reject_unknown();
  if (!d.code.empty() && !is_code(d.code))
    r.fail("code", "an ISO 4217 code: three capital letters, e.g. \"NGN\" (got " + detail::quoted(d.code) + ")");
  if (errors.size() != before) return std::nullopt;
  d.known = book != nullptr ? book->find(d.code) : nullptr;
  d.stale_after_days = book != nullptr ? book->stale_after_days : 0;
  if (given) {
    d.per_usd = *given;
    d.rate_from_input = true;
  } else if (d.code == "USD") {
    d.per_usd = 1;
  } else if (d.known != nullptr) {
    d.per_usd = d.known->per_usd;
  } else {
    r.fail("per_usd", "no default rate for " + d.code + " in " + kBook + ": give per_usd, how many " + d.code +
                          " one US dollar buys");
    return std::nullopt;
  }
  // The reader's own movement, each half falling back to the book's.
  if (d.known != nullptr) d.movement = d.known->movement;
  d.movement_from_input = drift || spread;
  if (drift) d.movement.drift_pct_per_year = *drift;
  if (spread) d.movement.spread_pct = *spread;
  // Amounts convert through the dollar: the catalogue's own currency needs a rate too.
  d.catalogue_currency = catalogue_currency;
  const CurrencyRate* own = book != nullptr ? book->find(catalogue_currency) : nullptr;
  if (catalogue_currency == d.code) {
    d.per_catalogue_unit = 1;
  } else if (catalogue_currency == "USD") {
    d.per_catalogue_unit = d.per_usd;
  } else if (own != nullptr) {
    d.per_catalogue_unit = d.per_usd / own->per_usd;
  } else {
    errors.push_back(
        {"currency", "prices are in " + catalogue_currency + ", which has no rate to the US dollar in " + kBook});
    return std::nullopt;
  }
  return d;
}

void add_display_amounts(Value& result, const DisplayCurrency& d) {
  add_amounts(result, d.per_catalogue_unit);
  Value c = Value::object();
  c.set("code", Value::of_string(d.code));
  c.set("name", d.known != nullptr ? Value::of_string(d.known->name) : Value());
  c.set("per_usd", Value::of_number(d.per_usd));
  c.set("rate_from", Value::of_string(d.rate_from_input ? "input" : kBook));
  // A rate the reader typed has no date; the book's default is shown beside it.
  const bool dated = !d.rate_from_input && d.known != nullptr;
  c.set("rate_date", dated ? Value::of_string(d.known->rate_date) : Value());
  c.set("rate_source", dated ? Value::of_string(d.known->source) : Value());
  c.set("rate_source_name", dated ? Value::of_string(d.known->source_name) : Value());
  c.set("stale_after_days", Value::of_number(d.stale_after_days));
  c.set("default_per_usd", d.known != nullptr ? Value::of_number(d.known->per_usd) : Value());
  c.set("default_rate_date", d.known != nullptr ? Value::of_string(d.known->rate_date) : Value());
  c.set("drift_pct_per_year", Value::of_number(d.movement.drift_pct_per_year));
  c.set("spread_pct", Value::of_number(d.movement.spread_pct));
  const bool book_movement = !d.movement_from_input && d.known != nullptr && d.known->movement.any();
  c.set("movement_from", d.movement_from_input ? Value::of_string("input")
                         : book_movement       ? Value::of_string(kBook)
                                               : Value());
  c.set("movement_source", book_movement ? Value::of_string(d.known->movement_source) : Value());
  c.set("catalogue_currency", Value::of_string(d.catalogue_currency));
  c.set("per_catalogue_unit", Value::of_number(d.per_catalogue_unit));
  result.set("currency", std::move(c));
}

}  // namespace rightsize
