// The timeline: the guide's own example, properties any correct timeline has, input
// errors, and the uncertainty band.
#include "rules_support.hpp"

using json = nlohmann::ordered_json;
using test_support::timeline;

namespace {

const json& component(const json& month, const std::string& role) {
  for (const auto& c : month["components"])
    if (c["role"] == role) return c;
  static const json none;
  return none;
}

json guide_example() {
  const json doc = timeline(test_support::read_source_file("content/presets/guide-example.json"));
  REQUIRE(doc["ok"] == true);
  return doc["result"];
}

bool within(double value, double target, double pct) {
  return value >= target * (1 - pct / 100) && value <= target * (1 + pct / 100);
}

}  // namespace

TEST_CASE("guide example: one box at months 1 and 6, with the database getting slow and a warning") {
  const json t = guide_example();
  REQUIRE(t["months"].size() == 18);
  const json& m1 = t["months"][0];
  const json& m6 = t["months"][5];
  CHECK(m1["users"] == 100);
  CHECK(m6["users"] == 5000);
  CHECK(m1["stage"] == 1);
  CHECK(m6["stage"] == 1);
  CHECK(m1["cost_cents"] == 1679);  // the README's $16.79
  CHECK(m6["cost_cents"] == 1717);  // the README's $17.17
  CHECK(component(m1, "app")["type"] == "t3.small");
  CHECK(component(m6, "app")["type"] == "t3.small");
  CHECK(component(m6, "database").is_null());
  CHECK(m6["metrics"]["db_memory_pct"].get<double>() > 4 * m1["metrics"]["db_memory_pct"].get<double>());
  CHECK(m6["metrics"]["db_query_ms"].get<double>() > m1["metrics"]["db_query_ms"].get<double>());
  REQUIRE(m6.contains("warning"));
  CHECK(m6["warning"].get<std::string>().find("stage 2") != std::string::npos);
}

TEST_CASE("guide example: stage 3 at month 12 on t3.small, db.t3.medium and Redis, about $150") {
  const json m12 = guide_example()["months"][11];
  CHECK(m12["users"] == 50000);
  CHECK(m12["stage"] == 3);
  CHECK(component(m12, "app")["type"] == "t3.small");
  CHECK(component(m12, "app")["count"] == 1);
  CHECK(component(m12, "database")["type"] == "db.t3.medium");
  CHECK(component(m12, "cache")["type"].get<std::string>().rfind("cache.", 0) == 0);
  CHECK(within(m12["cost_cents"].get<double>(), 15000, 25));
  CHECK(m12["cost_cents"] == 16465);  // the README's $164.65
}

TEST_CASE("guide example: stage 4 at month 18, load balancer, the autoscaling minimum of app servers, db.t3.xlarge") {
  const json t = guide_example();
  const json m18 = t["months"][17];
  CHECK(m18["users"] == 200000);
  CHECK(m18["stage"] == 4);
  CHECK(component(m18, "load_balancer")["type"] == "alb");
  CHECK(component(m18, "app")["type"] == "t3.small");
  CHECK(component(m18, "app")["count"] == test_support::assumption_book().defaults.autoscale_min);
  CHECK(component(m18, "database")["type"] == "db.t3.xlarge");
  CHECK(within(m18["cost_cents"].get<double>(), 70000, 25));
  CHECK(m18["cost_cents"] == 64655);  // the README's $646.55
  // Each move names the trigger behind it, and the stages come in order.
  std::vector<std::string> moves;
  for (const auto& e : t["events"])
    if (e["type"] == "stage")
      moves.push_back("month " + e["month"].dump() + ": stage " + e["to_stage"].dump() + " by " +
                      e["trigger"].get<std::string>());
  CHECK(moves == std::vector<std::string>{"month 8: stage 2 by responses_degrading",
                                          "month 12: stage 3 by db_limits_cacheable",
                                          "month 17: stage 4 by app_cpu_at_ceiling"});
}

TEST_CASE("timeline properties: totals add up, stages never go back, one entry per month") {
  const json doc = timeline(
      R"({"users": 2000, "months": 60, "growth": {"monthly_pct": 15}, "repeated_reads": true, "budget_cents": 40000})");
  REQUIRE(doc["ok"] == true);
  const json& t = doc["result"];
  REQUIRE(t["months"].size() == 60);
  long long cumulative = 0;
  int stage = 1;
  std::optional<int> over_budget;
  for (const auto& m : t["months"]) {
    long long parts = 0;
    for (const auto& c : m["components"]) parts += c["cost_cents"].get<long long>();
    CHECK(parts == m["cost_cents"].get<long long>());
    cumulative += m["cost_cents"].get<long long>();
    CHECK(m["cumulative_cents"].get<long long>() == cumulative);
    CHECK(m["stage"].get<int>() >= stage);
    stage = m["stage"];
    if (!over_budget && m["cost_cents"].get<long long>() > 40000) over_budget = m["month"].get<int>();
  }
  REQUIRE(over_budget.has_value());
  CHECK(t["budget_exceeded_month"] == *over_budget);
  CHECK(t["overengineering"]["staged_cents"] == cumulative);
  CHECK(t["overengineering"]["stage4_from_start_cents"].get<long long>() > cumulative);
  CHECK(t["assumptions"].size() == test_support::assumption_book().specs.size());
}

