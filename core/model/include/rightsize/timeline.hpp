// The timeline: month by month, users grow, the load model says what the machines would
// measure, the rulebook decides (the same triggers as a recommendation), sizing resizes,
// and the bill adds up.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rightsize/assumptions.hpp"
#include "rightsize/bill.hpp"
#include "rightsize/currency.hpp"
#include "rightsize/growth.hpp"
#include "rightsize/load_model.hpp"
#include "rightsize/metrics.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/services.hpp"
#include "rightsize/sizing.hpp"

namespace rightsize {

// Settings the input leaves out come from content/assumptions.json's "defaults".
struct UncertaintyInput {
  int paths = 0;
  std::uint64_t seed = 0;
  double growth_sd_pct = 0;
};

struct NamedCatalogue {
  std::string name;  // the file name without .json, e.g. "aws-us-east-1"
  Catalogue catalogue;
};

// "commitment": {"from_month": N}: from month N every instance with a one-year, no-upfront
// commitment price is billed at it.
struct CommitmentInput {
  int from_month = 0;
  std::shared_ptr<const Catalogue> prices;  // the catalogue at commitment prices; null when it offers none
};

struct TimelineInput {
  Metrics today;   // measured values are used for month 1; flags hold throughout
  int months = 0;  // as read, or the defaults'
  std::string provider;
  const NamedCatalogue* catalogue = nullptr;                 // the model's catalogue of that name, once read
  std::string cache_engine;                                  // as asked for; empty: the catalogue's own
  std::shared_ptr<const NamedCatalogue> priced_with_engine;  // the catalogue re-priced for it, when it differs
  std::optional<Cents> budget_cents;                         // in the catalogue's cents, as given or converted
  std::optional<double> budget_display_cents;                // as given, in the display currency's cents
  Growth growth;
  Assumptions assumptions;
  std::optional<UncertaintyInput> uncertainty;
  std::optional<DisplayCurrency> currency;  // amounts shown in a second currency too
  std::optional<CommitmentInput> commitment;
  ChosenServices services;  // managed services in place of the catalogue's instances
};

// Everything a timeline reads besides its input.
struct Model {
  const Rulebook* rules = nullptr;
  const AssumptionBook* assumptions = nullptr;
  const std::vector<NamedCatalogue>* catalogues = nullptr;
  const CurrencyBook* currencies = nullptr;               // default rates for a display currency
  const std::vector<ManagedService>* services = nullptr;  // content/services/, for "services"
};

Result<TimelineInput> read_timeline_input(const Model& model, const Value& input);

enum class EventType { stage, warning, scale_up, resize };

struct TimelineEvent {
  int month = 0;
  EventType type = EventType::stage;
  int from_stage = 0, to_stage = 0;
  const Rule* trigger = nullptr;  // stage moves, warnings and scale-ups
  Role component = Role::app;     // resizes and scale-ups
  int from_type = -1, to_type = -1, in_months = 0;
  std::optional<AppPlan> plan;  // when the app tier goes horizontal
};

struct MonthState {
  int month = 0;
  double users = 0;
  Infra infra;
  Observed observed;  // what the machines of the month before measure under this month's load
  Bill bill;
  Cents cumulative = 0;
  int warning_event = -1;  // index into events: a move coming within the warning lead
};

struct Timeline {
  std::vector<MonthState> months;
  std::vector<TimelineEvent> events;
  std::optional<int> budget_exceeded_month;
  Cents staged_cents = 0;
  Cents last_stage_from_start_cents = 0;  // every stage built in month 1: the over-engineered path
};

// Runs one path, keeping every month; `events` may be null.
void simulate(const Rulebook& rules, const Catalogue& c, const TimelineInput& in, const std::vector<double>& users,
              int start_stage, std::vector<MonthState>& months, std::vector<TimelineEvent>* events);

// The same path keeping only each month's total and stage (the band runs thousands).
void simulate_totals(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                     const std::vector<double>& users, int start_stage, Cents* cost, int* stage);

Timeline run_timeline(const Rulebook& rules, const Catalogue& c, const TimelineInput& in);

// Why the model cannot simulate a rulebook, if it cannot: its stages must be reached by
// the moves it knows (stay first; split_database, add_cache after it, scale_out), each once.
std::vector<FieldError> check_simulatable(const Rulebook& rules);

// The timeline of a checked input, as the documented JSON shape.
Value timeline_to_value(const Model& model, const TimelineInput& in);

// Validate, run and serialise: {"ok": true, "result": {...}} or the errors.
Value timeline_document(const Model& model, const Value& input);

}  // namespace rightsize
