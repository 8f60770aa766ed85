// Neon and Upstash in place of the catalogue's database and cache: priced as they bill from
// the load model's own figures, from stage 2 and 3, and nothing else about the timeline moves.
#include <cmath>

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

const rightsize::ManagedService& service(const std::string& name) {
  for (const auto& s : test_support::services())
    if (s.name == name) return s;
  FAIL("no service " << name);
  throw 0;
}

json guide_example(const json& services) {
  json input = json::parse(test_support::read_source_file("content/presets/guide-example.json"));
  if (!services.is_null()) input["services"] = services;
  const json doc = timeline(input.dump());
  REQUIRE(doc["ok"] == true);
  return doc["result"];
}

// A month of the service at its published rates, from the use the timeline reports.
long long billed_cents(const rightsize::ManagedService& s, const json& usage) {
  const double units = s.billing == rightsize::ServiceBilling::compute_hours
                           ? usage["compute_unit_hours"].get<double>() * static_cast<double>(s.per_unit_hour)
                           : usage["commands"].get<double>() / 1e5 * static_cast<double>(s.per_100k_commands);
  const double storage = std::max(0.0, usage["storage_gb"].get<double>() - s.storage_free_gb);
  const double transfer = std::max(0.0, usage["transfer_gb"].get<double>() - s.transfer_free_gb);
  const double micros =
      units + storage * static_cast<double>(s.storage_gb_month) + transfer * static_cast<double>(s.transfer_per_gb);
  return std::llround(micros / 1e4);
}

}  // namespace

TEST_CASE("services: the guide's example prices Neon from stage 2 and Upstash from stage 3, as they bill") {
  const json with = guide_example(json{{"database", "neon"}, {"cache", "upstash"}});
  const json without = guide_example(json());
  const auto& a = test_support::assumption_book().defaults;
  REQUIRE(with["months"].size() == without["months"].size());
  for (size_t i = 0; i < with["months"].size(); ++i) {
    const json& m = with["months"][i];
    const json& plain = without["months"][i];
    CAPTURE(m["month"]);
    // The moves are the load model's: the same stage and app servers every month.
    CHECK(m["stage"] == plain["stage"]);
    CHECK(component(m, "app") == component(plain, "app"));
    if (m["stage"] == 1) {
      CHECK(m["cost_cents"] == plain["cost_cents"]);  // the database is on the box: nothing to replace
      continue;
    }
    const json& db = component(m, "database");
    CHECK(db["service"] == "neon");
    CHECK(db["type"] == service("neon").label);
    // Within 3 cents (the usage is reported to a tenth): CU-hours, GB-months and transfer beyond 100 GB.
    CHECK(std::llabs(db["cost_cents"].get<long long>() - billed_cents(service("neon"), db["usage"])) <= 3);
    // Storage is Neon's, not a volume's; every CU-hour of the month is billed (no scale to zero).
    CHECK(component(m, "storage")["type"] == "server disks, GB");
    CHECK(db["usage"]["storage_gb"].get<double>() ==
          doctest::Approx(m["users"].get<double>() * a.data_mb_per_user / 1024).epsilon(0.01));
    CHECK(db["usage"]["compute_unit_hours"].get<double>() >= service("neon").min_units * 730);
    if (m["stage"].get<int>() >= 3) {
      const json& cache = component(m, "cache");
      CHECK(cache["service"] == "upstash");
      CHECK(std::llabs(cache["cost_cents"].get<long long>() - billed_cents(service("upstash"), cache["usage"])) <= 3);
      // Every read looks in the cache and every miss writes back: reads x (2 - hit rate).
      const double requests = m["users"].get<double>() * a.daily_active_pct / 100 * a.requests_per_daily_user * 30.4;
      const double reads = requests * a.queries_per_request * a.read_share_pct / 100;
      CHECK(cache["usage"]["commands"].get<double>() ==
            doctest::Approx(reads * (2 - a.cache_hit_pct / 100)).epsilon(0.001));
    } else {
      CHECK(component(m, "cache").is_null());
    }
  }
  // Month 12 (stage 3): both services, and the components add up to the month.
  const json& m12 = with["months"][11];
  long long parts = 0;
  for (const auto& c : m12["components"]) parts += c["cost_cents"].get<long long>();
  CHECK(parts == m12["cost_cents"].get<long long>());
  // The reader is told what each replaces and how it bills, stage 4 included.
  const json& subs = with["provider"]["substitutions"];
  REQUIRE(subs.size() == 2);
  CHECK(subs[0]["service"] == "neon");
  CHECK(subs[0]["text"].get<std::string>().find("stage 4") != std::string::npos);
  CHECK(subs[1]["service"] == "upstash");
  CHECK(with["services"].size() == 2);
  // The catalogue's resizes of the database and cache are the services' own business.
  for (const auto& e : with["events"])
    if (e["type"] == "resize") CHECK(e["component"] == "app");
}

