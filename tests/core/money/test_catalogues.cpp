// The catalogues in content/pricing against the price audit (docs/pricing.md): each cited
// figure as the model prices it, every estimate marked and explained, and the billing rules
// a provider needs (caps, pooled transfer, substitutes) as they reach a timeline.
#include "support.hpp"

using json = nlohmann::ordered_json;
using rightsize::Catalogue;
using rightsize::Confidence;
using rightsize::micros_to_cents;

namespace {

const rightsize::PricedInstance& find(const std::vector<rightsize::PricedInstance>& list, const std::string& type) {
  for (const auto& p : list)
    if (p.type == type) return p;
  FAIL("no " << type);
  throw 0;
}

// Cents a month for an hourly rate over 730 hours, as the reader rounds it.
long long month_of(double hourly) { return static_cast<long long>(micros_to_cents(std::llround(hourly * 730 * 1e6))); }

json timeline_ok(const std::string& input) {
  const json doc = test_support::timeline(input);
  REQUIRE_MESSAGE(doc["ok"] == true, doc.dump());
  return doc["result"];
}

const json& component(const json& month, const std::string& role) {
  for (const auto& c : month["components"])
    if (c["role"] == role) return c;
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("catalogues: AWS us-east-1 matches the audit and the guide's arithmetic (a month is 730 hours)") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  CHECK(c.hours_per_month == 730);
  CHECK(micros_to_cents(find(c.app, "t3.small").monthly) == 1518);                       // $0.0208/h
  CHECK(micros_to_cents(find(c.app, "t3.medium").monthly) == 3037);                      // $0.0416/h
  CHECK(micros_to_cents(find(c.database, "db.t3.2xlarge").monthly) == month_of(0.579));  // not the tables' 0.58
  CHECK(micros_to_cents(c.load_balancer->monthly) == 1643);                              // infracost's golden: $16.43
  CHECK(micros_to_cents(c.load_balancer->lcu_monthly) == 584);                           // $0.008 per LCU-hour
  CHECK(c.transfer->tiers.at(0).per_gb == 90000);                                        // $0.09/GB, first 10 TB
  CHECK(c.transfer->tiers.at(0).up_to_gb.value() == 10240);
  CHECK(c.cache_engine == "redis-oss");
  // First-hand sources now back everything but db.t3.small.
  for (const auto* list : {&c.app, &c.database, &c.cache})
    for (const auto& p : *list)
      CHECK_MESSAGE(p.confidence == (p.type == "db.t3.small" ? Confidence::third_party : Confidence::primary), p.type);
}

TEST_CASE("catalogues: the us-east-1 Valkey engine costs 20% less for the same cache") {
  const std::string input = R"({"users": 80000, "current_stage": 3, "months": 1, "repeated_reads": true)";
  const json redis = timeline_ok(input + "}");
  const json valkey = timeline_ok(input + R"(, "cache_engine": "valkey"})");
  const json& r = component(redis["months"][0], "cache");
  const json& v = component(valkey["months"][0], "cache");
  CHECK(r["type"] == v["type"]);
  CHECK(v["cost_cents"].get<double>() == doctest::Approx(r["cost_cents"].get<double>() * 0.8).epsilon(0.01));
  CHECK(redis["provider"]["cache_engine"] == "Redis OSS (Memcached costs the same)");
}

TEST_CASE("catalogues: AWS af-south-1 uses every cited figure and estimates the rest from us-east-1") {
  const Catalogue& c = test_support::catalogue("aws-af-south-1");
  const Catalogue& us = test_support::catalogue("aws-us-east-1");
  CHECK(micros_to_cents(find(c.app, "t3.micro").monthly) == month_of(0.0136));
  CHECK(micros_to_cents(find(c.app, "t3.medium").monthly) == month_of(0.0542));
  CHECK(micros_to_cents(find(c.app, "t3.xlarge").monthly) == month_of(0.217));
  CHECK(micros_to_cents(find(c.cache, "cache.t3.micro").monthly) == month_of(0.021));
  CHECK(micros_to_cents(find(c.cache, "cache.t3.small").monthly) == month_of(0.043));
  CHECK(micros_to_cents(find(c.cache, "cache.t3.medium").monthly) == month_of(0.086));
  CHECK(c.storage->block.gb_month == 104700);  // gp3 $0.1047/GB-month
  CHECK(c.storage->block.confidence == Confidence::primary);
  CHECK(c.transfer->tiers.at(0).per_gb == 154000);
  const auto valkey = rightsize::with_cache_engine(c, "valkey");
  REQUIRE(valkey.has_value());
  CHECK(micros_to_cents(find(valkey->cache, "cache.t3.small").monthly) == month_of(0.0344));
  // What nothing could cite is an estimate, within the ratios the audit observed.
  for (const std::string t : {"t3.small", "t3.large", "t3.2xlarge"}) {
    CAPTURE(t);
    const double ratio = static_cast<double>(find(c.app, t).monthly) / static_cast<double>(find(us.app, t).monthly);
    CHECK(find(c.app, t).confidence == Confidence::estimate);
    CHECK(ratio == doctest::Approx(1.305).epsilon(0.005));
  }
  for (const auto& db : c.database) {
    CAPTURE(db.type);
    CHECK(db.confidence == Confidence::estimate);
    CHECK(static_cast<double>(db.monthly) / static_cast<double>(find(us.database, db.type).monthly) ==
          doctest::Approx(1.31).epsilon(0.002));
  }
  CHECK(c.load_balancer->confidence == Confidence::estimate);
  CHECK(c.storage->database.confidence == Confidence::estimate);
}

TEST_CASE("catalogues: a Cape Town timeline names its estimated components every month") {
  const json t = timeline_ok(
      R"({"provider": "aws-af-south-1", "users": 200000, "months": 2, "repeated_reads": true, "needs_redundancy": true})");
  for (const json& m : t["months"]) {
    std::vector<std::string> flagged;
    for (const json& c : m["components"])
      if (c["estimated"] == true) flagged.push_back(c["role"]);
    CHECK(m["estimated_components"].get<std::vector<std::string>>() == flagged);
    // The database and the load balancer have no cited Cape Town price.
    CHECK(component(m, "database")["estimated"] == true);
    CHECK(component(m, "load_balancer")["estimated"] == true);
    CHECK(component(m, "cache")["estimated"] == false);
  }
}

TEST_CASE("catalogues: DigitalOcean droplets cost their monthly cap, the audit's figures") {
  const Catalogue& c = test_support::catalogue("digitalocean-nyc1");
  const std::pair<const char*, long long> droplets[] = {
      {"s-1vcpu-512mb-10gb", 400}, {"s-1vcpu-1gb", 600},  {"s-1vcpu-2gb", 1200}, {"s-2vcpu-2gb", 1800},
      {"s-2vcpu-4gb", 2400},       {"s-4vcpu-8gb", 4800}, {"s-8vcpu-16gb", 9600}};
  for (const auto& [type, cents] : droplets) {
    CAPTURE(type);
    const auto& d = find(c.app, type);
    CHECK(micros_to_cents(d.monthly) == cents);
    CHECK(micros_to_cents(d.monthly_cap.value()) == cents);
    CHECK(d.hourly.value() * 730 > static_cast<double>(cents) / 100);  // by the hour a month would cost more
  }
  CHECK(find(c.app, "s-1vcpu-1gb").transfer_included_gb == 1000);
  CHECK(micros_to_cents(find(c.database, "db-s-1vcpu-1gb").monthly) == 1500);
  CHECK(micros_to_cents(find(c.database, "db-s-2vcpu-4gb").monthly) == 6000);
  // The uncertain figures are marked: larger database sizes, the load balancer, Valkey.
  CHECK(find(c.database, "db-s-1vcpu-2gb").confidence == Confidence::estimate);
  CHECK(find(c.database, "db-s-4vcpu-8gb").confidence == Confidence::estimate);
  CHECK(c.load_balancer->confidence == Confidence::estimate);
  const auto valkey = rightsize::with_cache_engine(c, "valkey");
  REQUIRE(valkey.has_value());
  for (const auto& v : valkey->cache) CHECK(v.confidence == Confidence::estimate);
}

TEST_CASE("catalogues: DigitalOcean pools each droplet's free transfer, and only the excess is billed") {
  const Catalogue& c = test_support::catalogue("digitalocean-nyc1");
  const auto& a = test_support::assumption_book().defaults;
  rightsize::Load load = rightsize::load_for_users(1000, a);
  load.transfer_gb_month = 2500;
  rightsize::Infra infra;
  infra.app = 2;  // s-1vcpu-2gb: 2,000 GiB each
  auto transfer_cents = [&](int servers) {
    infra.app_count = servers;
    const rightsize::Bill bill = rightsize::bill_for(load, infra, c, a);
    return bill.lines[static_cast<size_t>(bill.size - 1)].cents;
  };
  CHECK(transfer_cents(1) == 500);  // 500 GiB over the pool at $0.01
  CHECK(transfer_cents(2) == 0);    // two droplets pool 4,000 GiB
}

TEST_CASE("catalogues: DigitalOcean has no cited managed cache, so the timeline says what it substituted") {
  const json t = timeline_ok(
      R"({"provider": "digitalocean-nyc1", "users": 80000, "current_stage": 3, "months": 1, "repeated_reads": true})");
  REQUIRE(t["provider"]["substitutions"].size() == 1);
  CHECK(t["provider"]["substitutions"][0]["component"] == "cache");
  const json& cache = component(t["months"][0], "cache");
  CHECK(cache["type"].get<std::string>().rfind("s-", 0) == 0);  // a droplet
  CHECK(cache["substitute"] == t["provider"]["substitutions"][0]["text"]);
  // The managed Valkey engine prices a real cache, marked as the estimate it is.
  const json v = timeline_ok(
      R"({"provider": "digitalocean-nyc1", "users": 80000, "current_stage": 3, "months": 1, "repeated_reads": true, "cache_engine": "valkey"})");
  CHECK(v["provider"]["substitutions"].empty());
  CHECK(v["provider"]["cache_engine"] == "DigitalOcean Managed Valkey");
  CHECK(component(v["months"][0], "cache")["estimated"] == true);
  CHECK(component(v["months"][0], "cache").find("substitute") == component(v["months"][0], "cache").end());
}
