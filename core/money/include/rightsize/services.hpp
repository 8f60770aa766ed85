// Managed services a timeline may price a component with instead of the catalogue's
// instances (content/services/<name>.json, "services" in the input): a serverless
// PostgreSQL billed by compute hours (Neon) and a hosted Redis billed by the command
// (Upstash). Each is priced as it bills; the stages and moves stay the load model's.
#pragma once

#include <string>
#include <vector>

#include "rightsize/pricing.hpp"
#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

enum class ServiceBilling {
  compute_hours,  // compute units held by the hour, storage by the GB-month, transfer beyond an allowance
  commands,       // commands by the hundred thousand, storage beyond a free GB, bandwidth beyond an allowance
};

struct ManagedService {
  std::string name;      // the file name without .json, e.g. "neon"
  std::string label;     // "Neon (serverless PostgreSQL)"
  std::string plan;      // the plan priced, e.g. "Launch"
  std::string replaces;  // "database" or "cache"
  std::string currency;
  std::string bills;    // how it bills, for the reader
  std::string stage_4;  // what the timeline does with it once the app tier scales out
  ServiceBilling billing = ServiceBilling::compute_hours;
  // compute_hours: a compute unit's price for an hour, what one unit holds, and the sizes allowed.
  Micros per_unit_hour = 0;
  double unit_vcpu = 0, unit_memory_gb = 0, min_units = 0, max_units = 0;
  // commands: the price of 100,000 commands.
  Micros per_100k_commands = 0;
  double storage_free_gb = 0;
  Micros storage_gb_month = 0;
  double transfer_free_gb = 0;
  Micros transfer_per_gb = 0;
  double kb_per_call = 0;  // data sent back per query (database) or per command (cache)
  std::string read_on;     // the earliest date a price in the file was read
};

// Reads and checks content/services/<name>.json; every price carries its source and read_on.
Result<ManagedService> read_managed_service(const std::string& name, const Value& doc);

// The services an input chose; null where the catalogue prices the component.
struct ChosenServices {
  const ManagedService* database = nullptr;
  const ManagedService* cache = nullptr;
  // Units of the catalogue's currency for one of each service's (1 when it bills in the
  // catalogue's): Neon's dollars on Hetzner's euros bill at content/currencies.json's rate.
  double database_per_unit = 1, cache_per_unit = 1;
  bool any() const { return database != nullptr || cache != nullptr; }
};

// The service as a reader sees it: {name, label, plan, replaces, bills, stage_4, prices_read_on}.
Value service_to_value(const ManagedService& s);

}  // namespace rightsize
