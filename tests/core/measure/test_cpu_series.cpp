// CPU series with known answers: the highest one-hour average and the peak sample,
// computed here independently, from Grafana and CloudWatch CSV exports and sar -u text
// (busy = 100 - %idle); then bad input.
#include <cstdio>
#include <map>

#include "measure_support.hpp"

using measure_support::fields;
using measure_support::measure;
using measure_support::measure_one;
using measure_support::notes;
using measure_support::problems;
using measure_support::Random;
using rightsize::MeasureKind;

namespace {

struct Sample {
  int minute = 0;  // from 2024-01-15 00:00 UTC
  double pct = 0;  // whole hundredths, so every format writes it exactly
};

std::vector<Sample> samples(std::uint64_t seed, int hours, int step_minutes) {
  Random r(seed);
  std::vector<Sample> out;
  for (int m = 0; m < hours * 60; m += step_minutes) out.push_back({m, r.between(0, 10000) / 100.0});
  return out;
}

struct Expected {
  double hour_mean = 0, peak = 0;
  int hour = 0;
};

Expected expect(const std::vector<Sample>& ss) {
  std::map<int, std::pair<double, int>> hours;
  Expected e;
  for (const Sample& s : ss) {
    hours[s.minute / 60].first += s.pct;
    ++hours[s.minute / 60].second;
    e.peak = std::max(e.peak, s.pct);
  }
  e.hour_mean = -1;
  for (const auto& [hour, sum] : hours)
    if (sum.first / sum.second > e.hour_mean) e.hour_mean = sum.first / sum.second, e.hour = hour;
  return e;
}

std::string stamp(int minute, const char* pattern) {
  char out[64];
  std::snprintf(out, sizeof out, pattern, 15 + minute / 1440, minute / 60 % 24, minute % 60);
  return out;
}

void check(const nlohmann::ordered_json& doc, const char* field, const Expected& e, const char* zone) {
  CAPTURE(doc.dump(1));
  CHECK(doc[field].get<double>() == doctest::Approx(std::round(e.hour_mean * 100) / 100));
  const auto& ev = doc["evidence"][field];
  CHECK(ev["peak_sample_pct"].get<double>() == doctest::Approx(e.peak));
  CHECK(ev["window"]["from"] == stamp(e.hour * 60, "2024-01-%02dT%02d:%02d:00") + zone);
}

}  // namespace

TEST_CASE("CPU, Grafana CSV: quoted header, Excel's sep= line, CRLF, units and gaps") {
  const auto ss = samples(1, 30, 5);
  std::string csv = "sep=,\r\n\"Time\",\"web-1 CPU busy\"\r\n";
  for (const Sample& s : ss) {
    char value[32];
    std::snprintf(value, sizeof value, "%.2f%s", s.pct, s.minute % 10 == 0 ? "%" : "");
    csv += stamp(s.minute, "2024-01-%02d %02d:%02d:00") + "," + value + "\r\n";
  }
  csv += stamp(30 * 60, "2024-01-%02d %02d:%02d:00") + ",\r\n";  // a gap: Grafana writes nothing
  const auto doc = measure_one(MeasureKind::app_cpu, csv);
  check(doc, "app_cpu_pct", expect(ss), "");
  CHECK(fields(doc) == "app_cpu_pct");
  CHECK(doc["evidence"]["app_cpu_pct"]["column"] == "web-1 CPU busy");
  CHECK(doc["evidence"]["app_cpu_pct"]["window"]["samples"] == 12);
  CHECK(doc["evidence"]["app_cpu_pct"]["files"][0]["skipped"][0]["reason"] == "no value (a gap in the series)");
  for (std::uint64_t seed : {2, 3}) CHECK(measure({{MeasureKind::app_cpu, "test.file", csv}}, seed, 20) == doc);
}

TEST_CASE("CPU, CloudWatch-style CSV: ISO times in UTC, data points out of order, a semicolon export") {
  auto ss = samples(4, 48, 5);
  std::string csv = "Timestamp;CPUUtilization (Percent)\n";
  for (size_t i = 0; i < ss.size(); ++i) {
    const Sample& s = ss[(i * 37) % ss.size()];  // 37 is prime to the count: every sample once, shuffled
    char value[32];
    std::snprintf(value, sizeof value, "%.2f", s.pct);
    csv += stamp(s.minute, "2024-01-%02dT%02d:%02d:00.000Z") + ";" + value + "\n";
  }
  REQUIRE(ss.size() % 37 != 0);
  const auto doc = measure_one(MeasureKind::db_cpu, csv);
  check(doc, "db_cpu_pct", expect(ss), "Z");
  CHECK(doc["evidence"]["db_cpu_pct"]["span"]["hours"] == 48);
  CHECK(doc["evidence"]["db_cpu_pct"]["span"]["samples"] == ss.size());
}

TEST_CASE("CPU, epoch milliseconds and a %idle column (sadf -d)") {
  const std::string csv =
      "# hostname;interval;timestamp;CPU;%user;%nice;%system;%iowait;%steal;%idle\n"
      "db-1;600;2024-01-15 10:10:01 UTC;-1;30.00;0.00;5.00;0.00;0.00;60.00\n"
      "db-1;600;2024-01-15 10:20:01 UTC;-1;30.00;0.00;5.00;0.00;0.00;20.00\n"
      "db-1;600;2024-01-15 11:10:01 UTC;-1;30.00;0.00;5.00;0.00;0.00;50.00\n";
  const auto doc = measure_one(MeasureKind::db_cpu, csv);
  CHECK(doc["db_cpu_pct"] == 60);  // 10:00-11:00: busy 40 and 80
  CHECK(doc["evidence"]["db_cpu_pct"]["peak_sample_pct"] == 80);
  CHECK(doc["evidence"]["db_cpu_pct"]["peak_sample_at"] == "2024-01-15T10:20:01Z");
  CHECK(doc["evidence"]["db_cpu_pct"]["column"] == "100 minus %idle");

  const auto epoch =
      measure_one(MeasureKind::app_cpu, "time,value\n1705312800000,10\n1705316400000,30\n1705316460000,50\n");
  CHECK(epoch["app_cpu_pct"] == 40);
}

