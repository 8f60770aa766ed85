// The triggers as Prometheus rules and CloudWatch alarms (see alerts.hpp). Text is built by
// hand: both formats are YAML whose every string is double-quoted, so nothing needs a library.
#include "rightsize/alerts.hpp"

#include <optional>

#include "format.hpp"
#include "object_reader.hpp"
#include "rightsize/recommend.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

// A duration as Prometheus writes it ("30s", "5m", "1h"), in seconds; none when malformed.
std::optional<long> duration_seconds(const std::string& text) {
  if (text.size() < 2) return std::nullopt;
  long n = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9' || n > 1000000) return std::nullopt;
    n = n * 10 + (text[i] - '0');
  }
  const char unit = text.back();
  const long scale = unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600 : 0;
  if (scale == 0 || n == 0) return std::nullopt;
  return n * scale;
}

bool matchers_ok(const std::string& m) { return m.find_first_of("{}\n") == std::string::npos; }

}  // namespace

Result<AlertSettings> read_alert_settings(const Value& doc, int stage_count) {
  Result<AlertSettings> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  AlertSettings s;
  for (const char* key :
       {"about", "about_warning_margin_pct", "about_window", "about_connections_used_up_pct", "about_selectors"})
    r.string(key);
  s.warning_margin_pct = r.number("warning_margin_pct", NumberRule{0, 99}, true).value_or(0);
  s.window = r.string("window", true).value_or("");
  if (!s.window.empty() && !duration_seconds(s.window)) r.fail("window", "must be a duration such as \"5m\"");
  s.connections_used_up_pct = r.number("connections_used_up_pct", NumberRule{1, 100}, true).value_or(0);
  s.latency_metric = r.string("latency_metric", true).value_or("");
  if (const Value* sel = r.object("selectors", true)) {
    ObjectReader sr(*sel, "selectors", errors);
    const std::pair<const char*, std::string*> kinds[] = {{"app", &s.app_selector},
                                                          {"db", &s.db_selector},
                                                          {"postgres", &s.postgres_selector},
                                                          {"http", &s.http_selector}};
    for (const auto& [name, field] : kinds) {
      *field = sr.string(name, true).value_or("");
      if (!matchers_ok(*field)) sr.fail(name, "must be label matchers without braces, such as job=\"node\"");
    }
    sr.reject_unknown();
  }
  if (const Value* pages = r.array("stage_pages", true)) {
    for (const Value& p : pages->items)
      if (p.kind == Value::Kind::string) s.stage_pages.push_back(p.text);
    if (s.stage_pages.size() != pages->items.size() || static_cast<int>(s.stage_pages.size()) != stage_count)
      r.fail("stage_pages", "must list one address, as text, per stage of the rulebook");
  }
  if (const Value* notes = r.object("unwatched", true))
    for (const Member& m : notes->members) {
      if (m.value.kind != Value::Kind::string) r.fail("unwatched." + m.key, "expected text");
      s.unwatched.push_back({m.key, m.value.text});
    }
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(s);
  return result;
}

bool set_alert_selector(AlertSettings& s, const std::string& kind, const std::string& matchers) {
  std::string* field = kind == "app"        ? &s.app_selector
                       : kind == "db"       ? &s.db_selector
                       : kind == "postgres" ? &s.postgres_selector
                       : kind == "http"     ? &s.http_selector
                                            : nullptr;
  if (field == nullptr || !matchers_ok(matchers)) return false;
  *field = matchers;
  return true;
}

