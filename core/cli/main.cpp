// rightsize: the calculator at the command line.
//   rightsize recommend [--input FILE] [--text] [--rules FILE]
//   rightsize timeline  [--input FILE] [--csv]  [--rules FILE]
//   rightsize share     [--input FILE] [--rules FILE]
//   rightsize decode    FRAGMENT
//   rightsize compare   [--input FILE] [--csv]  [--rules FILE]
//   rightsize scale-choice [--input FILE] [--rules FILE]
//   rightsize alerts    [--input FILE] [--rules FILE] --format prometheus|cloudformation
//   rightsize plan      [--input FILE] [--rules FILE] --format markdown|ics
// Reads a JSON input (stdin by default), prints JSON on stdout. Input errors go to
// stderr, one line per field, with exit status 2; usage errors exit with 64.
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "embedded_content.hpp"
#include "input_file.hpp"
#include "measure_command.hpp"
#include "rightsize/alert_options.hpp"
#include "rightsize/alerts.hpp"
#include "rightsize/assumptions.hpp"
#include "rightsize/compare.hpp"
#include "rightsize/csv.hpp"
#include "rightsize/json.hpp"
#include "rightsize/plan.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/scale_choice.hpp"
#include "rightsize/share.hpp"
#include "rightsize/timeline.hpp"
#include "text_output.hpp"

namespace {

using namespace rightsize;

constexpr int kInputError = 2;
constexpr int kUsageError = 64;

const char* const kUsage =
    "usage: rightsize recommend [--input FILE] [--text] [--rules FILE]\n"
    "       rightsize timeline  [--input FILE] [--csv]  [--rules FILE]\n"
    "       rightsize share     [--input FILE] [--rules FILE]\n"
    "       rightsize decode    FRAGMENT\n"
    "       rightsize compare   [--input FILE] [--csv]  [--rules FILE]\n"
    "       rightsize scale-choice [--input FILE] [--rules FILE]\n"
    "       rightsize alerts    [--input FILE] [--rules FILE] --format prometheus|cloudformation\n"
    "                           [--selector app|db|postgres|http=MATCHERS]... [--latency-metric NAME]\n"
    "                           [--base-url URL]\n"
    "       rightsize plan      [--input FILE] [--rules FILE] --format markdown|ics\n"
    "  Reads the input JSON from FILE or standard input and prints the result as JSON.\n"
    "  share    checks the input as timeline does and prints its share-link fragment\n"
    "  decode   prints the input JSON a fragment (or a whole link) holds\n"
    "  scale-choice  one bigger server against \"servers\" smaller ones behind a load balancer\n"
    "  --text   (recommend) print a readable summary instead of JSON\n"
    "  --csv    (timeline, compare) print the monthly table as CSV instead of JSON\n"
    "  alerts   the triggers that lead past current_stage as Prometheus rules or CloudWatch alarms\n"
    "  plan     the timeline's moves as a checklist by month (markdown) or an iCalendar file (ics)\n"
    "  --rules  use this rulebook instead of the built-in content/rules.json\n";

struct Options {
  std::string command, input_path, rules_path, fragment, format, latency_metric, base_url;
  std::vector<std::pair<std::string, std::string>> selectors;  // alerts: --selector KIND=MATCHERS
  bool text = false, csv = false, has_fragment = false;
};

// A file's text, or a content/ file compiled in; both are named in messages.
struct Source {
  std::string name, text;
};

int report(const std::vector<FieldError>& errors, const std::string& source) {
  for (const FieldError& e : errors)
    std::cerr << "rightsize: " << source << ": " << e.field << ": " << e.message << "\n";
  return kInputError;
}

// The errors of an {"ok": false, "errors": [...]} document.
std::vector<FieldError> errors_of(const Value& doc) {
  std::vector<FieldError> out;
  for (const Value& e : doc.find("errors")->items) out.push_back({e.find("field")->text, e.find("message")->text});
  return out;
}

// A file's text, or standard input's; a path that cannot be read, or holds more than an
// input may, is refused as the field "input" would be.
bool read_source(const std::string& path, Source& out) {
  out.name = path.empty() || path == "-" ? "stdin" : path;
  std::string problem;
  if (cli::read_json_input(path, out.text, problem)) return true;
  report({{"input", problem}}, out.name);
  return false;
}

// Parses a source and checks it with `read`; reports and returns false on any error.
template <class T, class Reader>
bool load(const Source& source, Reader read, T& out) {
  Result<Value> parsed = parse_json_text(source.text, "input");
  if (!parsed.ok()) return report(parsed.errors, source.name), false;
  Result<T> checked = read(*parsed.value);
  if (!checked.ok()) return report(checked.errors, source.name), false;
  out = std::move(*checked.value);
  return true;
}

bool parse_args(int argc, char** argv, Options& o) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return false;
  o.command = args[0];
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--text" && o.command == "recommend") {
      o.text = true;
    } else if (a == "--csv" && (o.command == "timeline" || o.command == "compare")) {
      o.csv = true;
    } else if (a == "--format" && (o.command == "alerts" || o.command == "plan") && i + 1 < args.size()) {
      o.format = args[++i];
    } else if (a == "--latency-metric" && o.command == "alerts" && i + 1 < args.size()) {
      o.latency_metric = args[++i];
    } else if (a == "--base-url" && o.command == "alerts" && i + 1 < args.size()) {
      o.base_url = args[++i];
    } else if (a == "--selector" && o.command == "alerts" && i + 1 < args.size()) {
      const std::string& v = args[++i];
      const size_t eq = v.find('=');
      o.selectors.emplace_back(v.substr(0, eq), eq == std::string::npos ? std::string() : v.substr(eq + 1));
    } else if ((a == "--input" || a == "--rules") && i + 1 < args.size()) {
      (a == "--input" ? o.input_path : o.rules_path) = args[++i];
    } else if (a.rfind("--input=", 0) == 0) {
      o.input_path = a.substr(8);
    } else if (a.rfind("--rules=", 0) == 0) {
      o.rules_path = a.substr(8);
    } else if (o.command == "decode" && !o.has_fragment && a.rfind("--", 0) != 0) {
      o.fragment = a;
      o.has_fragment = true;
    } else {
      std::cerr << "rightsize: unknown argument " << a << "\n";
      return false;
    }
  }
  if (o.command == "decode") return o.has_fragment && o.input_path.empty() && o.rules_path.empty();
  return o.command == "recommend" || o.command == "timeline" || o.command == "share" || o.command == "compare" ||
         o.command == "scale-choice" || o.command == "alerts" || o.command == "plan";
}

