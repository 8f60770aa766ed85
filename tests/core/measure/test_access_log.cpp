// Access logs with known answers: generated nginx, Apache and JSON-lines logs whose p95,
// busiest hour, peak-to-average ratio and mean response size are computed here
// independently, then fed to the core whole and in chunks cut anywhere. Bad input last.
#include <cstdio>
#include <map>

#include "measure_support.hpp"

using measure_support::exact_quantile;
using measure_support::fields;
using measure_support::File;
using measure_support::measure;
using measure_support::measure_one;
using measure_support::problems;
using measure_support::Random;
using measure_support::within_bound;
using rightsize::MeasureKind;

namespace {

struct Request {
  int hour = 0;  // from 2024-01-15 00:00 UTC
  int second = 0;
  std::uint64_t micros = 0;
  int bytes = 0;
};

std::string clf_time(const Request& r, const char* zone = "+0000") {
  char out[64];
  std::snprintf(out, sizeof out, "%02d/Jan/2024:%02d:%02d:%02d %s", 15 + r.hour / 24, r.hour % 24, r.second / 60,
                r.second % 60, zone);
  return out;
}

std::string nginx_line(const Request& r, const char* zone = "+0000") {
  char out[400];
  std::snprintf(out, sizeof out,
                "203.0.113.9 - - [%s] \"GET /items/%d?q=a%%20b HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (X11) \\\"x\\\"\" "
                "%llu.%03llu\n",
                clf_time(r, zone).c_str(), r.second, r.bytes, static_cast<unsigned long long>(r.micros / 1000000),
                static_cast<unsigned long long>(r.micros / 1000 % 1000));
  return out;
}

std::string apache_line(const Request& r) {
  char out[400];
  const std::string bytes = r.bytes == 0 ? "-" : std::to_string(r.bytes);
  std::snprintf(
      out, sizeof out,
      "198.51.100.4 - frank [%s] \"POST /login HTTP/1.1\" 302 %s \"https://example.com/\" \"curl/8.0\" %llu\n",
      clf_time(r).c_str(), bytes.c_str(), static_cast<unsigned long long>(r.micros));
  return out;
}

std::string json_line(const Request& r) {
  char out[400];
  std::snprintf(out, sizeof out,
                "{\"time\": \"2024-01-%02dT%02d:%02d:%02d.123Z\", \"status\": 200, \"body_bytes_sent\": %d, "
                "\"headers\": {\"a\": [1, {\"b\": null}]}, \"duration_ms\": %llu.%03llu}\n",
                15 + r.hour / 24, r.hour % 24, r.second / 60, r.second % 60, r.bytes,
                static_cast<unsigned long long>(r.micros / 1000), static_cast<unsigned long long>(r.micros % 1000));
  return out;
}

// Requests over `hours` clock hours, `busy_hour` holding `busy` of them and the others 20
// to 60; request times in whole milliseconds (nginx's resolution) unless `micro`.
std::vector<Request> requests(std::uint64_t seed, int hours, int busy_hour, int busy, bool micro = false) {
  Random r(seed);
  std::vector<Request> out;
  for (int h = 0; h < hours; ++h) {
    const int n = h == busy_hour ? busy : r.between(20, 60);
    for (int i = 0; i < n; ++i) {
      Request q;
      q.hour = h;
      q.second = i * 3599 / n;
      q.micros = micro ? static_cast<std::uint64_t>(r.between(0, 3000000))
                       : static_cast<std::uint64_t>(r.between(1, 3000)) * 1000;
      q.bytes = r.between(0, 20000);
      out.push_back(q);
    }
  }
  return out;
}

// The clock hours a log must cover to give the peak-to-average ratio (content/measure.json):
// the logs with known answers cover a few hours more.
int day() { return measure_support::settings().peak_to_average_min_hours; }

struct Expected {
  double busiest_p95_ms = 0, overall_p95_ms = 0, peak_to_average = 0, kb = 0;
  int busiest_hour = -1;
};

Expected expect(const std::vector<Request>& rs) {
  std::map<int, std::vector<double>> by_hour;
  std::vector<double> all;
  double bytes = 0;
  for (const Request& r : rs) {
    by_hour[r.hour].push_back(static_cast<double>(r.micros) / 1000);
    all.push_back(static_cast<double>(r.micros) / 1000);
    bytes += r.bytes;
  }
  Expected e;
  size_t most = 0;
  for (const auto& [hour, times] : by_hour)
    if (times.size() > most) most = times.size(), e.busiest_hour = hour;
  e.busiest_p95_ms = exact_quantile(by_hour[e.busiest_hour], 0.95);
  e.overall_p95_ms = exact_quantile(all, 0.95);
  const double hours = by_hour.rbegin()->first - by_hour.begin()->first + 1;
  e.peak_to_average = std::round(static_cast<double>(most) / (static_cast<double>(rs.size()) / hours) * 100) / 100;
  e.kb = std::round(bytes / static_cast<double>(rs.size()) / 1000 * 1000) / 1000;
  return e;
}

template <class Line>
std::string log_of(const std::vector<Request>& rs, Line line) {
  std::string out;
  for (const Request& r : rs) out += line(r);
  return out;
}

void check_known_answers(const nlohmann::ordered_json& doc, const Expected& e, const char* format) {
  CAPTURE(doc.dump(1));
  REQUIRE(doc.contains("p95_ms"));
  CHECK(within_bound(doc["p95_ms"].get<double>(), e.busiest_p95_ms));
  const auto& ev = doc["evidence"]["p95_ms"];
  CHECK(within_bound(ev["overall_p95_ms"].get<double>(), e.overall_p95_ms));
  char from[32];
  std::snprintf(from, sizeof from, "2024-01-%02dT%02d:00:00Z", 15 + e.busiest_hour / 24, e.busiest_hour % 24);
  CHECK(ev["window"]["from"] == from);
  CHECK(ev["relative_error_pct"] == 0.39);
  CHECK(ev["files"][0]["format"] == format);
  CHECK(doc["assumptions"]["peak_to_average"].get<double>() == doctest::Approx(e.peak_to_average));
  CHECK(doc["assumptions"]["kb_out_per_request"].get<double>() == doctest::Approx(e.kb));
}

}  // namespace

