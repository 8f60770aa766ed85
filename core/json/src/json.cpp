#include "rightsize/json.hpp"

#include <cmath>

namespace rightsize {

Value from_json(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::boolean: return Value::of_bool(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
    case nlohmann::ordered_json::value_t::number_float: return Value::of_number(j.get<double>());
    case nlohmann::ordered_json::value_t::string: return Value::of_string(j.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      Value out = Value::array();
      for (const auto& item : j) out.push(from_json(item));
      return out;
    }
    case nlohmann::ordered_json::value_t::object: {
      Value out = Value::object();
      for (const auto& [key, item] : j.items()) out.set(key, from_json(item));
      return out;
    }
    default: return Value();
  }
}

nlohmann::ordered_json to_json(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null: return nullptr;
    case Value::Kind::boolean: return v.boolean;
    case Value::Kind::number:
      // Whole numbers (counts, cents) print without a decimal point.
      if (std::floor(v.number) == v.number && std::fabs(v.number) < 9.0e15) return static_cast<long long>(v.number);
      return v.number;
    case Value::Kind::string: return v.text;
    case Value::Kind::array: {
      nlohmann::ordered_json out = nlohmann::ordered_json::array();
      for (const Value& item : v.items) out.push_back(to_json(item));
      return out;
    }
    case Value::Kind::object: {
      nlohmann::ordered_json out = nlohmann::ordered_json::object();
      for (const Member& m : v.members) out[m.key] = to_json(m.value);
      return out;
    }
  }
  return nullptr;
}

namespace {

// No input of ours nests deeper than a few levels; a limit keeps a hostile document from
// exhausting the stack in the parser or in from_json.
constexpr int kMaxDepth = 64;
struct TooDeep {};

std::string where(std::string_view text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

Result<Value> parse_json_text(std::string_view text, const std::string& field) {
  Result<Value> result;
  const auto limit_depth = [](int depth, nlohmann::ordered_json::parse_event_t, nlohmann::ordered_json&) {
    if (depth > kMaxDepth) throw TooDeep{};
    return true;
  };
  try {
    // ordered_json keeps the file's key order, so errors are listed in reading order.
    result.value = from_json(nlohmann::ordered_json::parse(text.begin(), text.end(), limit_depth));
  } catch (const nlohmann::ordered_json::parse_error& e) {
    result.errors.push_back({field, "malformed JSON at " + where(text, e.byte) + " (not valid JSON text)"});
  } catch (const nlohmann::ordered_json::out_of_range&) {
    result.errors.push_back({field, "a number in the JSON text is too large to represent"});
  } catch (const TooDeep&) {
    result.errors.push_back({field, "the JSON text nests more than " + std::to_string(kMaxDepth) + " levels deep"});
  }
  return result;
}

}  // namespace rightsize
