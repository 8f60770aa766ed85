// Commitments: from their month the machines are billed at the catalogue's one-year,
// no-upfront prices and nothing before changes; a bad month is named; a provider that sells
// none says so; a fleet that still changes makes the commitment a poor bet. And each move
// against the bill before it.
#include "rightsize/commitment.hpp"
#include "rules_support.hpp"

using json = nlohmann::ordered_json;
using test_support::timeline;

namespace {

json guide_input() { return json::parse(test_support::read_source_file("content/presets/guide-example.json")); }

json run(const json& input) {
  const json doc = timeline(input.dump());
  REQUIRE(doc["ok"] == true);
  return doc["result"];
}

json committed_from(int month, const std::string& provider = "aws-us-east-1") {
  json input = guide_input();
  input["provider"] = provider;
  input["commitment"] = {{"from_month", month}};
  return run(input);
}

json on_demand(const std::string& provider = "aws-us-east-1") {
  json input = guide_input();
  input["provider"] = provider;
  return run(input);
}

// The catalogue entry of an instance type in a component's list, as typed in content/pricing.
json entry(const std::string& provider, const std::string& role, const std::string& type) {
  const json cat = test_support::content_json("pricing/" + provider + ".json");
  for (const auto& e : cat[role])
    if (e["type"] == type) return e;
  FAIL("no " << role << " " << type << " in " << provider);
  return {};
}

// The stage and the instances a month runs (not what storage or transfer come to).
json machines(const json& month) {
  json out = json::array({month["stage"]});
  for (const auto& c : month["components"])
    if (c["role"] == "app" || c["role"] == "database" || c["role"] == "cache")
      out.push_back({c["role"], c["type"], c["count"]});
  return out;
}

std::vector<std::string> error_messages(const json& input) {
  const json doc = timeline(input.dump());
  std::vector<std::string> out;
  if (doc["ok"] == false)
    for (const auto& e : doc["errors"])
      out.push_back(e["field"].get<std::string>() + ": " + e["message"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("commitment: month 12 of the guide's example from month 1 costs the one-year, no-upfront prices") {
  const json od = on_demand()["months"][11];
  const json c = committed_from(1)["months"][11];
  REQUIRE(od["stage"] == c["stage"]);
  double saving = 0, committed = 0;
  for (size_t i = 0; i < od["components"].size(); ++i) {
    const json& a = od["components"][i];
    const json& b = c["components"][i];
    REQUIRE(a["type"] == b["type"]);
    const std::string role = a["role"];
    if (role != "app" && role != "database" && role != "cache") {
      CHECK(a["cost_cents"] == b["cost_cents"]);  // storage, transfer, the balancer stay on demand
      continue;
    }
    const json e = entry("aws-us-east-1", role, a["type"]);
    const double ratio = e["commitment"]["hourly"].get<double>() / e["hourly"].get<double>();
    INFO(role << " " << a["type"]);
    CHECK(ratio < 0.8);  // a one-year, no-upfront discount: at least a fifth off
    CHECK(b["cost_cents"].get<double>() == doctest::Approx(a["cost_cents"].get<double>() * ratio).epsilon(0.002));
    saving += a["cost_cents"].get<double>() - b["cost_cents"].get<double>();
    committed += b["cost_cents"].get<double>();
  }
  CHECK(saving > 0);
  CHECK(c["cost_cents"].get<double>() == od["cost_cents"].get<double>() - saving);
  CHECK(c["commitment"]["on_demand_cents"] == od["cost_cents"]);
  CHECK(c["commitment"]["saving_cents"].get<double>() == saving);
  CHECK(c["commitment"]["committed_cents"].get<double>() == committed);
  CHECK(c["commitment"]["committed_pct"].get<double>() ==
        doctest::Approx(100 * committed / c["cost_cents"].get<double>()).epsilon(0.01));
}

TEST_CASE("commitment: months before from_month are unchanged, and every month after costs less") {
  const json od = on_demand();
  const json c = committed_from(7);
  for (size_t i = 0; i < od["months"].size(); ++i) {
    INFO("month " << i + 1);
    if (i < 6) {
      CHECK(c["months"][i]["cost_cents"] == od["months"][i]["cost_cents"]);
      CHECK(c["months"][i]["commitment"]["saving_cents"] == 0);
      CHECK(c["months"][i]["commitment"]["committed_pct"] == 0);
    } else {
      CHECK(c["months"][i]["cost_cents"] < od["months"][i]["cost_cents"]);
      CHECK(c["months"][i]["commitment"]["on_demand_cents"] == od["months"][i]["cost_cents"]);
    }
  }
  double saving = 0;
  for (const auto& m : c["months"]) saving += m["commitment"]["saving_cents"].get<double>();
  const json& total = c["commitment"];
  CHECK(total["saving_cents"].get<double>() == saving);
  CHECK(total["on_demand_cents"] == od["months"].back()["cumulative_cents"]);
  CHECK(total["on_demand_cents"].get<double>() - total["saving_cents"].get<double>() ==
        c["months"].back()["cumulative_cents"].get<double>());
  CHECK(total["offered"] == true);
  CHECK(total["offers"].size() == 3);
}

TEST_CASE("commitment: a bad from_month is named commitment.from_month") {
  for (const json& bad : {json(0), json(-3), json("7"), json(19), json(2.5), json(nullptr)}) {
    json input = guide_input();  // 18 months
    input["commitment"] = {{"from_month", bad}};
    const auto errors = error_messages(input);
    INFO(bad.dump());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("commitment.from_month: ", 0) == 0);
  }
  json input = guide_input();
  input["commitment"] = {{"from", 3}};
  const auto errors = error_messages(input);
  CHECK(std::find(errors.begin(), errors.end(), "commitment.from_month: is required") != errors.end());
  CHECK(std::any_of(errors.begin(), errors.end(),
                    [](const std::string& e) { return e.rfind("commitment.from", 0) == 0; }));
}

TEST_CASE("commitment: DigitalOcean sells none, so every month stays on demand and the output says so") {
  const json od = on_demand("digitalocean-nyc1");
  const json c = committed_from(1, "digitalocean-nyc1");
  for (size_t i = 0; i < od["months"].size(); ++i) CHECK(c["months"][i]["cost_cents"] == od["months"][i]["cost_cents"]);
  CHECK(c["commitment"]["offered"] == false);
  CHECK(c["commitment"]["text"].get<std::string>().find("on demand") != std::string::npos);
  CHECK(c["months"][11]["commitment"]["saving_cents"] == 0);
}

TEST_CASE("commitment: a fleet that still changes within the year makes it a poor bet, named with the month") {
  const json early = committed_from(1)["commitment"];
  REQUIRE(early["poor_bet"] == true);
  const json& first = early["warnings"][0];
  // The first month within its year whose machines differ from the month before is named.
  const json od = on_demand();
  int first_change = 0;
  for (int m = 2; m <= 12 && first_change == 0; ++m)
    if (machines(od["months"][m - 1]) != machines(od["months"][m - 2])) first_change = m;
  REQUIRE(first_change > 1);
  CHECK(first["month"] == first_change);
  CHECK(first["text"].get<std::string>().rfind("Month " + std::to_string(first_change) + ": ", 0) == 0);
  CHECK(early["poor_bet_text"].get<std::string>().find("month " + std::to_string(first_change)) != std::string::npos);
  // From the last month nothing changes after it within the horizon.
  const json late = committed_from(18)["commitment"];
  CHECK(late["poor_bet"] == false);
  CHECK(late["warnings"].empty());
}

TEST_CASE("commitment: the comparison passes it through, each provider with its total with and without") {
  json input = guide_input();
  input.erase("provider");
  input["commitment"] = {{"from_month", 1}};
  const json doc = test_support::compare(input.dump());
  REQUIRE(doc["ok"] == true);
  bool saw_do = false, saw_aws = false;
  for (const auto& p : doc["result"]["providers"]) {
    REQUIRE(p.contains("commitment"));
    const json& c = p["commitment"];
    if (p["name"] == "digitalocean-nyc1") {
      saw_do = true;
      CHECK(c["offered"] == false);
      CHECK(c["saving_cents"] == 0);
      CHECK(c["on_demand_cents"] == p["total_cents"]);
    } else if (p["name"] == "aws-us-east-1") {
      saw_aws = true;
      CHECK(c["on_demand_cents"] == on_demand()["months"].back()["cumulative_cents"]);
      CHECK(p["total_cents"].get<double>() == c["on_demand_cents"].get<double>() - c["saving_cents"].get<double>());
    }
  }
  CHECK(saw_do);
  CHECK(saw_aws);
}

TEST_CASE("commitment: a catalogue that prices one names its offers, and a commitment is cited like any price") {
  const auto errors = [](const std::string& doc) {
    std::string out;
    for (const auto& e : rightsize::read_catalogue(test_support::parse(doc)).errors)
      out += e.field + ": " + e.message + "\n";
    return out;
  };
  const std::string head =
      R"({"provider": "x", "region": "y", "label": "z", "currency": "USD", "hours_per_month": 730, "app": [)"
      R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "source": "s", "read_on": "2026-11-28", )";
  const std::string tail = R"(}], "database": [], "cache": []})";
  CHECK(errors(head + R"("commitment": {"hourly": 0.006, "source": "s", "read_on": "2026-12-03"})" + tail)
            .find("commitments: is required once an instance has a commitment price") != std::string::npos);
  CHECK(errors(head + R"("commitment": {"hourly": 0.006, "read_on": "2026-12-03"})" + tail)
            .find("app[0].commitment.source") != std::string::npos);
  CHECK(errors(head +
               R"("commitment": {"hourly": 0.006, "confidence": "estimate", "source": "s", "read_on": "2026-12-03"})" +
               tail)
            .find("app[0].commitment.basis") != std::string::npos);
  const auto ok = rightsize::read_catalogue(test_support::parse(
      R"({"provider": "x", "region": "y", "label": "z", "currency": "USD", "hours_per_month": 730,)"
      R"("commitments": {"term": "t", "app": "A", "database": "D", "cache": "C"}, "app": [)"
      R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "source": "s", "read_on": "2026-11-28", )"
      R"("commitment": {"hourly": 0.006, "source": "s", "read_on": "2026-12-03"}}], "database": [], "cache": []})"));
  REQUIRE(ok.ok());
  CHECK(ok.value->app[0].commitment->monthly == 4380000);  // 0.006 an hour for 730 hours, in micros
  CHECK(rightsize::committed_catalogue(*ok.value).app[0].monthly == 4380000);
}

TEST_CASE("each move: its monthly cost against the month before it") {
  const json t = on_demand();
  int moves = 0;
  for (const auto& e : t["events"]) {
    if (e["type"] == "warning" || e["month"] == 1) {
      CHECK_FALSE(e.contains("monthly_before_cents"));
      continue;
    }
    const int m = e["month"];
    INFO(e["text"]);
    CHECK(e["monthly_before_cents"] == t["months"][m - 2]["cost_cents"]);
    CHECK(e["monthly_cents"] == t["months"][m - 1]["cost_cents"]);
    CHECK(e["monthly_change_cents"].get<double>() ==
          e["monthly_cents"].get<double>() - e["monthly_before_cents"].get<double>());
    ++moves;
  }
  CHECK(moves >= 3);  // the guide's three stage moves at least
}
