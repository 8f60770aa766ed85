// Rules in words: thresholds with their units, conditions as phrases, and the sentence
// templates of content/rules.json filled from the rules' own numbers.
#include <optional>

#include "format.hpp"
#include "rule_text.hpp"

namespace rightsize {

std::string format_threshold(const Rulebook& rules, const Condition& c) {
  if (c.comparison == Comparison::is) return c.threshold != 0 ? "yes" : "no";
  const std::string& unit = rules.words[static_cast<size_t>(c.metric)].unit;
  const std::string number = detail::format_number(c.threshold);
  if (unit.empty()) return number;
  return unit == "%" ? number + unit : number + " " + unit;
}

std::string describe_condition(const Rulebook& rules, const Condition& c) {
  const std::string& phrase = rules.words[static_cast<size_t>(c.metric)].phrase;
  const auto with = [&](const char* words) { return phrase + " " + words + " " + format_threshold(rules, c); };
  switch (c.comparison) {
    case Comparison::greater: return with("above");
    case Comparison::greater_equal: return with("at or above");
    case Comparison::less: return with("below");
    case Comparison::less_equal: return with("at or below");
    case Comparison::is: return c.threshold != 0 ? phrase : "not: " + phrase;
  }
  return phrase;
}

namespace detail {

namespace {

// "and.2" -> 2; none for anything else. By hand: std::stoul would bring exceptions and
// locale code into the calculator's small module.
std::optional<size_t> and_index(const std::string& name) {
  if (name.size() <= 4 || name.size() > 7 || name.compare(0, 4, "and.") != 0) return std::nullopt;
  size_t n = 0;
  for (size_t i = 4; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
    n = n * 10 + static_cast<size_t>(name[i] - '0');
  }
  return n;
}

const Rule* find_rule(const Rulebook& rules, const std::string& id) {
  for (const auto* list : {&rules.triggers, &rules.in_place, &rules.advice})
    for (const Rule& r : *list)
      if (r.id == id) return &r;
  return nullptr;
}

}  // namespace

// One placeholder's text, or an error saying why it has none. {assumption.NAME} is left
// as it is: stage_setup() fills it from the assumptions in use.
std::string fill_placeholders(const std::string& text, const Rulebook& rules, const Rule* self, std::string& error) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('{', pos);
    if (open == std::string::npos) break;
    const size_t close = text.find('}', open);
    if (close == std::string::npos) {
      error = "an unclosed { in the text";
      return text;
    }
    out += text.substr(pos, open - pos);
    const std::string name = text.substr(open + 1, close - open - 1);
    if (name == "threshold" && self != nullptr) {
      out += format_threshold(rules, self->primary);
    } else if (const auto i = and_index(name); i && self != nullptr && *i < self->all_of.size()) {
      out += format_threshold(rules, self->all_of[*i]);
    } else if (name.rfind("threshold.", 0) == 0 && find_rule(rules, name.substr(10)) != nullptr) {
      out += format_threshold(rules, find_rule(rules, name.substr(10))->primary);
    } else if (name.rfind("assumption.", 0) == 0 && name.size() > 11) {
      out += "{" + name + "}";
    } else {
      error = "unknown placeholder {" + name + "}: use {threshold}, {and.N}, {threshold.RULE_ID} or {assumption.NAME}";
      return text;
    }
    pos = close + 1;
  }
  return out + text.substr(pos);
}

}  // namespace detail

}  // namespace rightsize
