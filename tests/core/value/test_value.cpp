#include "support.hpp"

using rightsize::Value;

TEST_CASE("value: objects keep insertion order and set() replaces") {
  Value v = Value::object();
  v.set("b", Value::of_number(1));
  v.set("a", Value::of_number(2));
  v.set("b", Value::of_number(3));
  REQUIRE(v.members.size() == 2);
  CHECK(v.members[0].key == "b");
  CHECK(v.find("b")->number == 3);
  CHECK(v.find("missing") == nullptr);
}

TEST_CASE("json edge: whole numbers print as integers, others keep their fraction") {
  Value v = Value::object();
  v.set("cents", Value::of_number(15000));
  v.set("ratio", Value::of_number(0.25));
  v.set("none", Value());
  CHECK(rightsize::to_json(v).dump() == R"({"cents":15000,"ratio":0.25,"none":null})");
}

TEST_CASE("json edge: round trip keeps kinds") {
  const std::string text = R"({"a":[true,false,null,"x",1.5],"b":{"c":2}})";
  CHECK(rightsize::to_json(test_support::parse(text)).dump() == text);
}

TEST_CASE("json edge: malformed text names the field, line and column") {
  auto r = rightsize::parse_json_text("{\n  \"users\": 10,\n  oops\n}");
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].field == "input");
  CHECK(r.errors[0].message == "malformed JSON at line 3, column 3 (not valid JSON text)");
}

TEST_CASE("json edge: empty input is malformed, not a crash") {
  CHECK_FALSE(rightsize::parse_json_text("").ok());
  CHECK_FALSE(rightsize::parse_json_text("{\"users\": 1").ok());
}

TEST_CASE("json edge: hostile text is an error, not a crash") {
  const auto nested = [](size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); };
  for (size_t levels : {size_t(66), size_t(100000)}) {
    auto r = rightsize::parse_json_text(nested(levels));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].message == "the JSON text nests more than 64 levels deep");
  }
  // The top level and 64 levels inside it.
  CHECK(rightsize::parse_json_text(nested(65)).ok());
  auto big = rightsize::parse_json_text(R"({"users": 1e400})");
  REQUIRE_FALSE(big.ok());
  CHECK(big.errors[0].field == "input");
  CHECK(big.errors[0].message == "a number in the JSON text is too large to represent");
}
