#include "compare_currency.hpp"

#include <cmath>

namespace rightsize::detail {

namespace {

bool is_cents(const std::string& key) {
  static const std::string tail = "_cents";
  return key.size() > tail.size() && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
}

void convert_cents(Value& v, double factor) {
  if (v.kind == Value::Kind::array) {
    for (Value& item : v.items) convert_cents(item, factor);
  } else if (v.kind == Value::Kind::object) {
    for (Member& m : v.members) {
      if (is_cents(m.key) && m.value.kind == Value::Kind::number)
        m.value = Value::of_number(std::round(m.value.number * factor));
      else
        convert_cents(m.value, factor);
    }
  }
}

Value* member(Value& v, const std::string& key) {
  for (Member& m : v.members)
    if (m.key == key) return &m.value;
  return nullptr;
}

// The rate's date and source; the dollar itself has none.
Value rate_field(const CurrencyRate* r, std::string CurrencyRate::*field) {
  return r != nullptr ? Value::of_string(r->*field) : Value();
}

}  // namespace

std::optional<Conversion> conversion_between(const CurrencyBook* book, const std::string& from, const std::string& to) {
  Conversion c{from, to};
  if (from == to) return c;
  c.rate_from = from == "USD" || book == nullptr ? nullptr : book->find(from);
  c.rate_to = to == "USD" || book == nullptr ? nullptr : book->find(to);
  if ((from != "USD" && c.rate_from == nullptr) || (to != "USD" && c.rate_to == nullptr)) return std::nullopt;
  const double from_per_usd = c.rate_from != nullptr ? c.rate_from->per_usd : 1;
  const double to_per_usd = c.rate_to != nullptr ? c.rate_to->per_usd : 1;
  c.factor = to_per_usd / from_per_usd;
  return c;
}

void convert_timeline(Value& timeline, double factor) {
  convert_cents(timeline, factor);
  Value* months = member(timeline, "months");
  if (months == nullptr) return;
  double sum = 0;
  for (Value& m : months->items) {
    Value* cost = member(m, "cost_cents");
    Value* cumulative = member(m, "cumulative_cents");
    if (cost == nullptr || cumulative == nullptr) continue;
    sum += cost->number;
    *cumulative = Value::of_number(sum);
  }
}

Value conversion_note(const std::string& provider, const Conversion& c) {
  Value out = Value::object();
  out.set("provider", Value::of_string(provider));
  out.set("from", Value::of_string(c.from));
  out.set("to", Value::of_string(c.to));
  out.set("per_unit", Value::of_number(c.factor));
  // The rate that is not the dollar's carries the date and the source.
  const CurrencyRate* dated = c.rate_from != nullptr ? c.rate_from : c.rate_to;
  out.set("rate_date", rate_field(dated, &CurrencyRate::rate_date));
  out.set("rate_source", rate_field(dated, &CurrencyRate::source));
  out.set("rate_from", Value::of_string("content/currencies.json"));
  return out;
}

}  // namespace rightsize::detail
