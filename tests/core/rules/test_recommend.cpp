// The guide's semantics: users set expectations, triggers move, stages build on each other.
// Every threshold and user range comes from content/rules.json (rules_support.hpp).
#include "rules_support.hpp"

using test_support::fired;
using test_support::number;
using test_support::past;
using test_support::recommend;
using test_support::threshold;

namespace {
bool has_note(const rightsize::Recommendation& r, const std::string& part) {
  for (const auto& n : r.notes)
    if (n.find(part) != std::string::npos) return true;
  return false;
}

// {"users": N, ...}: `fields` is the rest of the object's body, each value already a number.
rightsize::Recommendation recommend_for(double users, const std::string& fields = "") {
  return recommend("{\"users\": " + number(users) + (fields.empty() ? "" : ", " + fields) + "}");
}

// "\"db_cpu_pct\": 80": one field of an input.
std::string field(const char* name, double value) { return "\"" + std::string(name) + "\": " + number(value); }
}  // namespace

TEST_CASE("users alone never move a system, but add a note") {
  const auto& last = test_support::rules().stages.back();
  const auto r = recommend_for(last.users_min * 1.25);
  CHECK(r.stage == 1);
  CHECK(r.expected_stage == last.number);
  CHECK(r.action == "stay");
  CHECK(has_note(r, "more than stage 1"));
  CHECK(has_note(r, "database CPU above " + number(threshold("db_cpu_high")) + "%"));
}

TEST_CASE("expected stage follows the typical user ranges") {
  const auto& stages = test_support::rules().stages;
  CHECK(recommend_for(0).expected_stage == 1);
  for (size_t i = 1; i < stages.size(); ++i) {
    CAPTURE(stages[i].number);
    CHECK(recommend_for(stages[i].users_min - 1).expected_stage == stages[i - 1].number);
    CHECK(recommend_for(stages[i].users_min).expected_stage == stages[i].number);
  }
  CHECK_FALSE(has_note(recommend_for(stages[0].users_max.value() - 1), "more than"));
}

TEST_CASE("fewer users than a stage usually holds is noted, not corrected") {
  const auto r = recommend(R"({"users": 50, "needs_redundancy": true})");
  CHECK(r.stage == 4);
  CHECK(has_note(r, "fewer than stage 4"));
}

TEST_CASE("stage 3 needs cacheable data; without it the advice is not a cache") {
  const std::string hot_db = field("db_cpu_pct", past("db_limits_cacheable"));
  const auto cacheable = recommend_for(60000, hot_db + R"(, "db_upgraded": true, "repeated_reads": true)");
  CHECK(cacheable.stage == 3);
  CHECK(cacheable.action == "add_cache");

  const auto uncacheable = recommend_for(60000, hot_db + R"(, "db_upgraded": true)");
  CHECK(uncacheable.stage == 2);
  CHECK(uncacheable.action == "split_database");
  CHECK(fired(uncacheable, "db_cpu_high"));
  CHECK_FALSE(fired(uncacheable, "db_limits_cacheable"));
  CHECK(has_note(uncacheable, "a cache would not relieve it"));

  const auto slow = recommend_for(60000, field("p95_ms", past("p95_high_uncacheable")));
  CHECK(slow.stage == 2);
  CHECK(has_note(slow, "a cache is the wrong tool"));
}

TEST_CASE("a hot separate database is upgraded before a cache is added") {
  const auto r = recommend_for(
      20000, field("db_cpu_pct", past("db_scale_up")) + R"(, "current_stage": 2, "repeated_reads": true)");
  CHECK(r.stage == 2);
  CHECK(r.action == "scale_up_database");
  CHECK(r.action_text.find("next size up") != std::string::npos);
}

