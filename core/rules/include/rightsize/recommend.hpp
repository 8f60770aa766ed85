// Today's recommendation: which stage to be on, given measured metrics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rightsize/assumptions.hpp"
#include "rightsize/metrics.hpp"
#include "rightsize/result.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct FiredRule {
  const Rule* rule = nullptr;
  int stage = 0;  // for in-place rules, the stage the move happens within
  double value = 0;
};

struct Step {
  int from = 0, to = 0;
  std::string action, text;
};

struct Recommendation {
  int stage = 1;
  int current_stage = 1;
  int expected_stage = 1;  // the stage whose typical user range holds `users`
  std::string action;      // stay, split_database, add_cache, scale_up, scale_out
  std::string action_text;
  std::vector<FiredRule> fired;
  std::vector<Step> steps;
  std::vector<std::string> notes;
};

Recommendation recommend(const Rulebook& rules, const Metrics& metrics);

// The decision: fast enough to run for every month of every simulated path. With
// `fired`, it also lists every trigger that fires (at any stage), then every in-place rule.
struct Evaluation {
  int stage = 1;                   // max(current stage, highest stage whose triggers fire)
  const Rule* cause = nullptr;     // the first trigger of that stage, when it is a move
  const Rule* in_place = nullptr;  // the first in-place rule that fires (e.g. scale_up)
};
Evaluation evaluate(const Rulebook& rules, const Metrics& metrics, std::vector<const Rule*>* fired = nullptr);
bool condition_holds(const Condition& condition, const Metrics& metrics);

// The result as the documented JSON shape (the CLI's output and the module's result).
// Stage texts name the assumptions' defaults (e.g. the autoscaling range).
Value recommendation_to_value(const Rulebook& rules, const AssumptionBook& assumptions, const Metrics& metrics,
                              const Recommendation& r);

// Validate, recommend and serialise in one step: {"ok": true, "result": {...}} or the errors.
Value recommend_document(const Rulebook& rules, const AssumptionBook& assumptions, const Value& input);

}  // namespace rightsize