// A one-line refusal that names an option, as input errors name fields.
int refuse(const std::string& option, const std::string& message) {
  std::cerr << "rightsize: " << option << ": " << message << "\n";
  return kInputError;
}

// The core names the field an option fills ("selectors"); the CLI says the option (--selector).
int refuse(const FieldError& e) {
  const std::string option = e.field == "selectors"        ? "--selector"
                             : e.field == "latency_metric" ? "--latency-metric"
                                                           : "--" + e.field;
  return refuse(option, e.message);
}

int alerts(const Options& o, const Rulebook& rules, const Value& input, const std::string& source) {
  if (std::optional<FieldError> e = check_alert_format(o.format)) return refuse(*e);
  Result<Metrics> metrics = read_metrics(input, rules.stage_count());
  if (!metrics.ok()) return report(metrics.errors, source);
  AlertSettings settings;
  if (!load(
          Source{"built-in content/alerts.json", std::string(cli::kAlertsJson)},
          [&](const Value& v) { return read_alert_settings(v, rules.stage_count()); }, settings))
    return kInputError;
  if (std::optional<FieldError> e =
          apply_alert_options(settings, {o.format, o.selectors, o.latency_metric, o.base_url}))
    return refuse(*e);
  std::cout << alerts_text(rules, settings, *metrics.value, o.format);
  return 0;
}

// The input must pass the readers before it becomes a link, so a link always opens.
int share(const Model& model, const Value& input, const std::string& source) {
  Result<TimelineInput> checked = read_timeline_input(model, input);
  if (!checked.ok()) return report(checked.errors, source);
  Result<std::string> fragment = share_encode(input);
  if (!fragment.ok()) return report(fragment.errors, source);
  std::cout << *fragment.value << "\n";
  return 0;
}

int decode(const std::string& fragment) {
  Result<Value> input = share_decode(fragment);
  if (!input.ok()) return report(input.errors, "decode");
  std::cout << to_json(*input.value).dump(2) << "\n";
  return 0;
}

int plan(const Options& o, const Model& model, const Value& input, const std::string& source);

