#include "rightsize/bill.hpp"

#include <algorithm>
#include <cmath>

namespace rightsize {

const char* role_name(Role r) {
  switch (r) {
    case Role::app: return "app";
    case Role::database: return "database";
    case Role::cache: return "cache";
    case Role::load_balancer: return "load_balancer";
    case Role::storage: return "storage";
    case Role::transfer: return "transfer";
  }
  return "";
}

namespace {

void add(Bill& bill, Role role, int type, double count, Micros micros) {
  const Cents cents = micros_to_cents(micros);
  bill.lines[static_cast<size_t>(bill.size++)] = BillLine{role, type, count, cents};
  bill.total += cents;
}

Micros times(Micros rate, double quantity) { return round_micros(static_cast<double>(rate) * quantity); }

}  // namespace

Bill bill_for(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a) {
  Bill bill;
  const PricedInstance& app = c.app[static_cast<size_t>(infra.app)];
  add(bill, Role::app, infra.app, infra.app_count, app.monthly * infra.app_count);
  if (infra.database >= 0)
    add(bill, Role::database, infra.database, 1, c.database[static_cast<size_t>(infra.database)].monthly);
  if (infra.cache >= 0) add(bill, Role::cache, infra.cache, 1, c.cache[static_cast<size_t>(infra.cache)].monthly);
  if (infra.load_balancer) {
    const double lcu = load.transfer_gb_month / c.hours_per_month / a.lb_gb_per_lcu_hour;
    add(bill, Role::load_balancer, -1, 1, c.load_balancer->monthly + times(c.load_balancer->lcu_monthly, lcu));
  }
  // On one box the database lives on the server's own disk; after the split it has a volume of its own.
  const double disks_gb = a.app_disk_gb * infra.app_count + (infra.database < 0 ? load.data_gb : 0);
  const double db_gb = infra.database < 0 ? 0 : std::max(a.min_db_storage_gb, load.data_gb);
  add(bill, Role::storage, -1, std::ceil(disks_gb + db_gb),
      times(c.storage->block_gb_month, disks_gb) + times(c.storage->database_gb_month, db_gb));
  add(bill, Role::transfer, -1, std::round(load.transfer_gb_month), transfer_cost(*c.transfer, load.transfer_gb_month));
  return bill;
}

std::string line_type(const BillLine& line, const Catalogue& c, const Infra& infra) {
  switch (line.role) {
    case Role::app: return c.app[static_cast<size_t>(line.type)].type;
    case Role::database: return c.database[static_cast<size_t>(line.type)].type;
    case Role::cache: return c.cache[static_cast<size_t>(line.type)].type;
    case Role::load_balancer: return c.load_balancer->type;
    case Role::storage: return infra.database < 0 ? "server disk, GB" : "server disks and database volume, GB";
    case Role::transfer: return "data out to the internet, GB";
  }
  return "";
}

}  // namespace rightsize