TEST_CASE("timeline properties: more users never cost less, flat growth stays put") {
  const json small = timeline(R"({"users": 5000, "months": 3})")["result"];
  const json large = timeline(R"({"users": 50000, "months": 3})")["result"];
  CHECK(large["months"][0]["cost_cents"].get<long long>() >= small["months"][0]["cost_cents"].get<long long>());
  CHECK(small["months"][0]["cost_cents"] == small["months"][2]["cost_cents"]);
  CHECK(small["budget_exceeded_month"].is_null());
}

TEST_CASE("timeline: measured metrics steer month 1") {
  const json t = timeline(R"({"users": 3000, "months": 2, "db_cpu_pct": )" +
                          test_support::number(test_support::past("db_cpu_high")) + "}")["result"];
  CHECK(t["months"][0]["stage"] == 2);
  CHECK(t["events"][0]["trigger"] == "db_cpu_high");
}

TEST_CASE("timeline: bad input names the field") {
  using v = std::vector<std::string>;
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "months": 0})") == v{"months"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "months": 121})") == v{"months"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "provider": "moon-base-1"})") == v{"provider"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "budget_cents": -5})") == v{"budget_cents"});
  CHECK(test_support::timeline_error_fields(
            R"({"users": 10, "growth": {"monthly_pct": 5, "milestones": {"2": 20}}})") == v{"growth"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "growth": {}})") == v{"growth"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "growth": {"milestones": {"june": 20}}})") ==
        v{"growth.milestones.june"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "growth": {"milestones": {"3": -20}}})") ==
        v{"growth.milestones.3"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "growth": {"monthly_pct": "fast"}})") ==
        v{"growth.monthly_pct"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "assumptions": {"cache_hit_pct": 101}})") ==
        v{"assumptions.cache_hit_pct"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "uncertainty": {"paths": 0}})") == v{"uncertainty.paths"});
  CHECK(test_support::timeline_error_fields(R"({"users": -10})") == v{"users"});
  CHECK(test_support::timeline_error_fields(R"({"months": 5})") == v{"users"});
  CHECK(test_support::timeline_error_fields(R"({"growth": {"milestones": {"1": 100}}})").empty());
}

TEST_CASE("uncertainty: seeded, reproducible, ordered percentiles, stage probabilities sum to 1") {
  const std::string input = R"({"users": 1000, "months": 36, "growth": {"monthly_pct": 15}, "repeated_reads": true,
                               "uncertainty": {"paths": 500, "seed": 7, "growth_sd_pct": 10}})";
  const json a = timeline(input)["result"];
  const json b = timeline(input)["result"];
  REQUIRE(a["band"].size() == 36);
  CHECK(a["band"] == b["band"]);
  for (const auto& m : a["band"]) {
    CHECK(m["p10_cost_cents"].get<long long>() <= m["p50_cost_cents"].get<long long>());
    CHECK(m["p50_cost_cents"].get<long long>() <= m["p90_cost_cents"].get<long long>());
    double total = 0;
    for (const auto& p : m["p_stage"]) total += p.get<double>();
    CHECK(total == doctest::Approx(1));
  }
  std::string other = input;
  other.replace(other.find("\"seed\": 7"), 9, "\"seed\": 8");
  CHECK(timeline(other)["result"]["band"] != a["band"]);
  // Growth spreads the band as the months go by.
  const json& last = a["band"][35];
  CHECK(last["p90_cost_cents"].get<long long>() > last["p10_cost_cents"].get<long long>());
}

TEST_CASE("uncertainty: with no spread every path is the expected one") {
  const json t = timeline(R"({"users": 1000, "months": 24, "growth": {"monthly_pct": 20},
                              "uncertainty": {"paths": 50, "seed": 1, "growth_sd_pct": 0}})")["result"];
  for (size_t i = 0; i < 24; ++i) {
    CHECK(t["band"][i]["p10_cost_cents"] == t["months"][i]["cost_cents"]);
    CHECK(t["band"][i]["p90_cost_cents"] == t["months"][i]["cost_cents"]);
  }
}