TEST_CASE("access log, nginx: p95 of the busiest hour, peak to average and mean size, whole or in chunks") {
  const auto rs = requests(1, day() + 6, 17, 400);
  const std::string log = log_of(rs, [](const Request& r) { return nginx_line(r); });
  const auto whole = measure_one(MeasureKind::access_log, log);
  check_known_answers(whole, expect(rs), "nginx combined + $request_time");
  CHECK(fields(whole) == "p95_ms assumptions");
  CHECK(whole["evidence"]["p95_ms"]["window"]["requests"] == 400);
  CHECK(whole["evidence"]["p95_ms"]["window"]["requests_per_second"] == doctest::Approx(0.111));
  CHECK(whole["evidence"]["peak_to_average"]["span"]["hours"] == day() + 6);
  CHECK(whole["evidence"]["p95_ms"]["files"][0]["lines_read"] == rs.size());
  for (std::uint64_t seed : {3, 4, 5}) CHECK(measure({{MeasureKind::access_log, "test.file", log}}, seed, 97) == whole);
  CHECK(measure({{MeasureKind::access_log, "test.file", log}}, 6, 3) == whole);  // lines cut many times over
}

TEST_CASE("access log, Apache: %D microseconds, and \"-\" for an empty body") {
  auto rs = requests(2, day() + 2, 3, 300, true);
  rs[5].bytes = 0;
  const auto doc = measure_one(MeasureKind::access_log, log_of(rs, apache_line));
  check_known_answers(doc, expect(rs), "Apache combined + %D");
}

