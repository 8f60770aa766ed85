// The guide's semantics: users set expectations, triggers move, stages build on each other.
#include "support.hpp"

using test_support::fired;
using test_support::recommend;

namespace {
bool has_note(const rightsize::Recommendation& r, const std::string& part) {
  for (const auto& n : r.notes)
    if (n.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("users alone never move a system, but add a note") {
  const auto r = recommend(R"({"users": 250000})");
  CHECK(r.stage == 1);
  CHECK(r.expected_stage == 4);
  CHECK(r.action == "stay");
  CHECK(has_note(r, "more than stage 1"));
  CHECK(has_note(r, "database CPU above 60%"));
}

TEST_CASE("expected stage follows the typical user ranges") {
  CHECK(recommend(R"({"users": 0})").expected_stage == 1);
  CHECK(recommend(R"({"users": 999})").expected_stage == 1);
  CHECK(recommend(R"({"users": 1000})").expected_stage == 2);
  CHECK(recommend(R"({"users": 49999})").expected_stage == 2);
  CHECK(recommend(R"({"users": 50000})").expected_stage == 3);
  CHECK(recommend(R"({"users": 200000})").expected_stage == 4);
  CHECK_FALSE(has_note(recommend(R"({"users": 999})"), "more than"));
}

TEST_CASE("fewer users than a stage usually holds is noted, not corrected") {
  const auto r = recommend(R"({"users": 50, "needs_redundancy": true})");
  CHECK(r.stage == 4);
  CHECK(has_note(r, "fewer than stage 4"));
}

TEST_CASE("stage 3 needs cacheable data; without it the advice is not a cache") {
  const auto cacheable =
      recommend(R"({"users": 60000, "db_cpu_pct": 75, "db_upgraded": true, "repeated_reads": true})");
  CHECK(cacheable.stage == 3);
  CHECK(cacheable.action == "add_cache");

  const auto uncacheable = recommend(R"({"users": 60000, "db_cpu_pct": 75, "db_upgraded": true})");
  CHECK(uncacheable.stage == 2);
  CHECK(uncacheable.action == "split_database");
  CHECK(fired(uncacheable, "db_cpu_high"));
  CHECK_FALSE(fired(uncacheable, "db_limits_cacheable"));
  CHECK(has_note(uncacheable, "a cache would not relieve it"));

  const auto slow = recommend(R"({"users": 60000, "p95_ms": 650})");
  CHECK(slow.stage == 2);
  CHECK(has_note(slow, "a cache is the wrong tool"));
}

TEST_CASE("a hot separate database is upgraded before a cache is added") {
  const auto r = recommend(R"({"users": 20000, "current_stage": 2, "db_cpu_pct": 70, "repeated_reads": true})");
  CHECK(r.stage == 2);
  CHECK(r.action == "scale_up_database");
  CHECK(r.action_text.find("next size up") != std::string::npos);
}

// The verdict and the reasons agree: a trigger that fired for a stage already reached makes
// a move within it, never "no trigger fired", and says what is true at that stage.
TEST_CASE("triggers fired for a stage already reached make a move within it, in words true for that stage") {
  const auto both = recommend(R"({"users": 5000, "current_stage": 2, "db_cpu_pct": 72, "pool_exhausted": true})");
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
  CHECK(sentence(R"({"users": 500, "current_stage": 1, "db_cpu_pct": 72})") == db_cpu->sentence);
  CHECK(sentence(R"({"users": 5000, "current_stage": 2, "db_cpu_pct": 72})") == db_cpu->sentence_reached);
  CHECK(db_cpu->sentence_reached.find("shares a machine") == std::string::npos);
}

TEST_CASE("vertical before horizontal") {
  const auto up = recommend(R"({"users": 300000, "current_stage": 3, "app_cpu_pct": 85})");
  CHECK(up.stage == 3);
  CHECK(up.action == "scale_up");
  REQUIRE(up.fired.size() == 1);
  CHECK(up.fired[0].stage == 3);

  const auto out = recommend(R"({"users": 300000, "current_stage": 3, "app_cpu_pct": 85, "at_max_instance": true})");
  CHECK(out.stage == 4);
  CHECK(out.action == "scale_out");
  REQUIRE(out.steps.size() == 1);
  CHECK(out.steps[0].from == 3);

  const auto idle_at_max =
      recommend(R"({"users": 300000, "current_stage": 3, "app_cpu_pct": 40, "at_max_instance": true})");
  CHECK(idle_at_max.stage == 3);
}

TEST_CASE("stages build on each other: steps list every move in order") {
  const auto r = recommend(R"({"users": 500, "needs_redundancy": true, "db_cpu_pct": 61})");
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
  const auto r = recommend(R"({"users": 5000, "db_cpu_pct": 70, "app_cpu_pct": 90})");
  CHECK(r.stage == 2);
  CHECK(r.action == "split_database");
  CHECK(fired(r, "app_cpu_scale_up"));
  CHECK(has_note(r, "Also:"));
}

TEST_CASE("output: fired entries carry value against threshold") {
  auto metrics = test_support::metrics(R"({"users": 5000, "db_cpu_pct": 72.5, "pool_exhausted": true})");
  const auto& book = test_support::rules();
  const auto v = rightsize::recommendation_to_value(book, test_support::assumption_book(), metrics,
                                                    rightsize::recommend(book, metrics));
  const auto j = rightsize::to_json(v);
  CHECK(j["stage"] == 2);
  CHECK(j["action"] == "split_database");
  CHECK(j["typical_users"]["min"] == 1000);
  CHECK(j["typical_users"]["max"] == 50000);
  REQUIRE(j["fired"].size() == 2);
  CHECK(j["fired"][0]["id"] == "db_cpu_high");
  CHECK(j["fired"][0]["value"] == 72.5);
  CHECK(j["fired"][0]["threshold"] == 60);
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
  const auto j = document(R"({"users": 5000, "db_cpu_pct": 72.5, "db_upgraded": true})");
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
  CHECK(db["conditions"][0]["value"] == 72.5);
  CHECK(db["conditions"][0]["threshold"] == 60);
  CHECK(db["conditions"][0]["comparison"] == ">");
  CHECK(db["conditions"][0]["holds"] == true);
  CHECK(db["conditions"][0]["metric"] == "db_cpu_pct");
  CHECK(db["conditions"][0]["label"] == "Database CPU, sustained");
  CHECK(db["conditions"][0]["unit"] == "%");
  CHECK(db["conditions"][0]["condition"] == "database CPU above 60%");

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
  CHECK(check(document(R"({"users": 5000, "db_cpu_pct": 72.5, "db_upgraded": true, "slow_changing_data": true})"),
              "db_limits_cacheable")["fires"] == true);

  // An unmeasured metric is null and never holds.
  const auto slow = check(j, "db_queries_slow");
  CHECK(slow["fires"] == false);
  CHECK(slow["conditions"][0]["value"].is_null());
  CHECK(slow["conditions"][0]["holds"] == false);

  // Just below a threshold, the check is there and does not fire; just above, it fires.
  CHECK(check(document(R"({"users": 5000, "p95_ms": 299.99})"), "responses_degrading")["fires"] == false);
  CHECK(check(document(R"({"users": 5000, "p95_ms": 300.01})"), "responses_degrading")["fires"] == true);
}
