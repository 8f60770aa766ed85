// The measure document as a whole: its settings file, its shape with every kind of file,
// a figure beyond the model's range, problems beside good files, and that recommend and
// timeline read it as it is.
#include "measure_support.hpp"
#include "rules_support.hpp"

using measure_support::fields;
using measure_support::File;
using measure_support::measure;
using measure_support::problems;
using rightsize::MeasureKind;

namespace {

std::string hourly_nginx(int hours, int busy_hour, int busy) {
  std::string out;
  for (int h = 0; h < hours; ++h)
    for (int i = 0; i < (h == busy_hour ? busy : 1); ++i) {
      char line[200];
      std::snprintf(line, sizeof line,
                    "1.2.3.4 - - [%02d/Jan/2024:%02d:%02d:00 +0000] \"GET / HTTP/1.1\" 200 2500 \"-\" \"x\" 0.%03d\n",
                    15 + h / 24, h % 24, i % 60, 100 + i % 800);
      out += line;
    }
  return out;
}

const char* const kQueries = "query,calls,total_exec_time\n\"SELECT 1\",900,900\n\"UPDATE t SET a = 1\",100,4100\n";
const char* const kCpu = "Time,cpu\n2024-01-15T10:00:00Z,70\n2024-01-15T10:30:00Z,80\n2024-01-15T11:00:00Z,20\n";

}  // namespace

TEST_CASE("measure: content/measure.json is read and checked like the other content files") {
  const auto& s = measure_support::settings();
  nlohmann::ordered_json doc = test_support::content_json("measure.json");
  auto& file = doc["settings"];
  CHECK(s.repeated_reads_share_pct == file["repeated_reads_share_pct"]["value"].get<double>());
  CHECK(s.top_selects == file["top_selects"]["value"].get<int>());
  CHECK(s.peak_to_average_min_hours == file["peak_to_average_min_hours"]["value"].get<int>());
  auto errors_of = [](const std::string& json) {
    std::string out;
    for (const auto& e : rightsize::read_measure_settings(test_support::parse(json)).errors)
      out += (out.empty() ? "" : " | ") + e.field + ": " + e.message;
    return out;
  };
  CHECK(errors_of("{}") == "settings: is required");
  // A value outside the code's own range is refused, naming it; each is put back after.
  const auto outside = [&](const char* name, double value) {
    auto& setting = file[name];
    const auto kept = setting["value"];
    setting["value"] = value;
    const std::string errors = errors_of(doc.dump());
    setting["value"] = kept;
    return errors;
  };
  CHECK(outside("top_selects", 0) == "settings.top_selects.value: must be between 1 and 1000 (got 0)");
  CHECK(outside("repeated_reads_share_pct", 101) ==
        "settings.repeated_reads_share_pct.value: must be between 0 and 100 (got 101)");
  file["typo"] = 1;
  CHECK(errors_of(doc.dump()) == "settings.typo: unknown field");
}

TEST_CASE("measure: every kind of file in one document, which recommend and timeline read as it is") {
  // A few hours more than content/measure.json asks of a log for the peak-to-average ratio.
  const int hours = measure_support::settings().peak_to_average_min_hours + 6;
  const auto doc = measure({{MeasureKind::access_log, "access.log", hourly_nginx(hours, 12, 300)},
                            {MeasureKind::queries, "pgss.csv", kQueries},
                            {MeasureKind::app_cpu, "app.csv", kCpu},
                            {MeasureKind::db_cpu, "db.csv", kCpu}});
  CHECK(fields(doc) == "p95_ms db_query_ms repeated_reads app_cpu_pct db_cpu_pct assumptions");
  CHECK(doc["db_query_ms"] == 5);
  CHECK(doc["app_cpu_pct"] == 75);
  CHECK(doc["assumptions"]["kb_out_per_request"] == 2.5);
  // The busy hour's 300 requests against the average of all of them (one in each other hour).
  CHECK(doc["assumptions"]["peak_to_average"] == doctest::Approx(300.0 / ((300.0 + hours - 1) / hours)).epsilon(0.001));
  for (const char* figure : {"p95_ms", "peak_to_average", "kb_out_per_request", "db_query_ms", "repeated_reads",
                             "app_cpu_pct", "db_cpu_pct"})
    CHECK(doc["evidence"].contains(figure));

  auto with_users = test_support::parse(doc.dump());
  with_users.set("users", rightsize::Value::of_number(5000));
  const auto recommendation = rightsize::to_json(
      rightsize::recommend_document(test_support::rules(), test_support::assumption_book(), with_users));
  CHECK(recommendation["ok"] == true);
  // The measured p95 is past the threshold of responses_degrading, which calls for its stage.
  REQUIRE(doc["p95_ms"].get<double>() > test_support::threshold("responses_degrading"));
  CHECK(recommendation["result"]["stage"] == test_support::rule("responses_degrading").stage);
  const auto timeline = test_support::timeline(rightsize::to_json(with_users).dump());
  REQUIRE(timeline["ok"] == true);
  for (const auto& a : timeline["result"]["assumptions"])
    if (a["name"] == "kb_out_per_request") CHECK(a["value"] == 2.5);
}

TEST_CASE("measure: a figure beyond the model's range stays out of the overrides, and the evidence says why") {
  const auto doc = measure({{MeasureKind::access_log, "spiky.log", hourly_nginx(60, 5, 1000)}});
  CHECK_FALSE(doc["assumptions"].contains("peak_to_average"));
  CHECK(doc["evidence"]["peak_to_average"]["value"] == 56.66);
  const auto range = test_support::content_json("assumptions.json")["assumptions"]["peak_to_average"];
  REQUIRE(doc["evidence"]["peak_to_average"]["value"].get<double>() > range["max"].get<double>());
  CHECK(doc["evidence"]["peak_to_average"]["not_used"] ==
        "beyond the range the model accepts (" + test_support::number(range["min"].get<double>()) + " to " +
            test_support::number(range["max"].get<double>()) + "), so the default stays");
}

TEST_CASE("measure: a bad file is named and changes nothing; the good ones still count, in order") {
  rightsize::Measurement m(measure_support::settings(), nullptr);
  m.feed("ignored: no file begun");
  REQUIRE(m.begin(MeasureKind::app_cpu, "empty.csv", {}).empty());
  REQUIRE(m.begin(MeasureKind::queries, "pgss.csv", {}).empty());
  m.feed(kQueries);
  REQUIRE(m.begin(MeasureKind::access_log, "junk.log", {}).empty());
  m.feed("junk\n");
  const auto doc = rightsize::to_json(m.document());
  CHECK(fields(doc) == "db_query_ms repeated_reads");
  CHECK(problems(doc) ==
        "unknown format: no line looks like an nginx or Apache combined log with a request time, or JSON "
        "lines (line 1 begins \"junk\") | the file is empty");
  CHECK(doc["evidence"]["problems"][1]["file"] == "empty.csv");
  CHECK(doc["evidence"]["problems"][1]["reads"] == "app_cpu");
  const auto messages = m.messages();
  REQUIRE(messages.size() == 2);
  CHECK(messages[0].file == "empty.csv");
  CHECK(messages[0].problem);
  CHECK(messages[1].file == "junk.log");
}
