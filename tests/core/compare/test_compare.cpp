// Providers side by side: the comparison must equal each provider's own timeline, month by
// month, and name the cheapest correctly; what cannot be compared is skipped with a reason.
#include <cmath>

#include "support.hpp"

using json = nlohmann::ordered_json;

namespace {

json compare_ok(const std::string& input) {
  const json doc = test_support::compare(input);
  REQUIRE_MESSAGE(doc["ok"] == true, doc.dump());
  return doc["result"];
}

// The same input as one provider's timeline.
json timeline_of(json input, const std::string& provider) {
  input["provider"] = provider;
  input.erase("providers");
  const json doc = test_support::timeline(input.dump());
  REQUIRE(doc["ok"] == true);
  return doc["result"];
}

}  // namespace

TEST_CASE("compare: every provider's months and stage moves equal its own timeline") {
  for (
      const std::string& input :
      {test_support::read_source_file("content/presets/guide-example.json"),
       std::string(
           R"({"users": 20000, "months": 36, "growth": {"monthly_pct": 12}, "needs_redundancy": true, "slow_changing_data": true, "cache_engine": "valkey", "budget_cents": 40000})")}) {
    CAPTURE(input);
    const json c = compare_ok(input);
    // Hetzner offers no Valkey, so the second input skips it, saying why.
    REQUIRE(c["providers"].size() + c["skipped"].size() == test_support::catalogues().size());
    for (const json& s : c["skipped"]) CHECK(s["provider"] == "hetzner-fsn1");
    CHECK(c["comparison_currency"] == "USD");
    for (const json& p : c["providers"]) {
      const std::string name = p["name"];
      CAPTURE(name);
      // A catalogue in another currency is compared at its rate to the comparison's currency:
      // its own timeline reads the budget converted, and each month's cost converts back.
      double factor = 1;
      for (const json& conv : c["converted"])
        if (conv["provider"] == name) factor = conv["per_unit"];
      json own_input = json::parse(input);
      if (own_input.contains("budget_cents"))
        own_input["budget_cents"] = std::round(own_input["budget_cents"].get<double>() / factor);
      const json t = timeline_of(own_input, name);
      CHECK(p["label"] == t["provider"]["label"]);
      CHECK(p["budget_exceeded_month"] == t["budget_exceeded_month"]);
      REQUIRE(c["months"].size() == t["months"].size());
      double cumulative = 0;
      for (size_t i = 0; i < t["months"].size(); ++i) {
        const json& mine = c["months"][i]["costs"][name];
        const json& own = t["months"][i];
        CHECK(c["months"][i]["users"] == own["users"]);
        CHECK(mine["stage"] == own["stage"]);
        CHECK(mine["cost_cents"] == std::round(own["cost_cents"].get<double>() * factor));
        cumulative += mine["cost_cents"].get<double>();
        CHECK(mine["cumulative_cents"] == cumulative);
        CHECK(mine["estimated_components"] == own["estimated_components"]);
      }
      CHECK(p["total_cents"] == cumulative);
      std::vector<json> moves;
      for (const json& e : t["events"])
        if (e["type"] == "stage") {
          json move{{"month", e["month"]},
                    {"from_stage", e["from_stage"]},
                    {"to_stage", e["to_stage"]},
                    {"trigger", e["trigger"]},
                    {"text", e["text"]}};
          // A move after month 1 carries its step against the month before it (converted
          // like every amount for a catalogue in another currency).
          for (const char* key : {"monthly_before_cents", "monthly_cents", "monthly_change_cents"})
            if (e.contains(key)) move[key] = std::round(e[key].get<double>() * factor);
          moves.push_back(move);
        }
      CHECK(p["stage_moves"] == json(moves));
    }
  }
}

