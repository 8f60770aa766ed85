// Reads and checks a timeline input: the recommendation's fields plus months, provider,
// budget, growth, assumption overrides and the uncertainty settings.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "commitment_input.hpp"
#include "format.hpp"
#include "metric_fields.hpp"
#include "rightsize/timeline.hpp"
#include "services_input.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

constexpr double kMaxBudgetCents = 1e13;

void read_growth(const Value* v, Growth& g, std::vector<FieldError>& errors) {
  if (v == nullptr) return;  // no growth given: the user count stays flat
  ObjectReader r(*v, "growth", errors);
  if (!r.valid()) return;
  const auto pct = r.number("monthly_pct", NumberRule{-99, 1000, false});
  const Value* milestones = r.object("milestones");
  r.reject_unknown();
  if (pct && milestones) errors.push_back({"growth", "give either monthly_pct or milestones, not both"});
  if (!pct && !milestones && v->find("monthly_pct") == nullptr && v->find("milestones") == nullptr)
    errors.push_back({"growth",
                      "give monthly_pct (e.g. {\"monthly_pct\": 15}) or milestones (e.g. {\"milestones\": {\"1\": 100, "
                      "\"6\": 5000}})"});
  if (pct) g.monthly_pct = *pct;
  if (milestones == nullptr) return;
  g.by_milestones = true;
  ObjectReader mr(*milestones, "growth.milestones", errors);
  for (const Member& m : milestones->members) {
    const int month = milestone_month(m.key);
    if (month == 0) {
      mr.fail(m.key, kNotMilestoneMonth);
      mr.skip(m.key);
      continue;
    }
    if (auto users = mr.number(m.key, NumberRule{0, 1e12, true}, true)) g.milestones.emplace_back(month, *users);
  }
  if (milestones->members.empty()) r.fail("milestones", "list at least one month, e.g. {\"1\": 100}");
  std::sort(g.milestones.begin(), g.milestones.end());
}

std::optional<UncertaintyInput> read_uncertainty(const Value* v, const InputDefaults& d,
                                                 std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, "uncertainty", errors);
  if (!r.valid()) return std::nullopt;
  UncertaintyInput u;
  u.paths = static_cast<int>(r.number("paths", NumberRule{1, 100000, true}).value_or(d.band_paths));
  u.seed = static_cast<std::uint64_t>(r.number("seed", NumberRule{0, 9007199254740991.0, true}).value_or(d.band_seed));
  u.growth_sd_pct = r.number("growth_sd_pct", NumberRule{0, 100, false}).value_or(d.band_growth_sd_pct);
  r.reject_unknown();
  return u;
}

// The catalogue must price every component a timeline can reach.
void check_catalogue(const NamedCatalogue& n, std::vector<FieldError>& errors) {
  const Catalogue& c = n.catalogue;
  std::string missing;
  auto need = [&](bool ok, const char* what) {
    if (!ok) missing += std::string(missing.empty() ? "" : ", ") + what;
  };
  need(!c.app.empty(), "app servers");
  need(!c.database.empty(), "databases");
  need(!c.cache.empty(), "caches");
  need(c.load_balancer.has_value(), "a load balancer");
  need(c.storage.has_value(), "storage");
  need(c.transfer.has_value(), "data transfer");
  if (!missing.empty())
    errors.push_back({"provider", "the " + n.name + " catalogue has no cited prices for " + missing +
                                      " (see its not_found list); choose another provider"});
}

// The cache priced by the engine the input names; the catalogue keeps its own otherwise.
void choose_cache_engine(TimelineInput& in, std::vector<FieldError>& errors) {
  const Catalogue& c = in.catalogue->catalogue;
  std::optional<Catalogue> priced = with_cache_engine(c, in.cache_engine);
  if (!priced) {
    std::string names;
    for (const std::string& n : cache_engine_names(c)) names += (names.empty() ? "" : ", ") + n;
    errors.push_back(
        {"cache_engine", "the " + in.catalogue->name + " catalogue prices " +
                             (names.empty() ? "one cache engine, unnamed" : "these cache engines: " + names) +
                             " (got " + detail::quoted(in.cache_engine) + ")"});
    return;
  }
  if (c.cache_engine == in.cache_engine) return;
  in.priced_with_engine =
      std::make_shared<const NamedCatalogue>(NamedCatalogue{in.catalogue->name, std::move(*priced)});
  in.catalogue = in.priced_with_engine.get();
}

