#include "services_input.hpp"

#include "format.hpp"
#include "object_reader.hpp"

namespace rightsize::detail {

namespace {

// The one message that concerns the catalogue: it starts so and no other does.
constexpr const char* kBillsIn = "bills in ";

// One key of "services": a name among the services that replace that component.
const ManagedService* choose(ObjectReader& r, const char* role, const std::vector<ManagedService>* known) {
  const std::optional<std::string> name = r.string(role);
  if (!name) return nullptr;
  std::string names;
  const ManagedService* found = nullptr;
  const ManagedService* elsewhere = nullptr;  // the name of a service for the other component
  if (known != nullptr)
    for (const ManagedService& s : *known) {
      if (s.replaces != role) {
        if (s.name == *name) elsewhere = &s;
        continue;
      }
      names += (names.empty() ? "" : ", ") + quoted(s.name);
      if (s.name == *name) found = &s;
    }
  if (found == nullptr) {
    const std::string known_text = names.empty() ? "no " + std::string(role) + " service is known" : "known: " + names;
    r.fail(role, elsewhere != nullptr
                     ? quoted(*name) + " replaces the " + elsewhere->replaces + ", not the " + role + "; " + known_text
                     : "unknown " + std::string(role) + " service " + quoted(*name) + "; " + known_text);
    return nullptr;
  }
  return found;
}

Micros at_rate(Micros price, double factor) { return round_micros(static_cast<double>(price) * factor); }

// The service with every price in the conversion's currency.
ManagedService repriced(const ManagedService& s, const Conversion& c) {
  ManagedService out = s;
  out.currency = c.to;
  for (Micros* price : {&out.per_unit_hour, &out.per_100k_commands, &out.storage_gb_month, &out.transfer_per_gb})
    *price = at_rate(*price, c.factor);
  return out;
}

// The chosen service in the catalogue's currency: itself, or a copy re-priced at the book's
// rate into `slot`; null (and an error) when the book has no rate between the two.
const ManagedService* in_currency(ObjectReader& r, const char* role, const ManagedService* found,
                                  const std::string& currency, const CurrencyBook* book,
                                  std::optional<ServiceInCurrency>& slot) {
  if (found == nullptr || currency.empty() || found->currency == currency) return found;
  const std::optional<Conversion> c = conversion_between(book, found->currency, currency);
  if (!c) {
    r.fail(role, std::string(kBillsIn) + found->currency + " (" + found->label + ") and this catalogue prices in " +
                     currency + ", and content/currencies.json has no rate between them: choose a catalogue in " +
                     found->currency + " or leave the service out");
    return nullptr;
  }
  slot = ServiceInCurrency{repriced(*found, *c), *c};
  return &slot->service;
}

}  // namespace

ChosenServices read_services(const Value* services, const std::vector<ManagedService>* known,
                             const std::string& currency, const CurrencyBook* book,
                             std::shared_ptr<const ServicesInCurrency>& converted, std::vector<FieldError>& errors) {
  ChosenServices chosen;
  if (services == nullptr) return chosen;
  ObjectReader r(*services, "services", errors);
  if (!r.valid()) return chosen;
  auto own = std::make_shared<ServicesInCurrency>();
  chosen.database = in_currency(r, "database", choose(r, "database", known), currency, book, own->database);
  chosen.cache = in_currency(r, "cache", choose(r, "cache", known), currency, book, own->cache);
  r.reject_unknown();
  if (own->database || own->cache) converted = std::move(own);
  return chosen;
}

const Conversion* service_conversion(const TimelineInput& in, const ManagedService& s) {
  if (!in.services_in_currency) return nullptr;
  for (const std::optional<ServiceInCurrency>* slot :
       {&in.services_in_currency->database, &in.services_in_currency->cache})
    if (*slot && &(*slot)->service == &s) return &(*slot)->conversion;
  return nullptr;
}

bool about_the_catalogue_currency(const FieldError& e) {
  return e.field.rfind("services.", 0) == 0 && e.message.rfind(kBillsIn, 0) == 0;
}

}  // namespace rightsize::detail
