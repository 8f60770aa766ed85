// The price catalogues: every entry cited and dated, and the figures the guide's
// arithmetic rests on.
#include "support.hpp"

using rightsize::Catalogue;
using rightsize::micros_to_cents;

namespace {

const rightsize::PricedInstance& find(const std::vector<rightsize::PricedInstance>& list, const std::string& type) {
  for (const auto& p : list)
    if (p.type == type) return p;
  FAIL("no " << type);
  throw 0;
}

std::string catalogue_errors(const std::string& json) {
  auto r = rightsize::read_catalogue(test_support::parse(json));
  std::string out;
  for (const auto& e : r.errors) out += e.field + ": " + e.message + "\n";
  return out;
}

const char* const kMinimal = R"({"provider": "x", "region": "y", "label": "z", "currency": "USD", "hours_per_month": 730,
  "app": [ENTRY], "database": [], "cache": []})";

std::string with_entry(const std::string& entry) {
  std::string doc = kMinimal;
  return doc.replace(doc.find("ENTRY"), 5, entry);
}

}  // namespace

TEST_CASE("pricing: every catalogue in content/pricing reads, which means every entry has a source and a date") {
  std::vector<std::string> read;
  for (const auto& n : test_support::catalogues()) read.push_back(n.name + " read on " + n.catalogue.oldest_read_on);
  CHECK(read == std::vector<std::string>{"aws-af-south-1 read on 2026-11-28", "aws-us-east-1 read on 2026-11-28",
                                         "digitalocean-nyc1 read on 2026-11-28"});
}

TEST_CASE("pricing: an entry without a source or a date is refused") {
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "read_on": "2026-11-28"})")) ==
        "app[0].source: is required\n");
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "source": "s"})")) ==
        "app[0].read_on: is required\n");
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "source": "s", "read_on": "last week"})")) ==
        "app[0].read_on: must be a date written YYYY-MM-DD (got \"last week\")\n");
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "source": "s", "read_on": "2026-11-28"})")) ==
        "app[0].hourly: is required (or monthly)\n");
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": -1, "source": "s", "read_on": "2026-11-28"})")) ==
        "app[0].hourly: must be 0 or more (got -1)\n");
  CHECK(catalogue_errors(with_entry(R"({"type": "a", "vcpu": 2, "memory_gib": 1, "hourly": 0.01, "source": "s", "read_on": "2026-11-28"})")) == "");
}

TEST_CASE("pricing: AWS us-east-1 matches the figures the guide's arithmetic uses (a month is 730 hours)") {
  const Catalogue& c = test_support::catalogue("aws-us-east-1");
  CHECK(c.hours_per_month == 730);
  CHECK(micros_to_cents(find(c.app, "t3.small").monthly) == 1518);   // $0.0208/h
  CHECK(micros_to_cents(find(c.app, "t3.medium").monthly) == 3037);  // $0.0416/h
  CHECK(micros_to_cents(c.load_balancer->monthly) == 1643);          // $0.0225/h
  CHECK(micros_to_cents(c.load_balancer->lcu_monthly) == 584);       // $0.008 per LCU-hour
  CHECK(c.transfer->tiers.at(0).per_gb == 90000);                    // $0.09/GB, first 10 TB
  CHECK(c.transfer->tiers.at(0).up_to_gb.value() == 10240);
  for (const auto* list : {&c.app, &c.database, &c.cache}) {
    REQUIRE_FALSE(list->empty());
    for (size_t i = 1; i < list->size(); ++i) CHECK((*list)[i].vcpu >= (*list)[i - 1].vcpu);
  }
}

TEST_CASE("pricing: transfer out is free up to the allowance, then tiered") {
  rightsize::TransferPrice t;
  t.free_gb_month = 100;
  t.tiers = {{10240.0, 90000}, {51200.0, 85000}, {std::nullopt, 70000}};
  CHECK(rightsize::transfer_cost(t, 0) == 0);
  CHECK(rightsize::transfer_cost(t, 100) == 0);
  CHECK(micros_to_cents(rightsize::transfer_cost(t, 101)) == 9);
  CHECK(micros_to_cents(rightsize::transfer_cost(t, 1100)) == 9000);
  // 10,240 GB at $0.09 plus 10 GB at $0.085
  CHECK(micros_to_cents(rightsize::transfer_cost(t, 100 + 10250)) == 92160 + 85);
  // past the last bounded tier its open-ended rate applies
  CHECK(micros_to_cents(rightsize::transfer_cost(t, 100 + 51200 + 1000)) == 92160 + 348160 + 7000);
}

TEST_CASE("pricing: cents round half away from zero") {
  CHECK(micros_to_cents(4999) == 0);
  CHECK(micros_to_cents(5000) == 1);
  CHECK(micros_to_cents(15184000) == 1518);
  CHECK(micros_to_cents(-5000) == -1);
}

TEST_CASE("pricing: catalogues without some prices say what is missing when a timeline needs them") {
  const auto doc = test_support::timeline(R"({"users": 100, "provider": "aws-af-south-1"})");
  REQUIRE(doc["ok"] == false);
  CHECK(doc["errors"][0]["field"] == "provider");
  CHECK(doc["errors"][0]["message"].get<std::string>().find("no cited prices for app servers") != std::string::npos);
}