TEST_CASE("compare: the cheapest provider each month, in periods, and overall") {
  const json c = compare_ok(test_support::read_source_file("content/presets/guide-example.json"));
  int counted = 0;
  for (const json& m : c["months"]) {
    double best = 1e300;
    for (const auto& [name, cost] : m["costs"].items()) best = std::min(best, cost["cost_cents"].get<double>());
    CHECK(m["costs"][m["cheapest"].get<std::string>()]["cost_cents"].get<double>() == best);
  }
  for (const json& p : c["providers"]) counted += p["cheapest_months"].get<int>();
  CHECK(counted == static_cast<int>(c["months"].size()));
  // The periods cover every month once, in order, each naming that month's cheapest.
  int next = 1;
  for (const json& period : c["cheapest_periods"]) {
    CHECK(period["from_month"] == next);
    for (int m = period["from_month"]; m <= period["to_month"].get<int>(); ++m)
      CHECK(c["months"][m - 1]["cheapest"] == period["provider"]);
    next = period["to_month"].get<int>() + 1;
  }
  CHECK(next == static_cast<int>(c["months"].size()) + 1);
  double lowest = 1e300;
  for (const json& p : c["providers"]) lowest = std::min(lowest, p["total_cents"].get<double>());
  for (const json& p : c["providers"])
    if (p["name"] == c["cheapest_overall"]) CHECK(p["total_cents"].get<double>() == lowest);
}

TEST_CASE(
    "compare: providers narrows it; input errors are the timeline's; a catalogue that cannot price it is skipped") {
  const json two = compare_ok(R"({"users": 1000, "months": 3, "providers": ["digitalocean-nyc1", "aws-us-east-1"]})");
  REQUIRE(two["providers"].size() == 2);
  CHECK(two["providers"][0]["name"] == "digitalocean-nyc1");  // in the order listed
  // The input's own provider and band are not read: every catalogue is compared.
  CHECK(compare_ok(R"({"users": 10, "months": 2, "provider": "aws-af-south-1", "uncertainty": {}})")["providers"]
            .size() == test_support::catalogues().size());

  const json bad = test_support::compare(R"({"users": 10, "months": 500, "providers": ["aws-us-east-1"]})");
  CHECK(bad == test_support::timeline(R"({"users": 10, "months": 500})"));
  const json unknown = test_support::compare(R"({"users": 10, "providers": ["aws-us-east-1", "nowhere-1", 3]})");
  REQUIRE(unknown["ok"] == false);
  CHECK(unknown["errors"][0]["field"] == "providers[1]");
  CHECK(unknown["errors"][1]["field"] == "providers[2]");
  CHECK(test_support::compare("[1, 2]")["errors"][0]["field"] == "input");

  std::string partial =
      R"({"provider": "x", "region": "y", "label": "Partial", "currency": "USD", "hours_per_month": 730, "app": [], "database": [], "cache": []})";
  auto read = rightsize::read_catalogue(test_support::parse(partial));
  REQUIRE(read.ok());
  std::vector<rightsize::NamedCatalogue> catalogues = test_support::catalogues();
  catalogues.push_back({"partial-1", *read.value});
  const rightsize::Model model{&test_support::rules(), &test_support::assumption_book(), &catalogues};
  const json c =
      rightsize::to_json(rightsize::compare_document(model, test_support::parse(R"({"users": 100, "months": 2})")));
  REQUIRE(c["ok"] == true);
  REQUIRE(c["result"]["skipped"].size() == 1);
  CHECK(c["result"]["skipped"][0]["provider"] == "partial-1");
  CHECK(c["result"]["skipped"][0]["reason"].get<std::string>().rfind(
            "provider: the partial-1 catalogue has no cited prices for app servers", 0) == 0);
  const json none = rightsize::to_json(
      rightsize::compare_document(model, test_support::parse(R"({"users": 100, "providers": ["partial-1"]})")));
  REQUIRE(none["ok"] == false);
  CHECK(none["errors"][0]["field"] == "providers");
}

TEST_CASE("compare: the answer does not depend on the order the catalogues were added in") {
  // A page's model adds the default provider's catalogue first and the others as readers
  // pick them; the CLI adds them by file name.
  std::vector<rightsize::NamedCatalogue> reversed(test_support::catalogues().rbegin(),
                                                  test_support::catalogues().rend());
  REQUIRE(reversed.size() > 1);
  const rightsize::Model model{&test_support::rules(), &test_support::assumption_book(), &reversed,
                               &test_support::currencies()};
  const std::string input = test_support::read_source_file("content/presets/guide-example.json");
  const json mine = rightsize::to_json(rightsize::compare_document(model, test_support::parse(input)));
  CHECK(mine == test_support::compare(input));
}