TEST_CASE("access log, JSON lines: duration_ms, request_time in seconds, or a field the reader names") {
  const auto rs = requests(3, day() + 1, day(), 250);
  check_known_answers(measure_one(MeasureKind::access_log, log_of(rs, json_line)), expect(rs), "JSON lines");

  const std::string seconds =
      "{\"time_local\": \"15/Jan/2024:10:00:01 +0000\", \"request_time\": \"0.250\", \"bytes_sent\": \"1000\"}\n"
      "{\"time_local\": \"15/Jan/2024:10:00:02 +0000\", \"request_time\": 0.5, \"bytes_sent\": 3000}\n";
  const auto doc = measure_one(MeasureKind::access_log, seconds);
  CHECK(doc["p95_ms"] == 500);
  CHECK(doc["assumptions"]["kb_out_per_request"] == 2);

  const std::string named =
      "{\"ts\": 1705312800.5, \"took\": 120}\n{\"@timestamp\": \"2024-01-15T11:20:00+01:00\", \"took\": 80}\n";
  rightsize::MeasureFileOptions took;
  took.duration_field = "took:us";
  CHECK(measure_one(MeasureKind::access_log, named, took)["p95_ms"] == 0.12);
  took.duration_field = "took";  // milliseconds unless told
  CHECK(measure_one(MeasureKind::access_log, named, took)["p95_ms"] == 120);
  CHECK(problems(measure_one(MeasureKind::access_log, named)).find("no request times") != std::string::npos);
}

TEST_CASE("access log: several files add up as one") {
  const auto rs = requests(4, day() + 6, 12, 500);
  const std::vector<Request> first(rs.begin(), rs.begin() + static_cast<long>(rs.size() / 2)),
      second(rs.begin() + static_cast<long>(rs.size() / 2), rs.end());
  const auto line = [](const Request& r) { return nginx_line(r); };
  const auto doc = measure({{MeasureKind::access_log, "a.log", log_of(first, line)},
                            {MeasureKind::access_log, "b.log", log_of(second, apache_line)}});
  check_known_answers(doc, expect(rs), "nginx combined + $request_time");
  CHECK(doc["evidence"]["p95_ms"]["files"].size() == 2);
  CHECK(doc["evidence"]["p95_ms"]["files"][1]["format"] == "Apache combined + %D");
}

TEST_CASE("access log: a day is needed for the peak-to-average ratio; the hours keep the log's own zone") {
  REQUIRE(day() > 5);
  const auto rs = requests(5, 5, 2, 100);
  const auto doc =
      measure_one(MeasureKind::access_log, log_of(rs, [](const Request& r) { return nginx_line(r, "+0530"); }));
  CHECK(fields(doc) == "p95_ms assumptions");
  CHECK_FALSE(doc["assumptions"].contains("peak_to_average"));
  CHECK(doc["evidence"]["peak_to_average"]["not_derived"] == "the logs cover 5 clock hours; the ratio needs at least " +
                                                                 std::to_string(day()) +
                                                                 ", a day's average to compare with");
  CHECK(doc["evidence"]["p95_ms"]["window"]["from"] == "2024-01-15T02:00:00+05:30");
}

TEST_CASE("access log: a log out of time order still finds its busiest hour, and says how much its p95 saw") {
  // Hour 0 gets 10 requests, then 70 other hours 20 each push it out of the sketches, then
  // 100 more requests for hour 0 arrive: it is the busiest hour, but only those are sketched.
  std::vector<Request> rs;
  auto add = [&](int hour, int n) {
    for (int i = 0; i < n; ++i) rs.push_back({hour, i, static_cast<std::uint64_t>(1000 * (i + 1)), 100});
  };
  add(0, 10);
  for (int h = 1; h <= 70; ++h) add(h, 20);
  add(0, 100);
  const auto doc = measure_one(MeasureKind::access_log, log_of(rs, [](const Request& r) { return nginx_line(r); }));
  const auto& w = doc["evidence"]["p95_ms"]["window"];
  CHECK(w["from"] == "2024-01-15T00:00:00Z");
  CHECK(w["timed_requests"] == 110);
  CHECK(w["sketched_requests"] == 100);
  CHECK(within_bound(doc["p95_ms"], 95));  // rank 95 of the 100 it saw (1 to 100 ms)
  CHECK(doc["evidence"]["p95_ms"]["note"] ==
        "the logs are out of time order: this hour's percentile comes from 100 of its 110 timed requests");
}

