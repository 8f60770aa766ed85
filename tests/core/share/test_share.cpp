// Share links: the fixed vectors of versions 1 to 3 (tests/vectors/share-v1.json to
// share-v3.json, written from docs/share-format.md by a separate implementation, not by this
// code), damaged links, exact numbers, and the format's defaults against the readers' own.
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

#include "rightsize/share.hpp"
#include "rightsize/timeline.hpp"
#include "share_bytes.hpp"
#include "share_v3.hpp"
#include "support.hpp"

using json = nlohmann::ordered_json;
using rightsize::Value;

namespace {

const json& vectors() {
  static const json list = json::parse(test_support::read_source_file("tests/vectors/share-v1.json"));
  return list;
}

const json& vectors_v2() {
  static const json list = json::parse(test_support::read_source_file("tests/vectors/share-v2.json"));
  return list;
}

// Equal documents: the same kinds, numbers to the bit, objects in any key order.
bool same(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::null: return true;
    case Value::Kind::boolean: return a.boolean == b.boolean;
    case Value::Kind::number: return std::memcmp(&a.number, &b.number, sizeof a.number) == 0;
    case Value::Kind::string: return a.text == b.text;
    case Value::Kind::array:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i])) return false;
      return true;
    case Value::Kind::object:
      if (a.members.size() != b.members.size()) return false;
      for (const rightsize::Member& m : a.members) {
        const Value* other = b.find(m.key);
        if (other == nullptr || !same(m.value, *other)) return false;
      }
      return true;
  }
  return false;
}

std::string describe(const Value& v) { return rightsize::to_json(v).dump(); }

Value decoded(const std::string& fragment) {
  auto r = rightsize::share_decode(fragment);
  REQUIRE_MESSAGE(r.ok(), fragment << ": " << (r.errors.empty() ? "" : r.errors[0].message));
  return *r.value;
}

std::string encoded(const Value& input) {
  auto r = rightsize::share_encode(input);
  REQUIRE_MESSAGE(r.ok(), describe(input) << ": " << (r.errors.empty() ? "" : r.errors[0].field));
  return *r.value;
}

const std::string& fragment_named(const std::string& start, const json& list = vectors()) {
  for (const auto& v : list)
    if (v["name"].get<std::string>().rfind(start, 0) == 0) return v["fragment"].get_ref<const std::string&>();
  FAIL("no vector named " << start);
  throw 0;
}

const json& vectors_v3() {
  static const json list = json::parse(test_support::read_source_file("tests/vectors/share-v3.json"));
  return list;
}

// Every vector of `list` with a fragment and no errors: its fragment decodes to its input (or
// `decoded`), and this build writes that fragment again (or `written`, for a fragment no build
// writes). Returns how many were checked and how many of those are written as `version`.
std::pair<int, int> round_trips(const json& list, char version) {
  int pairs = 0, of_version = 0;
  for (const auto& v : list) {
    if (v.contains("errors") || !v.contains("fragment")) continue;
    CAPTURE(v["name"].get<std::string>());
    const std::string fragment = v["fragment"];
    const Value expected = rightsize::from_json(v.contains("decoded") ? v["decoded"] : v["input"]);
    const Value got = decoded(fragment);
    CHECK_MESSAGE(same(got, expected), describe(got));
    const std::string written = v.contains("input") ? fragment : v["written"].get<std::string>();
    CHECK(encoded(v.contains("input") ? rightsize::from_json(v["input"]) : got) == written);
    if (written[0] == version) ++of_version;
    ++pairs;
  }
  return {pairs, of_version};
}

// The vectors of every version, each list once.
std::vector<const json*> both_versions() { return {&vectors(), &vectors_v2(), &vectors_v3()}; }

}  // namespace

TEST_CASE("share v1 vectors: every fragment decodes to its input, forever") {
  int pairs = 0;
  for (const auto& v : vectors()) {
    if (v.contains("errors") || !v.contains("fragment")) continue;
    CAPTURE(v["name"].get<std::string>());
    const Value expected = rightsize::from_json(v.contains("decoded") ? v["decoded"] : v["input"]);
    const Value got = decoded(v["fragment"]);
    CHECK_MESSAGE(same(got, expected), describe(got));
    ++pairs;
  }
  CHECK(pairs >= 15);
}