// A budget given in the display currency (what a reader typed on a page) in the catalogue's
// cents, at the display rate: the same rate every amount is shown at. Without a display
// currency it is in the catalogue's own.
void convert_budget(TimelineInput& in, std::vector<FieldError>& errors) {
  if (in.budget_cents) {
    errors.push_back({"budget_display_cents", "give budget_cents or budget_display_cents, not both"});
    return;
  }
  const double cents = std::round(*in.budget_display_cents / (in.currency ? in.currency->per_catalogue_unit : 1));
  if (cents > kMaxBudgetCents) {
    errors.push_back({"budget_display_cents", "is more than 10^13 cents of the catalogue's currency at this rate"});
    return;
  }
  in.budget_cents = static_cast<Cents>(cents);
}

}  // namespace

Result<TimelineInput> read_timeline_input(const Model& model, const Value& input) {
  Result<TimelineInput> result;
  auto& errors = result.errors;
  ObjectReader r(input, "", errors);
  if (!r.valid()) return result;
  TimelineInput in;
  const Value* growth = input.is_object() ? input.find("growth") : nullptr;
  const bool has_milestones = growth != nullptr && growth->is_object() && growth->find("milestones") != nullptr;
  detail::read_metric_fields(r, model.rules->stage_count(), in.today, !has_milestones);
  const InputDefaults& defaults = model.assumptions->inputs;
  in.months = static_cast<int>(r.number("months", NumberRule{1, 120, true}).value_or(defaults.months));
  in.provider = r.string("provider").value_or(defaults.provider);
  in.cache_engine = r.string("cache_engine").value_or("");
  if (auto budget = r.number("budget_cents", NumberRule{0, kMaxBudgetCents, true}))
    in.budget_cents = static_cast<Cents>(*budget);
  in.budget_display_cents = r.number("budget_display_cents", NumberRule{0, 1e15, true});
  read_growth(r.object("growth"), in.growth, errors);
  in.assumptions = apply_overrides(*model.assumptions, r.object("assumptions"), errors);
  // With nothing read repeatedly and nothing slow to change, a cache answers nothing; the
  // timeline reports the hit rate it used.
  if (!in.today.repeated_reads && !in.today.slow_changing_data) in.assumptions.cache_hit_pct = 0;
  in.uncertainty = read_uncertainty(r.object("uncertainty"), defaults, errors);
  const Value* currency = r.object("currency");
  const Value* commitment = r.object("commitment");
  const Value* services = r.object("services");
  r.reject_unknown();
  for (FieldError& e : check_simulatable(*model.rules)) errors.push_back(std::move(e));

  std::vector<std::string> known;
  for (const NamedCatalogue& n : *model.catalogues) {
    known.push_back(n.name);
    if (n.name == in.provider) in.catalogue = &n;
  }
  if (in.catalogue == nullptr) {
    // By name: a page's model adds catalogues in the order readers pick them.
    std::sort(known.begin(), known.end());
    std::string names;
    for (const std::string& n : known) names += (names.empty() ? "" : ", ") + n;
    errors.push_back({"provider", "unknown provider " + detail::quoted(in.provider) + "; known: " + names});
  } else {
    check_catalogue(*in.catalogue, errors);
  }
  if (in.catalogue != nullptr && !in.cache_engine.empty()) choose_cache_engine(in, errors);
  if (in.catalogue != nullptr)
    in.currency = read_display_currency(currency, model.currencies, in.catalogue->catalogue.currency, errors);
  if (in.budget_display_cents) convert_budget(in, errors);
  if (commitment != nullptr) detail::read_commitment(*commitment, in, errors);
  in.services =
      detail::read_services(services, model.services, in.catalogue != nullptr ? in.catalogue->catalogue.currency : "",
                            model.currencies, errors);

  if (in.today.users < 0) {  // absent: the milestones say where month 1 starts
    const auto& ms = in.growth.milestones;
    in.today.users = ms.empty() ? 0 : ms.front().second;
  }
  if (errors.empty()) result.value = std::move(in);
  return result;
}

}  // namespace rightsize
