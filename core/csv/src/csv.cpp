#include "rightsize/csv.hpp"

#include <array>
#include <cmath>
#include <nlohmann/detail/conversions/to_chars.hpp>
#include <string>
#include <vector>

namespace rightsize {

namespace detail {

std::string csv_number(double n) {
  if (!std::isfinite(n)) return "null";  // as nlohmann_json prints them
  if (std::floor(n) == n && std::fabs(n) < 9.0e15) return std::to_string(static_cast<long long>(n));
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), n);
  return std::string(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
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
  // With a display currency, its amounts follow the catalogue's (cents of each).
  const bool display = result.find("currency") != nullptr;
  std::string out = "month,users,stage,cost_cents,cumulative_cents";
  if (display) out += ",cost_display_cents,cumulative_display_cents";
  for (const char* role : kRoles) out += std::string(",") + role + "_cents";
  out += ",estimated_components\n";
  for (const Value& m : result.find("months")->items) {
    out += number(m.find("month")) + "," + number(m.find("users")) + "," + number(m.find("stage")) + "," +
           number(m.find("cost_cents")) + "," + number(m.find("cumulative_cents"));
    if (display) out += "," + number(m.find("cost_display_cents")) + "," + number(m.find("cumulative_display_cents"));
    for (const char* role : kRoles) {
      std::string cents = "0";
      for (const Value& part : m.find("components")->items)
        if (part.find("role")->text == role) cents = number(part.find("cost_cents"));
      out += "," + cents;
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
  std::vector<std::string> names;
  for (const Value& p : result.find("providers")->items) names.push_back(p.find("name")->text);
  const bool display = result.find("currency") != nullptr;
  std::string out = "month,users";
  for (const std::string& n : names) {
    out += "," + n + "_stage," + n + "_cost_cents," + n + "_cumulative_cents";
    if (display) out += "," + n + "_cost_display_cents";
  }
  out += ",cheapest\n";
  for (const Value& m : result.find("months")->items) {
    out += number(m.find("month")) + "," + number(m.find("users"));
    const Value& costs = *m.find("costs");
    for (const std::string& n : names) {
      const Value& c = *costs.find(n);
      out +=
          "," + number(c.find("stage")) + "," + number(c.find("cost_cents")) + "," + number(c.find("cumulative_cents"));
      if (display) out += "," + number(c.find("cost_display_cents"));
    }
    out += "," + m.find("cheapest")->text + "\n";
  }
  return out;
}

}  // namespace rightsize