TEST_CASE("share v1 vectors: this build writes exactly the vectors' fragments") {
  for (const auto& v : vectors()) {
    if (v.contains("errors")) continue;
    CAPTURE(v["name"].get<std::string>());
    CHECK(encoded(rightsize::from_json(v["input"])) == v["fragment"].get<std::string>());
  }
}

TEST_CASE("share v1 vectors: damaged, cut-short and foreign fragments are refused with a message") {
  int refused = 0;
  for (const auto& v : vectors()) {
    if (!v.contains("errors") || !v.contains("fragment")) continue;
    CAPTURE(v["name"].get<std::string>());
    const auto r = rightsize::share_decode(v["fragment"].get<std::string>());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].field == "fragment");
    const std::string& expected = v["message_has"].get_ref<const std::string&>();
    CHECK_MESSAGE(r.errors[0].message.find(expected) != std::string::npos, r.errors[0].message);
    ++refused;
  }
  CHECK(refused >= 20);
}

TEST_CASE("share v1 vectors: inputs the format cannot hold name their fields") {
  for (const auto& v : vectors()) {
    if (!v.contains("errors") || v.contains("fragment")) continue;
    CAPTURE(v["name"].get<std::string>());
    const auto r = rightsize::share_encode(rightsize::from_json(v["input"]));
    REQUIRE_FALSE(r.ok());
    std::vector<std::string> fields;
    for (const auto& e : r.errors) fields.push_back(e.field);
    CHECK(fields == v["errors"].get<std::vector<std::string>>());
    const Value doc = rightsize::share_encode_document(rightsize::from_json(v["input"]));
    CHECK(doc.find("ok")->boolean == false);
  }
}

TEST_CASE(
    "share v2 vectors: every fragment decodes to its input, and this build writes the oldest version that holds it") {
  const auto [pairs, twos] = round_trips(vectors_v2(), '2');
  CHECK(pairs >= 10);
  CHECK(twos >= 5);
}

TEST_CASE(
    "share v3 vectors: every fragment decodes to its input, and this build writes the oldest version that holds it") {
  const auto [pairs, threes] = round_trips(vectors_v3(), '3');
  CHECK(pairs >= 10);
  CHECK(threes >= 8);
}

TEST_CASE("share v2 and v3 vectors: damaged fragments, and what the format cannot hold") {
  int refused = 0;
  for (const json* list : {&vectors_v2(), &vectors_v3()})
    for (const auto& v : *list) {
      if (!v.contains("errors")) continue;
      CAPTURE(v["name"].get<std::string>());
      std::vector<std::string> fields;
      if (v.contains("fragment")) {
        const auto r = rightsize::share_decode(v["fragment"].get<std::string>());
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.errors.size() == 1);
        const std::string& expected = v["message_has"].get_ref<const std::string&>();
        CHECK_MESSAGE(r.errors[0].message.find(expected) != std::string::npos, r.errors[0].message);
        fields.push_back(r.errors[0].field);
      } else {
        const auto r = rightsize::share_encode(rightsize::from_json(v["input"]));
        REQUIRE_FALSE(r.ok());
        for (const auto& e : r.errors) fields.push_back(e.field);
      }
      CHECK(fields == v["errors"].get<std::vector<std::string>>());
      ++refused;
    }
  CHECK(refused >= 20);
}

TEST_CASE("share v3: version 2's tables are version 3's first bits, unchanged") {
  using namespace rightsize::detail::share;
  CHECK(kInputSince2.size == 2);
  CHECK(std::string(kInputSince3.fields[0].name) == "commitment");
  CHECK(std::string(kInputSince3.fields[1].name) == "services");
  CHECK(kCurrency.size == 2);
  CHECK(std::string(kCurrencySince3.fields[0].name) == "drift_pct_per_year");
  // Only a version 3 field makes a version 3 link, at any depth.
  const auto version = [](const char* input) { return encoded(test_support::parse(input))[0]; };
  CHECK(version(R"({"users": 5, "currency": {"code": "NGN", "per_usd": 1500}})") == '1');
  CHECK(version(R"({"users": 5, "cache_engine": "valkey", "currency": {"code": "NGN"}})") == '2');
  CHECK(version(R"({"users": 5, "currency": {"code": "NGN", "spread_pct": 10}})") == '3');
  CHECK(version(R"({"users": 5, "cache_engine": "valkey", "commitment": {"from_month": 3}})") == '3');
}

