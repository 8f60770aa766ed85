// The small readers under the measure parsers: decimals and durations, timestamps, the
// JSON-line scanner and the streaming CSV reader, each with the inputs that break naive ones.
#include <nlohmann/json.hpp>

#include "csv_reader.hpp"
#include "json_line.hpp"
#include "measure_support.hpp"
#include "text_input.hpp"
#include "text_scan.hpp"
#include "timestamp.hpp"

using namespace rightsize::detail;

TEST_CASE("text: decimals and durations read the same everywhere") {
  CHECK(parse_decimal("0.087") == 0.087);
  CHECK(parse_decimal("-12.5e2") == -1250);
  CHECK(parse_decimal("1E-3") == 0.001);
  CHECK(parse_decimal("12345678901234567890123") == doctest::Approx(1.2345678901234568e22));
  for (const char* bad : {"", "-", "1e", "1.2.3", " 1", "0x10", "1,5", "nan"}) CHECK_FALSE(parse_decimal(bad));
  CHECK(parse_fixed("0.087", 6) == 87000u);
  CHECK(parse_fixed("12", 3) == 12000u);
  CHECK(parse_fixed("0.0005", 3) == 1u);  // rounded half up
  CHECK(parse_fixed("0.0004", 3) == 0u);
  CHECK(parse_fixed("1.5e-3", 6) == 1500u);
  CHECK(parse_fixed("99999999999999999999999", 6) == std::uint64_t{1} << 62);  // saturates
  CHECK_FALSE(parse_fixed("-1", 3));
  CHECK_FALSE(parse_fixed("abc", 3));
}

