// rightsize measure [--access-log FILE]... [--queries FILE] [--app-cpu FILE] [--db-cpu FILE]
//                   [--format NAME]... [--duration-field NAME[:UNIT]] [--users N]
// Streams each file through the core in chunks and prints one JSON document that
// `rightsize recommend` and `rightsize timeline` read as it is. A file with a problem is
// named on stderr (exit status 2) and changes no field; the others still count.
#include "measure_command.hpp"

#include <iostream>
#include <string>
#include <vector>

#include "embedded_content.hpp"
#include "input_file.hpp"
#include "rightsize/access_log.hpp"
#include "rightsize/json.hpp"
#include "rightsize/measure.hpp"

namespace rightsize::cli {

const char* const kMeasureUsage =
    "       rightsize measure [--access-log FILE]... [--queries FILE] [--app-cpu FILE] [--db-cpu FILE]\n"
    "                         [--format NAME]... [--duration-field NAME[:s|ms|us]] [--users N]\n";

const char* const kMeasureSummary =
    "  rightsize measure reads access logs, query statistics and CPU series and prints this input;\n"
    "  run it alone for its options.\n";

namespace {

constexpr int kInputError = 2;
constexpr int kUsageError = 64;
constexpr size_t kChunk = 1 << 20;

struct FileArg {
  MeasureKind kind;
  std::string path;
};

struct MeasureArgs {
  std::vector<FileArg> files;
  std::vector<std::string> formats;
  std::string duration_field;
  std::optional<double> users;
};

int usage(const std::string& message) {
  std::cerr << "rightsize: " << message << "\n"
            << "usage:\n"
            << kMeasureUsage
            << "  Reads the files in chunks and prints the figures they give as JSON, ready for\n"
               "  rightsize recommend or rightsize timeline. Formats are detected; --format forces one\n"
               "  (nginx, apache, jsonl, pg_stat_statements, csv, sar) for the files it fits.\n"
               "  --users adds the monthly active users, which no file can tell.\n";
  return kUsageError;
}

bool parse(int argc, char** argv, MeasureArgs& a, std::string& error) {
  const std::vector<std::string> args(argv, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    std::string name = args[i], value;
    const size_t eq = name.find('=');
    if (name.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      error = name.rfind("--", 0) == 0 ? name + " needs a value" : "unknown argument " + name;
      return false;
    }
    if (name == "--access-log") {
      a.files.push_back({MeasureKind::access_log, value});
    } else if (name == "--queries" || name == "--app-cpu" || name == "--db-cpu") {
      const MeasureKind kind = name == "--queries"   ? MeasureKind::queries
                               : name == "--app-cpu" ? MeasureKind::app_cpu
                                                     : MeasureKind::db_cpu;
      for (const FileArg& f : a.files)
        if (f.kind == kind) return error = name + " may be given once", false;
      a.files.push_back({kind, value});
    } else if (name == "--format") {
      a.formats.push_back(value);
    } else if (name == "--duration-field") {
      a.duration_field = value;
    } else if (name == "--users") {
      const Result<Value> n = parse_json_text(value, "users");
      if (!n.ok() || n.value->kind != Value::Kind::number || n.value->number < 0 || n.value->number > 1e12 ||
          n.value->number != static_cast<double>(static_cast<long long>(n.value->number)))
        return error = "--users must be a whole number from 0 to 10^12 (got " + value + ")", false;
      a.users = n.value->number;
    } else {
      error = "unknown argument " + name;
      return false;
    }
  }
  if (a.files.empty()) return error = "give at least one file to measure", false;
  return true;
}

// The one --format that fits a kind, checking no format goes unused or clashes.
bool assign_formats(const MeasureArgs& a, std::vector<MeasureFileOptions>& options, std::string& error) {
  options.assign(a.files.size(), MeasureFileOptions());
  for (const std::string& format : a.formats) {
    bool used = false;
    for (size_t i = 0; i < a.files.size(); ++i) {
      if (!measure_format_fits(a.files[i].kind, format)) continue;
      if (!options[i].format.empty() && options[i].format != format)
        return error = "--format " + options[i].format + " and --format " + format + " both fit " + a.files[i].path,
               false;
      options[i].format = format;
      used = true;
    }
    if (!used)
      return error = "--format " + format +
                     " fits none of the files given (known: nginx, apache, jsonl for access logs; "
                     "pg_stat_statements for queries; csv, sar for CPU)",
             false;
  }
  for (size_t i = 0; i < a.files.size(); ++i)
    if (a.files[i].kind == MeasureKind::access_log) options[i].duration_field = a.duration_field;
  return true;
}

template <class T, class Reader>
T built_in(std::string_view text, const char* name, Reader read) {
  const Result<Value> parsed = parse_json_text(text, name);
  Result<T> checked = read(*parsed.value);
  if (!checked.ok()) throw std::runtime_error(std::string("built-in ") + name + " is invalid");
  return std::move(*checked.value);
}

// Streams one file (or standard input) into the measurement, in chunks; false when a read
// fails part way (the problem is then the file's).
bool stream(InputFile& in, Measurement& m) {
  std::vector<char> buffer(kChunk);
  while (true) {
    std::size_t got = 0;
    if (!in.read(buffer.data(), buffer.size(), got)) return false;
    if (got == 0) return true;
    m.feed(std::string_view(buffer.data(), got));
  }
}

}  // namespace

int measure_main(int argc, char** argv) {
  MeasureArgs args;
  std::string error;
  std::vector<MeasureFileOptions> options;
  if (!parse(argc, argv, args, error) || !assign_formats(args, options, error)) return usage(error);
  AccessLogOptions checked;  // before any file is read, so a typo costs nothing
  if (auto why = parse_duration_field(args.duration_field, checked); why && !args.duration_field.empty())
    return usage("--duration-field: " + *why);
  try {
    const auto settings = built_in<MeasureSettings>(kMeasureJson, "content/measure.json", read_measure_settings);
    const auto book = built_in<AssumptionBook>(kAssumptionsJson, "content/assumptions.json", read_assumption_book);
    Measurement measurement(settings, &book);
    bool unreadable = false;
    for (size_t i = 0; i < args.files.size(); ++i) {
      const bool is_stdin = args.files[i].path == "-";
      const std::string name = is_stdin ? "stdin" : args.files[i].path;
      InputFile file;
      if (!file.open(args.files[i].path)) {  // named, and left out: it changes no field
        std::cerr << "rightsize: " << name << ": " << file.problem() << "\n";
        unreadable = true;
        continue;
      }
      const std::vector<FieldError> bad = measurement.begin(args.files[i].kind, name, options[i]);
      if (!bad.empty())
        return usage("--" + std::string(bad.front().field == "format" ? "format" : "duration-field") + ": " +
                     bad.front().message);
      if (!stream(file, measurement)) {  // what was read still counts, and the file is named
        std::cerr << "rightsize: " << name << ": " << file.problem() << "\n";
        unreadable = true;
      }
    }
    Value doc = measurement.document();
    if (args.users) doc.members.insert(doc.members.begin(), Member{"users", Value::of_number(*args.users)});
    bool problem = unreadable;
    for (const Measurement::FileMessage& m : measurement.messages()) {
      std::cerr << "rightsize: " << m.file << ": " << m.message << "\n";
      problem = problem || m.problem;
    }
    std::cout << to_json(doc).dump(2) << "\n";
    return problem ? kInputError : 0;
  } catch (const std::exception& e) {
    std::cerr << "rightsize: internal error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace rightsize::cli
