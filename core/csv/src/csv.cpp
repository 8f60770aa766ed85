#include "rightsize/csv.hpp"

#include <array>
#include <cmath>
#include <nlohmann/detail/conversions/to_chars.hpp>
#include <string>
#include <vector>

namespace rightsize {

namespace detail {

// Out of line: csv_units() calls it too, and inlining it twice costs the module 500 bytes.
[[gnu::noinline]] std::string csv_number(double n) {
  if (!std::isfinite(n)) return "null";  // as nlohmann_json prints them
  if (std::floor(n) == n && std::fabs(n) < 9.0e15) return std::to_string(static_cast<long long>(n));
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), n);
  return std::string(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

std::string csv_units(const Value* cents) {
  if (cents == nullptr || cents->kind != Value::Kind::number || !std::isfinite(cents->number)) return "";
  const double whole = std::round(cents->number);
  const double size = std::fabs(whole);
  // Past 2^64 cents (10^17 units and more: only an absurd exchange rate gets there) the
  // amount reads as the JSON prints a number, in units.
  if (size >= 18446744073709551616.0) return csv_number(whole / 100);
  // Every digit of the whole number of cents, then the point before the last two.
  std::string digits = std::to_string(static_cast<unsigned long long>(size));
  if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
  digits.insert(digits.size() - 2, ".");
  return whole < 0 ? "-" + digits : digits;
}

}  // namespace detail

namespace {

const char* const kRoles[] = {"app", "database", "cache", "load_balancer", "storage", "transfer"};

std::string number(const Value* v) {
  if (v == nullptr || v->kind != Value::Kind::number) return "";
  return detail::csv_number(v->number);
}

}  // namespace

std::string timeline_csv(const Value& result) {
  // Every amount in one currency, named in each row: the display currency's when the
  // document has one (each component converted on its own, as the page shows it), the
  // catalogue's otherwise.
  const Value* currency = result.find("currency");
  const std::string code =
      currency != nullptr ? currency->find("code")->text : result.find("provider")->find("currency")->text;
  const std::string cents = currency != nullptr ? "cost_display_cents" : "cost_cents";
  const std::string cumulative = currency != nullptr ? "cumulative_display_cents" : "cumulative_cents";
  std::string out = "month,users,stage,currency,cost,cumulative";
  for (const char* role : kRoles) out += std::string(",") + role;
  out += ",estimated_components\n";
  for (const Value& m : result.find("months")->items) {
    out += number(m.find("month")) + "," + number(m.find("users")) + "," + number(m.find("stage")) + "," + code + "," +
           detail::csv_units(m.find(cents)) + "," + detail::csv_units(m.find(cumulative));
    for (const char* role : kRoles) {
      std::string amount = "0.00";
      for (const Value& part : m.find("components")->items)
        if (part.find("role")->text == role) amount = detail::csv_units(part.find(cents));
      out += "," + amount;
    }
    // The components priced by an estimate, e.g. "database;load_balancer"; empty when none.
    std::string estimated;
    for (const Value& role : m.find("estimated_components")->items)
      estimated += (estimated.empty() ? "" : ";") + role.text;
    out += "," + estimated + "\n";
  }
  return out;
}

std::string compare_csv(const Value& result) {
  // As the timeline's table: every amount in currency units, in one currency named in each
  // row, the display currency's when the document has one, the catalogues' otherwise.
  std::vector<std::string> names;
  for (const Value& p : result.find("providers")->items) names.push_back(p.find("name")->text);
  const Value* currency = result.find("currency");
  const Value& providers = *result.find("providers");
  const std::string code = currency != nullptr       ? currency->find("code")->text
                           : providers.items.empty() ? std::string("USD")
                                                     : providers.items.front().find("currency")->text;
  const std::string cost = currency != nullptr ? "cost_display_cents" : "cost_cents";
  const std::string cumulative = currency != nullptr ? "cumulative_display_cents" : "cumulative_cents";
  std::string out = "month,users,currency";
  for (const std::string& n : names) out += "," + n + "_stage," + n + "_cost," + n + "_cumulative";
  out += ",cheapest\n";
  for (const Value& m : result.find("months")->items) {
    out += number(m.find("month")) + "," + number(m.find("users")) + "," + code;
    const Value& costs = *m.find("costs");
    for (const std::string& n : names) {
      const Value& c = *costs.find(n);
      out += "," + number(c.find("stage")) + "," + detail::csv_units(c.find(cost)) + "," +
             detail::csv_units(c.find(cumulative));
    }
    out += "," + m.find("cheapest")->text + "\n";
  }
  return out;
}

}  // namespace rightsize
