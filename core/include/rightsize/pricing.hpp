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

struct PricedInstance {
  std::string type;
  double vcpu = 0;
  double memory_gib = 0;
  Micros monthly = 0;                  // one instance for a month
  std::optional<Micros> multi_az_monthly;
  std::string confidence;              // "primary" or "third-party"
};

struct LoadBalancerPrice {
  std::string type;
  Micros monthly = 0;      // the balancer itself for a month
  Micros lcu_monthly = 0;  // one capacity unit held for a month
};

struct StoragePrice {
  Micros database_gb_month = 0;
  std::optional<Micros> database_multi_az_gb_month;
  Micros block_gb_month = 0;  // the app servers' disks
};

struct TransferTier {
  std::optional<double> up_to_gb;  // none: no upper bound
  Micros per_gb = 0;
};

struct TransferPrice {
  double free_gb_month = 0;
  std::vector<TransferTier> tiers;
};

struct Catalogue {
  std::string provider, region, label, currency;
  double hours_per_month = 730;
  std::vector<PricedInstance> app, database, cache;  // ascending by capacity
  std::optional<LoadBalancerPrice> load_balancer;
  std::optional<StoragePrice> storage;
  std::optional<TransferPrice> transfer;
  std::string oldest_read_on;  // the earliest date any price in the file was read
};

// Reads and checks a catalogue; every priced entry must carry "source" and "read_on".
Result<Catalogue> read_catalogue(const Value& doc);

// What a month of transfer out costs, after the free allowance, through the tiers.
Micros transfer_cost(const TransferPrice& price, double gb);

// The catalogue as the model prices it (monthly amounts in the catalogue's currency).
Value price_sheet(const Catalogue& c);

}  // namespace rightsize
