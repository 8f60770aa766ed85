#include "rightsize/pricing.hpp"

#include <algorithm>
#include <cmath>

#include "commitment_price.hpp"
#include "object_reader.hpp"
#include "provenance.hpp"
#include "rightsize/commitment.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;
using detail::read_confidence;
using detail::read_provenance;

const char* confidence_name(Confidence c) {
  switch (c) {
    case Confidence::primary: return "primary";
    case Confidence::third_party: return "third-party";
    case Confidence::estimate: return "estimate";
  }
  return "";
}

namespace {

constexpr NumberRule kPrice{0, 1e6, false};
constexpr NumberRule kQuantity{0, 1e12, false};

Micros to_micros(double amount) { return static_cast<Micros>(std::llround(amount * 1e6)); }

// A price given per hour or per month, as a month in micros.
std::optional<Micros> read_rate(ObjectReader& r, const std::string& hourly, const std::string& monthly, double hours,
                                bool required, const std::vector<FieldError>& errors,
                                std::optional<double>* hourly_as_listed = nullptr) {
  const size_t before = errors.size();
  auto h = r.number(hourly, kPrice);
  auto m = r.number(monthly, kPrice);
  if (errors.size() != before) return std::nullopt;  // already reported
  if (hourly_as_listed != nullptr) *hourly_as_listed = h;
  if (h && m) r.fail(monthly, "give either " + hourly + " or " + monthly + ", not both");
  if (h) return to_micros(*h * hours);
  if (m) return to_micros(*m);
  if (required) r.fail(hourly, "is required (or " + monthly + ")");
  return std::nullopt;
}

// An instance billed by the hour up to a monthly cap costs the lesser of the two for a month.
void read_instance_price(ObjectReader& r, PricedInstance& p, double hours, const std::vector<FieldError>& errors) {
  p.monthly = read_rate(r, "hourly", "monthly", hours, true, errors, &p.hourly).value_or(0);
  if (auto cap = r.number("monthly_cap", kPrice)) {
    if (!p.hourly) r.fail("monthly_cap", "caps an hourly rate: give hourly with it (or monthly alone)");
    p.monthly_cap = to_micros(*cap);
    p.monthly = std::min(p.monthly, *p.monthly_cap);
  }
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
    read_instance_price(r, p, hours, errors);
    p.multi_az_monthly = read_rate(r, "multi_az_hourly", "multi_az_monthly", hours, false, errors);
    p.disk_gb = r.number("disk_gb", kQuantity).value_or(0);
    p.transfer_included_gb = r.number("transfer_included_gb", kQuantity).value_or(0);
    p.confidence = read_confidence(r);
    read_provenance(r, oldest);
    p.commitment =
        detail::read_commitment_price(r.object("commitment"), r.path_of("commitment"), hours, oldest, errors);
    r.reject_unknown();
    if (!out.empty() && (p.vcpu < out.back().vcpu || p.memory_gib < out.back().memory_gib))
      r.fail("type", "list entries from the smallest to the largest (by vCPU, then memory)");
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<LoadBalancerPrice> read_load_balancer(const Value* v, double hours, std::string& oldest,
                                                    std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, "load_balancer", errors);
  LoadBalancerPrice p;
  p.type = r.string("type", true).value_or("");
  p.monthly = read_rate(r, "hourly", "monthly", hours, true, errors).value_or(0);
  p.lcu_monthly = read_rate(r, "lcu_hourly", "lcu_monthly", hours, false, errors).value_or(0);
  p.confidence = read_confidence(r);
  read_provenance(r, oldest);
  r.reject_unknown();
  return p;
}

StorageRate read_storage_rate(const Value* v, const std::string& path, std::string& oldest,
                              std::vector<FieldError>& errors) {
  StorageRate s;
  if (v == nullptr) return s;
  ObjectReader r(*v, path, errors);
  s.gb_month = to_micros(r.number("gb_month", kPrice, true).value_or(0));
  if (auto m = r.number("multi_az_gb_month", kPrice)) s.multi_az_gb_month = to_micros(*m);
  s.confidence = read_confidence(r);
  read_provenance(r, oldest);
  r.reject_unknown();
  return s;
}

std::optional<StoragePrice> read_storage(const Value* v, std::string& oldest, std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, "storage", errors);
  StoragePrice p;
  p.block = read_storage_rate(r.object("block", true), "storage.block", oldest, errors);
  p.database = read_storage_rate(r.object("database", true), "storage.database", oldest, errors);
  r.reject_unknown();
  return p;
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
  t.confidence = read_confidence(r);
  read_provenance(r, oldest);
  r.reject_unknown();
  return t;
}

