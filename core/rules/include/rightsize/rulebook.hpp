// The guide's stages and triggers as data, read from content/rules.json.
// No threshold is written in code, and no sentence repeats one: the reader fills each
// sentence's {threshold} placeholders from the rule's own numbers.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "rightsize/metrics.hpp"
#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

enum class Comparison { greater, greater_equal, less, less_equal, is };

struct Condition {
  Metric metric = Metric::users;
  Comparison comparison = Comparison::greater;
  double threshold = 0;  // for "is", 1 means true and 0 false
};

// A rule fires when its primary condition, every "and" condition and (when present)
// at least one "and_any" condition hold. Unknown metrics never hold.
struct Rule {
  std::string id;
  int stage = 0;          // triggers: the stage this rule calls for; 0 otherwise
  std::string action;     // in-place rules: the move they call for, e.g. "scale_up"
  std::string move_text;  // in-place rules: that move in a few words, as a stage's move_text
  Condition primary;
  std::vector<Condition> all_of;
  std::vector<Condition> any_of;
  std::string sentence;
  // Triggers: the sentence for a reader already on the rule's stage or past it, where the
  // first one's reasoning ("it shares a machine with the app") no longer holds. Empty when
  // `sentence` is true at every stage.
  std::string sentence_reached;
};

// The in-place move of the app server to the next size: the one the timeline makes itself.
inline constexpr const char* kAppScaleUp = "scale_up";

// How readers see a metric: the form's label, the phrase sentences use, and its unit.
struct MetricWords {
  std::string label, phrase, unit;
};

struct Stage {
  int number = 0;
  std::string name;
  double users_min = 0;
  std::optional<double> users_max;  // none for the last stage
  std::string setup;                // may hold {assumption.NAME}: see stage_setup() in assumptions.hpp
  std::string move;                 // the action that brings a system into this stage
  std::string move_text;
};

struct Rulebook {
  std::array<MetricWords, kMetricCount> words;  // by Metric
  std::vector<Stage> stages;                    // ordered 1..N
  std::vector<Rule> triggers;
  std::vector<Rule> in_place;
  std::vector<Rule> advice;

  const Stage& stage(int number) const { return stages.at(static_cast<size_t>(number - 1)); }
  int stage_count() const { return static_cast<int>(stages.size()); }
};

const char* comparison_symbol(Comparison c);

// A threshold as a reader reads it, with its metric's unit: "60%", "300 ms", "yes".
std::string format_threshold(const Rulebook& rules, const Condition& c);
// A condition in words: "database CPU above 60%", "the connection pool is used up".
std::string describe_condition(const Rulebook& rules, const Condition& c);

// Reads and checks a rulebook document; errors name the path inside the file.
Result<Rulebook> read_rulebook(const Value& doc);

}  // namespace rightsize
