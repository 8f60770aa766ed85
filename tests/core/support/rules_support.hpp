// Shared by the tests that cross a threshold of content/rules.json: each rule, its threshold
// and the inputs around it read from the rulebook itself, never typed, so moving a threshold
// in rules.json moves the tests with it.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "support.hpp"

namespace test_support {

// The rule of content/rules.json with this id: a trigger, an in-place move or advice.
inline const rightsize::Rule& rule(const std::string& id) {
  const auto& book = rules();
  for (const auto* list : {&book.triggers, &book.in_place, &book.advice})
    for (const auto& r : *list)
      if (r.id == id) return r;
  FAIL("no rule " << id << " in content/rules.json");
  throw;
}

inline double threshold(const std::string& id) { return rule(id).primary.threshold; }

// A value well past a rule's "above" threshold and inside its metric's range: halfway to
// 100 for a percentage, 30% over for anything else.
inline double past(const std::string& id) {
  const auto& c = rule(id).primary;
  return rules().words[static_cast<size_t>(c.metric)].unit == "%" ? (c.threshold + 100) / 2 : c.threshold * 1.3;
}

// Recommends with the rule's metric set to `value` on top of `base` (a JSON object body).
inline rightsize::Recommendation with(const std::string& base, const std::string& id, double value) {
  const std::string field = rightsize::metric_name(rule(id).primary.metric);
  return recommend("{\"users\": 500" + (base.empty() ? "" : ", " + base) + ", \"" + field + "\": " + number(value) +
                   "}");
}

// Quiet just below and at the threshold ("above" is strict), fired just above it: the
// recommendation just above.
inline rightsize::Recommendation across_threshold(const std::string& id, const std::string& base) {
  CAPTURE(id);
  const double t = threshold(id);
  CHECK_FALSE(fired(with(base, id, t - 0.01), id));
  CHECK_FALSE(fired(with(base, id, t), id));
  auto above = with(base, id, t + 0.01);
  CHECK(fired(above, id));
  return above;
}

}  // namespace test_support