TEST_CASE("share v2: version 1's tables are version 2's first bits, unchanged") {
  using namespace rightsize::detail::share;
  // Version 1 links are read by version 1's table alone: a build that adds a field adds it
  // to a new version's table, after the old ones.
  CHECK(kInput.size == 19);
  CHECK(std::string(kInput.fields[18].name) == "currency");
  CHECK(std::string(kInputSince2.fields[0].name) == "cache_engine");
  CHECK(std::string(kInputSince2.fields[1].name) == "budget_display_cents");
  // Only a version 2 field makes a version 2 link.
  const std::string one = encoded(test_support::parse(R"({"users": 5000, "provider": "aws-af-south-1"})"));
  const std::string two =
      encoded(test_support::parse(R"({"users": 5000, "provider": "aws-af-south-1", "cache_engine": "valkey"})"));
  CHECK(one[0] == '1');
  CHECK(two[0] == '2');
}

TEST_CASE("share: every field of every version's input tables is one the timeline reads") {
  // The table is fixed in the code (share_v1.hpp, share_v2.hpp), the readers' fields in
  // theirs: a field the readers do not know would be a link nobody can use.
  using namespace rightsize::detail::share;
  const rightsize::Model model = test_support::model();
  for (const Table* table : {&kInput, &kInputSince2, &kInputSince3}) {
    for (std::size_t i = 0; i < table->size; ++i) {
      const Field& f = table->fields[i];
      CAPTURE(f.name);
      Value input = Value::object();
      input.set("users", Value::of_number(100));
      switch (f.kind) {
        case Kind::flag: input.set(f.name, Value::of_bool(true)); break;
        case Kind::text:
        case Kind::name: input.set(f.name, Value::of_string(f.names != nullptr ? f.names->list[0] : "x")); break;
        case Kind::object:
        case Kind::milestones:
        case Kind::overrides: input.set(f.name, Value::object()); break;
        case Kind::number: input.set(f.name, Value::of_number(1)); break;
      }
      for (const auto& e : rightsize::read_timeline_input(model, input).errors)
        CHECK_MESSAGE(e.message != "unknown field", e.field);
    }
  }
}

TEST_CASE("share v2: every cache engine of today's catalogues travels in a link, an indexed one by its number") {
  for (const auto& named : test_support::catalogues()) {
    for (const std::string& engine : rightsize::cache_engine_names(named.catalogue)) {
      CAPTURE(engine);
      Value input = Value::object();
      input.set("provider", Value::of_string(named.name));
      input.set("cache_engine", Value::of_string(engine));
      const std::string fragment = encoded(input);
      CHECK(fragment[0] == '2');
      CHECK(same(decoded(fragment), input));
      // An engine of the index by its number, not spelled out: a short link. One a later
      // catalogue brought (Hetzner's redis-on-server) travels as text, as a new catalogue's name does.
      using namespace rightsize::detail::share;
      bool indexed = false;
      for (std::size_t i = 0; i < kCacheEngineNames.size; ++i) indexed = indexed || engine == kCacheEngineNames.list[i];
      if (indexed) CHECK(fragment.size() <= 12);
    }
  }
}

TEST_CASE("share: every cut-short fragment and every single changed character is refused") {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (const json* list : both_versions())
    for (const auto& v : *list) {
      if (v.contains("errors")) continue;
      const std::string fragment = v["fragment"];
      CAPTURE(fragment);
      for (size_t n = 0; n < fragment.size(); ++n) CHECK_FALSE(rightsize::share_decode(fragment.substr(0, n)).ok());
      for (size_t i = 0; i < fragment.size(); ++i)
        for (char c : alphabet) {
          if (c == fragment[i]) continue;
          std::string changed = fragment;
          changed[i] = c;
          if (rightsize::share_decode(changed).ok()) FAIL_CHECK("accepted " << changed);
        }
    }
}

TEST_CASE("share: a whole link decodes as its fragment, and the documents say ok") {
  const std::string fragment = fragment_named("one field");
  CHECK(same(decoded("https://example.org/calculator/#" + fragment), decoded(fragment)));
  CHECK(same(decoded("#" + fragment), test_support::parse(R"({"users": 100})")));
  const Value doc = rightsize::share_decode_document(fragment);
  CHECK(doc.find("ok")->boolean);
  CHECK(doc.find("input")->find("users")->number == 100);
  const Value made = rightsize::share_encode_document(test_support::parse(R"({"users": 100})"));
  CHECK(made.find("fragment")->text == fragment);
  CHECK(rightsize::share_decode_document("2xyz").find("ok")->boolean == false);
}