TEST_CASE("CPU, sar -u: busy is 100 - %idle, 12-hour clocks, midnight, restarts and per-processor rows") {
  const auto ss = samples(5, 27, 10);
  std::string sar = "Linux 6.1.0-13-amd64 (db-1) \t01/15/2024 \t_x86_64_\t(2 CPU)\n\n";
  for (size_t i = 0; i < ss.size(); ++i) {
    if (i % 20 == 0) sar += "\n12:00:00 AM     CPU     %user     %nice   %system   %iowait    %steal     %idle\n";
    const int m = ss[i].minute % 1440;
    char row[200];
    std::snprintf(row, sizeof row,
                  "%02d:%02d:00 %s     all     %6.2f      0.00      0.00      0.00      0.00     %6.2f\n",
                  (m / 60) % 12 == 0 ? 12 : (m / 60) % 12, m % 60, m < 720 ? "AM" : "PM", ss[i].pct, 100 - ss[i].pct);
    sar += row;
    std::snprintf(row, sizeof row,
                  "%02d:%02d:00 %s       0      1.00      0.00      0.00      0.00      0.00     99.00\n",
                  (m / 60) % 12 == 0 ? 12 : (m / 60) % 12, m % 60, m < 720 ? "AM" : "PM");
    sar += row;
    if (i == 50) sar += "\n08:20:01 AM       LINUX RESTART      (2 CPU)\n";
  }
  sar += "Average:        all      1.00      0.00      0.00      0.00      0.00     99.00\n";
  const auto doc = measure_one(MeasureKind::db_cpu, sar);
  check(doc, "db_cpu_pct", expect(ss), "");
  CHECK(doc["evidence"]["db_cpu_pct"]["files"][0]["format"] == "sar -u text");
  CHECK(doc["evidence"]["db_cpu_pct"]["files"][0]["lines_read"] == ss.size());
  CHECK(doc["evidence"]["db_cpu_pct"]["files"][0]["lines_skipped"] == 0);

  rightsize::MeasureFileOptions sar_format;
  sar_format.format = "sar";
  const auto iso = measure_one(
      MeasureKind::app_cpu,
      "Linux 6.1 (x) 2024-01-15 _x86_64_ (4 CPU)\n00:00:01 CPU %usr %nice %sys %iowait %steal "
      "%irq %soft %guest %gnice %idle\n23:50:01 all 1 0 0 0 0 0 0 0 0 10\n00:10:01 all 1 0 0 0 0 0 0 0 0 70\n",
      sar_format);
  CHECK(iso["app_cpu_pct"] == 90);
  CHECK(iso["evidence"]["app_cpu_pct"]["window"]["from"] == "2024-01-15T23:00:00");
  CHECK(iso["evidence"]["app_cpu_pct"]["span"]["hours"] == 2);  // 23:50 and, past midnight, the next day's 00:10
}

TEST_CASE("CPU, bad input: named, and nothing changes a field") {
  auto nothing = [](const std::string& text) {
    const auto doc = measure_one(MeasureKind::app_cpu, text);
    CHECK(fields(doc) == "");
    return problems(doc);
  };
  CHECK(nothing("") == "the file is empty");
  CHECK(nothing(std::string("\0\0\0\0binary", 10)) == "this looks like a binary file, not text (it holds NUL bytes)");
  CHECK(nothing("name,value\nweb,high\n") == "no time column: the first row has no date or time in it");
  CHECK(nothing("time,host\n2024-01-15T10:00:00Z,web\n") == "no numeric column beside the time");
  CHECK(nothing("Time,cpu\n") == "unknown format: no rows after the header");
  CHECK(nothing("Linux 6.1 (x) 2024-01-15 _x86_64_ (4 CPU)\nnothing here\n") ==
        "unknown format: no sar header line naming %idle (run sar -u)");
  CHECK(nothing("Time,cpu\n2024-01-15T10:00:00Z,140\n") == "no sample could be read");

  const auto fraction =
      measure_one(MeasureKind::app_cpu, "Time,cpu\n2024-01-15T10:00:00Z,0.45\n2024-01-15T10:05:00Z,0.5\n");
  CHECK(fraction["app_cpu_pct"] == 0.48);
  CHECK(notes(fraction, "app_cpu_pct") ==
        "every value is 1 or less: if the series is a fraction (0 to 1) rather than a percentage, multiply it by 100 "
        "first");

  const auto cut = measure_one(MeasureKind::app_cpu, "Time,cpu\n2024-01-15T10:00:00Z,45\n2024-01-15T10:05:00Z,4x");
  CHECK(cut["app_cpu_pct"] == 45);
  CHECK(notes(cut, "app_cpu_pct") == "the last line is cut short (was the file copied while being written?)");

  const auto undated = measure_one(MeasureKind::app_cpu, "10:00:01 CPU %idle\n10:10:01 all 25\n", {"sar", ""});
  CHECK(undated["app_cpu_pct"] == 75);
  CHECK(notes(undated, "app_cpu_pct").find("no date") == 0);
}
