#include "rightsize/commitment.hpp"

#include <cmath>

#include "commitment_price.hpp"
#include "provenance.hpp"

namespace rightsize {

namespace detail {

namespace {
constexpr NumberRule kHourly{0, 1e4, false};
Micros month_of(double hourly, double hours) { return static_cast<Micros>(std::llround(hourly * hours * 1e6)); }
}  // namespace

std::optional<CommitmentPrice> read_commitment_price(const Value* v, const std::string& path, double hours,
                                                     std::string& oldest, std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, path, errors);
  if (!r.valid()) return std::nullopt;
  CommitmentPrice p;
  p.monthly = month_of(r.number("hourly", kHourly, true).value_or(0), hours);
  if (auto multi_az = r.number("multi_az_hourly", kHourly)) p.multi_az_monthly = month_of(*multi_az, hours);
  p.confidence = read_confidence(r);
  read_provenance(r, oldest);
  r.reject_unknown();
  return p;
}

std::optional<CommitmentOffer> read_commitment_offer(const Value* v, std::vector<FieldError>& errors) {
  if (v == nullptr) return std::nullopt;
  ObjectReader r(*v, "commitments", errors);
  if (!r.valid()) return std::nullopt;
  CommitmentOffer o;
  o.term = r.string("term", true).value_or("");
  o.app = r.string("app", true).value_or("");
  o.database = r.string("database", true).value_or("");
  o.cache = r.string("cache", true).value_or("");
  r.reject_unknown();
  return o;
}

}  // namespace detail

namespace {

bool any_commitment(const std::vector<PricedInstance>& list) {
  for (const PricedInstance& p : list)
    if (p.commitment) return true;
  return false;
}

void commit(std::vector<PricedInstance>& list) {
  for (PricedInstance& p : list) {
    if (!p.commitment) continue;
    p.monthly = p.commitment->monthly;
    p.multi_az_monthly = p.commitment->multi_az_monthly;
    p.hourly.reset();  // the listed hourly rate is the on-demand one
    p.confidence = p.commitment->confidence;
  }
}

}  // namespace

bool offers_commitments(const Catalogue& c) {
  if (any_commitment(c.app) || any_commitment(c.database) || any_commitment(c.cache)) return true;
  for (const CacheEngine& e : c.other_cache_engines)
    if (any_commitment(e.cache)) return true;
  return false;
}

Catalogue committed_catalogue(const Catalogue& c) {
  Catalogue out = c;
  commit(out.app);
  commit(out.database);
  commit(out.cache);
  for (CacheEngine& e : out.other_cache_engines) commit(e.cache);
  return out;
}

}  // namespace rightsize
