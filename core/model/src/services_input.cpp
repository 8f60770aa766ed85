#include "services_input.hpp"

#include "format.hpp"
#include "object_reader.hpp"

namespace rightsize::detail {

namespace {

// The one message that concerns the catalogue: it starts so and no other does.
constexpr const char* kBillsIn = "bills in ";

// What one US dollar buys of the currency in the book; 0 when the book has no rate for it.
double units_per_usd(const CurrencyBook* book, const std::string& code) {
  if (code == "USD") return 1;
  const CurrencyRate* rate = book != nullptr ? book->find(code) : nullptr;
  return rate != nullptr ? rate->per_usd : 0;
}

// One key of "services": a name among the services that replace that component.
const ManagedService* choose(ObjectReader& r, const char* role, const std::vector<ManagedService>* known,
                             const std::string& currency, const CurrencyBook* book, double& per_unit) {
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
  if (!currency.empty() && found->currency != currency) {
    const double from = units_per_usd(book, found->currency), to = units_per_usd(book, currency);
    if (!(from > 0 && to > 0)) {
      r.fail(role, std::string(kBillsIn) + found->currency + " (" + found->label + ") and this catalogue prices in " +
                       currency + ", and content/currencies.json has no rate between them: choose a catalogue in " +
                       found->currency + " or leave the service out");
      return nullptr;
    }
    per_unit = to / from;
  }
  return found;
}

}  // namespace

ChosenServices read_services(const Value* services, const std::vector<ManagedService>* known,
                             const std::string& currency, const CurrencyBook* book, std::vector<FieldError>& errors) {
  ChosenServices chosen;
  if (services == nullptr) return chosen;
  ObjectReader r(*services, "services", errors);
  if (!r.valid()) return chosen;
  chosen.database = choose(r, "database", known, currency, book, chosen.database_per_unit);
  chosen.cache = choose(r, "cache", known, currency, book, chosen.cache_per_unit);
  r.reject_unknown();
  return chosen;
}

bool about_the_catalogue_currency(const FieldError& e) {
  return e.field.rfind("services.", 0) == 0 && e.message.rfind(kBillsIn, 0) == 0;
}

}  // namespace rightsize::detail
