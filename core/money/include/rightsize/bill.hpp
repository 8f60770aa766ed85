// What a month costs: one line per component (app, database, cache, load balancer,
// storage, transfer), in integer cents.
#pragma once

#include <array>

#include "rightsize/load_model.hpp"
#include "rightsize/pricing.hpp"
#include "rightsize/service_bill.hpp"

namespace rightsize {

enum class Role { app, database, cache, load_balancer, storage, transfer };
const char* role_name(Role r);

struct BillLine {
  Role role = Role::app;
  int type = -1;     // catalogue index for instances; -1 otherwise
  double count = 0;  // instances, or GB billed for storage and transfer
  Cents cents = 0;
  bool estimated = false;  // some price behind the line is an estimate, not a citation
  // The managed service that replaces the catalogue's instance; on the storage line, the one
  // that holds the database's data instead of a volume.
  const ManagedService* service = nullptr;
  ServiceUse use;  // what that service bills for this month
};

struct Bill {
  std::array<BillLine, 6> lines{};
  int size = 0;
  Cents total = 0;
};

// `services` price the database and the cache, once the timeline has them, in place of the
// catalogue's instances (their storage and transfer with them).
Bill bill_for(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a,
              const ChosenServices& services = {});

// The line's "type" as shown: an instance type, the balancer's type, or a description.
std::string line_type(const BillLine& line, const Catalogue& c, const Infra& infra);

}  // namespace rightsize
