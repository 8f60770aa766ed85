// The native edge: JSON text and nlohmann_json on one side, rightsize::Value on the other.
// The WebAssembly module never links this (the browser's JSON.parse does the work there).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

Value from_json(const nlohmann::ordered_json& j);
nlohmann::ordered_json to_json(const Value& v);

// Parses JSON text; a syntax error names `field` and says where (line and column).
Result<Value> parse_json_text(std::string_view text, const std::string& field = "input");

}  // namespace rightsize