namespace {

enum class Source { none, app_cpu, db_cpu, query_time, p95, connections };

// One trigger as something an exporter can measure.
struct Watch {
  const Rule* rule = nullptr;
  Source source = Source::none;
  Comparison comparison = Comparison::greater;
  double threshold = 0, warning = 0;
  std::string measures;  // what the expression measures, in words
};

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string num(double v) { return detail::format_number(v); }

std::string camel(const std::string& id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

const std::string* note(const AlertSettings& s, const std::string& key) {
  for (const UnwatchedNote& n : s.unwatched)
    if (n.key == key) return &n.text;
  return nullptr;
}

Watch watch_of(const Rulebook& rules, const AlertSettings& s, const Rule& rule, int current_stage) {
  Watch w;
  w.rule = &rule;
  w.comparison = rule.primary.comparison;
  w.threshold = rule.primary.threshold;
  const bool box = current_stage == 1;
  switch (rule.primary.metric) {
    case Metric::app_cpu_pct:
      w.source = Source::app_cpu;
      w.measures = box ? "the box's CPU (node_exporter on the box)" : "each app server's CPU (node_exporter on it)";
      break;
    case Metric::db_cpu_pct:
      w.source = box ? Source::app_cpu : Source::db_cpu;
      w.measures = box ? "the box's CPU (node_exporter on the box): on stage 1 the database shares the box, so its "
                         "CPU is the box's"
                       : "the database host's CPU (node_exporter on it; a managed database has none: use the "
                         "CloudWatch template)";
      break;
    case Metric::db_query_ms:
      w.source = Source::query_time;
      w.measures = "the mean statement time of pg_stat_statements (postgres_exporter): total time over calls";
      break;
    case Metric::p95_ms:
      w.source = Source::p95;
      w.measures = "the 95th percentile of the request-duration histogram " + s.latency_metric;
      break;
    case Metric::pool_exhausted:
      w.source = Source::connections;
      w.comparison = Comparison::greater_equal;
      w.threshold = s.connections_used_up_pct;
      w.measures = "connections in use (pg_stat_activity_count) as a share of max_connections (postgres_exporter)";
      break;
    default: break;
  }
  const bool above = w.comparison == Comparison::greater || w.comparison == Comparison::greater_equal;
  w.warning = w.threshold * (above ? 1 - s.warning_margin_pct / 100 : 1 + s.warning_margin_pct / 100);
  (void)rules;
  return w;
}

std::vector<Watch> watches(const Rulebook& rules, const AlertSettings& s, const Metrics& m) {
  std::vector<Watch> out;
  for (const Rule& r : rules.triggers)
    if (r.stage > m.current_stage) out.push_back(watch_of(rules, s, r, m.current_stage));
  return out;
}

std::string braces(const std::string& fixed, const std::string& extra) {
  if (fixed.empty() && extra.empty()) return "";
  return "{" + fixed + (!fixed.empty() && !extra.empty() ? "," : "") + extra + "}";
}

std::string expression(const AlertSettings& s, const Watch& w) {
  const std::string& win = s.window;
  switch (w.source) {
    case Source::app_cpu:
    case Source::db_cpu:
      return "100 * (1 - avg by (instance) (rate(node_cpu_seconds_total" +
             braces("mode=\"idle\"", w.source == Source::app_cpu ? s.app_selector : s.db_selector) + "[" + win + "])))";
    case Source::query_time:
      return "1000 * sum by (instance) (rate(pg_stat_statements_seconds_total" + braces("", s.postgres_selector) + "[" +
             win + "])) / sum by (instance) (rate(pg_stat_statements_calls_total" + braces("", s.postgres_selector) +
             "[" + win + "]))";
    case Source::p95:
      return "1000 * histogram_quantile(0.95, sum by (le) (rate(" + s.latency_metric + "_bucket" +
             braces("", s.http_selector) + "[" + win + "])))";
    case Source::connections:
      return "100 * sum by (instance) (pg_stat_activity_count" + braces("", s.postgres_selector) +
             ") / max by (instance) (pg_settings_max_connections" + braces("", s.postgres_selector) + ")";
    case Source::none: break;
  }
  return "";
}

const char* symbol(Comparison c) {
  switch (c) {
    case Comparison::greater: return ">";
    case Comparison::greater_equal: return ">=";
    case Comparison::less: return "<";
    case Comparison::less_equal: return "<=";
    case Comparison::is: break;
  }
  return "==";
}

// The comparison that holds on the other side of a threshold: > against <=.
Comparison opposite(Comparison c) {
  switch (c) {
    case Comparison::greater: return Comparison::less_equal;
    case Comparison::greater_equal: return Comparison::less;
    case Comparison::less: return Comparison::greater_equal;
    case Comparison::less_equal: return Comparison::greater;
    case Comparison::is: break;
  }
  return c;
}

// The condition in words at a level: "database CPU above 48%".
std::string level_words(const Rulebook& rules, const Watch& w, double level) {
  if (w.source == Source::connections) return "connections in use at or above " + num(level) + "% of max_connections";
  Condition c = w.rule->primary;
  c.threshold = level;
  return describe_condition(rules, c);
}

// The threshold alone, with its unit: "60%", "300 ms".
std::string threshold_words(const Rulebook& rules, const Watch& w) {
  if (w.source == Source::connections) return num(w.threshold) + "%";
  return format_threshold(rules, w.rule->primary);
}

// The trigger's other conditions in words, each with whether the reader's input says it holds.
std::string also_needs(const Rulebook& rules, const Rule& r, const Metrics& m) {
  std::string out;
  const auto words = [&](const Condition& c) {
    return describe_condition(rules, c) + (condition_holds(c, m) ? " (true in your input)" : " (not in your input)");
  };
  for (const Condition& c : r.all_of) out += (out.empty() ? "" : "; ") + words(c);
  if (!r.any_of.empty()) {
    out += std::string(out.empty() ? "" : "; and ") + "one of: ";
    for (size_t i = 0; i < r.any_of.size(); ++i) out += (i ? ", " : "") + words(r.any_of[i]);
  }
  return out;
}

std::string page(const AlertSettings& s, int stage) {
  return s.base_url + s.stage_pages.at(static_cast<size_t>(stage - 1));
}

// The flags a watched trigger also needs, each once, for the notes on what no exporter sees.
std::vector<Metric> flags_needed(const std::vector<Watch>& ws) {
  std::vector<Metric> out;
  for (const Watch& w : ws) {
    if (w.source == Source::none) continue;
    for (const auto* list : {&w.rule->all_of, &w.rule->any_of})
      for (const Condition& c : *list) {
        bool seen = false;
        for (Metric f : out) seen |= f == c.metric;
        if (!seen && is_boolean(c.metric)) out.push_back(c.metric);
      }
  }
  return out;
}

void comment(std::string& out, const std::string& text, const std::string& lead = "# ") {
  // Wrapped at about 100 columns so the file reads in a terminal.
  std::string line = lead;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (line.size() > lead.size() && line.size() + word.size() + 1 > 100) {
      out += line + "\n";
      line = lead + "  ";
    }
    line += (line.size() > lead.size() && line.back() != ' ' ? " " : "") + word;
    start = end + 1;
  }
  out += line + "\n";
}

std::string header_words(const Rulebook& rules, const AlertSettings& s, const Metrics& m) {
  const Stage& st = rules.stage(m.current_stage);
  return "For a reader on stage " + std::to_string(m.current_stage) + " (" + st.name +
         "): one rule for every trigger of content/rules.json that leads to a later stage, at two levels. The "
         "warning fires " +
         num(s.warning_margin_pct) +
         "% of the threshold before it and gives way to the critical alert at the threshold itself. Rates are "
         "taken over " +
         s.window + ".";
}

}  // namespace