TEST_CASE("timeline: an unknown provider's message lists every provider by name, whatever the load order") {
  std::vector<rightsize::NamedCatalogue> reversed(test_support::catalogues().rbegin(),
                                                  test_support::catalogues().rend());
  const rightsize::Model model{&test_support::rules(), &test_support::assumption_book(), &reversed,
                               &test_support::currencies()};
  const rightsize::Value doc =
      rightsize::timeline_document(model, test_support::parse(R"({"users": 10, "provider": "nope"})"));
  REQUIRE_FALSE(doc.find("ok")->boolean);
  std::string names;
  for (const auto& n : test_support::catalogues()) names += (names.empty() ? "" : ", ") + n.name;
  CHECK(doc.find("errors")->items[0].find("message")->text == "unknown provider \"nope\"; known: " + names);
}

// Found by fuzz_json_input at -max_len 2 MB: compare copied its input with a search per name,
// so 80,000 names cost the square of that. Each is now refused, by name, in one pass.
TEST_CASE("compare and scale-choice: an input of 80,000 unknown names is refused name by name") {
  rightsize::Value input = test_support::parse(R"({"users": 100, "servers": 2})");
  for (int i = 0; i < 80000; ++i) input.members.push_back({"k" + std::to_string(i), rightsize::Value::of_number(i)});
  const rightsize::Model model = test_support::model();
  for (const rightsize::Value& doc :
       {rightsize::compare_document(model, input), rightsize::scale_choice_document(model, input)}) {
    REQUIRE(doc.find("ok")->boolean == false);
    const auto& errors = doc.find("errors")->items;
    REQUIRE(errors.size() >= 80000);
    CHECK(errors.back().find("field")->text == "k79999");
  }
}

TEST_CASE("compare: Hetzner's euros are compared with AWS's dollars at the book's EUR rate, and the output says so") {
  json input = json::parse(test_support::read_source_file("content/presets/guide-example.json"));
  input["providers"] = {"aws-us-east-1", "hetzner-fsn1"};
  const json c = compare_ok(input.dump());
  CHECK(c["comparison_currency"] == "USD");
  REQUIRE(c["converted"].size() == 1);
  const json& conv = c["converted"][0];
  CHECK(conv["provider"] == "hetzner-fsn1");
  CHECK(conv["from"] == "EUR");
  CHECK(conv["to"] == "USD");
  const json book = json::parse(test_support::read_source_file("content/currencies.json"));
  double eur_per_usd = 0;
  for (const json& r : book["currencies"])
    if (r["code"] == "EUR") {
      eur_per_usd = r["per_usd"];
      CHECK(conv["rate_date"] == r["rate_date"]);
    }
  CHECK(conv["per_unit"].get<double>() == doctest::Approx(1 / eur_per_usd));
  // The Hetzner timeline in euros, converted month by month, is what the comparison totals.
  const json own = timeline_of(input, "hetzner-fsn1");
  CHECK(own["provider"]["currency"] == "EUR");
  double total = 0;
  for (const json& m : own["months"]) total += std::round(m["cost_cents"].get<double>() / eur_per_usd);
  double hetzner = 0, aws = 0;
  for (const json& p : c["providers"]) (p["name"] == "hetzner-fsn1" ? hetzner : aws) = p["total_cents"];
  CHECK(hetzner == total);
  CHECK(aws == timeline_of(input, "aws-us-east-1")["months"].back()["cumulative_cents"]);
  CHECK(hetzner < aws);  // self-run servers in euros against managed services in dollars
  CHECK(c["cheapest_overall"] == "hetzner-fsn1");
}

TEST_CASE("compare: listed first, Hetzner's euros become the comparison's currency") {
  json input = json::parse(test_support::read_source_file("content/presets/guide-example.json"));
  input["providers"] = {"hetzner-fsn1", "aws-us-east-1"};
  const json c = compare_ok(input.dump());
  CHECK(c["comparison_currency"] == "EUR");
  REQUIRE(c["converted"].size() == 1);
  CHECK(c["converted"][0]["provider"] == "aws-us-east-1");
  CHECK(c["providers"][0]["total_cents"] == timeline_of(input, "hetzner-fsn1")["months"].back()["cumulative_cents"]);
}
