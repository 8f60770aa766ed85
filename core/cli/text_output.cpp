#include "text_output.hpp"

#include "rightsize/json.hpp"

namespace rightsize::cli {

namespace {

std::string scalar(const Value* v) {
  if (v == nullptr || v->is_null()) return "";
  if (v->kind == Value::Kind::string) return v->text;
  return to_json(*v).dump();
}

std::string field(const Value& obj, const char* key) { return scalar(obj.find(key)); }

}  // namespace

std::string recommendation_text(const Value& r) {
  std::string out = "Stage " + field(r, "stage") + ": " + field(r, "stage_name") + "\n";
  out += "Next move: " + field(r, "action") + " - " + field(r, "action_text") + "\n";
  const Value& range = *r.find("typical_users");
  const std::string max = field(range, "max");
  out += "Typical users at this stage: " + field(range, "min") + (max.empty() ? "+" : " to " + max) + "\n";
  const Value& fired = *r.find("fired");
  out += fired.items.empty() ? "No trigger fired.\n" : "Triggers that fired:\n";
  for (const Value& f : fired.items)
    out += "  - [stage " + field(f, "stage") + "] " + field(f, "id") + ": " + field(f, "metric") + " = " +
           field(f, "value") + " (" + field(f, "comparison") + " " + field(f, "threshold") + ")\n    " +
           field(f, "sentence") + "\n";
  const Value& steps = *r.find("steps");
  if (!steps.items.empty()) out += "Steps:\n";
  for (const Value& s : steps.items)
    out += "  " + field(s, "from") + " -> " + field(s, "to") + ": " + field(s, "text") + "\n";
  const Value& notes = *r.find("notes");
  if (!notes.items.empty()) out += "Notes:\n";
  for (const Value& n : notes.items) out += "  * " + n.text + "\n";
  return out;
}

}  // namespace rightsize::cli