TEST_CASE("share: a typical link stays short") {
  CHECK(fragment_named("the guide's example").size() <= 30);
  CHECK(fragment_named("a typical link").size() < 120);
  const Value guide = test_support::parse(test_support::read_source_file("content/presets/guide-example.json"));
  CHECK(encoded(guide).size() <= 30);
}

TEST_CASE("share: numbers come back to the bit") {
  std::vector<double> numbers = {0,
                                 -0.0,
                                 1,
                                 -1,
                                 72.5,
                                 0.087,
                                 0.1,
                                 0.05,
                                 1e12,
                                 999999999999,
                                 1e13,
                                 123456.789,
                                 -99,
                                 1550,
                                 9007199254740991.0,
                                 9007199254740993.0,
                                 1.0 / 3,
                                 0.1 + 0.2,
                                 1e-7,
                                 1e-9,
                                 5e-324,
                                 1.7976931348623157e308,
                                 -2.5e-8,
                                 33.333333333333336};
  rightsize::Random random(2024);
  for (int i = 0; i < 2000; ++i) {
    const double u = random.uniform();
    numbers.push_back(std::floor(u * 1e12));                   // whole numbers up to 10^12
    numbers.push_back(std::floor(u * 1e6) / 1000);             // three decimals, as a reader types them
    numbers.push_back((u - 0.5) * std::pow(10, i % 40 - 20));  // anything else
  }
  for (double x : numbers) {
    CAPTURE(x);
    Value input = Value::object();
    input.set("budget_cents", Value::of_number(x));
    const Value back = decoded(encoded(input));
    REQUIRE(back.find("budget_cents") != nullptr);
    const double y = back.find("budget_cents")->number;
    CHECK(std::memcmp(&x, &y, sizeof x) == 0);
  }
}

TEST_CASE("share: numbers a decimal holds take few characters") {
  const auto size_of = [](const char* json_text) { return encoded(test_support::parse(json_text)).size(); };
  CHECK(size_of(R"({"users": 5000000})") == size_of(R"({"users": 5})"));
  CHECK(size_of(R"({"users": 200000})") == size_of(R"({"users": 2})"));
  CHECK(size_of(R"({"users": 72.5})") < size_of(R"({"users": 0.30000000000000004})"));
}

TEST_CASE("share: the format refuses what no document holds") {
  Value not_finite = Value::object();
  not_finite.set("users", Value::of_number(std::numeric_limits<double>::infinity()));
  const auto r = rightsize::share_encode(not_finite);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].field == "users");
  Value listed = Value::object();
  listed.set("users", Value::array());
  CHECK(rightsize::share_encode(listed).errors[0].field == "users");
}

TEST_CASE("share: every assumption and catalogue of today's content/ travels in a link") {
  for (const auto& spec : test_support::assumption_book().specs) {
    Value input = Value::object();
    input.set("assumptions", Value::object()).set(spec.name, Value::of_number(spec.value));
    CHECK(same(decoded(encoded(input)), input));
  }
  for (const auto& named : test_support::catalogues()) {
    Value input = Value::object();
    input.set("provider", Value::of_string(named.name));
    CHECK(same(decoded(encoded(input)), input));
  }
}

TEST_CASE("share: the values version 1 leaves out are the readers' own defaults") {
  // If this fails, a reader's default changed: links that left the old default out now mean
  // something else, so the version 1 decoder must write the old default back in.
  const Value explicit_defaults = test_support::parse(R"({"users": 10, "current_stage": 1, "pool_exhausted": false,
      "repeated_reads": false, "slow_changing_data": false, "db_upgraded": false, "at_max_instance": false,
      "needs_redundancy": false})");
  const Value left_out = decoded(encoded(explicit_defaults));
  CHECK(same(left_out, test_support::parse(R"({"users": 10})")));
  const int stages = test_support::rules().stage_count();
  const auto a = rightsize::read_metrics(explicit_defaults, stages);
  const auto b = rightsize::read_metrics(left_out, stages);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value->current_stage == b.value->current_stage);
  for (auto flag : {&rightsize::Metrics::pool_exhausted, &rightsize::Metrics::repeated_reads,
                    &rightsize::Metrics::slow_changing_data, &rightsize::Metrics::db_upgraded,
                    &rightsize::Metrics::at_max_instance, &rightsize::Metrics::needs_redundancy})
    CHECK((*a.value).*flag == (*b.value).*flag);
}