// The engine `cache` is priced for, and the others a timeline may choose instead.
void read_cache_engines(ObjectReader& r, Catalogue& c, std::string& oldest, std::vector<FieldError>& errors) {
  if (const Value* engine = r.object("cache_engine")) {
    ObjectReader er(*engine, "cache_engine", errors);
    c.cache_engine = er.string("name", true).value_or("");
    c.cache_engine_label = er.string("label", true).value_or("");
    er.reject_unknown();
  }
  const Value* others = r.array("other_cache_engines");
  if (others == nullptr) return;
  if (c.cache_engine.empty()) r.fail("cache_engine", "name the engine \"cache\" is priced for before listing others");
  for (size_t i = 0; i < others->items.size(); ++i) {
    const std::string path = "other_cache_engines[" + std::to_string(i) + "]";
    ObjectReader er(others->items[i], path, errors);
    if (!er.valid()) continue;
    CacheEngine e;
    e.name = er.string("name", true).value_or("");
    e.label = er.string("label", true).value_or("");
    e.cache = read_instances(er.array("cache", true), path + ".cache", c.hours_per_month, oldest, errors);
    er.reject_unknown();
    const auto names = cache_engine_names(c);
    if (std::find(names.begin(), names.end(), e.name) != names.end())
      er.fail("name", "the engine \"" + e.name + "\" is listed twice");
    c.other_cache_engines.push_back(std::move(e));
  }
}

// {"cache": {"with": "app", "text": "..."}}: the component runs on instances of another list.
void read_substitutes(ObjectReader& r, Catalogue& c, std::vector<FieldError>& errors) {
  const Value* subs = r.object("substitutes");
  if (subs == nullptr) return;
  ObjectReader sr(*subs, "substitutes", errors);
  for (const char* component : {"database", "cache"}) {
    const Value* v = sr.object(component);
    if (v == nullptr) continue;
    ObjectReader cr(*v, std::string("substitutes.") + component, errors);
    Substitution s{component, cr.string("with", true).value_or(""), cr.string("text", true).value_or("")};
    cr.reject_unknown();
    if (s.with != "app") {
      cr.fail("with", "a substitute runs on the app list's instances: \"app\" (got \"" + s.with + "\")");
      continue;
    }
    std::vector<PricedInstance>& list = s.component == "database" ? c.database : c.cache;
    if (!list.empty()) {
      sr.fail(component, std::string("give ") + component + " entries or a substitute for them, not both");
      continue;
    }
    list = c.app;
    c.substitutions.push_back(std::move(s));
  }
  sr.reject_unknown();
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
  read_cache_engines(r, c, oldest, errors);
  read_substitutes(r, c, errors);
  c.load_balancer = read_load_balancer(r.object("load_balancer"), c.hours_per_month, oldest, errors);
  c.storage = read_storage(r.object("storage"), oldest, errors);
  c.transfer = read_transfer(r.object("transfer_out"), oldest, errors);
  c.commitments = detail::read_commitment_offer(r.object("commitments"), errors);
  if (c.commitments.has_value() != offers_commitments(c))
    r.fail("commitments", c.commitments ? "names commitment offers, but no instance has a commitment price"
                                        : "is required once an instance has a commitment price: name each offer");
  r.array("notes");
  r.array("not_found");
  r.reject_unknown();
  if (errors.empty()) result.value = std::move(c);
  return result;
}

std::vector<std::string> cache_engine_names(const Catalogue& c) {
  std::vector<std::string> names;
  if (!c.cache_engine.empty()) names.push_back(c.cache_engine);
  for (const CacheEngine& e : c.other_cache_engines) names.push_back(e.name);
  return names;
}

std::optional<Catalogue> with_cache_engine(const Catalogue& c, const std::string& engine) {
  if (engine == c.cache_engine) return c;
  for (const CacheEngine& e : c.other_cache_engines) {
    if (e.name != engine) continue;
    Catalogue out = c;
    out.cache = e.cache;
    out.cache_engine = e.name;
    out.cache_engine_label = e.label;
    auto& subs = out.substitutions;
    subs.erase(std::remove_if(subs.begin(), subs.end(), [](const Substitution& s) { return s.component == "cache"; }),
               subs.end());
    return out;
  }
  return std::nullopt;
}

Micros transfer_cost(const TransferPrice& price, double gb, double pooled_free_gb) {
  double billable = gb - price.free_gb_month - pooled_free_gb;
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
