#include "csv_output.hpp"

#include <vector>

#include "rightsize/json.hpp"

namespace rightsize::cli {

namespace {

const char* const kRoles[] = {"app", "database", "cache", "load_balancer", "storage", "transfer"};

std::string number(const Value* v) { return v == nullptr || v->is_null() ? "" : to_json(*v).dump(); }

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

}  // namespace rightsize::cli