int run(const Options& o) {
  if (o.command == "decode") return decode(o.fragment);
  Source rules_source{"built-in content/rules.json", std::string(cli::kRulesJson)};
  if (!o.rules_path.empty() && !read_source(o.rules_path, rules_source)) return kInputError;
  Rulebook rules;
  if (!load(rules_source, read_rulebook, rules)) return kInputError;

  Source input_source;
  if (!read_source(o.input_path, input_source)) return kInputError;
  Result<Value> input = parse_json_text(input_source.text, "input");
  if (!input.ok()) return report(input.errors, input_source.name);

  AssumptionBook assumptions;
  if (!load(Source{"built-in content/assumptions.json", std::string(cli::kAssumptionsJson)}, read_assumption_book,
            assumptions))
    return kInputError;

  if (o.command == "alerts") return alerts(o, rules, *input.value, input_source.name);
  if (o.command == "recommend") {
    Result<Metrics> metrics = read_metrics(*input.value, rules.stage_count());
    if (!metrics.ok()) return report(metrics.errors, input_source.name);
    const Value result = recommendation_to_value(rules, assumptions, *metrics.value, recommend(rules, *metrics.value));
    std::cout << (o.text ? cli::recommendation_text(result) : to_json(result).dump(2) + "\n");
    return 0;
  }
  std::vector<NamedCatalogue> catalogues;
  for (const cli::EmbeddedFile& f : cli::kCatalogues) {
    NamedCatalogue named{std::string(f.name), {}};
    const Source source{"built-in content/pricing/" + named.name + ".json", std::string(f.text)};
    if (!load(source, read_catalogue, named.catalogue)) return kInputError;
    catalogues.push_back(std::move(named));
  }
  CurrencyBook currencies;
  if (!load(Source{"built-in content/currencies.json", std::string(cli::kCurrenciesJson)}, read_currency_book,
            currencies))
    return kInputError;
  std::vector<ManagedService> services;
  for (const cli::EmbeddedFile& f : cli::kServices) {
    const std::string name(f.name);
    ManagedService service;
    const auto read = [&](const Value& doc) { return read_managed_service(name, doc); };
    if (!load(Source{"built-in content/services/" + name + ".json", std::string(f.text)}, read, service))
      return kInputError;
    services.push_back(std::move(service));
  }
  const Model model{&rules, &assumptions, &catalogues, &currencies, &services};
  if (o.command == "share") return share(model, *input.value, input_source.name);
  if (o.command == "plan") return plan(o, model, *input.value, input_source.name);
  if (o.command == "scale-choice") {
    const Value doc = scale_choice_document(model, *input.value);
    if (!doc.find("ok")->boolean) return report(errors_of(doc), input_source.name);
    std::cout << to_json(*doc.find("result")).dump(2) << "\n";
    return 0;
  }
  if (o.command == "compare") {
    const Value doc = compare_document(model, *input.value);
    if (!doc.find("ok")->boolean) return report(errors_of(doc), input_source.name);
    const Value& result = *doc.find("result");
    std::cout << (o.csv ? compare_csv(result) : to_json(result).dump(2) + "\n");
    return 0;
  }
  Result<TimelineInput> timeline = read_timeline_input(model, *input.value);
  if (!timeline.ok()) return report(timeline.errors, input_source.name);
  const Value result = timeline_to_value(model, *timeline.value);
  std::cout << (o.csv ? timeline_csv(result) : to_json(result).dump(2) + "\n");
  return 0;
}

// The timeline input with its start_month taken out (the timeline's readers refuse a field
// they do not know), and that month: the one given, or today's in UTC.
int plan(const Options& o, const Model& model, const Value& input, const std::string& source) {
  if (std::optional<FieldError> e = check_plan_format(o.format)) return refuse(*e);
  Value timeline_input = input;
  Result<std::optional<YearMonth>> taken = take_start_month(timeline_input);
  if (!taken.ok()) return report(taken.errors, source);
  std::optional<YearMonth> start = *taken.value;
  if (!start) {
    const std::time_t now = std::time(nullptr);
    const std::tm* utc = std::gmtime(&now);
    start = YearMonth{utc->tm_year + 1900, utc->tm_mon + 1};
  }
  Result<TimelineInput> timeline = read_timeline_input(model, timeline_input);
  if (!timeline.ok()) return report(timeline.errors, source);
  PlanBook book;
  if (!load(Source{"built-in content/plan.json", std::string(cli::kPlanJson)}, read_plan_book, book))
    return kInputError;
  const Value doc = timeline_to_value(model, *timeline.value);
  std::cout << (o.format == "ics" ? plan_ics(book, doc, *start) : plan_markdown(book, doc, *start));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "measure") return rightsize::cli::measure_main(argc - 2, argv + 2);
  Options options;
  if (!parse_args(argc, argv, options)) {
    std::cerr << kUsage << rightsize::cli::kMeasureSummary;
    return kUsageError;
  }
  try {
    return run(options);
  } catch (const std::exception& e) {  // a defect, not an input problem: say so plainly
    std::cerr << "rightsize: internal error: " << e.what() << "\n";
    return 1;
  }
}
