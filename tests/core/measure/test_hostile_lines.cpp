// The measure readers against lines nobody writes: a line past the limit wherever it falls
// (first, last, or every one), and figures past any plausible value. Each is skipped and
// counted, format detection looks past it, and no figure is clamped. The limits and reasons
// come from the readers' own constants.
#include <cstdio>

#include "measure_support.hpp"
#include "request_tally.hpp"
#include "text_input.hpp"

using measure_support::measure;
using measure_support::measure_one;
using measure_support::problems;
using rightsize::MeasureKind;
using rightsize::detail::LineSplitter;
using rightsize::detail::RequestTally;

namespace {

// One nginx line of hour `hour`, second `second`, with a request time in milliseconds.
std::string nginx(int hour, int second, int millis, const std::string& bytes = "512") {
  char out[300];
  std::snprintf(out, sizeof out,
                "203.0.113.9 - - [15/Jan/2024:%02d:%02d:%02d +0000] \"GET / HTTP/1.1\" 200 %s \"-\" \"curl\" "
                "%d.%03d\n",
                hour, second / 60, second % 60, bytes.c_str(), millis / 1000, millis % 1000);
  return out;
}

std::string log_of(int lines) {
  std::string log;
  for (int i = 0; i < lines; ++i) log += nginx(i % 24, i % 3600, 20 + i % 300);
  return log;
}

const std::string kLong(LineSplitter::kMaxLine + 10, 'x');

const nlohmann::ordered_json& file_of(const nlohmann::ordered_json& doc, const char* figure) {
  return doc["evidence"][figure]["files"][0];
}

}  // namespace

TEST_CASE("hostile lines: an access log's over-long line is skipped and counted wherever it falls") {
  const std::string log = log_of(300);
  const auto plain = measure_one(MeasureKind::access_log, log);
  REQUIRE(plain.contains("p95_ms"));
  for (const std::string& text :
       {kLong + "\n" + log,
        log.substr(0, log.find('\n', 2000) + 1) + kLong + "\n" + log.substr(log.find('\n', 2000) + 1),
        log + kLong + "\n", std::string(40, '\n') + kLong + kLong + "\n\n" + log}) {
    for (std::uint64_t seed : {0, 3, 11}) {
      CAPTURE(seed);
      rightsize::Measurement m(measure_support::settings(), &test_support::assumption_book());
      REQUIRE(m.begin(MeasureKind::access_log, "a.log", {}).empty());
      measure_support::feed(m, text, seed, 70000);
      const auto doc = rightsize::to_json(m.document());
      CHECK(problems(doc) == "");
      CHECK(doc["p95_ms"] == plain["p95_ms"]);
      const auto& file = file_of(doc, "p95_ms");
      CHECK(file["format"] == file_of(plain, "p95_ms")["format"]);
      CHECK(file["lines_read"] == 300);
      CHECK(file["lines_skipped"] == 1);
      CHECK(file["skipped"][0]["reason"] == LineSplitter::kTooLong);
    }
  }
  // Thirty-two long lines first, more than detection looks at: it looks past them all.
  std::string many;
  for (int i = 0; i < 40; ++i) many += kLong + "\n";
  const auto doc = measure_one(MeasureKind::access_log, many + log);
  CHECK(doc["p95_ms"] == plain["p95_ms"]);
  CHECK(file_of(doc, "p95_ms")["lines_skipped"] == 40);
  CHECK(file_of(doc, "p95_ms")["skipped"][4]["line"] == 5);
}

TEST_CASE("hostile lines: a file of nothing but over-long lines says so, and changes no field") {
  const auto logs = measure_one(MeasureKind::access_log, kLong + "\n" + kLong);
  CHECK(problems(logs) == std::string("no line could be read: every line is ") + LineSplitter::kTooLong);
  CHECK(measure_support::fields(logs) == "");
  const auto cpu = measure_one(MeasureKind::app_cpu, kLong + "\n" + kLong + "\n");
  CHECK(problems(cpu) == std::string("no line could be read: every line is ") + LineSplitter::kTooLong);
}

TEST_CASE("hostile lines: a request time or a size past any plausible value is left out, never clamped") {
  const std::string log = log_of(200);
  const auto plain = measure_one(MeasureKind::access_log, log);
  // 1e308 seconds in JSON lines; 27 hours in nginx's own format; a size of 2^62 bytes.
  const std::string slow_json = "{\"time\": \"2024-01-15T03:00:00Z\", \"request_time\": 1e308}\n";
  const auto slow =
      measure_one(MeasureKind::access_log, log + nginx(3, 5, 99999999) + nginx(4, 5, 20, "4611686018427387904"));
  CHECK(slow["p95_ms"] == plain["p95_ms"]);
  CHECK(slow["assumptions"] == plain["assumptions"]);
  const auto& file = file_of(slow, "p95_ms");
  CHECK(file["lines_read"] == 200);
  CHECK(file["lines_skipped"] == 2);
  CHECK(file["skipped"][0]["reason"] == RequestTally::kTooSlow);
  CHECK(file["skipped"][1]["reason"] == RequestTally::kTooBig);
  CHECK(slow["evidence"]["p95_ms"]["beyond_range"] ==
        "1 lines with a request time over 19 hours were left out: no request takes that long");

  std::string jsonl;
  for (int i = 0; i < 100; ++i)
    jsonl += "{\"time\": \"2024-01-15T03:00:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
             "Z\", \"request_time\": 0.0" + std::to_string(10 + i % 80) + "}\n";
  const auto json_plain = measure_one(MeasureKind::access_log, jsonl);
  const auto json_slow = measure_one(MeasureKind::access_log, jsonl + slow_json);
  CHECK(json_slow["p95_ms"] == json_plain["p95_ms"]);
  CHECK(file_of(json_slow, "p95_ms")["skipped"][0]["reason"] == RequestTally::kTooSlow);
  // The limit itself still counts: 19 hours is a reading, if a strange one.
  const std::uint64_t at_limit_ms = RequestTally::kMaxMicros / 1000;
  const auto edge = measure_one(MeasureKind::access_log, log + nginx(5, 5, static_cast<int>(at_limit_ms)));
  CHECK(file_of(edge, "p95_ms")["lines_read"] == 201);
}

