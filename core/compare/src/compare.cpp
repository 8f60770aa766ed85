// Every catalogue that can price the input, run through the same timeline and laid side by
// side. A catalogue that cannot (a price it lacks, a cache engine it does not offer, another
// currency without a rate) is listed as skipped with the reason; an error in the input itself
// is returned as it would be for one timeline. A catalogue in another currency is converted
// to the first one's (compare_currency.hpp).
#include "rightsize/compare.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "compare_currency.hpp"
#include "format.hpp"
#include "object_reader.hpp"
#include "services_input.hpp"

namespace rightsize {

namespace {

Value num(double v) { return Value::of_number(v); }
Value str(std::string s) { return Value::of_string(std::move(s)); }

struct Priced {
  std::string name;
  Value timeline;  // timeline_to_value's result
  Value machines;  // machines_used()
};

// Each machine the timeline runs, once, in the order it first appears, with its vCPUs and
// memory from the catalogue: a reader sees why one provider fills a stage sooner than another.
Value machines_used(const Value& timeline, const Catalogue& c) {
  Value out = Value::array();
  std::vector<std::string> seen;
  for (const Value& m : timeline.find("months")->items)
    for (const Value& part : m.find("components")->items) {
      const std::string& role = part.find("role")->text;
      const std::vector<PricedInstance>* sizes = role == "app"        ? &c.app
                                                 : role == "database" ? &c.database
                                                 : role == "cache"    ? &c.cache
                                                                      : nullptr;
      if (sizes == nullptr) continue;
      const std::string& type = part.find("type")->text;
      if (std::find(seen.begin(), seen.end(), role + " " + type) != seen.end()) continue;
      seen.push_back(role + " " + type);
      for (const PricedInstance& size : *sizes)
        if (size.type == type) {
          Value machine = Value::object();
          machine.set("role", str(role));
          machine.set("type", str(type));
          machine.set("vcpu", num(size.vcpu));
          machine.set("memory_gib", num(size.memory_gib));
          out.push(std::move(machine));
        }
    }
  return out;
}

// The input as one provider's timeline input. Its members are copied without a search (each
// name comes once), so a large input costs linear time.
Value input_for(const Value& input, const std::string& provider) {
  Value v = Value::object();
  for (const Member& m : input.members)
    if (m.key != "provider" && m.key != "providers" && m.key != "uncertainty")
      v.members.push_back(Member{m.key, m.value});
  v.set("provider", str(provider));
  return v;
}

// The currency a catalogue's prices are in ("" when the name is unknown: its read says so).
std::string catalogue_currency(const Model& model, const std::string& name) {
  for (const NamedCatalogue& n : *model.catalogues)
    if (n.name == name) return n.catalogue.currency;
  return "";
}

// budget_cents is in the comparison's currency; a catalogue in another reads it in its own.
void convert_budget_cents(Value& input, double factor) {
  for (Member& m : input.members)
    if (m.key == "budget_cents" && m.value.kind == Value::Kind::number)
      m.value = Value::of_number(std::round(m.value.number * factor));
}

// Errors that concern one catalogue rather than the input.
bool about_the_catalogue(const FieldError& e) {
  return e.field == "provider" || e.field == "cache_engine" || detail::about_the_catalogue_currency(e);
}

// The catalogue names to compare: "providers" when given, every catalogue otherwise, by
// name: a page's model adds catalogues as readers pick them, and the answer must not
// depend on that order.
std::vector<std::string> chosen(const Model& model, const Value& input, std::vector<FieldError>& errors) {
  std::vector<std::string> known, out;
  for (const NamedCatalogue& n : *model.catalogues) known.push_back(n.name);
  std::sort(known.begin(), known.end());
  detail::ObjectReader r(input, "", errors);
  const Value* list = r.array("providers");
  if (list == nullptr) return known;
  for (size_t i = 0; i < list->items.size(); ++i) {
    const Value& item = list->items[i];
    const std::string field = "providers[" + std::to_string(i) + "]";
    if (item.kind != Value::Kind::string)
      errors.push_back({field, std::string("expected text, got ") + describe(item.kind)});
    else if (std::find(known.begin(), known.end(), item.text) == known.end())
      errors.push_back({field, "unknown provider " + detail::quoted(item.text)});
    else if (std::find(out.begin(), out.end(), item.text) == out.end())
      out.push_back(item.text);
  }
  if (list->items.empty())
    errors.push_back({"providers", "list at least one provider, or leave it out to compare them all"});
  return out;
}

double cents(const Value& month, const char* key) { return month.find(key)->number; }

Value provider_summary(const Priced& p, int cheapest_months) {
  Value out = *p.timeline.find("provider");
  const Value& months = *p.timeline.find("months");
  int estimated = 0;
  for (const Value& m : months.items) estimated += m.find("estimated_components")->items.empty() ? 0 : 1;
  out.set("total_cents", num(months.items.empty() ? 0 : cents(months.items.back(), "cumulative_cents")));
  out.set("cheapest_months", num(cheapest_months));
  out.set("estimated_months", num(estimated));
  out.set("budget_exceeded_month", *p.timeline.find("budget_exceeded_month"));
  out.set("machines", p.machines);
  // With a commitment: the total with it (total_cents) and without (its on_demand_cents).
  if (const Value* commitment = p.timeline.find("commitment")) out.set("commitment", *commitment);
  Value& moves = out.set("stage_moves", Value::array());
  for (const Value& e : p.timeline.find("events")->items) {
    if (e.find("type")->text != "stage") continue;
    Value move = Value::object();
    for (const char* key : {"month", "from_stage", "to_stage", "trigger", "text", "monthly_before_cents",
                            "monthly_cents", "monthly_change_cents"})
      if (const Value* v = e.find(key)) move.set(key, *v);
    moves.push(std::move(move));
  }
  return out;
}

Value compare_result(const std::vector<Priced>& priced, const Value& skipped, const Value& budget) {
  const size_t months = priced.front().timeline.find("months")->items.size();
  std::vector<int> cheapest_count(priced.size(), 0);
  Value month_list = Value::array();
  Value periods = Value::array();
  for (size_t i = 0; i < months; ++i) {
    const Value& first = priced.front().timeline.find("months")->items[i];
    Value month = Value::object();
    month.set("month", *first.find("month"));
    month.set("users", *first.find("users"));
    Value& costs = month.set("costs", Value::object());
    size_t best = 0;
    for (size_t p = 0; p < priced.size(); ++p) {
      const Value& m = priced[p].timeline.find("months")->items[i];
      Value c = Value::object();
      for (const char* key : {"stage", "cost_cents", "cumulative_cents", "estimated_components"})
        c.set(key, *m.find(key));
      if (const Value* commitment = m.find("commitment")) c.set("commitment", *commitment);
      costs.set(priced[p].name, std::move(c));
      // Ties go to the provider listed first.
      if (cents(m, "cost_cents") < cents(priced[best].timeline.find("months")->items[i], "cost_cents")) best = p;
    }
    ++cheapest_count[best];
    month.set("cheapest", str(priced[best].name));
    const double number = first.find("month")->number;
    if (!periods.items.empty() && periods.items.back().find("provider")->text == priced[best].name) {
      periods.items.back().set("to_month", num(number));
    } else {
      Value period = Value::object();
      period.set("provider", str(priced[best].name));
      period.set("from_month", num(number));
      period.set("to_month", num(number));
      periods.push(std::move(period));
    }
    month_list.push(std::move(month));
  }
  Value result = Value::object();
  Value& providers = result.set("providers", Value::array());
  size_t overall = 0;
  for (size_t p = 0; p < priced.size(); ++p) {
    providers.push(provider_summary(priced[p], cheapest_count[p]));
    if (providers.items[p].find("total_cents")->number < providers.items[overall].find("total_cents")->number)
      overall = p;
  }
  result.set("skipped", skipped);
  result.set("budget_cents", budget);
  result.set("cheapest_overall", str(priced[overall].name));
  result.set("cheapest_periods", std::move(periods));
  result.set("months", std::move(month_list));
  return result;
}

}  // namespace

Value compare_document(const Model& model, const Value& input) {
  std::vector<FieldError> errors;
  const std::vector<std::string> names = chosen(model, input, errors);
  if (!errors.empty()) return errors_to_value(errors);
  std::vector<Priced> priced;
  Value skipped = Value::array();
  Value budget;
  std::string currency;
  std::optional<DisplayCurrency> display;
  std::optional<double> budget_display;
  Value conversions = Value::array();
  for (const std::string& name : names) {
    // The comparison's currency is the first catalogue's; a budget in cents is in it, so a
    // catalogue in another currency reads it converted to its own.
    const std::string own = catalogue_currency(model, name);
    if (currency.empty()) currency = own;
    const std::optional<detail::Conversion> to_comparison = detail::conversion_between(model.currencies, own, currency);
    Value one = input_for(input, name);
    if (to_comparison && own != currency) convert_budget_cents(one, 1 / to_comparison->factor);
    Result<TimelineInput> read = read_timeline_input(model, one);
    std::vector<FieldError> general;
    std::string reason;
    for (const FieldError& e : read.errors) {
      if (about_the_catalogue(e))
        reason += (reason.empty() ? "" : "; ") + e.field + ": " + e.message;
      else
        general.push_back(e);
    }
    if (!general.empty()) return errors_to_value(general);  // the same for every catalogue
    if (read.ok() && !to_comparison)
      reason = "prices in " + own + ", the comparison is in " + currency +
               ", and content/currencies.json has no rate between them";
    if (!reason.empty()) {
      Value s = Value::object();
      s.set("provider", str(name));
      s.set("reason", str(reason));
      skipped.push(std::move(s));
      continue;
    }
    if (own == currency) {  // the budget and the display rate of the comparison's own currency
      budget = read.value->budget_cents ? num(static_cast<double>(*read.value->budget_cents)) : Value();
      display = read.value->currency;
      budget_display = read.value->budget_display_cents;
    }
    const Catalogue& prices =
        read.value->priced_with_engine ? read.value->priced_with_engine->catalogue : read.value->catalogue->catalogue;
    Value timeline = timeline_to_value(model, *read.value);
    if (own != currency) {
      detail::convert_timeline(timeline, to_comparison->factor);
      conversions.push(detail::conversion_note(name, *to_comparison));
    }
    Value machines = machines_used(timeline, prices);
    priced.push_back({name, std::move(timeline), std::move(machines)});
  }
  if (priced.empty()) {
    std::string reasons;
    for (const Value& s : skipped.items)
      reasons += (reasons.empty() ? "" : "; ") + s.find("provider")->text + " (" + s.find("reason")->text + ")";
    return errors_to_value({{"providers", "no catalogue can price this input: " + reasons}});
  }
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  Value& result = out.set("result", compare_result(priced, skipped, budget));
  result.set("comparison_currency", str(currency));
  result.set("converted", std::move(conversions));
  if (display) {
    add_display_amounts(result, *display);
    if (budget_display) result.set("budget_display_cents", num(*budget_display));
  }
  return out;
}

}  // namespace rightsize
