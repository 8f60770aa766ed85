// Every validation error of the recommendation input, each naming its field.
#include "support.hpp"

using test_support::error_fields;
using test_support::first_error;

TEST_CASE("metrics: users is required, whole and not negative") {
  CHECK(first_error("{}") == "users: is required");
  CHECK(first_error(R"({"users": null})") == "users: is required");
  CHECK(first_error(R"({"users": -5})") == "users: must be 0 or more (got -5)");
  CHECK(first_error(R"({"users": 10.5})") == "users: must be a whole number (got 10.5)");
  CHECK(first_error(R"({"users": "100"})") == "users: expected a number, got text \"100\"");
  CHECK(first_error(R"({"users": 0})") == "");
  CHECK(first_error(R"({"users": 1e12})") == "");
  CHECK(error_fields(R"({"users": 1e13})") == "users");
}

TEST_CASE("metrics: percentages stay within 0-100") {
  for (const char* field : {"app_cpu_pct", "db_cpu_pct"}) {
    CAPTURE(field);
    const std::string f = field;
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": 100})") == "");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": 0})") == "");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": 100.5})") == f + ": must be between 0 and 100 (got 100.5)");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": -1})") == f + ": must be 0 or more (got -1)");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": "high"})") == f + ": expected a number, got text \"high\"");
  }
}

TEST_CASE("metrics: latencies are milliseconds, never negative") {
  CHECK(first_error(R"({"users": 1, "db_query_ms": -0.5})") == "db_query_ms: must be 0 or more (got -0.5)");
  CHECK(first_error(R"({"users": 1, "p95_ms": -1})") == "p95_ms: must be 0 or more (got -1)");
  CHECK(first_error(R"({"users": 1, "p95_ms": true})") == "p95_ms: expected a number, got true/false");
  CHECK(first_error(R"({"users": 1, "p95_ms": 0, "db_query_ms": 12000})") == "");
}

TEST_CASE("metrics: current_stage is a known stage") {
  CHECK(first_error(R"({"users": 1, "current_stage": 0})") == "current_stage: unknown stage 0: stages run from 1 to 4");
  CHECK(first_error(R"({"users": 1, "current_stage": 5})") == "current_stage: unknown stage 5: stages run from 1 to 4");
  CHECK(first_error(R"({"users": 1, "current_stage": 2.5})") ==
        "current_stage: unknown stage 2.5: stages run from 1 to 4");
  CHECK(first_error(R"({"users": 1, "current_stage": "two"})") == "current_stage: expected a number, got text \"two\"");
  CHECK(test_support::metrics(R"({"users": 1})").current_stage == 1);
  CHECK(test_support::metrics(R"({"users": 1, "current_stage": 4})").current_stage == 4);
}

TEST_CASE("metrics: booleans must be true or false") {
  for (const char* field : {"pool_exhausted", "repeated_reads", "slow_changing_data", "db_upgraded", "at_max_instance",
                            "needs_redundancy"}) {
    CAPTURE(field);
    const std::string f = field;
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": "yes"})") == f + ": expected true/false, got text \"yes\"");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": 1})") == f + ": expected true/false, got a number");
    CHECK(first_error(R"({"users": 1, ")" + f + R"(": true})") == "");
  }
}

TEST_CASE("metrics: unknown fields are named, so a typo is not silently ignored") {
  CHECK(first_error(R"({"users": 1, "db_cpu": 70})") == "db_cpu: unknown field");
}

TEST_CASE("metrics: the input must be an object") {
  CHECK(first_error("[]") == "input: expected an object of named fields, got a list");
  CHECK(first_error("42") == "input: expected an object of named fields, got a number");
}

TEST_CASE("metrics: every bad field is reported, not just the first") {
  CHECK(error_fields(R"({"users": -1, "app_cpu_pct": 101, "db_cpu_pct": "x", "current_stage": 9, "extra": 1})") ==
        "users current_stage app_cpu_pct db_cpu_pct extra");
}
