#include "rightsize/rulebook.hpp"

#include "object_reader.hpp"
#include "rule_text.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

const char* comparison_symbol(Comparison c) {
  switch (c) {
    case Comparison::greater: return ">";
    case Comparison::greater_equal: return ">=";
    case Comparison::less: return "<";
    case Comparison::less_equal: return "<=";
    case Comparison::is: return "is";
  }
  return "?";
}

namespace {

std::optional<Comparison> parse_comparison(const std::string& s) {
  if (s == ">") return Comparison::greater;
  if (s == ">=") return Comparison::greater_equal;
  if (s == "<") return Comparison::less;
  if (s == "<=") return Comparison::less_equal;
  if (s == "is") return Comparison::is;
  return std::nullopt;
}

// Reads metric/comparison/threshold from `r`, which may also hold other fields.
Condition read_condition(ObjectReader& r, std::vector<FieldError>& errors) {
  Condition c;
  const auto before = errors.size();
  if (auto name = r.string("metric", true)) {
    if (auto metric = metric_from_name(*name))
      c.metric = *metric;
    else
      r.fail("metric", "unknown metric \"" + *name + "\"");
  }
  if (auto cmp = r.string("comparison", true)) {
    if (auto parsed = parse_comparison(*cmp))
      c.comparison = *parsed;
    else
      r.fail("comparison", "must be one of >, >=, <, <=, is (got \"" + *cmp + "\")");
  }
  if (errors.size() != before) {
    r.skip("threshold");  // cannot be checked against a broken metric or comparison
    return c;
  }
  if (c.comparison == Comparison::is) {
    if (!is_boolean(c.metric)) r.fail("comparison", "\"is\" applies to true/false metrics only");
    if (auto t = r.boolean("threshold"))
      c.threshold = *t ? 1 : 0;
    else
      r.fail("threshold", "is required (true or false)");
  } else {
    if (is_boolean(c.metric)) r.fail("comparison", "a true/false metric takes \"is\"");
    if (auto t = r.number("threshold", NumberRule{-1e15, 1e15, false}, true)) c.threshold = *t;
  }
  return c;
}

std::vector<Condition> read_conditions(const Value* list, const std::string& path, std::vector<FieldError>& errors) {
  std::vector<Condition> out;
  if (list == nullptr) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    ObjectReader r(list->items[i], path + "[" + std::to_string(i) + "]", errors);
    if (!r.valid()) continue;
    out.push_back(read_condition(r, errors));
    r.reject_unknown();
  }
  return out;
}

enum class RuleSection { triggers, in_place, advice };

std::vector<Rule> read_rules(const Value* list, const std::string& name, RuleSection section, int stage_count,
                             std::vector<FieldError>& errors) {
  std::vector<Rule> out;
  if (list == nullptr) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    const std::string path = name + "[" + std::to_string(i) + "]";
    ObjectReader r(list->items[i], path, errors);
    if (!r.valid()) continue;
    Rule rule;
    rule.id = r.string("id", true).value_or("");
    if (section == RuleSection::triggers) {
      if (auto s = r.number("stage", NumberRule{2, double(stage_count), true}, true)) rule.stage = static_cast<int>(*s);
    }
    if (section == RuleSection::in_place) {
      rule.action = r.string("action", true).value_or("");
      rule.move_text = r.string("move_text", true).value_or("");
    }
    rule.primary = read_condition(r, errors);
    rule.all_of = read_conditions(r.array("and"), r.path_of("and"), errors);
    rule.any_of = read_conditions(r.array("and_any"), r.path_of("and_any"), errors);
    rule.sentence = r.string("sentence", true).value_or("");
    if (section == RuleSection::triggers) rule.sentence_reached = r.string("sentence_reached").value_or("");
    r.reject_unknown();
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<Stage> read_stages(const Value* list, std::vector<FieldError>& errors) {
  std::vector<Stage> out;
  if (list == nullptr) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    ObjectReader r(list->items[i], "stages[" + std::to_string(i) + "]", errors);
    if (!r.valid()) continue;
    Stage s;
    const double expected = double(i + 1);
    if (auto n = r.number("stage", NumberRule{expected, expected, true}, true)) s.number = int(*n);
    s.name = r.string("name", true).value_or("");
    s.users_min = r.number("users_min", NumberRule{0, 1e15, true}, true).value_or(0);
    s.users_max = r.number("users_max", NumberRule{0, 1e15, true});
    s.setup = r.string("setup", true).value_or("");
    s.move = r.string("move", true).value_or("");
    s.move_text = r.string("move_text", true).value_or("");
    r.reject_unknown();
    out.push_back(std::move(s));
  }
  return out;
}

// Every metric's words: each of the metrics must be there, and nothing else.
void read_words(const Value* doc, Rulebook& book, std::vector<FieldError>& errors) {
  if (doc == nullptr) return;
  ObjectReader r(*doc, "metrics", errors);
  if (!r.valid()) return;
  for (int i = 0; i < kMetricCount; ++i) {
    const char* name = metric_name(static_cast<Metric>(i));
    const Value* entry = r.object(name, true);
    if (entry == nullptr) continue;
    ObjectReader w(*entry, r.path_of(name), errors);
    MetricWords& words = book.words[static_cast<size_t>(i)];
    words.label = w.string("label", true).value_or("");
    words.phrase = w.string("phrase", true).value_or("");
    words.unit = w.string("unit", true).value_or("");
    w.reject_unknown();
  }
  r.reject_unknown();
}

// Fills every sentence from the rules' own thresholds, once the whole book is read.
void fill_texts(Rulebook& book, std::vector<FieldError>& errors) {
  const auto fill = [&](std::string& text, const Rule* self, const std::string& path) {
    std::string error;
    std::string filled = detail::fill_placeholders(text, book, self, error);
    if (!error.empty()) errors.push_back({path, error});
    text = std::move(filled);
  };
  const std::pair<std::vector<Rule>*, const char*> sections[] = {
      {&book.triggers, "triggers"}, {&book.in_place, "in_place"}, {&book.advice, "advice"}};
  for (const auto& [list, name] : sections)
    for (size_t i = 0; i < list->size(); ++i) {
      Rule& rule = (*list)[i];
      const std::string path = std::string(name) + "[" + std::to_string(i) + "].";
      fill(rule.sentence, &rule, path + "sentence");
      if (!rule.sentence_reached.empty()) fill(rule.sentence_reached, &rule, path + "sentence_reached");
    }
  for (size_t i = 0; i < book.stages.size(); ++i) {
    const std::string path = "stages[" + std::to_string(i) + "].";
    fill(book.stages[i].setup, nullptr, path + "setup");
    fill(book.stages[i].move_text, nullptr, path + "move_text");
  }
}

}  // namespace

Result<Rulebook> read_rulebook(const Value& doc) {
  Result<Rulebook> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  r.number("version", NumberRule{1, 1, true}, true);
  r.string("about");
  Rulebook book;
  read_words(r.object("metrics", true), book, errors);
  book.stages = read_stages(r.array("stages", true), errors);
  if (book.stages.size() < 2) r.fail("stages", "must list at least two stages, numbered from 1");
  const int count = book.stage_count();
  book.triggers = read_rules(r.array("triggers", true), "triggers", RuleSection::triggers, count, errors);
  book.in_place = read_rules(r.array("in_place"), "in_place", RuleSection::in_place, count, errors);
  book.advice = read_rules(r.array("advice"), "advice", RuleSection::advice, count, errors);
  r.reject_unknown();
  if (errors.empty()) fill_texts(book, errors);
  if (errors.empty()) result.value = std::move(book);
  return result;
}

}  // namespace rightsize
