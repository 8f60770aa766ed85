// The catalogues in content/pricing against the price audit (shared/reference/
// price-audit-2026-11.md): each cited figure as the model prices it, every estimate
// marked and explained, and the billing rules a provider needs (caps, pooled transfer,
// substitutes) as they reach a timeline.
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
  CHECK(micros_to_cents(find(c.app, "t3.small").monthly) == 1518);   // $0.0208/h
  CHECK(micros_to_cents(find(c.app, "t3.medium").monthly) == 3037);  // $0.0416/h
  CHECK(micros_to_cents(find(c.database, "db.t3.2xlarge").monthly) == month_of(0.579));  // not the tables' 0.58
  CHECK(micros_to_cents(c.load_balancer->monthly) == 1643);          // infracost's golden: $16.43
  CHECK(micros_to_cents(c.load_balancer->lcu_monthly) == 584);       // $0.008 per LCU-hour
  CHECK(c.transfer->tiers.at(0).per_gb == 90000);                    // $0.09/GB, first 10 TB
  CHECK(c.transfer->tiers.at(0).up_to_gb.value() == 10240);
  CHECK(c.cache_engine == "redis-oss");
  // First-hand sources now back everything but db.t3.small.
  for (const auto* list : {&c.app, &c.database, &c.cache})
    for (const auto& p : *list) CHECK_MESSAGE(p.confidence == (p.type == "db.t3.small" ? Confidence::third_party : Confidence::primary), p.type);
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