TEST_CASE("random: xoshiro256** seeded by splitmix64 gives the reference sequence") {
  // From an independent implementation of the published reference code (Blackman and
  // Vigna's xoshiro256starstar.c, seeded through splitmix64.c), not from this class.
  rightsize::Random seven(7);
  for (std::uint64_t expected : {0xb358faf74ef9765aULL, 0x475c3d964f482cd2ULL, 0xd6f1d349952c7996ULL,
                                 0xfb2938731e807240ULL, 0xfda904ec7e540318ULL})
    CHECK(seven.next() == expected);
  rightsize::Random zero(0);
  for (std::uint64_t expected : {0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL, 0x1a5f849d4933e6e0ULL})
    CHECK(zero.next() == expected);
  // uniform() keeps the top 53 bits of each output, over 2^53.
  rightsize::Random again(0);
  for (std::uint64_t reference : {0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL, 0x1a5f849d4933e6e0ULL})
    CHECK(again.uniform() == static_cast<double>(reference >> 11) / 9007199254740992.0);
}

TEST_CASE("timeline: runaway growth stops at 10^12 users instead of overflowing (found by fuzzing)") {
  const json doc = timeline(R"({"users": 20000, "months": 72, "growth": {"monthly_pct": 43}})");
  REQUIRE(doc["ok"] == true);
  CHECK(doc["result"]["months"][71]["users"].get<double>() == 1e12);
  CHECK(doc["result"]["months"][71]["stage"] == 4);
}

TEST_CASE("timeline: a far milestone grows at its own steady rate (found by fuzzing)") {
  const json t =
      timeline(R"({"growth": {"milestones": {"1": 100, "2": 50, "112": 500000}}, "repeated_reads": true})")["result"];
  const double rate = t["months"][3]["users"].get<double>() / t["months"][2]["users"].get<double>();
  CHECK(rate == doctest::Approx(1.087).epsilon(0.01));
  CHECK(t["months"][23]["users"].get<double>() == doctest::Approx(50 * 6.3096).epsilon(0.01));  // 50 * 10000^(22/110)
}

TEST_CASE("timeline: what the input leaves out comes from content/assumptions.json's defaults") {
  const auto& inputs = test_support::assumption_book().inputs;
  const json t = timeline(R"({"users": 1000, "uncertainty": {}})")["result"];
  CHECK(t["months"].size() == static_cast<size_t>(inputs.months));
  CHECK(t["provider"]["name"] == inputs.provider);
  CHECK(t["uncertainty"]["paths"] == inputs.band_paths);
  CHECK(t["uncertainty"]["seed"] == inputs.band_seed);
  CHECK(t["uncertainty"]["growth_sd_pct"] == inputs.band_growth_sd_pct);
  // ...which are the file's own.
  const auto file = test_support::content_json("assumptions.json")["defaults"];
  CHECK(inputs.months == file["months"].get<int>());
  CHECK(inputs.provider == file["provider"].get<std::string>());
  CHECK(inputs.band_paths == file["uncertainty"]["paths"].get<int>());
  CHECK(inputs.band_seed == file["uncertainty"]["seed"].get<double>());
  CHECK(inputs.band_growth_sd_pct == file["uncertainty"]["growth_sd_pct"].get<double>());
}

TEST_CASE("assumptions: the defaults section is required and checked") {
  auto doc = nlohmann::ordered_json::parse(test_support::read_source_file("content/assumptions.json"));
  doc["defaults"]["months"] = 500;
  doc["defaults"]["uncertainty"].erase("paths");
  const auto read = rightsize::read_assumption_book(rightsize::from_json(doc));
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0].field == "defaults.months");
  CHECK(read.errors[1].field == "defaults.uncertainty.paths");
  doc.erase("defaults");
  CHECK(rightsize::read_assumption_book(rightsize::from_json(doc)).errors.at(0).field == "defaults");
}

TEST_CASE("timeline: a rulebook whose moves the model cannot make is refused with the reason") {
  auto doc = nlohmann::ordered_json::parse(test_support::read_source_file("content/rules.json"));
  doc["stages"][2]["move"] = "add_queue";
  doc["stages"][3]["move"] = "split_database";
  const auto book = rightsize::read_rulebook(rightsize::from_json(doc));
  REQUIRE(book.ok());
  const auto errors = rightsize::check_simulatable(*book.value);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].field == "rules.stages[2].move");
  CHECK(errors[0].message.find("cannot simulate the move \"add_queue\"") != std::string::npos);
  CHECK(errors[1].message == "the move \"split_database\" comes twice: the model makes each move once");
  const rightsize::Model model{&*book.value, &test_support::assumption_book(), &test_support::catalogues()};
  const auto result = rightsize::timeline_document(model, test_support::parse(R"({"users": 10})"));
  CHECK(rightsize::to_json(result)["errors"][0]["field"] == "rules.stages[2].move");
  CHECK(rightsize::check_simulatable(test_support::rules()).empty());
}

TEST_CASE("timeline: the reported assumptions are the ones used (no cache hits when nothing is cacheable)") {
  const json t = timeline(R"({"users": 1000, "months": 2})")["result"];
  for (const auto& a : t["assumptions"])
    if (a["name"] == "cache_hit_pct") {
      CHECK(a["value"] == 0);
      CHECK(a["default"] == test_support::assumption_book().defaults.cache_hit_pct);
    }
}