TEST_CASE("text: file text is made printable before it reaches a document") {
  CHECK(printable("web-1 CPU \xC3\xA9") == "web-1 CPU \xC3\xA9");
  CHECK(printable("a\xFF\xC3"
                  "b\x01\x7F") == "a??b??");
  CHECK(printable("\xED\xA0\x80") == "???");  // a surrogate
  CHECK(printable("\xE0\x80\xAF") == "???");  // an overlong form
  CHECK(printable("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
}

TEST_CASE("text: timestamps in the formats the files use, with their zones") {
  const auto clf = parse_clf_time("15/Jan/2024:10:00:01 +0530");
  REQUIRE(clf);
  CHECK(clf->utc_seconds == 1705312801 - 19800);
  CHECK(clf->offset_minutes == 330);
  CHECK(parse_iso_time("2024-01-15T10:00:01Z")->utc_seconds == 1705312801);
  CHECK(parse_iso_time("2024-01-15 10:00:01.123456 UTC")->utc_seconds == 1705312801);
  CHECK(parse_iso_time("2024-01-15T11:00:01+01:00")->utc_seconds == 1705312801);
  CHECK(parse_iso_time("2024/01/15 10:00")->utc_seconds == 1705312800);
  CHECK_FALSE(parse_iso_time("2024-01-15 10:00:01")->zoned);
  CHECK(parse_epoch("1705312801.5")->utc_seconds == 1705312801);
  CHECK(parse_epoch("1705312801500")->utc_seconds == 1705312801);
  CHECK_FALSE(parse_epoch("45.2"));  // a value, not a time
  for (const char* bad :
       {"2024-02-30T10:00:00Z", "2024-01-15T24:00:00Z", "15/Foo/2024:10:00:01 +0000", "2024-01-15T10:00:00+25:00",
        "1969-12-31T23:00:00Z", "2024-01-15 10:00:", "2024-01-15 10:00:0"})
    CHECK_FALSE(parse_any_time(bad));
  HourClock clock;
  const std::int64_t hour = clock.hour_of(*clf);
  CHECK(clock.format(hour) == "2024-01-15T10:00:00+05:30");
  CHECK(clock.format_instant(*clf) == "2024-01-15T10:00:01+05:30");
  CHECK(clock.format(clock.hour_of(*parse_iso_time("2024-03-01T00:30:00+05:30")) - 1) == "2024-02-29T23:00:00+05:30");
}

TEST_CASE("text: lines straddling chunks, CRLF, a last line without a break, and an over-long line") {
  for (size_t chunk : {1, 2, 3, 7, 100}) {
    LineSplitter s;
    std::vector<std::string> got;
    bool last_unterminated = false;
    const std::string text = "one\r\ntwo\n\nthree";
    for (size_t at = 0; at < text.size(); at += chunk)
      s.feed(std::string_view(text).substr(at, chunk), [&](const Line& l) { got.emplace_back(l.text); });
    s.finish([&](const Line& l) {
      got.emplace_back(l.text);
      last_unterminated = l.unterminated;
    });
    CHECK(got == std::vector<std::string>{"one", "two", "", "three"});
    CHECK(last_unterminated);
  }
  LineSplitter s;
  size_t longest = 0;
  bool flagged = false;
  const std::string huge(LineSplitter::kMaxLine * 3, 'x');
  for (size_t at = 0; at < huge.size(); at += 1000) s.feed(std::string_view(huge).substr(at, 1000), [](const Line&) {});
  s.feed("\nshort\n", [&](const Line& l) {
    longest = std::max(longest, l.text.size());
    flagged = flagged || l.too_long;
  });
  CHECK(longest == LineSplitter::kMaxLine);
  CHECK(flagged);
}

TEST_CASE("JSON lines: the scanner gives the top-level members of a well-formed object and refuses the rest") {
  JsonObjectScanner scan(R"( {"a": 1, "b\"c": "x\u00e9", "n": {"d": [1, 2, {"e": null}]}, "t": true, "f": -0.5e3} )");
  std::string_view key;
  JsonScalar value;
  std::vector<std::string> keys;
  while (scan.next(key, value)) keys.emplace_back(key);
  CHECK(scan.ok());
  CHECK(keys == std::vector<std::string>{"a", "b\\\"c", "n", "t", "f"});
  for (const char* bad : {"", "{", "{}x", "[1]", R"({"a" 1})", R"({"a": 1,})", R"({"a": 01})", R"({"a": [1,]})",
                          R"({"a": {"b": 1]})", R"({"a": "\x"})", R"({"a": tru})", R"({'a': 1})", "{\"a\": \"\t\"}"}) {
    CAPTURE(bad);
    JsonObjectScanner s(bad);
    while (s.next(key, value)) {
    }
    CHECK_FALSE(s.ok());
  }
  std::string deep = "{\"a\": ";
  for (int i = 0; i < 100; ++i) deep += "[";
  JsonObjectScanner s(deep);
  while (s.next(key, value)) {
  }
  CHECK_FALSE(s.ok());
  // Whatever nlohmann_json accepts as an object, the scanner accepts with the same keys.
  for (const char* good : {"{}", R"({"a":{}})", R"({"a":[]})", R"({"a":[[],[{}]],"b":"\"\\\/\b\f\n\r\t"})"}) {
    CAPTURE(good);
    JsonObjectScanner g(good);
    size_t n = 0;
    while (g.next(key, value)) ++n;
    CHECK(g.ok());
    CHECK(n == nlohmann::json::parse(good).size());
  }
}

TEST_CASE("CSV: quotes, doubled quotes, delimiters and line breaks inside quotes, cut in any chunks") {
  const std::string text = "a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n\nlast,\"open";
  for (size_t chunk : {1, 2, 5, 100}) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::uint64_t> lines;
    bool unterminated = false;
    CsvReader csv(',', [&](const CsvRecord& r) {
      rows.emplace_back(r.fields, r.fields + r.count);
      lines.push_back(r.line);
      unterminated = r.unterminated;
    });
    for (size_t at = 0; at < text.size(); at += chunk) csv.feed(std::string_view(text).substr(at, chunk));
    csv.finish();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"a", "b,1", "say \"hi\""});
    CHECK(rows[1] == std::vector<std::string>{"multi\nline", "", "x"});
    CHECK(rows[2] == std::vector<std::string>{"last", "open"});
    CHECK(lines == std::vector<std::uint64_t>{1, 2, 5});
    CHECK(unterminated);
  }
  CsvReader csv(';', [](const CsvRecord& r) {
    CHECK(r.cut);
    CHECK(r.fields[0].size() == CsvReader::kMaxField);
  });
  csv.feed(std::string(CsvReader::kMaxField * 2, 'q') + ";1\n");
}