TEST_CASE("access log: detection follows the first lines' majority, and --format overrides it") {
  std::vector<Request> rs = requests(6, 2, 0, 30);
  std::string log;
  for (size_t i = 0; i < rs.size(); ++i) log += i < 3 ? apache_line(rs[i]) : nginx_line(rs[i]);
  const auto doc = measure_one(MeasureKind::access_log, log);
  CHECK(doc["evidence"]["p95_ms"]["files"][0]["format"] == "nginx combined + $request_time");
  CHECK(doc["evidence"]["p95_ms"]["files"][0]["lines_skipped"] == 3);
  rightsize::MeasureFileOptions apache;
  apache.format = "apache";
  CHECK(measure_one(MeasureKind::access_log, log, apache)["evidence"]["p95_ms"]["files"][0]["lines_read"] == 3);
}

TEST_CASE("access log, bad input: each named, none stopping the rest, and nothing changes a field") {
  using rightsize::MeasureKind;
  const auto nothing = [](const std::string& text) {
    const auto doc = measure_one(MeasureKind::access_log, text);
    CHECK(fields(doc) == "");
    return problems(doc);
  };
  CHECK(nothing("") == "the file is empty");
  CHECK(nothing("\n \n\t\n") == "the file is empty");
  CHECK(nothing(std::string("\x1F\x8B\x08\x00 compressed", 15)) ==
        "this is a gzip-compressed file: decompress it first (gunzip)");
  CHECK(nothing(std::string("ELF\0\0\0\1\2", 8)) == "this looks like a binary file, not text (it holds NUL bytes)");
  // Only the first kilobyte decides whether a file is text, however the chunks fall (found by fuzzing).
  const std::string late_nul = log_of(requests(10, 1, 0, 20), [](const Request& r) { return nginx_line(r); }) + '\0';
  REQUIRE(late_nul.size() > 1100);
  CHECK(measure({{MeasureKind::access_log, "n.log", late_nul}}, 3, 5) ==
        measure({{MeasureKind::access_log, "n.log", late_nul}}));
  CHECK(nothing("Hello, world\nthis is a letter\n") ==
        "unknown format: no line looks like an nginx or Apache combined log with a request time, or JSON lines "
        "(line 1 begins \"Hello, world\")");
  CHECK(nothing("{\"time\": \"2024-01-15T10:00:00Z\"}\n").find("no request times: no line has a request_time") == 0);

  // Combined lines without request times still give the rate and the sizes, with the problem named.
  const auto rs = requests(7, day() + 1, 1, 100);
  const std::string no_times = log_of(rs, [](const Request& r) {
    const std::string line = nginx_line(r);
    return line.substr(0, line.rfind(' ')) + "\n";  // the request time dropped
  });
  const auto doc = measure_one(MeasureKind::access_log, no_times);
  CHECK(fields(doc) == "assumptions");
  CHECK(problems(doc).find("no request times: the lines end after the user agent") == 0);
  CHECK(doc["assumptions"]["peak_to_average"].get<double>() == doctest::Approx(expect(rs).peak_to_average));
}