TEST_CASE("share: defaults that live in content/ are kept, so a link does not follow them") {
  // Today's defaults from content/assumptions.json, written out as a reader's own values.
  const auto& d = test_support::assumption_book().inputs;
  nlohmann::ordered_json given = {
      {"users", 10},
      {"months", d.months},
      {"provider", d.provider},
      {"uncertainty", {{"paths", d.band_paths}, {"seed", d.band_seed}, {"growth_sd_pct", d.band_growth_sd_pct}}}};
  const Value input = test_support::parse(given.dump());
  CHECK(same(decoded(encoded(input)), input));
}

TEST_CASE("share bytes: the check is CRC-16/GENIBUS, as share-format.md says") {
  CHECK(rightsize::detail::share::crc16('1', "23456789") == 0xD64E);
  std::string text;
  rightsize::detail::share::base64url_append(std::string("\x01\x32\xE4\xD6", 4), text);
  CHECK(text == "ATLk1g");
}

TEST_CASE("share: milestone months run to the last month the format holds, and its message says which") {
  const std::string last = std::to_string(rightsize::kLastMilestoneMonth);
  const std::string past = std::to_string(rightsize::kLastMilestoneMonth + 1);
  const Value ok = test_support::parse(R"({"growth": {"milestones": {")" + last + R"(": 5}}})");
  CHECK(same(decoded(encoded(ok)), ok));
  const auto r = rightsize::share_encode(test_support::parse(R"({"growth": {"milestones": {")" + past + R"(": 5}}})"));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].field == "growth.milestones." + past);
  CHECK(r.errors[0].message.find("to " + last + ",") != std::string::npos);
}

namespace {

// A version 1 fragment around `payload`, with its check.
std::string fragment_of(const std::string& payload) {
  std::string bytes = payload;
  const std::uint16_t check = rightsize::detail::share::crc16('1', bytes);
  bytes += static_cast<char>(check >> 8);
  bytes += static_cast<char>(check & 0xFF);
  std::string out = "1";
  rightsize::detail::share::base64url_append(bytes, out);
  return out;
}

}  // namespace

TEST_CASE("share: long maps go both ways in one pass, and a name spelled out twice is still refused") {
  Value input = Value::object();
  Value& milestones = input.set("growth", Value::object()).set("milestones", Value::object());
  for (int month = 1; month <= rightsize::kLastMilestoneMonth; ++month)
    milestones.members.push_back({std::to_string(month), Value::of_number(month * 10)});
  Value& overrides = input.set("assumptions", Value::object());
  for (int i = 0; i < 20000; ++i) overrides.members.push_back({"later_" + std::to_string(i), Value::of_number(i)});
  const Value back = decoded(encoded(input));
  CHECK(same(back, input));

  // {"assumptions": {"zz": 1, "cache_hit_pct": 2, "zz": 3}}: bit 15, three overrides.
  rightsize::detail::share::ByteWriter w;
  w.varint(std::uint64_t{1} << 15);
  w.varint(3);
  for (const auto& [head, name, x] : {std::tuple{0, "zz", 1.0}, {8, "", 2.0}, {0, "zz", 3.0}}) {
    w.varint(static_cast<std::uint64_t>(head));
    if (head == 0) w.text(name);
    w.number(x);
  }
  const auto twice = rightsize::share_decode(fragment_of(w.bytes()));
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.errors[0].message == "the link is damaged: it gives one key twice");
  rightsize::detail::share::ByteWriter indexed;  // cache_hit_pct by its index, twice
  indexed.varint(std::uint64_t{1} << 15);
  indexed.varint(2);
  for (double x : {1.0, 2.0}) {
    indexed.varint(8);
    indexed.number(x);
  }
  CHECK(rightsize::share_decode(fragment_of(indexed.bytes())).errors[0].message ==
        "the link is damaged: it gives one key twice");
}
