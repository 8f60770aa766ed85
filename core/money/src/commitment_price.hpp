// Reading an instance's "commitment" and a catalogue's "commitments" (the offers' names).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "object_reader.hpp"
#include "rightsize/pricing.hpp"

namespace rightsize::detail {

// {"hourly": 0.0261, "multi_az_hourly": ..., "source": ..., "read_on": ..., "confidence": ...}
std::optional<CommitmentPrice> read_commitment_price(const Value* v, const std::string& path, double hours,
                                                     std::string& oldest, std::vector<FieldError>& errors);

// {"term": ..., "app": ..., "database": ..., "cache": ...}; required once any instance has a price.
std::optional<CommitmentOffer> read_commitment_offer(const Value* v, std::vector<FieldError>& errors);

}  // namespace rightsize::detail
