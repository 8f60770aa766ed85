// Filling the sentence templates of content/rules.json (see rule_text.cpp).
#pragma once

#include <string>

#include "rightsize/rulebook.hpp"

namespace rightsize::detail {

// `self` is the rule whose sentence this is (null for stage texts); on a bad placeholder,
// `error` says why and the text comes back unfilled.
std::string fill_placeholders(const std::string& text, const Rulebook& rules, const Rule* self, std::string& error);

}  // namespace rightsize::detail
