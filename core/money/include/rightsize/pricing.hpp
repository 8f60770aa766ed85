// Price catalogues (content/pricing/<provider>-<region>.json), every entry with a source
// and the date it was read. Money is integer: micro-dollars (millionths of the
// catalogue's currency) for rates, cents for every total a reader sees.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

using Micros = std::int64_t;  // millionths of a currency unit
using Cents = std::int64_t;

// Rounds a non-negative amount to whole micros, half up, without a libm call (hot path).
// Absurd amounts (assumptions at the far ends of their ranges) saturate instead of overflowing.
inline Micros round_micros(double amount) {
  constexpr double kMax = 9.0e18;
  return amount < kMax ? static_cast<Micros>(amount + 0.5) : static_cast<Micros>(kMax);
}

// Rounds half away from zero: 0.5 cent and up becomes a cent.
inline Cents micros_to_cents(Micros m) { return m >= 0 ? (m + 5000) / 10000 : -((-m + 5000) / 10000); }

// How a price is known: from the provider's own price list or API (primary), only from
// someone else's table (third_party), or derived from other prices by a stated basis
// because nothing could be cited (estimate). Every output that uses an estimate says so.
enum class Confidence { primary, third_party, estimate };
const char* confidence_name(Confidence c);

// What one instance costs a month under the provider's one-year, no-upfront commitment.
struct CommitmentPrice {
  Micros monthly = 0;
  std::optional<Micros> multi_az_monthly;
  Confidence confidence = Confidence::primary;
};

struct PricedInstance {
  std::string type;
  double vcpu = 0;
  double memory_gib = 0;
  Micros monthly = 0;                 // one instance for a month, as billed (capped where the plan caps)
  std::optional<double> hourly;       // as listed, when the catalogue gives an hourly rate
  std::optional<Micros> monthly_cap;  // billed by the hour up to this much a month
  std::optional<Micros> multi_az_monthly;
  double disk_gb = 0;               // storage the plan itself includes
  double transfer_included_gb = 0;  // outbound transfer the plan adds to the account's pool
  Confidence confidence = Confidence::primary;
  std::optional<CommitmentPrice> commitment;  // none: the provider sells no commitment for it
};

struct LoadBalancerPrice {
  std::string type;
  Micros monthly = 0;      // the balancer itself for a month
  Micros lcu_monthly = 0;  // one capacity unit held for a month
  Confidence confidence = Confidence::primary;
};

struct StorageRate {
  Micros gb_month = 0;
  std::optional<Micros> multi_az_gb_month;
  Confidence confidence = Confidence::primary;
};

struct StoragePrice {
  StorageRate block;     // the app servers' disks (and the database's, on one box)
  StorageRate database;  // a managed database's volume
};

struct TransferTier {
  std::optional<double> up_to_gb;  // none: no upper bound
  Micros per_gb = 0;
};

struct TransferPrice {
  double free_gb_month = 0;  // the account's own allowance, before any the plans add
  std::vector<TransferTier> tiers;
  Confidence confidence = Confidence::primary;
};

// Another engine a timeline may price its cache with ("cache_engine" in the input).
struct CacheEngine {
  std::string name, label;
  std::vector<PricedInstance> cache;
};

// A component the provider has no product for, run on another kind of instance instead.
struct Substitution {
  std::string component;  // "database" or "cache"
  std::string with;       // "app"
  std::string text;       // what was substituted, for the reader
};

// What the provider calls its one-year, no-upfront commitment for each kind of instance.
struct CommitmentOffer {
  std::string term, app, database, cache;
};

struct Catalogue {
  std::string provider, region, label, currency;
  double hours_per_month = 730;
  std::vector<PricedInstance> app, database, cache;  // ascending by capacity
  std::string cache_engine, cache_engine_label;      // what `cache` prices, when stated
  std::vector<CacheEngine> other_cache_engines;
  std::vector<Substitution> substitutions;
  std::optional<LoadBalancerPrice> load_balancer;
  std::optional<StoragePrice> storage;
  std::optional<TransferPrice> transfer;
  std::optional<CommitmentOffer> commitments;  // none: no instance has a commitment price
  std::string oldest_read_on;                  // the earliest date any price in the file was read
};

// Reads and checks a catalogue; every priced entry must carry "source" and "read_on", and
// an estimate must carry its "basis".
Result<Catalogue> read_catalogue(const Value& doc);

// The catalogue with its cache priced by another engine (or its own, by name); nullopt when
// it has no engine of that name.
std::optional<Catalogue> with_cache_engine(const Catalogue& c, const std::string& engine);

// The names of the engines a catalogue can price its cache with, the default first.
std::vector<std::string> cache_engine_names(const Catalogue& c);

// What a month of transfer out costs, after the free allowance (the account's own plus
// `pooled_free_gb` that the plans in use add), through the tiers.
Micros transfer_cost(const TransferPrice& price, double gb, double pooled_free_gb = 0);

// The catalogue as the model prices it (monthly amounts in the catalogue's currency).
Value price_sheet(const Catalogue& c);

}  // namespace rightsize
