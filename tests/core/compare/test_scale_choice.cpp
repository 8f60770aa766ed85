// The vertical-or-horizontal comparison a reader runs on the principle page: it sizes and
// weighs the two options exactly as the timeline's sizing does.
#include "support.hpp"

namespace {

using nlohmann::ordered_json;

// The fleet's bounds, from content/assumptions.json.
int fewest() { return static_cast<int>(test_support::assumption_book().defaults.autoscale_min); }
int most() { return static_cast<int>(test_support::assumption_book().defaults.autoscale_max); }

ordered_json choose(double users, int servers, const std::string& extra = "") {
  char input[160];
  std::snprintf(input, sizeof input, R"({"users": %.15g, "servers": %d%s})", users, servers, extra.c_str());
  return test_support::scale_choice(input);
}

}  // namespace

TEST_CASE("scale choice: the verdict at the fleet size sizing picks is the timeline's own") {
  using namespace rightsize;
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  const Assumptions& a = test_support::assumption_book().defaults;
  for (double users : {1000.0, 50000.0, 200000.0, 400000.0, 800000.0, 1500000.0}) {
    CAPTURE(users);
    const AppPlan plan = plan_app(load_for_users(users, a).app_cpu_cores, c, a, false);
    if (plan.fleet_type < 0) continue;
    const auto doc = choose(users, plan.fleet_count);
    REQUIRE(doc["ok"] == true);
    const auto& r = doc["result"];
    CHECK(r["direction"] == (plan.direction == Direction::horizontal ? "horizontal" : "vertical"));
    CHECK(r["fleet"]["type"] == c.app[static_cast<size_t>(plan.fleet_type)].type);
    CHECK(r["fleet"]["servers_cents"] == micros_to_cents(plan.fleet_monthly));
    if (plan.single_type >= 0) CHECK(r["single"]["cost_cents"] == micros_to_cents(plan.single_monthly));
  }
}

TEST_CASE("scale choice: costs add up, and the saving is the fleet's servers against the single server") {
  const auto r = choose(200000, fewest())["result"];
  REQUIRE(r["single"].is_object());
  REQUIRE(r["fleet"].is_object());
  CHECK(r["fleet"]["count"] == fewest());
  CHECK(r["fleet"]["cost_cents"] ==
        r["fleet"]["servers_cents"].get<double>() + r["fleet"]["load_balancer_cents"].get<double>());
  CHECK(r["fleet"]["load_balancer_cents"].get<double>() > 0);
  const double single = r["single"]["cost_cents"];
  CHECK(r["saving_pct"].get<double>() ==
        doctest::Approx(100 * (single - r["fleet"]["servers_cents"].get<double>()) / single));
  CHECK(r["margin_pct"] == test_support::assumption_book().defaults.vertical_margin_pct);
  // The verdict follows the margin: horizontal exactly when the saving passes it.
  CHECK((r["direction"] == "horizontal") == (r["saving_pct"].get<double>() > r["margin_pct"].get<double>()));
}

TEST_CASE("scale choice: redundancy goes horizontal whatever the price; a load past every size too") {
  const auto small = choose(5000, fewest())["result"];
  CHECK(small["direction"] == "vertical");
  CHECK(small["reason"] == "cheaper_vertical");
  const auto redundant = choose(5000, fewest(), R"(, "needs_redundancy": true)")["result"];
  CHECK(redundant["direction"] == "horizontal");
  CHECK(redundant["reason"] == "redundancy");
  const auto huge = choose(2000000, most())["result"];
  CHECK(huge["single"].is_null());
  CHECK(huge["reason"] == "largest_reached");
  CHECK(huge["saving_pct"].is_null());
}

TEST_CASE("scale choice: errors name the field") {
  const auto fields = [](const ordered_json& doc) {
    std::string out;
    for (const auto& e : doc["errors"]) out += (out.empty() ? "" : " ") + e["field"].get<std::string>();
    return out;
  };
  CHECK(fields(choose(1000, fewest() - 1)) == "servers");
  CHECK(fields(choose(1000, most() + 1)) == "servers");
  CHECK(fields(test_support::scale_choice(R"({"users": -5, "servers": 2.5})")) == "servers users");
  CHECK(fields(test_support::scale_choice(R"({"users": 10})")) == "servers");
  CHECK(fields(choose(10, fewest(), R"(, "provider": "nowhere")")) == "provider");
  CHECK(test_support::scale_choice("[1]")["ok"] == false);
}