TEST_CASE("services: the guide's example without them is unchanged") {
  const json t = guide_example(json());
  CHECK(t["months"][11]["cost_cents"] == 16465);
  CHECK(t["months"][17]["cost_cents"] == 64655);
  CHECK_FALSE(t.contains("services"));
  CHECK(t["provider"]["substitutions"].empty());
}

TEST_CASE("services: Neon sizes its compute from the database's CPU and working set") {
  // A bigger database load, all else the same, bills more CU-hours; at least the minimum size.
  const json light =
      timeline(R"({"users": 20000, "months": 1, "current_stage": 2, "services": {"database": "neon"}})")["result"];
  const json heavy = timeline(
      R"({"users": 20000, "months": 1, "current_stage": 2, "services": {"database": "neon"},
          "assumptions": {"db_cpu_ms_per_query": 80}})")["result"];
  const double light_hours = component(light["months"][0], "database")["usage"]["compute_unit_hours"];
  const double heavy_hours = component(heavy["months"][0], "database")["usage"]["compute_unit_hours"];
  CHECK(heavy_hours > light_hours);
  CHECK(component(heavy["months"][0], "database")["usage"]["peak_compute_units"].get<double>() <=
        service("neon").max_units);
}

TEST_CASE("services: an unknown service, or one for the other component, names its field") {
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "services": {"database": "planetscale"}})") ==
        std::vector<std::string>{"services.database"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "services": {"cache": "neon"}})") ==
        std::vector<std::string>{"services.cache"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "services": {"queue": "sqs"}})") ==
        std::vector<std::string>{"services.queue"});
  CHECK(test_support::timeline_error_fields(R"({"users": 10, "services": "neon"})") ==
        std::vector<std::string>{"services"});
  const json doc = timeline(R"({"users": 10, "services": {"database": "planetscale"}})");
  CHECK(doc["errors"][0]["message"].get<std::string>().find("\"neon\"") != std::string::npos);
}

TEST_CASE("services: a catalogue in another currency is refused, and skipped in a comparison") {
  std::vector<rightsize::NamedCatalogue> catalogues = test_support::catalogues();
  catalogues[0].catalogue.currency = "EUR";
  const rightsize::Model model{&test_support::rules(), &test_support::assumption_book(), &catalogues,
                               &test_support::currencies(), &test_support::services()};
  const std::string name = catalogues[0].name;
  const json one = rightsize::to_json(rightsize::timeline_document(
      model, test_support::parse(R"({"users": 10, "provider": ")" + name + R"(", "services": {"database": "neon"}})")));
  REQUIRE(one["ok"] == false);
  CHECK(one["errors"][0]["field"] == "services.database");
  const json all = rightsize::to_json(
      rightsize::compare_document(model, test_support::parse(R"({"users": 10, "services": {"database": "neon"}})")));
  REQUIRE(all["ok"] == true);
  bool skipped = false;
  for (const auto& s : all["result"]["skipped"]) skipped = skipped || s["provider"] == name;
  CHECK(skipped);
}

TEST_CASE("services: every content/services file reads, with its prices dated") {
  REQUIRE(test_support::services().size() >= 2);
  for (const auto& s : test_support::services()) {
    CAPTURE(s.name);
    CHECK(!s.read_on.empty());
    CHECK((s.replaces == "database" || s.replaces == "cache"));
  }
}
