// Version 3 of the share format: version 2's tables unchanged, two input fields numbered on
// from version 2's last bit (how a team pays: a commitment and managed services), and two
// fields the currency object gains after version 1's (how the rate may move). Fixed
// forever, as versions 1 and 2 are. A fragment is written as version 3 only when it stores
// one of these fields, so every input version 2 holds keeps the link it always had.
#pragma once

#include "share_v2.hpp"

namespace rightsize::detail::share {

// The managed services a timeline may price instead of the catalogue's own ("services").
constexpr const char* kDatabaseServiceList[] = {"neon"};
constexpr Names kDatabaseServiceNames{kDatabaseServiceList, 1};
constexpr const char* kCacheServiceList[] = {"upstash"};
constexpr Names kCacheServiceNames{kCacheServiceList, 1};

constexpr Field kCommitmentFields[] = {number("from_month")};
constexpr Table kCommitment{kCommitmentFields, 1};

constexpr Field kServicesFields[] = {
    {"database", Kind::name, nullptr, &kDatabaseServiceNames},
    {"cache", Kind::name, nullptr, &kCacheServiceNames},
};
constexpr Table kServices{kServicesFields, 2};

// Bits 21 and 22 of the input object: kInput's and kInputSince2's fields come first.
constexpr Field kInputFieldsSince3[] = {
    {"commitment", Kind::object, &kCommitment},
    {"services", Kind::object, &kServices},
};
constexpr Table kInputSince3{kInputFieldsSince3, 2};

// Bits 2 and 3 of the currency object: kCurrency's fields come first.
constexpr Field kCurrencyFieldsSince3[] = {number("drift_pct_per_year"), number("spread_pct")};
constexpr Table kCurrencySince3{kCurrencyFieldsSince3, 2};

constexpr char kVersion3 = '3';

}  // namespace rightsize::detail::share