// The verdict and the reasons agree: a trigger that fired for a stage already reached makes
// a move within it, never "no trigger fired", and says what is true at that stage.
TEST_CASE("triggers fired for a stage already reached make a move within it, in words true for that stage") {
  const std::string hot = field("db_cpu_pct", past("db_cpu_high"));
  const auto both = recommend_for(5000, hot + R"(, "current_stage": 2, "pool_exhausted": true)");
  CHECK(both.stage == 2);
  CHECK(both.action == "scale_up_database");
  const auto pool = recommend(R"({"users": 5000, "current_stage": 2, "pool_exhausted": true})");
  CHECK(pool.action == "grow_in_stage");
  CHECK(pool.action_text.find("no trigger") == std::string::npos);

  // The first fired trigger's sentence in the document, on stage 1 and on stage 2.
  const auto sentence = [](const std::string& json) {
    const rightsize::Value doc = rightsize::recommendation_to_value(
        test_support::rules(), test_support::assumption_book(), test_support::metrics(json), recommend(json));
    const rightsize::Value* first = doc.find("fired") != nullptr && !doc.find("fired")->items.empty()
                                        ? doc.find("fired")->items[0].find("sentence")
                                        : nullptr;
    REQUIRE(first != nullptr);
    return first->text;
  };
  const rightsize::Rule* db_cpu = nullptr;
  for (const rightsize::Rule& t : test_support::rules().triggers)
    if (t.id == "db_cpu_high") db_cpu = &t;
  REQUIRE(db_cpu != nullptr);
  REQUIRE(!db_cpu->sentence_reached.empty());
  CHECK(sentence("{\"users\": 500, \"current_stage\": 1, " + hot + "}") == db_cpu->sentence);
  CHECK(sentence("{\"users\": 5000, \"current_stage\": 2, " + hot + "}") == db_cpu->sentence_reached);
  CHECK(db_cpu->sentence_reached.find("shares a machine") == std::string::npos);
}

TEST_CASE("vertical before horizontal") {
  const std::string hot_app = field("app_cpu_pct", past("app_cpu_at_ceiling"));
  const auto up = recommend_for(300000, hot_app + R"(, "current_stage": 3)");
  CHECK(up.stage == 3);
  CHECK(up.action == "scale_up");
  REQUIRE(up.fired.size() == 1);
  CHECK(up.fired[0].stage == 3);

  const auto out = recommend_for(300000, hot_app + R"(, "current_stage": 3, "at_max_instance": true)");
  CHECK(out.stage == 4);
  CHECK(out.action == "scale_out");
  REQUIRE(out.steps.size() == 1);
  CHECK(out.steps[0].from == 3);

  const auto idle_at_max = recommend_for(300000, field("app_cpu_pct", threshold("app_cpu_at_ceiling") / 2) +
                                                     R"(, "current_stage": 3, "at_max_instance": true)");
  CHECK(idle_at_max.stage == 3);
}

TEST_CASE("stages build on each other: steps list every move in order") {
  const auto r =
      recommend_for(500, field("db_cpu_pct", threshold("db_cpu_high") + 1) + R"(, "needs_redundancy": true)");
  CHECK(r.stage == 4);
  REQUIRE(r.steps.size() == 3);
  CHECK(r.steps[0].action == "split_database");
  CHECK(r.steps[1].action == "add_cache");
  CHECK(r.steps[2].action == "scale_out");
  CHECK(r.steps[2].to == 4);
  CHECK(r.action == "scale_out");
}

TEST_CASE("the recommendation never goes below the current stage") {
  const auto r = recommend(R"({"users": 500, "current_stage": 3})");
  CHECK(r.stage == 3);
  CHECK(r.steps.empty());
  CHECK(r.action == "stay");
}

TEST_CASE("a scale-up alongside a stage move is kept as a note") {
  const auto r = recommend_for(
      5000, field("db_cpu_pct", past("db_cpu_high")) + ", " + field("app_cpu_pct", past("app_cpu_scale_up")));
  CHECK(r.stage == 2);
  CHECK(r.action == "split_database");
  CHECK(fired(r, "app_cpu_scale_up"));
  CHECK(has_note(r, "Also:"));
}

TEST_CASE("output: fired entries carry value against threshold") {
  const double db_cpu = threshold("db_cpu_high") + 12.5;
  auto metrics = test_support::metrics("{" + field("users", 5000) + ", " + field("db_cpu_pct", db_cpu) +
                                       R"(, "pool_exhausted": true})");
  const auto& book = test_support::rules();
  const auto v = rightsize::recommendation_to_value(book, test_support::assumption_book(), metrics,
                                                    rightsize::recommend(book, metrics));
  const auto j = rightsize::to_json(v);
  CHECK(j["stage"] == 2);
  CHECK(j["action"] == "split_database");
  CHECK(j["typical_users"]["min"] == book.stage(2).users_min);
  CHECK(j["typical_users"]["max"] == book.stage(2).users_max.value());
  REQUIRE(j["fired"].size() == 2);
  CHECK(j["fired"][0]["id"] == "db_cpu_high");
  CHECK(j["fired"][0]["value"] == db_cpu);
  CHECK(j["fired"][0]["threshold"] == threshold("db_cpu_high"));
  CHECK(j["fired"][0]["comparison"] == ">");
  CHECK(j["fired"][1]["value"] == true);
  CHECK(j["steps"][0]["from"] == 1);
  CHECK(j["steps"][0]["to"] == 2);
}

