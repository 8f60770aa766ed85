#include "commitment_input.hpp"

#include "object_reader.hpp"
#include "rightsize/commitment.hpp"

namespace rightsize::detail {

void read_commitment(const Value& v, TimelineInput& in, std::vector<FieldError>& errors) {
  ObjectReader r(v, "commitment", errors);
  if (!r.valid()) return;
  const auto month = r.number("from_month", NumberRule{1, static_cast<double>(in.months), true}, true);
  r.reject_unknown();
  if (!month || in.catalogue == nullptr) return;
  CommitmentInput c;
  c.from_month = static_cast<int>(*month);
  const Catalogue& prices = in.catalogue->catalogue;
  // A provider that sells no commitment keeps every month on demand; the output says so.
  if (offers_commitments(prices)) c.prices = std::make_shared<const Catalogue>(committed_catalogue(prices));
  in.commitment = std::move(c);
}

}  // namespace rightsize::detail
