// rightsize: the calculator at the command line.
//   rightsize recommend [--input FILE] [--text] [--rules FILE]
// Reads a JSON input (stdin by default), prints JSON on stdout. Input errors go to
// stderr, one line per field, with exit status 2; usage errors exit with 64.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "embedded_content.hpp"
#include "rightsize/json.hpp"
#include "rightsize/recommend.hpp"
#include "rightsize/rulebook.hpp"
#include "text_output.hpp"

namespace {

using namespace rightsize;

constexpr int kInputError = 2;
constexpr int kUsageError = 64;

const char* const kUsage =
    "usage: rightsize recommend [--input FILE] [--text] [--rules FILE]\n"
    "  Reads the input JSON from FILE or standard input and prints the result as JSON.\n"
    "  --text   print a readable summary instead of JSON\n"
    "  --rules  use this rulebook instead of the built-in content/rules.json\n";

struct Options {
  std::string command, input_path, rules_path;
  bool text = false;
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

int report(const std::vector<FieldError>& errors, const std::string& source) {
  for (const FieldError& e : errors)
    std::cerr << "rightsize: " << source << ": " << e.field << ": " << e.message << "\n";
  return kInputError;
}

// Reads and parses one JSON document from a file or stdin; errors are reported.
bool load_document(const std::string& path, const std::string& field, Value& out, int& status) {
  std::string text;
  if (path.empty() || path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (!read_file(path, text)) {
    std::cerr << "rightsize: cannot read " << field << " file " << path << "\n";
    status = kInputError;
    return false;
  }
  Result<Value> parsed = parse_json_text(text, field);
  if (!parsed.ok()) {
    status = report(parsed.errors, path.empty() ? "stdin" : path);
    return false;
  }
  out = std::move(*parsed.value);
  return true;
}

bool parse_args(int argc, char** argv, Options& o) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return false;
  o.command = args[0];
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--text") {
      o.text = true;
    } else if ((a == "--input" || a == "--rules") && i + 1 < args.size()) {
      (a == "--input" ? o.input_path : o.rules_path) = args[++i];
    } else if (a.rfind("--input=", 0) == 0) {
      o.input_path = a.substr(8);
    } else if (a.rfind("--rules=", 0) == 0) {
      o.rules_path = a.substr(8);
    } else {
      std::cerr << "rightsize: unknown argument " << a << "\n";
      return false;
    }
  }
  return o.command == "recommend";
}

int run(const Options& o) {
  int status = 0;
  Value rules_doc;
  if (o.rules_path.empty()) {
    Result<Value> parsed = parse_json_text(cli::kRulesJson, "rules");
    if (!parsed.ok()) return report(parsed.errors, "built-in rules");
    rules_doc = std::move(*parsed.value);
  } else if (!load_document(o.rules_path, "rules", rules_doc, status)) {
    return status;
  }
  Result<Rulebook> rules = read_rulebook(rules_doc);
  if (!rules.ok()) return report(rules.errors, o.rules_path.empty() ? "built-in rules" : o.rules_path);

  Value input;
  if (!load_document(o.input_path, "input", input, status)) return status;
  Result<Metrics> metrics = read_metrics(input, rules.value->stage_count());
  if (!metrics.ok()) return report(metrics.errors, o.input_path.empty() ? "stdin" : o.input_path);
  const Value result =
      recommendation_to_value(*rules.value, *metrics.value, recommend(*rules.value, *metrics.value));
  std::cout << (o.text ? cli::recommendation_text(result) : to_json(result).dump(2) + "\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_args(argc, argv, options)) {
    std::cerr << kUsage;
    return kUsageError;
  }
  try {
    return run(options);
  } catch (const std::exception& e) {  // a defect, not an input problem: say so plainly
    std::cerr << "rightsize: internal error: " << e.what() << "\n";
    return 1;
  }
}
