// The CSV tables now live in the core (the CLI and the model module both print them): their
// numbers must read exactly as the CLI's JSON prints the same values, and the table must
// carry every month of the document it came from.
#include <string>
#include <vector>

#include "rightsize/csv.hpp"
#include "support.hpp"

using rightsize::Value;

TEST_CASE("csv numbers print as the JSON output prints the same value") {
  const std::vector<double> values = {
      0,         -0.0, 1,     100,    16.79, -3,      12345678,   8.9e15,     9.0e15, 9.5e15,       1.2e16,      1e17,
      1.2345e20, 0.5,  0.001, 0.0001, 1e-5,  1.0 / 3, 123456.789, 1e15 + 0.5, 2.5e-7, 7415423891e9, 2227134705e9};
  for (double v : values) {
    CAPTURE(v);
    CHECK(rightsize::detail::csv_number(v) == rightsize::to_json(Value::of_number(v)).dump());
  }
}

TEST_CASE("the timeline table has a header and one row per month, with the display currency's columns") {
  const Value doc = test_support::parse(R"({"months": [
    {"month": 1, "users": 100, "stage": 1, "cost_cents": 1679, "cumulative_cents": 1679,
     "cost_display_cents": 2602450, "cumulative_display_cents": 2602450,
     "components": [{"role": "app", "cost_cents": 1500}, {"role": "storage", "cost_cents": 179}],
     "estimated_components": ["app", "storage"]}],
    "currency": {"code": "NGN"}})");
  CHECK(rightsize::timeline_csv(doc) ==
        "month,users,stage,cost_cents,cumulative_cents,cost_display_cents,cumulative_display_cents,app_cents,"
        "database_cents,cache_cents,load_balancer_cents,storage_cents,transfer_cents,estimated_components\n"
        "1,100,1,1679,1679,2602450,2602450,1500,0,0,0,179,0,app;storage\n");
}
