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

void add(Bill& bill, Role role, int type, double count, Micros micros, bool estimated) {
  const Cents cents = micros_to_cents(micros);
  bill.lines[static_cast<size_t>(bill.size++)] = BillLine{role, type, count, cents, estimated, nullptr, {}};
  bill.total += cents;
}

Micros times(Micros rate, double quantity) { return round_micros(static_cast<double>(rate) * quantity); }

bool is_estimate(Confidence c) { return c == Confidence::estimate; }

const PricedInstance* instance(const std::vector<PricedInstance>& list, int index) {
  return index < 0 ? nullptr : &list[static_cast<size_t>(index)];
}

void add_service(Bill& bill, Role role, const ManagedService& s, const ServiceUse& use, double per_unit) {
  add(bill, role, -1, 1, round_micros(static_cast<double>(service_cost(s, use)) * per_unit), false);
  BillLine& line = bill.lines[static_cast<size_t>(bill.size - 1)];
  line.service = &s;
  line.use = use;
}

}  // namespace

Bill bill_for(const Load& load, const Infra& infra, const Catalogue& c, const Assumptions& a,
              const ChosenServices& services) {
  Bill bill;
  const PricedInstance& app = c.app[static_cast<size_t>(infra.app)];
  // A component a service replaces runs no instance of the catalogue's: none of its
  // volume, nor the transfer its plan would include, is the account's.
  const bool db_service = services.database != nullptr && infra.database >= 0;
  const bool cache_service = services.cache != nullptr && infra.cache >= 0;
  const PricedInstance* db = db_service ? nullptr : instance(c.database, infra.database);
  const PricedInstance* cache = cache_service ? nullptr : instance(c.cache, infra.cache);
  add(bill, Role::app, infra.app, infra.app_count, app.monthly * infra.app_count, is_estimate(app.confidence));
  if (db_service)
    add_service(bill, Role::database, *services.database,
                database_service_use(*services.database, load, infra, c.hours_per_month, a),
                services.database_per_unit);
  else if (db != nullptr)
    add(bill, Role::database, infra.database, 1, db->monthly, is_estimate(db->confidence));
  if (cache_service)
    add_service(bill, Role::cache, *services.cache, cache_service_use(*services.cache, load, a),
                services.cache_per_unit);
  else if (cache != nullptr)
    add(bill, Role::cache, infra.cache, 1, cache->monthly, is_estimate(cache->confidence));
  if (infra.load_balancer) {
    const LoadBalancerPrice& lb = *c.load_balancer;
    const double lcu = load.transfer_gb_month / c.hours_per_month / a.lb_gb_per_lcu_hour;
    add(bill, Role::load_balancer, -1, 1, lb.monthly + times(lb.lcu_monthly, lcu), is_estimate(lb.confidence));
  }
  // On one box the database lives on the server's own disk; after the split it has a volume
  // of its own. Only what a plan does not include is billed.
  const bool on_box = infra.database < 0;
  const double servers_gb = a.app_disk_gb * infra.app_count + (on_box ? load.data_gb : 0);
  const double disks_gb = std::max(0.0, servers_gb - app.disk_gb * infra.app_count);
  const double db_gb = db == nullptr ? 0 : std::max(0.0, std::max(a.min_db_storage_gb, load.data_gb) - db->disk_gb);
  const StoragePrice& st = *c.storage;
  add(bill, Role::storage, -1, std::ceil(disks_gb + db_gb),
      times(st.block.gb_month, disks_gb) + times(st.database.gb_month, db_gb),
      (disks_gb > 0 && is_estimate(st.block.confidence)) || (db_gb > 0 && is_estimate(st.database.confidence)));
  if (db_service) bill.lines[static_cast<size_t>(bill.size - 1)].service = services.database;  // it holds the data
  // Plans that include transfer add it to one pool for the account.
  double pooled = app.transfer_included_gb * infra.app_count;
  for (const PricedInstance* p : {db, cache})
    if (p != nullptr) pooled += p->transfer_included_gb;
  add(bill, Role::transfer, -1, std::round(load.transfer_gb_month),
      transfer_cost(*c.transfer, load.transfer_gb_month, pooled), is_estimate(c.transfer->confidence));
  return bill;
}

std::string line_type(const BillLine& line, const Catalogue& c, const Infra& infra) {
  switch (line.role) {
    case Role::app: return c.app[static_cast<size_t>(line.type)].type;
    case Role::database: return line.service ? line.service->label : c.database[static_cast<size_t>(line.type)].type;
    case Role::cache: return line.service ? line.service->label : c.cache[static_cast<size_t>(line.type)].type;
    case Role::load_balancer: return c.load_balancer->type;
    case Role::storage:
      return infra.database < 0        ? "server disk, GB"
             : line.service != nullptr ? "server disks, GB"
                                       : "server disks and database volume, GB";
    case Role::transfer: return "data out to the internet, GB";
  }
  return "";
}

}  // namespace rightsize
