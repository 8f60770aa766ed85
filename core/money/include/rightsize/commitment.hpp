// One-year, no-upfront commitments (Reserved Instances, reserved nodes): what an instance
// costs under one, read from its catalogue entry's "commitment", and the catalogue re-priced
// at those prices for the months a timeline commits.
#pragma once

#include "rightsize/pricing.hpp"

namespace rightsize {

// The catalogue with every instance that has a commitment price billed at it; instances
// without one (and storage, transfer, the load balancer) keep their on-demand prices.
Catalogue committed_catalogue(const Catalogue& c);

// Whether any instance of the catalogue can be committed.
bool offers_commitments(const Catalogue& c);

}  // namespace rightsize