std::string prometheus_rules(const Rulebook& rules, const AlertSettings& s, const Metrics& m) {
  const std::vector<Watch> ws = watches(rules, s, m);
  std::string out = "# Generated by rightsize alerts --format prometheus. Check it with: promtool check rules FILE\n";
  comment(out, header_words(rules, s, m));
  if (m.current_stage == 1)
    comment(out,
            "On stage 1 the database shares the box: its CPU rules measure the box's CPU, with node_exporter "
            "on the box.");
  for (const Watch& w : ws) {
    if (w.source != Source::none) continue;
    const std::string* how = note(s, metric_name(w.rule->primary.metric));
    comment(out, "Not watched by any exporter: " + w.rule->id + " (stage " + std::to_string(w.rule->stage) +
                     "): " + w.rule->sentence + (how ? " " + *how : ""));
  }
  for (Metric f : flags_needed(ws))
    if (const std::string* how = note(s, metric_name(f)))
      comment(out, "Not watched by any exporter: " + std::string(metric_name(f)) + ", which a rule below also needs. " +
                       *how);
  out += "groups:\n  - name: rightsize\n";
  std::string body;
  for (const Watch& w : ws) {
    if (w.source == Source::none) continue;
    const Rule& r = *w.rule;
    const Stage& target = rules.stage(r.stage);
    const std::string e = expression(s, w);
    const std::string extra = also_needs(rules, r, m);
    for (int level = 0; level < 2; ++level) {
      const bool critical = level == 1;
      const std::string expr = critical ? e + " " + symbol(w.comparison) + " " + num(w.threshold)
                                        : e + " " + symbol(w.comparison) + " " + num(w.warning) + " and " + e + " " +
                                              symbol(opposite(w.comparison)) + " " + num(w.threshold);
      const std::string summary = critical
                                      ? level_words(rules, w, w.threshold)
                                      : level_words(rules, w, w.warning) + ", approaching " + threshold_words(rules, w);
      body += "      - alert: Rightsize" + camel(r.id) + (critical ? "Critical" : "Warning") + "\n";
      body += "        expr: " + quote(expr) + "\n";
      body += "        labels:\n          severity: " + std::string(critical ? "critical" : "warning") + "\n";
      body += "          trigger: " + r.id + "\n          stage: \"" + std::to_string(r.stage) + "\"\n";
      body += "        annotations:\n";
      body += "          summary: " + quote(summary) + "\n";
      body += "          description: " + quote(r.sentence) + "\n";
      body += "          move: " + quote(target.move_text) + "\n";
      body += "          move_id: " + quote(target.move) + "\n";
      body += "          stage_page: " + quote(page(s, r.stage)) + "\n";
      body += "          measures: " + quote(w.measures) + "\n";
      if (!extra.empty()) body += "          also_needs: " + quote(extra) + "\n";
    }
  }
  out += body.empty() ? "    rules: []\n" : "    rules:\n" + body;
  return out;
}

