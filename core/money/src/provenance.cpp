#include "provenance.hpp"

namespace rightsize::detail {

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

void read_provenance(ObjectReader& r, std::string& oldest) {
  r.string("source", true);
  r.object("sources");  // optional per-field sources
  if (auto date = r.string("read_on", true)) {
    if (!is_date(*date))
      r.fail("read_on", "must be a date written YYYY-MM-DD (got \"" + *date + "\")");
    else if (oldest.empty() || *date < oldest)
      oldest = *date;
  }
}

// No estimate goes without the ratio or rule it was derived by and the evidence for it.
Confidence read_confidence(ObjectReader& r) {
  const std::string text = r.string("confidence").value_or("primary");
  Confidence c = Confidence::primary;
  if (text == "third-party") {
    c = Confidence::third_party;
  } else if (text == "estimate") {
    c = Confidence::estimate;
  } else if (text != "primary") {
    r.fail("confidence", "must be \"primary\", \"third-party\" or \"estimate\" (got \"" + text + "\")");
  }
  const std::optional<std::string> basis = r.string("basis");
  if (c == Confidence::estimate && (!basis || basis->empty()))
    r.fail("basis", "an estimate must say what it was derived from and the evidence for it");
  else if (c != Confidence::estimate && basis)
    r.fail("basis", "only an estimate has a basis; a cited price names its source");
  return c;
}

}  // namespace rightsize::detail
