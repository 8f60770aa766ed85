#include "rightsize/pricing.hpp"

#include <cmath>

#include "object_reader.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;

namespace {

constexpr NumberRule kPrice{0, 1e6, false};

Micros to_micros(double amount) { return static_cast<Micros>(std::llround(amount * 1e6)); }

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// source and read_on, which every priced object must carry.
void read_provenance(ObjectReader& r, std::string& oldest) {
  r.string("source", true);
  r.object("sources");  // optional per-field sources
  if (auto date = r.string("read_on", true)) {
    if (!is_date(*date))
      r.fail("read_on", "must be a date written YYYY-MM-DD (got \"" + *date + "\")");
    else if (oldest.empty() || *date < oldest)
      oldest = *date;
  }
}

// A price given per hour or per month, as a month in micros.
std::optional<Micros> read_rate(ObjectReader& r, const std::string& hourly, const std::string& monthly,
                                double hours, bool required, const std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  auto h = r.number(hourly, kPrice);
  auto m = r.number(monthly, kPrice);
  if (errors.size() != before) return std::nullopt;  // already reported
  if (h && m) r.fail(monthly, "give either " + hourly + " or " + monthly + ", not both");
  if (h) return to_micros(*h * hours);
  if (m) return to_micros(*m);
  if (required) r.fail(hourly, "is required (or " + monthly + ")");
  return std::nullopt;
}

std::vector<PricedInstance> read_instances(const Value* list, const std::string& name, double hours,
                                           std::string& oldest, std::vector<FieldError>& errors) {
  std::vector<PricedInstance> out;
  if (list == nullptr) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    ObjectReader r(list->items[i], name + "[" + std::to_string(i) + "]", errors);
    if (!r.valid()) continue;
    PricedInstance p;
    p.type = r.string("type", true).value_or("");
    p.vcpu = r.number("vcpu", NumberRule{0.1, 1024, false}, true).value_or(0);
    p.memory_gib = r.number("memory_gib", NumberRule{0.1, 1e5, false}, true).value_or(0);
    p.monthly = read_rate(r, "hourly", "monthly", hours, true, errors).value_or(0);
    p.multi_az_monthly = read_rate(r, "multi_az_hourly", "multi_az_monthly", hours, false, errors);
    p.confidence = r.string("confidence").value_or("primary");
    if (p.confidence != "primary" && p.confidence != "third-party")
      r.fail("confidence", "must be \"primary\" or \"third-party\" (got \"" + p.confidence + "\")");
    read_provenance(r, oldest);
    r.reject_unknown();
    if (!out.empty() && (p.vcpu < out.back().vcpu || p.memory_gib < out.back().memory_gib))
      r.fail("type", "list entries from the smallest to the largest (by vCPU, then memory)");
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<TransferPrice> read_transfer(const Value* v, std::string& oldest, std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, "transfer_out", errors);
  if (!r.valid()) return std::nullopt;
  TransferPrice t;
  t.free_gb_month = r.number("free_gb_month", NumberRule{0, 1e9, false}).value_or(0);
  if (const Value* tiers = r.array("tiers", true)) {
    for (size_t i = 0; i < tiers->items.size(); ++i) {
      ObjectReader tr(tiers->items[i], "transfer_out.tiers[" + std::to_string(i) + "]", errors);
      if (!tr.valid()) continue;
      TransferTier tier;
      tier.up_to_gb = tr.number("up_to_gb", NumberRule{0, 1e12, false});
      tier.per_gb = to_micros(tr.number("per_gb", kPrice, true).value_or(0));
      tr.reject_unknown();
      t.tiers.push_back(tier);
    }
  }
  read_provenance(r, oldest);
  r.reject_unknown();
  return t;
}

}  // namespace

Result<Catalogue> read_catalogue(const Value& doc) {
  Result<Catalogue> result;
  auto& errors = result.errors;
  ObjectReader r(doc, "", errors);
  if (!r.valid()) return result;
  Catalogue c;
  c.provider = r.string("provider", true).value_or("");
  c.region = r.string("region", true).value_or("");
  c.label = r.string("label", true).value_or("");
  c.currency = r.string("currency", true).value_or("");
  c.hours_per_month = r.number("hours_per_month", NumberRule{672, 744, false}, true).value_or(730);
  std::string& oldest = c.oldest_read_on;
  c.app = read_instances(r.array("app", true), "app", c.hours_per_month, oldest, errors);
  c.database = read_instances(r.array("database", true), "database", c.hours_per_month, oldest, errors);
  c.cache = read_instances(r.array("cache", true), "cache", c.hours_per_month, oldest, errors);
  if (const Value* lb = r.object("load_balancer")) {
    ObjectReader lr(*lb, "load_balancer", errors);
    LoadBalancerPrice p;
    p.type = lr.string("type", true).value_or("");
    p.monthly = read_rate(lr, "hourly", "monthly", c.hours_per_month, true, errors).value_or(0);
    p.lcu_monthly = read_rate(lr, "lcu_hourly", "lcu_monthly", c.hours_per_month, false, errors).value_or(0);
    read_provenance(lr, oldest);
    lr.reject_unknown();
    c.load_balancer = p;
  }
  if (const Value* st = r.object("storage")) {
    ObjectReader sr(*st, "storage", errors);
    StoragePrice p;
    p.database_gb_month = to_micros(sr.number("database_gb_month", kPrice, true).value_or(0));
    if (auto m = sr.number("database_multi_az_gb_month", kPrice)) p.database_multi_az_gb_month = to_micros(*m);
    p.block_gb_month = to_micros(sr.number("block_gb_month", kPrice, true).value_or(0));
    read_provenance(sr, oldest);
    sr.reject_unknown();
    c.storage = p;
  }
  c.transfer = read_transfer(r.object("transfer_out"), oldest, errors);
  r.array("notes");
  r.array("not_found");
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(c);
  return result;
}

Micros transfer_cost(const TransferPrice& price, double gb) {
  double billable = gb - price.free_gb_month;
  double tier_start = 0;
  double total = 0;  // micros; fractional until the end so tiers don't round separately
  for (const TransferTier& tier : price.tiers) {
    if (billable <= 0) break;
    const double width = tier.up_to_gb ? *tier.up_to_gb - tier_start : billable;
    const double in_tier = billable < width ? billable : width;
    total += in_tier * static_cast<double>(tier.per_gb);
    billable -= in_tier;
    if (tier.up_to_gb) tier_start = *tier.up_to_gb;
  }
  if (billable > 0 && !price.tiers.empty())  // beyond the last bounded tier: its rate continues
    total += billable * static_cast<double>(price.tiers.back().per_gb);
  return round_micros(total);
}

}  // namespace rightsize
