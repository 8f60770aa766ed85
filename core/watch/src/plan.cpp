// The migration plan (see plan.hpp). Each event of the timeline is dated in its month, and
// carries the steps of the move it is: a warning the steps before the coming stage move, a
// stage move its own steps (and the steps before it when no warning came first), a resize or
// a scale-up the steps of that move.
#include "rightsize/plan.hpp"

#include "object_reader.hpp"

namespace rightsize {

using detail::ObjectReader;

const PlanMove* PlanBook::find(const std::string& name) const {
  for (const PlanMove& m : moves)
    if (m.name == name) return &m;
  return nullptr;
}

namespace {

std::vector<std::string> strings(ObjectReader& r, const std::string& key) {
  std::vector<std::string> out;
  const Value* list = r.array(key, true);
  if (list == nullptr) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    if (list->items[i].kind != Value::Kind::string || list->items[i].text.empty())
      r.fail(key + "[" + std::to_string(i) + "]", "expected a step, as text");
    else
      out.push_back(list->items[i].text);
  }
  return out;
}

}  // namespace

Result<PlanBook> read_plan_book(const Value& doc) {
  Result<PlanBook> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  r.string("about");
  PlanBook book;
  if (const Value* s = r.object("sections", true)) {
    ObjectReader sr(*s, "sections", errors);
    book.before = sr.string("before", true).value_or("");
    book.move = sr.string("move", true).value_or("");
    book.way_back = sr.string("way_back", true).value_or("");
    book.measure_after = sr.string("measure_after", true).value_or("");
    sr.reject_unknown();
  }
  if (const Value* moves = r.object("moves", true))
    for (const Member& m : moves->members) {
      ObjectReader mr(m.value, "moves." + m.key, errors);
      if (!mr.valid()) continue;
      PlanMove move;
      move.name = m.key;
      move.title = mr.string("title", true).value_or("");
      move.before = strings(mr, "before");
      move.move = strings(mr, "move");
      move.way_back = strings(mr, "way_back");
      move.measure_after = strings(mr, "measure_after");
      mr.reject_unknown();
      book.moves.push_back(std::move(move));
    }
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(book);
  return result;
}

std::optional<YearMonth> parse_year_month(const std::string& t) {
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  int digits[6];
  for (int i = 0, j = 0; i < 7; ++i) {
    if (i == 4) continue;
    if (t[static_cast<size_t>(i)] < '0' || t[static_cast<size_t>(i)] > '9') return std::nullopt;
    digits[j++] = t[static_cast<size_t>(i)] - '0';
  }
  const YearMonth ym{digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5]};
  if (ym.year < 1970 || ym.month < 1 || ym.month > 12) return std::nullopt;
  return ym;
}

Result<std::optional<YearMonth>> take_start_month(Value& input) {
  Result<std::optional<YearMonth>> result;
  result.value.emplace();
  if (!input.is_object()) return result;
  std::vector<Member> kept;
  for (Member& m : input.members) {
    if (m.key != "start_month") {
      kept.push_back(std::move(m));
      continue;
    }
    if (m.value.kind == Value::Kind::string) *result.value = parse_year_month(m.value.text);
    if (!*result.value) result.errors.push_back({"start_month", "must be a month as \"YYYY-MM\", such as \"2027-01\""});
  }
  input.members = std::move(kept);
  return result;
}