TEST_CASE("access log, bad lines: counted, the first five named with their line, the rest still read") {
  const auto rs = requests(8, 2, 0, 40);
  std::string log;
  int line = 0;
  std::vector<int> bad;
  for (size_t i = 0; i < rs.size(); ++i) {
    if (i % 7 == 3) {
      log += "garbage line\n";
      bad.push_back(++line);
    }
    log += nginx_line(rs[i]);
    ++line;
  }
  log += nginx_line(rs[0]).substr(0, 60);  // cut short, no line break
  const auto doc = measure_one(MeasureKind::access_log, log + "\r\n");
  const auto& file = doc["evidence"]["p95_ms"]["files"][0];
  CHECK(file["lines_read"] == rs.size());
  CHECK(file["lines_skipped"] == bad.size() + 1);
  REQUIRE(file["skipped"].size() == 5);
  for (size_t i = 0; i < 5; ++i) {
    CHECK(file["skipped"][i]["line"] == bad[i]);
    CHECK(file["skipped"][i]["reason"] == "no [time] in the line");
  }
  CHECK(problems(doc) == "");

  const auto cut = measure_one(MeasureKind::access_log, log);
  CHECK(measure_support::notes(cut, "p95_ms") ==
        "the last line is cut short (was the file copied while being written?)");
  CHECK(cut["evidence"]["p95_ms"]["files"][0]["lines_skipped"] == bad.size() + 1);

  const std::string huge = nginx_line(rs[0]) + std::string(70000, 'x') + "\n" + nginx_line(rs[1]);
  const auto long_line = measure_one(MeasureKind::access_log, huge);
  CHECK(long_line["evidence"]["p95_ms"]["files"][0]["skipped"][0]["reason"] == "longer than 64 KB");
  CHECK(long_line["evidence"]["p95_ms"]["files"][0]["lines_read"] == 2);
}

TEST_CASE("access log: mixed formats are named and their lines skipped") {
  const auto rs = requests(9, 2, 0, 40);
  std::string log;
  for (size_t i = 0; i < rs.size(); ++i) log += i % 4 == 0 ? apache_line(rs[i]) : nginx_line(rs[i]);
  const auto doc = measure_one(MeasureKind::access_log, log);
  CHECK(measure_support::notes(doc, "p95_ms") ==
        "mixed formats: " + std::to_string((rs.size() + 3) / 4) +
            " lines in another format (Apache combined + %D) were skipped; only nginx combined + "
            "$request_time lines were read");
  CHECK(doc["evidence"]["p95_ms"]["files"][0]["skipped"][0]["reason"] ==
        "an Apache line (request time in microseconds) in a log of another format");
}

TEST_CASE("access log: quotes escaped inside quoted fields, and backslashes before a closing quote") {
  // Apache writes \" for a quote inside the request and \\ for a backslash.
  const std::string log =
      "1.2.3.4 - - [15/Jan/2024:10:00:01 +0000] \"GET /a\\\"b\\\\\" 200 5 \"-\" \"ua \\\"x\\\"\" 0.010\n"
      "1.2.3.4 - - [15/Jan/2024:10:00:02 +0000] \"GET /c\\\\\\\" HTTP/1.1\" 200 7 \"-\" \"-\" 0.030\n";
  const auto doc = measure_one(MeasureKind::access_log, log);
  CAPTURE(log);
  CHECK(doc["evidence"]["p95_ms"]["files"][0]["lines_read"] == 2);
  CHECK(doc["p95_ms"] == 30);
  CHECK(doc["assumptions"]["kb_out_per_request"] == 0.006);
}

TEST_CASE("access log: option errors name the option") {
  rightsize::Measurement m(measure_support::settings(), nullptr);
  rightsize::MeasureFileOptions o;
  o.format = "iis";
  auto errors = m.begin(MeasureKind::access_log, "x.log", o);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].field == "format");
  CHECK(errors[0].message == "unknown format \"iis\" for access_log: use nginx, apache or jsonl");
  o.format.clear();
  o.duration_field = "took:minutes";
  errors = m.begin(MeasureKind::access_log, "x.log", o);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "unknown unit \"minutes\": use s, ms or us (e.g. took:ms)");
  errors = m.begin(MeasureKind::queries, "q.csv", o);
  CHECK(errors[0].field == "duration_field");
}