namespace {

struct Alarm {
  std::string namespace_, metric, dimensions, condition;
  double scale = 1;  // from the rulebook's unit to CloudWatch's
  bool math = false;
};

std::string dimension(const std::string& name, const std::string& param) {
  return "        - Name: " + name + "\n          Value: !Ref " + param + "\n";
}

}  // namespace

std::string cloudformation_template(const Rulebook& rules, const AlertSettings& s, const Metrics& m) {
  const std::vector<Watch> ws = watches(rules, s, m);
  const long period = duration_seconds(s.window).value_or(300);
  bool app = false, db = false, lb = false, conn = false;
  std::vector<std::string> unwatched;
  std::string resources;
  for (const Watch& w : ws) {
    const Rule& r = *w.rule;
    Alarm a;
    switch (w.source) {
      case Source::app_cpu:
        a = {"AWS/EC2", "CPUUtilization", dimension("InstanceId", "AppInstanceId"), "", 1, false};
        app = true;
        break;
      case Source::db_cpu:
        a = {"AWS/RDS", "CPUUtilization", dimension("DBInstanceIdentifier", "DBInstanceIdentifier"), "HasDatabase", 1,
             false};
        db = true;
        break;
      case Source::connections:
        if (m.current_stage == 1)
          unwatched.push_back(r.id +
                              ": while PostgreSQL runs on the box, outside RDS, CloudWatch has no connection "
                              "count: use the Prometheus rule (postgres_exporter). The alarm below is made "
                              "only when DBInstanceIdentifier names an RDS instance.");
        a = {"AWS/RDS",
             "DatabaseConnections",
             dimension("DBInstanceIdentifier", "DBInstanceIdentifier"),
             "HasDatabase",
             1,
             true};
        db = conn = true;
        break;
      case Source::p95:
        a = {"AWS/ApplicationELB",
             "TargetResponseTime",
             dimension("LoadBalancer", "LoadBalancer") + dimension("TargetGroup", "TargetGroup"),
             "HasLoadBalancer",
             0.001,
             false};
        if (!lb)
          unwatched.push_back(
              "p95_ms: TargetResponseTime exists only behind a load balancer; without one, use the "
              "Prometheus rule on the request-duration histogram. The p95 alarms are made only when "
              "LoadBalancer is given.");
        lb = true;
        break;
      case Source::query_time: {
        const std::string* how = note(s, "db_query_ms_cloudwatch");
        unwatched.push_back(r.id + ": " + (how ? *how : std::string()));
        continue;
      }
      case Source::none: {
        const std::string* how = note(s, metric_name(r.primary.metric));
        unwatched.push_back(r.id + ": " + (how ? *how : r.sentence));
        continue;
      }
    }
    const bool above = w.comparison == Comparison::greater || w.comparison == Comparison::greater_equal;
    const char* op = w.comparison == Comparison::greater         ? "GreaterThanThreshold"
                     : w.comparison == Comparison::greater_equal ? "GreaterThanOrEqualToThreshold"
                     : w.comparison == Comparison::less          ? "LessThanThreshold"
                                                                 : "LessThanOrEqualToThreshold";
    (void)above;
    const Stage& target = rules.stage(r.stage);
    for (int level = 0; level < 2; ++level) {
      const bool critical = level == 1;
      const double t = (critical ? w.threshold : w.warning) * a.scale;
      std::string desc = std::string(critical ? "critical" : "warning") + ": " +
                         level_words(rules, w, critical ? w.threshold : w.warning) + ". " + r.sentence +
                         " Move: " + target.move_text + " " + page(s, r.stage);
      if (desc.size() > 1000) desc = desc.substr(0, 1000);
      resources += "  " + camel(r.id) + (critical ? "Critical" : "Warning") + ":\n";
      resources += "    Type: AWS::CloudWatch::Alarm\n";
      if (!a.condition.empty()) resources += "    Condition: " + a.condition + "\n";
      resources += "    Properties:\n";
      resources +=
          "      AlarmName: !Sub \"${AWS::StackName}-" + r.id + "-" + (critical ? "critical" : "warning") + "\"\n";
      resources += "      AlarmDescription: " + quote(desc) + "\n";
      if (a.math) {
        resources += "      Metrics:\n        - Id: connections\n          ReturnData: false\n";
        resources += "          MetricStat:\n            Stat: Maximum\n            Period: " + std::to_string(period) +
                     "\n            Metric:\n              Namespace: " + a.namespace_ +
                     "\n              MetricName: " + a.metric + "\n              Dimensions:\n";
        std::string dims = a.dimensions;
        std::string indented;
        size_t pos = 0;
        while (pos < dims.size()) {
          size_t nl = dims.find('\n', pos);
          indented += "        " + dims.substr(pos, nl - pos + 1);
          pos = nl + 1;
        }
        resources += indented;
        resources += "        - Id: used_pct\n          ReturnData: true\n";
        resources += "          Label: connections in use, % of max_connections\n";
        resources += "          Expression: !Sub \"100 * connections / ${DBMaxConnections}\"\n";
      } else {
        resources += "      Namespace: " + a.namespace_ + "\n      MetricName: " + a.metric + "\n";
        resources += "      Dimensions:\n" + a.dimensions;
        resources += w.source == Source::p95 ? "      ExtendedStatistic: p95\n" : "      Statistic: Average\n";
        resources += "      Period: " + std::to_string(period) + "\n";
      }
      resources += "      EvaluationPeriods: 1\n";
      resources += "      Threshold: " + num(t) + "\n";
      resources += "      ComparisonOperator: " + std::string(op) + "\n";
      resources += "      TreatMissingData: notBreaching\n";
    }
  }
  for (Metric f : flags_needed(ws))
    if (const std::string* how = note(s, metric_name(f)))
      unwatched.push_back(std::string(metric_name(f)) + ": " + *how);

  std::string out = "# Generated by rightsize alerts --format cloudformation.\n";
  comment(out, header_words(rules, s, m));
  out += "AWSTemplateFormatVersion: \"2010-09-09\"\n";
  out += "Description: " +
         quote("rightsize alarms for a reader on stage " + std::to_string(m.current_stage) + " (" +
               rules.stage(m.current_stage).name +
               "): a warning before each trigger's threshold and a critical "
               "alarm at it. What CloudWatch cannot watch is listed under Metadata.") +
         "\n";
  out += "Metadata:\n  Rightsize:\n    Unwatched:";
  if (unwatched.empty()) out += " []";
  out += "\n";
  for (const std::string& u : unwatched) out += "      - " + quote(u) + "\n";
  out += "Parameters:\n";
  if (app)
    out += "  AppInstanceId:\n    Type: AWS::EC2::Instance::Id\n    Description: " +
           quote(m.current_stage == 1 ? "The box: the EC2 instance that runs the app and the database"
                                      : "The EC2 instance of the app server") +
           "\n";
  if (db)
    out +=
        "  DBInstanceIdentifier:\n    Type: String\n    Default: \"\"\n    Description: \"The RDS DB instance "
        "identifier; leave empty to skip the database alarms\"\n";
  if (conn)
    out +=
        "  DBMaxConnections:\n    Type: Number\n    Description: \"The database's max_connections (SHOW "
        "max_connections)\"\n";
  if (lb)
    out +=
        "  LoadBalancer:\n    Type: String\n    Default: \"\"\n    Description: \"The load balancer's "
        "dimension, app/NAME/ID (the end of its ARN); leave empty without a load balancer\"\n"
        "  TargetGroup:\n    Type: String\n    Default: \"\"\n    Description: \"The target group's dimension, "
        "targetgroup/NAME/ID (the end of its ARN)\"\n";
  if (!app && !db && !lb)
    out +=
        "  Unused:\n    Type: String\n    Default: \"\"\n    Description: \"Nothing CloudWatch measures "
        "leads to a later stage from here\"\n";
  if (db || lb) {
    out += "Conditions:\n";
    if (db) out += "  HasDatabase: !Not [!Equals [!Ref DBInstanceIdentifier, \"\"]]\n";
    if (lb) out += "  HasLoadBalancer: !Not [!Equals [!Ref LoadBalancer, \"\"]]\n";
  }
  out += "Resources:\n";
  if (resources.empty())
    out += "  Nothing:\n    Type: AWS::CloudFormation::WaitConditionHandle\n";
  else
    out += resources;
  return out;
}