TEST_CASE("output: checks judge every trigger, fired or not, condition by condition") {
  const auto& book = test_support::rules();
  auto document = [&](const std::string& json) {
    auto m = test_support::metrics(json);
    return rightsize::to_json(
        rightsize::recommendation_to_value(book, test_support::assumption_book(), m, rightsize::recommend(book, m)));
  };
  // Checks follow the rulebook's triggers, one for one.
  auto check = [&](const auto& j, const std::string& id) {
    for (size_t i = 0; i < book.triggers.size(); ++i)
      if (book.triggers[i].id == id) return j["checks"][i];
    FAIL("no trigger " << id);
    return j["checks"][0];
  };
  const double db_cpu = threshold("db_cpu_high") + 12.5;
  const std::string hot = "{" + field("users", 5000) + ", " + field("db_cpu_pct", db_cpu);
  const auto j = document(hot + R"(, "db_upgraded": true})");
  REQUIRE(j["checks"].size() == book.triggers.size());
  // Every trigger that fired is a check that fires, and no other.
  size_t firing = 0;
  for (const auto& c : j["checks"]) firing += c["fires"] == true ? 1 : 0;
  size_t fired_triggers = 0;
  for (const auto& f : j["fired"]) fired_triggers += f.contains("action") ? 0 : 1;
  CHECK(firing == fired_triggers);

  const auto db = check(j, "db_cpu_high");
  CHECK(db["fires"] == true);
  CHECK(db["stage"] == 2);
  REQUIRE(db["conditions"].size() == 1);
  CHECK(db["and_any"].empty());
  CHECK(db["conditions"][0]["value"] == db_cpu);
  CHECK(db["conditions"][0]["threshold"] == threshold("db_cpu_high"));
  CHECK(db["conditions"][0]["comparison"] == ">");
  CHECK(db["conditions"][0]["holds"] == true);
  CHECK(db["conditions"][0]["metric"] == "db_cpu_pct");
  CHECK(db["conditions"][0]["label"] == "Database CPU, sustained");
  CHECK(db["conditions"][0]["unit"] == "%");
  CHECK(db["conditions"][0]["condition"] == "database CPU above " + number(threshold("db_cpu_high")) + "%");

  // The primary condition holds, the "and" holds, but no "and_any" does: no fire.
  const auto cache = check(j, "db_limits_cacheable");
  CHECK(cache["fires"] == false);
  REQUIRE(cache["conditions"].size() == 2);
  REQUIRE(cache["and_any"].size() == 2);
  CHECK(cache["conditions"][0]["holds"] == true);
  CHECK(cache["conditions"][1]["value"] == true);
  CHECK(cache["conditions"][1]["holds"] == true);
  CHECK(cache["and_any"][0]["value"] == false);
  CHECK(cache["and_any"][0]["holds"] == false);
  CHECK(check(document(hot + R"(, "db_upgraded": true, "slow_changing_data": true})"),
              "db_limits_cacheable")["fires"] == true);

  // An unmeasured metric is null and never holds.
  const auto slow = check(j, "db_queries_slow");
  CHECK(slow["fires"] == false);
  CHECK(slow["conditions"][0]["value"].is_null());
  CHECK(slow["conditions"][0]["holds"] == false);

  // Just below a threshold, the check is there and does not fire; just above, it fires.
  const double p95 = threshold("responses_degrading");
  CHECK(check(document("{" + field("users", 5000) + ", " + field("p95_ms", p95 - 0.01) + "}"),
              "responses_degrading")["fires"] == false);
  CHECK(check(document("{" + field("users", 5000) + ", " + field("p95_ms", p95 + 0.01) + "}"),
              "responses_degrading")["fires"] == true);
}
