// Version 2 of the share format: version 1's tables (share_v1.hpp) unchanged, and the input
// fields that came after it, numbered on from version 1's last bit. Fixed forever, as
// version 1 is: a field here may not be moved or removed, and a field an input gains later
// needs version 3. A fragment is written as version 1 whenever it stores none of these
// fields, so every input version 1 holds keeps the link it always had (share-format.md).
#pragma once

#include "share_v1.hpp"

namespace rightsize::detail::share {

// Today's cache engines (the catalogues' cache_engine and other_cache_engines names).
constexpr const char* kCacheEngineList[] = {"redis-oss", "valkey", "redis-on-droplet"};
constexpr Names kCacheEngineNames{kCacheEngineList, sizeof kCacheEngineList / sizeof *kCacheEngineList};

// Bits 19 and 20 of the input object: kInput's fields come first.
constexpr Field kInputFieldsSince2[] = {
    {"cache_engine", Kind::name, nullptr, &kCacheEngineNames},
    number("budget_display_cents"),
};
constexpr Table kInputSince2{kInputFieldsSince2, sizeof kInputFieldsSince2 / sizeof *kInputFieldsSince2};

// The version a fragment is written in, and the newest this build reads.
constexpr char kVersion1 = '1';
constexpr char kVersion2 = '2';

}  // namespace rightsize::detail::share
