// The triggers as the alerts a reader's monitoring already reads: Prometheus rule files for
// node_exporter, postgres_exporter and a request-duration histogram, and CloudWatch alarms as
// a CloudFormation template. Thresholds are the rulebook's; content/alerts.json says how far
// before each one the warning comes and how to watch what no exporter measures.
#pragma once

#include <string>
#include <vector>

#include "rightsize/metrics.hpp"
#include "rightsize/result.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct UnwatchedNote {
  std::string key, text;
};

struct AlertSettings {
  double warning_margin_pct = 0;
  std::string window;  // a Prometheus duration: "5m"
  double connections_used_up_pct = 0;
  std::string latency_metric;
  // Extra label matchers by source: app, db, postgres, http.
  std::string app_selector, db_selector, postgres_selector, http_selector;
  std::vector<std::string> stage_pages;  // by stage number - 1
  std::vector<UnwatchedNote> unwatched;
  std::string base_url;  // put before each stage page; empty by default
};

// Reads content/alerts.json; errors name the path inside the file.
Result<AlertSettings> read_alert_settings(const Value& doc, int stage_count);

// Overrides one source's matchers ("app", "db", "postgres" or "http"); false for another name.
bool set_alert_selector(AlertSettings& settings, const std::string& kind, const std::string& matchers);

// The rule file (YAML) and the template (YAML) for a reader on `metrics.current_stage`.
std::string prometheus_rules(const Rulebook& rules, const AlertSettings& settings, const Metrics& metrics);
std::string cloudformation_template(const Rulebook& rules, const AlertSettings& settings, const Metrics& metrics);

// The same rules in words, for a page: {rules: [...], also_watch: [...]}. One rule per trigger
// that leads past the reader's stage, in the rulebook's order: stage, stage_name, trigger (its
// sentence), move, stage_page, and either measures, warning and critical (each level with its
// unit) and also_needs (its other conditions, when it has any), or how_to_watch when no
// exporter measures it. also_watch: [{flag, how_to_watch}] for the flags a watched rule needs.
// Field names inside the notes become the labels a reader sees on the form.
Value alerts_in_words(const Rulebook& rules, const AlertSettings& settings, const Metrics& metrics);

}  // namespace rightsize