namespace {

// One entry of the plan: an event of the timeline, its date and its steps.
struct Entry {
  int month = 0;
  YearMonth date;
  std::string kind, summary, text;
  const PlanMove* move = nullptr;
  bool before = false, rest = false;  // which of the move's sections it carries
  int index = 0;                      // its place among the timeline's events
};

YearMonth month_of(YearMonth start, int month) {
  const int months = start.year * 12 + (start.month - 1) + (month - 1);
  return {months / 12, months % 12 + 1};
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }
std::string ym_text(YearMonth d) { return std::to_string(d.year) + "-" + two(d.month); }

std::string text_of(const Value& v, const char* key) {
  const Value* f = v.find(key);
  return f != nullptr && f->kind == Value::Kind::string ? f->text : "";
}
int int_of(const Value& v, const char* key) {
  const Value* f = v.find(key);
  return f != nullptr && f->kind == Value::Kind::number ? static_cast<int>(f->number) : 0;
}

std::string stage_move(const Value& timeline, int stage, std::string* name) {
  if (const Value* stages = timeline.find("stages"))
    for (const Value& s : stages->items)
      if (int_of(s, "stage") == stage) {
        if (name) *name = text_of(s, "name");
        return text_of(s, "move");
      }
  return "";
}

std::vector<Entry> entries(const PlanBook& plan, const Value& timeline, YearMonth start) {
  std::vector<Entry> out;
  const Value* events = timeline.find("events");
  if (events == nullptr) return out;
  std::vector<int> warned;  // stages a warning came for
  int index = 0;
  for (const Value& e : events->items) {
    Entry x;
    x.index = ++index;
    x.month = int_of(e, "month");
    x.date = month_of(start, x.month);
    x.kind = text_of(e, "type");
    x.text = text_of(e, "text");
    const int to = int_of(e, "to_stage");
    std::string stage_name;
    if (x.kind == "warning" || x.kind == "stage") {
      x.move = plan.find(stage_move(timeline, to, &stage_name));
      const std::string title = x.move ? x.move->title : "Stage " + std::to_string(to);
      if (x.kind == "warning") {
        x.summary = "Prepare: " + title + " (stage " + std::to_string(to) + ", " + stage_name + ")";
        x.before = true;
        warned.push_back(to);
      } else {
        x.summary = title + " (stage " + std::to_string(to) + ", " + stage_name + ")";
        bool was_warned = false;
        for (int w : warned) was_warned |= w == to;
        x.before = !was_warned;
        x.rest = true;
      }
    } else {
      x.move = plan.find(x.kind);
      const std::string what = text_of(e, "component");
      x.summary = (x.move ? x.move->title : x.kind) + (what.empty() ? "" : ": the " + what);
      const std::string from = text_of(e, "from_type"), to_type = text_of(e, "to_type");
      if (!from.empty() && !to_type.empty()) x.summary += ", " + from + " to " + to_type;
      x.before = x.rest = true;
    }
    out.push_back(std::move(x));
  }
  return out;
}

// The entry's steps as sections of checklist items, in the plan's order.
struct Section {
  const std::string* heading;
  const std::vector<std::string>* steps;
};

std::vector<Section> sections(const PlanBook& plan, const Entry& x) {
  std::vector<Section> out;
  if (x.move == nullptr) return out;
  if (x.before) out.push_back({&plan.before, &x.move->before});
  if (x.rest) {
    out.push_back({&plan.move, &x.move->move});
    out.push_back({&plan.way_back, &x.move->way_back});
    out.push_back({&plan.measure_after, &x.move->measure_after});
  }
  return out;
}

}  // namespace

std::optional<FieldError> check_plan_format(const std::string& format) {
  if (format == "markdown" || format == "ics") return std::nullopt;
  return FieldError{"format", format.empty() ? "is required: markdown or ics"
                                             : "unknown format \"" + format + "\": use markdown or ics"};
}

std::string plan_markdown(const PlanBook& plan, const Value& timeline, YearMonth start) {
  std::string out = "# Migration plan from " + ym_text(start) + "\n\n";
  out += "Month 1 of the timeline is " + ym_text(start) + ". Each move's steps come from content/plan.json.\n";
  const std::vector<Entry> xs = entries(plan, timeline, start);
  if (xs.empty()) out += "\nNo move comes within the timeline's months.\n";
  int month = 0;
  for (const Entry& x : xs) {
    if (x.month != month) {
      month = x.month;
      out += "\n## " + ym_text(x.date) + " (month " + std::to_string(month) + ")\n";
    }
    out += "\n### " + x.summary + "\n\n" + x.text + "\n";
    for (const Section& s : sections(plan, x)) {
      out += "\n" + *s.heading + ":\n\n";
      for (const std::string& step : *s.steps) out += "- [ ] " + step + "\n";
    }
  }
  return out;
}

namespace {

// TEXT as RFC 5545 escapes it: backslash, semicolon, comma and newline.
std::string ics_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// One content line, folded at 75 octets (never inside a UTF-8 character), ended by CRLF.
void line(std::string& out, const std::string& content) {
  size_t pos = 0, limit = 75;
  while (content.size() - pos > limit) {
    size_t cut = pos + limit;
    while (cut > pos && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
    out += content.substr(pos, cut - pos) + "\r\n ";
    pos = cut;
    limit = 74;  // the leading space counts
  }
  out += content.substr(pos) + "\r\n";
}

}  // namespace

std::string plan_ics(const PlanBook& plan, const Value& timeline, YearMonth start) {
  std::string out;
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//rightsize//migration plan//EN");
  line(out, "CALSCALE:GREGORIAN");
  line(out, "METHOD:PUBLISH");
  const std::string stamp = std::to_string(start.year) + two(start.month) + "01T000000Z";
  for (const Entry& x : entries(plan, timeline, start)) {
    std::string description = x.text;
    for (const Section& s : sections(plan, x)) {
      description += "\n\n" + *s.heading + ":";
      for (const std::string& step : *s.steps) description += "\n- [ ] " + step;
    }
    line(out, "BEGIN:VEVENT");
    line(out, "UID:rightsize-" + ym_text(start) + "-" + std::to_string(x.index) + "-" + x.kind + "-month-" +
                  std::to_string(x.month) + "@rightsize");
    line(out, "DTSTAMP:" + stamp);
    line(out, "DTSTART;VALUE=DATE:" + std::to_string(x.date.year) + two(x.date.month) + "01");
    line(out, "SUMMARY:" + ics_text(x.summary));
    line(out, "DESCRIPTION:" + ics_text(description));
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out;
}

}  // namespace rightsize
