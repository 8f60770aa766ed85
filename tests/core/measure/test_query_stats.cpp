// pg_stat_statements CSV with known answers: the call-weighted mean and the share of calls
// taken by the most-called SELECTs, computed here independently; quoted query texts with
// commas, quotes and line breaks; both column namings; and bad input.
#include <algorithm>
#include <functional>

#include "measure_support.hpp"

using measure_support::fields;
using measure_support::measure;
using measure_support::measure_one;
using measure_support::problems;
using measure_support::Random;
using rightsize::MeasureKind;

namespace {

struct Statement {
  std::string query;
  double calls = 0, mean_ms = 0;
};

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// psql --csv of SELECT * FROM pg_stat_statements, PostgreSQL 13+ or 12 column names.
std::string export_csv(const std::vector<Statement>& ss, bool modern) {
  std::string out =
      modern ? "userid,dbid,toplevel,queryid,query,plans,total_plan_time,calls,total_exec_time,min_exec_time,"
               "max_exec_time,mean_exec_time,stddev_exec_time,rows\n"
             : "userid,dbid,queryid,query,calls,total_time,min_time,max_time,mean_time,stddev_time,rows\n";
  long id = 1;
  for (const Statement& s : ss) {
    const std::string calls = std::to_string(static_cast<long long>(s.calls));
    char total[64], mean[64];
    std::snprintf(total, sizeof total, "%.6f", s.calls * s.mean_ms);
    std::snprintf(mean, sizeof mean, "%.6f", s.mean_ms);
    out += modern ? "10,16384,t," + std::to_string(id++) + "," + quoted(s.query) + ",0,0," + calls + "," + total +
                        ",0.01,900," + mean + ",1.5," + calls + "\n"
                  : "10,16384," + std::to_string(id++) + "," + quoted(s.query) + "," + calls + "," + total +
                        ",0.01,900," + mean + ",1.5," + calls + "\n";
  }
  return out;
}

std::vector<Statement> statements(std::uint64_t seed, int n) {
  Random r(seed);
  const char* shapes[] = {"SELECT id, \"name\" FROM users WHERE id = $1",
                          "  /* app:list */ select a,\nb from items where x = $1 and y in ($2, $3)",
                          "(SELECT 1)",
                          "UPDATE items SET name = $1, \"note\" = 'a,b' WHERE id = $2",
                          "INSERT INTO events (a, b) VALUES ($1, $2)",
                          "WITH t AS (SELECT 1) UPDATE x SET y = 1",
                          "selection_is_not_a_keyword()"};
  std::vector<Statement> out;
  for (int i = 0; i < n; ++i)
    out.push_back({shapes[r.between(0, 6)] + std::string(" -- ") + std::to_string(i),
                   static_cast<double>(r.between(0, 100000)), r.between(1, 200000) / 1000.0});
  return out;
}

bool select_query(const std::string& q) { return q.find("SELECT id") == 0 || q.find("  /* app") == 0 || q[0] == '('; }

}  // namespace

TEST_CASE("queries: the call-weighted mean and the top SELECTs' share, for both column namings and any chunking") {
  // How many SELECTs the share counts, and the share that suggests repeated reads: content/measure.json.
  const auto& settings = measure_support::settings();
  const auto top_selects = static_cast<size_t>(settings.top_selects);
  for (bool modern : {true, false}) {
    CAPTURE(modern);
    const auto ss = statements(modern ? 1 : 2, 60);
    double calls = 0, total = 0;
    std::vector<double> selects;
    for (const Statement& s : ss) {
      calls += s.calls;
      total += s.calls * s.mean_ms;
      if (select_query(s.query)) selects.push_back(s.calls);
    }
    std::sort(selects.rbegin(), selects.rend());
    double top = 0;
    for (size_t i = 0; i < top_selects && i < selects.size(); ++i) top += selects[i];
    const double share = std::round(top / calls * 1000) / 10;

    const std::string csv = export_csv(ss, modern);
    const auto doc = measure_one(MeasureKind::queries, csv);
    CAPTURE(doc.dump(1));
    CHECK(doc["db_query_ms"].get<double>() == doctest::Approx(std::round(total / calls * 1000) / 1000).epsilon(1e-9));
    const auto& reads = doc["evidence"]["repeated_reads"];
    CHECK(reads["top_select_share_pct"].get<double>() == doctest::Approx(share));
    CHECK(reads["top_selects"] == settings.top_selects);
    CHECK(reads["suggested"] == (share >= settings.repeated_reads_share_pct));
    CHECK(doc.contains("repeated_reads") == (share >= settings.repeated_reads_share_pct));
    CHECK(doc["evidence"]["db_query_ms"]["statements"] == 60);
    CHECK(doc["evidence"]["db_query_ms"]["files"][0]["format"] ==
          (modern ? "pg_stat_statements CSV (PostgreSQL 13+ columns)"
                  : "pg_stat_statements CSV (PostgreSQL 12 and older columns)"));
    for (std::uint64_t seed : {7, 8}) CHECK(measure({{MeasureKind::queries, "test.file", csv}}, seed, 40) == doc);
  }
}