TEST_CASE("hostile lines: pg_stat_statements looks past an over-long first line, and leaves out absurd rows") {
  const std::string header = "query,calls,total_exec_time,mean_exec_time,rows\n";
  std::string rows;
  for (int i = 0; i < 20; ++i) rows += "SELECT " + std::to_string(i) + "," + std::to_string(100 + i) + ",250.5,2.5,1\n";
  const auto plain = measure_one(MeasureKind::queries, header + rows);
  REQUIRE(plain.contains("db_query_ms"));
  const auto long_first = measure_one(MeasureKind::queries, kLong + "\n" + header + rows);
  CHECK(problems(long_first) == "");
  CHECK(long_first["db_query_ms"] == plain["db_query_ms"]);
  CHECK(file_of(long_first, "db_query_ms")["skipped"][0]["line"] == 1);
  CHECK(file_of(long_first, "db_query_ms")["skipped"][0]["reason"] == LineSplitter::kTooLong);

  const auto absurd = measure_one(MeasureKind::queries, header + rows + "SELECT x,1e308,1,1,1\nSELECT y,5,1e308,1,1\n");
  CHECK(absurd["db_query_ms"] == plain["db_query_ms"]);
  const auto& file = file_of(absurd, "db_query_ms");
  CHECK(file["lines_skipped"] == 2);
  CHECK(file["skipped"][0]["reason"] == "calls is over 10^15, more than a database serves");
  CHECK(file["skipped"][1]["reason"] == "the time column is over 10^15 ms, longer than a database has run");
  // A statement's text may be long: its row still counts (its text is cut to what the SELECT test needs).
  const auto long_query = measure_one(MeasureKind::queries, header + rows + "\"SELECT " + kLong + "\",7,1,1,1\n");
  CHECK(file_of(long_query, "db_query_ms")["lines_read"] == 21);
}

TEST_CASE("hostile lines: a CPU series looks past an over-long first line, and skips one further down") {
  std::string csv = "time,value\n";
  for (int i = 0; i < 48; ++i)
    csv += "2024-01-15T" + std::string(i % 24 < 10 ? "0" : "") + std::to_string(i % 24) + ":00:00Z," +
           std::to_string(30 + i % 17) + "\n";
  const auto plain = measure_one(MeasureKind::app_cpu, csv);
  REQUIRE(plain.contains("app_cpu_pct"));
  for (const std::string& text :
       {kLong + "\n" + csv, "sep=,\n" + kLong + "\n\n" + csv,
        csv.substr(0, csv.find('\n', 200) + 1) + kLong + "\n" + csv.substr(csv.find('\n', 200) + 1)}) {
    const auto doc = measure({{MeasureKind::app_cpu, "cpu.csv", text}}, 7, 90000);
    CHECK(problems(doc) == "");
    CHECK(doc["app_cpu_pct"] == plain["app_cpu_pct"]);
    CHECK(file_of(doc, "app_cpu_pct")["lines_skipped"] == 1);
    CHECK(file_of(doc, "app_cpu_pct")["skipped"][0]["reason"] == LineSplitter::kTooLong);
  }
  // Line numbers count what detection took off: the blank and "sep=" lines, the long one.
  const auto numbered =
      measure_one(MeasureKind::app_cpu, "sep=,\n" + kLong + "\n\n" + csv + "2024-01-16T00:00:00Z,x\n");
  CHECK(file_of(numbered, "app_cpu_pct")["skipped"][0]["line"] == 2);
  CHECK(file_of(numbered, "app_cpu_pct")["skipped"][1]["line"] == 3 + 1 + 48 + 1);

  const std::string sar =
      "Linux 6.1.0 (db1) \t01/15/2024 \t_x86_64_\t(4 CPU)\n\n"
      "10:00:01 AM     CPU     %user     %nice   %system   %iowait    %steal     %idle\n"
      "10:10:01 AM     all     20.00      0.00      5.00      0.00      0.00     75.00\n" +
      kLong + "\n10:20:01 AM     all     30.00      0.00      5.00      0.00      0.00     65.00\n";
  const auto s = measure_one(MeasureKind::db_cpu, sar);
  CHECK(problems(s) == "");
  CHECK(file_of(s, "db_cpu_pct")["lines_read"] == 2);
  CHECK(file_of(s, "db_cpu_pct")["skipped"][0]["line"] == 5);
  CHECK(file_of(s, "db_cpu_pct")["skipped"][0]["reason"] == LineSplitter::kTooLong);
}
