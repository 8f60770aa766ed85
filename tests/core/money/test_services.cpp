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

TEST_CASE("services: a catalogue in a currency without a rate is refused, and skipped in a comparison") {
  std::vector<rightsize::NamedCatalogue> catalogues = test_support::catalogues();
  // Not the first by name, whose currency would be the comparison's. XTS is ISO 4217's code
  // for testing: content/currencies.json has no rate for it.
  rightsize::NamedCatalogue& odd = catalogues.back();
  odd.catalogue.currency = "XTS";
  REQUIRE(test_support::currencies().find("XTS") == nullptr);
  const rightsize::Model model{&test_support::rules(), &test_support::assumption_book(), &catalogues,
                               &test_support::currencies(), &test_support::services()};
  const std::string name = odd.name;
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

TEST_CASE("services: on Hetzner's euros, Neon and Upstash bill their dollars at the book's EUR rate") {
  json input = json::parse(test_support::read_source_file("content/presets/guide-example.json"));
  input["provider"] = "hetzner-fsn1";
  input["services"] = {{"database", "neon"}, {"cache", "upstash"}};
  const json doc = timeline(input.dump());
  REQUIRE_MESSAGE(doc["ok"] == true, doc.dump());
  const json& t = doc["result"];
  CHECK(t["provider"]["currency"] == "EUR");
  const rightsize::CurrencyRate* eur = test_support::currencies().find("EUR");
  REQUIRE(eur != nullptr);
  const double rate = eur->per_usd;
  int priced = 0;
  for (const json& m : t["months"]) {
    CAPTURE(m["month"]);
    for (const char* role : {"database", "cache"}) {
      const json& part = component(m, role);
      if (!part.contains("service")) continue;
      ++priced;
      // The service's dollars (its own prices, from its usage) times euros per dollar, within
      // the 3 cents the usage's rounding allows, converted, and a cent of rounding.
      const double dollars = static_cast<double>(billed_cents(service(part["service"]), part["usage"]));
      CHECK(std::fabs(part["cost_cents"].get<double>() - dollars * rate) <= 3 * rate + 1);
    }
  }
  CHECK(priced > 0);
  // The output says at what rate, as a comparison does.
  REQUIRE(t["services"].size() == 2);
  for (const json& s : t["services"]) {
    CHECK(s["converted"]["from"] == "USD");
    CHECK(s["converted"]["to"] == "EUR");
    CHECK(s["converted"]["per_unit"].get<double>() == rate);
    CHECK(s["converted"]["rate_date"] == eur->rate_date);
    CHECK(s["converted"]["rate_source"] == eur->source);
  }
  // A timeline in dollars converts nothing.
  input["provider"] = "aws-us-east-1";
  // Held by name: a range-for keeps only the outermost temporary alive, not the timeline it indexes.
  const json dollars = timeline(input.dump());
  for (const json& s : dollars["result"]["services"]) CHECK_FALSE(s.contains("converted"));
}

TEST_CASE("services: a comparison with services prices Hetzner too, in the comparison's currency") {
  json input = json::parse(test_support::read_source_file("content/presets/guide-example.json"));
  input["services"] = {{"database", "neon"}, {"cache", "upstash"}};
  const json c = test_support::compare(input.dump());
  REQUIRE_MESSAGE(c["ok"] == true, c.dump());
  CHECK(c["result"]["skipped"].empty());
  json own = input;
  own["provider"] = "hetzner-fsn1";
  const json hetzner = timeline(own.dump())["result"];
  double factor = 0;
  for (const json& conv : c["result"]["converted"])
    if (conv["provider"] == "hetzner-fsn1") factor = conv["per_unit"];
  REQUIRE(factor > 0);
  for (const json& p : c["result"]["providers"])
    if (p["name"] == "hetzner-fsn1")
      CHECK(std::fabs(p["total_cents"].get<double>() -
                      hetzner["months"].back()["cumulative_cents"].get<double>() * factor) <=
            hetzner["months"].size());  // each month's conversion rounds to the cent
}

TEST_CASE("services: every content/services file reads, with its prices dated") {
  REQUIRE(test_support::services().size() >= 2);
  for (const auto& s : test_support::services()) {
    CAPTURE(s.name);
    CHECK(!s.read_on.empty());
    CHECK((s.replaces == "database" || s.replaces == "cache"));
  }
}