TEST_CASE(
    "queries: repeated_reads is suggested at the threshold in content/measure.json, with the figure as the reason") {
  const double threshold = measure_support::settings().repeated_reads_share_pct;
  const std::string pct = test_support::number(threshold) + "%";
  // Of 1,000 calls, `select_calls` to one SELECT and the rest to a DELETE.
  auto doc_for = [](double select_calls) {
    return measure_one(MeasureKind::queries,
                       export_csv({{"SELECT 1", select_calls, 1}, {"DELETE FROM t", 1000 - select_calls, 1}}, true));
  };
  const double at = threshold * 10, under = at - 1;  // exactly the threshold, and 0.1 point short of it
  CHECK(doc_for(at)["repeated_reads"] == true);
  CHECK(doc_for(at)["evidence"]["repeated_reads"]["why"] ==
        "the 1 most-called SELECT statement takes " + pct + " of all calls (at least " + pct + ")");
  CHECK_FALSE(doc_for(under).contains("repeated_reads"));
  CHECK(doc_for(under)["evidence"]["repeated_reads"]["why"] == "the 1 most-called SELECT statement takes " +
                                                                   test_support::number(under / 10) +
                                                                   "% of all calls (under " + pct + ")");
  CHECK(doc_for(0)["db_query_ms"] == 1);
}

TEST_CASE("queries: only the most-called SELECTs count, however many there are") {
  // Five more SELECTs than content/measure.json counts, statement i called i x 100 times at
  // 2 ms, and an UPDATE called 10,000 times at 4 ms. With today's ten: the top ten are
  // 600..1500, 10,500 of 22,000 calls (47.7%); SELECTs are 12,000 (54.5%); the mean is
  // (12,000 x 2 + 10,000 x 4) / 22,000 = 2.909 ms.
  const int counted = measure_support::settings().top_selects, n = counted + 5;
  std::vector<Statement> ss;
  double select_calls = 0, top_calls = 0;
  for (int i = 1; i <= n; ++i) {
    ss.push_back({"SELECT " + std::to_string(i), static_cast<double>(i * 100), 2});
    select_calls += i * 100;
    if (i > n - counted) top_calls += i * 100;
  }
  ss.push_back({"UPDATE t SET a = 1", 10000, 4});
  const double calls = select_calls + 10000;
  const auto doc = measure_one(MeasureKind::queries, export_csv(ss, true));
  const auto tenth = [](double pct) { return std::round(pct * 10) / 10; };
  CHECK(doc["evidence"]["repeated_reads"]["top_select_share_pct"] == doctest::Approx(tenth(100 * top_calls / calls)));
  CHECK(doc["evidence"]["repeated_reads"]["select_share_pct"] == doctest::Approx(tenth(100 * select_calls / calls)));
  CHECK(doc["db_query_ms"] ==
        doctest::Approx(std::round((select_calls * 2 + 10000 * 4) / calls * 1000) / 1000).epsilon(1e-9));
}

TEST_CASE("queries, bad input: named, and a file that gives nothing changes no field") {
  auto nothing = [](const std::string& text) {
    const auto doc = measure_one(MeasureKind::queries, text);
    CHECK(fields(doc) == "");
    return problems(doc);
  };
  CHECK(nothing("") == "the file is empty");
  CHECK(nothing("a,b,c\n1,2,3\n").find("unknown format: the first line is not a pg_stat_statements CSV header") == 0);
  CHECK(nothing(" query | calls | total_exec_time\n-------+-------\n x | 1 | 2\n")
            .find("this looks like psql's aligned output: export with psql --csv") != std::string::npos);
  CHECK(nothing("calls,total_exec_time\n") == "no statement could be read");
  CHECK(nothing(std::string("PK\x03\x04zip", 7)) == "this is a zip archive: extract the file from it first");

  const std::string good = export_csv({{"SELECT 1", 10, 2}, {"SELECT 2", 30, 4}}, true);
  const auto cut = measure_one(MeasureKind::queries, good + "10,16384,t,9,\"SELECT broken");
  CHECK(cut["db_query_ms"] == 3.5);
  CHECK(measure_support::notes(cut, "db_query_ms") == "the last row is cut short (was the export interrupted?)");
  CHECK(cut["evidence"]["db_query_ms"]["files"][0]["skipped"][0]["line"] == 4);

  const auto bad_rows =
      measure_one(MeasureKind::queries, "query,calls,mean_time\n\"SELECT 1\",ten,2\n\"SELECT 2\",4,2.5\nx\n");
  CHECK(bad_rows["db_query_ms"] == 2.5);
  const auto& skipped = bad_rows["evidence"]["db_query_ms"]["files"][0]["skipped"];
  REQUIRE(skipped.size() == 2);
  CHECK(skipped[0]["reason"] == "calls is not a number of 0 or more");
  CHECK(skipped[1]["reason"] == "fewer columns than the header names");
  CHECK(skipped[1]["line"] == 4);

  const auto no_text = measure_one(MeasureKind::queries, "calls,total_exec_time\n4,10\n");
  CHECK(fields(no_text) == "db_query_ms");
  CHECK(measure_support::notes(no_text, "db_query_ms") ==
        "no query column, so SELECTs cannot be told from other statements");
}