namespace {

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// A note for the CLI names the input's fields ("set needs_redundancy"); a page says the label.
std::string with_labels(const Rulebook& rules, std::string text) {
  for (int i = 0; i < kMetricCount; ++i) {
    const std::string id = metric_name(static_cast<Metric>(i));
    const std::string label = "\u201c" + rules.words[static_cast<size_t>(i)].label + "\u201d";
    for (size_t at = text.find(id); at != std::string::npos; at = text.find(id, at)) {
      const size_t end = at + id.size();
      if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) {
        at = end;
        continue;
      }
      text.replace(at, id.size(), label);
      at += label.size();
    }
  }
  return text;
}

Value text_value(const std::string& s) { return Value::of_string(s); }

}  // namespace

Value alerts_in_words(const Rulebook& rules, const AlertSettings& s, const Metrics& m) {
  const std::vector<Watch> ws = watches(rules, s, m);
  Value list = Value::array();
  for (const Watch& w : ws) {
    const Rule& r = *w.rule;
    const Stage& target = rules.stage(r.stage);
    Value item = Value::object();
    item.set("stage", Value::of_number(r.stage));
    item.set("stage_name", text_value(target.name));
    item.set("trigger", text_value(r.sentence));
    item.set("move", text_value(target.move_text));
    item.set("stage_page", text_value(page(s, r.stage)));
    if (w.source == Source::none) {
      const std::string* how = note(s, metric_name(r.primary.metric));
      item.set("how_to_watch", text_value(how ? with_labels(rules, *how) : std::string()));
    } else {
      item.set("measures", text_value(w.measures));
      item.set("warning", text_value(level_words(rules, w, w.warning) + ", approaching " + threshold_words(rules, w)));
      item.set("critical", text_value(level_words(rules, w, w.threshold)));
      const std::string extra = also_needs(rules, r, m);
      if (!extra.empty()) item.set("also_needs", text_value(extra));
    }
    list.push(std::move(item));
  }
  Value also = Value::array();
  for (Metric f : flags_needed(ws))
    if (const std::string* how = note(s, metric_name(f))) {
      Value item = Value::object();
      item.set("flag", text_value(rules.words[static_cast<size_t>(f)].label));
      item.set("how_to_watch", text_value(with_labels(rules, *how)));
      also.push(std::move(item));
    }
  Value out = Value::object();
  out.set("rules", std::move(list));
  out.set("also_watch", std::move(also));
  return out;
}

}  // namespace rightsize
