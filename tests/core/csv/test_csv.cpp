// The CSV tables now live in the core (the CLI and the model module both print them): their
// counts must read exactly as the CLI's JSON prints the same values, their amounts as
// currency units to the cent, and the table must carry every month of the document it came from.
#include <string>
#include <utility>
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

TEST_CASE("csv amounts are currency units with two decimals, every digit kept") {
  const std::vector<std::pair<double, std::string>> cases = {{0, "0.00"},
                                                             {-0.0, "0.00"},
                                                             {5, "0.05"},
                                                             {50, "0.50"},
                                                             {100, "1.00"},
                                                             {1679, "16.79"},
                                                             {-1679, "-16.79"},
                                                             {2602450, "26024.50"},
                                                             {9007199254740993.0, "90071992547409.92"},
                                                             {1.2e16, "120000000000000.00"},
                                                             {18446744073709549568.0, "184467440737095495.68"},
                                                             {1.2345e20, "1.2345e+18"},
                                                             {18446744073709551616.0, "1.8446744073709552e+17"},
                                                             {16.6, "0.17"}};
  for (const auto& [cents, text] : cases) {
    CAPTURE(cents);
    const Value v = Value::of_number(cents);
    CHECK(rightsize::detail::csv_units(&v) == text);
  }
  const Value huge = Value::of_number(1e300);
  CHECK(rightsize::detail::csv_units(&huge) == "1.0000000000000001e+298");
  const Value text = Value::of_string("12");
  CHECK(rightsize::detail::csv_units(&text).empty());
  CHECK(rightsize::detail::csv_units(nullptr).empty());
}

TEST_CASE("the timeline table: one row per month, amounts in the catalogue's currency, named in each row") {
  const Value doc = test_support::parse(R"({"provider": {"currency": "USD"}, "months": [
    {"month": 1, "users": 100, "stage": 1, "cost_cents": 1679, "cumulative_cents": 1679,
     "components": [{"role": "app", "cost_cents": 1500}, {"role": "storage", "cost_cents": 179}],
     "estimated_components": []},
    {"month": 2, "users": 150, "stage": 2, "cost_cents": 4005, "cumulative_cents": 5684,
     "components": [{"role": "app", "cost_cents": 1500}, {"role": "database", "cost_cents": 2500},
                    {"role": "transfer", "cost_cents": 5}],
     "estimated_components": ["database"]}]})");
  CHECK(rightsize::timeline_csv(doc) ==
        "month,users,stage,currency,cost,cumulative,app,database,cache,load_balancer,storage,transfer,"
        "estimated_components\n"
        "1,100,1,USD,16.79,16.79,15.00,0.00,0.00,0.00,1.79,0.00,\n"
        "2,150,2,USD,40.05,56.84,15.00,25.00,0.00,0.00,0.00,0.05,database\n");
}

TEST_CASE("with a display currency, every amount of the table is the display currency's, components included") {
  const Value doc = test_support::parse(R"({"provider": {"currency": "USD"}, "months": [
    {"month": 1, "users": 100, "stage": 1, "cost_cents": 1679, "cumulative_cents": 1679,
     "cost_display_cents": 2602450, "cumulative_display_cents": 2602450,
     "components": [{"role": "app", "cost_cents": 1500, "cost_display_cents": 2325000},
                    {"role": "storage", "cost_cents": 179, "cost_display_cents": 277450}],
     "estimated_components": ["app", "storage"]}],
    "currency": {"code": "NGN"}})");
  CHECK(rightsize::timeline_csv(doc) ==
        "month,users,stage,currency,cost,cumulative,app,database,cache,load_balancer,storage,transfer,"
        "estimated_components\n"
        "1,100,1,NGN,26024.50,26024.50,23250.00,0.00,0.00,0.00,2774.50,0.00,app;storage\n");
}

TEST_CASE("the comparison table: amounts in currency units, the currency named in each row") {
  const Value doc =
      test_support::parse(R"({"providers": [{"name": "a", "currency": "USD"}, {"name": "b", "currency": "USD"}],
    "months": [{"month": 1, "users": 100, "cheapest": "b", "costs": {
      "a": {"stage": 1, "cost_cents": 1679, "cumulative_cents": 1679},
      "b": {"stage": 1, "cost_cents": 1200, "cumulative_cents": 1200}}},
     {"month": 2, "users": 150, "cheapest": "b", "costs": {
      "a": {"stage": 2, "cost_cents": 4005, "cumulative_cents": 5684},
      "b": {"stage": 1, "cost_cents": 5, "cumulative_cents": 1205}}}]})");
  CHECK(rightsize::compare_csv(doc) ==
        "month,users,currency,a_stage,a_cost,a_cumulative,b_stage,b_cost,b_cumulative,cheapest\n"
        "1,100,USD,1,16.79,16.79,1,12.00,12.00,b\n"
        "2,150,USD,2,40.05,56.84,1,0.05,12.05,b\n");
}

TEST_CASE("the comparison table with a display currency: every amount is the display currency's") {
  const Value doc = test_support::parse(R"({"providers": [{"name": "a", "currency": "USD"}],
    "currency": {"code": "EUR"},
    "months": [{"month": 1, "users": 5000, "cheapest": "a", "costs": {
      "a": {"stage": 1, "cost_cents": 2247, "cost_display_cents": 1926,
            "cumulative_cents": 2247, "cumulative_display_cents": 1926}}}]})");
  CHECK(rightsize::compare_csv(doc) ==
        "month,users,currency,a_stage,a_cost,a_cumulative,cheapest\n"
        "1,5000,EUR,1,19.26,19.26,a\n");
}
