// Display currencies: content/currencies.json read and checked like a price catalogue, and a
// timeline's amounts shown in a second currency beside the catalogue's, at the stated rate.
#include "support.hpp"

using json = nlohmann::ordered_json;

namespace {

std::string book_errors(const std::string& entry) {
  const std::string doc = R"({"base": "USD", "currencies": [)" + entry + "]}";
  auto r = rightsize::read_currency_book(test_support::parse(doc));
  std::string out;
  for (const auto& e : r.errors) out += e.field + ": " + e.message + "\n";
  return out;
}

const char* const kRate =
    R"({"code": "NGN", "name": "Naira", "per_usd": 1400, "rate_date": "2026-04-15", "source": "s", "read_on": "2026-11-28")";

json timeline_ok(const std::string& input) {
  const json doc = test_support::timeline(input);
  REQUIRE_MESSAGE(doc["ok"] == true, doc.dump());
  return doc["result"];
}

}  // namespace

TEST_CASE(
    "currencies: content/currencies.json has a dated, sourced default for each currency the guide's readers use") {
  const auto& book = test_support::currencies();
  for (const char* code : {"NGN", "EUR", "GBP", "KES", "ZAR", "INR", "GHS"}) {
    CAPTURE(code);
    const auto* rate = book.find(code);
    REQUIRE(rate != nullptr);
    CHECK(rate->per_usd > 0);
    CHECK(rate->rate_date.size() == 10);
    CHECK_FALSE(rate->source.empty());
  }
}

TEST_CASE("currencies: the book refuses a rate without its source, date or basis") {
  CHECK(book_errors(std::string(kRate) + "}") == "");
  CHECK(
      book_errors(
          R"({"code": "NGN", "name": "Naira", "per_usd": 1400, "rate_date": "2026-04-15", "read_on": "2026-11-28"})") ==
      "currencies[0].source: is required\n");
  CHECK(book_errors(std::string(kRate) + R"(, "confidence": "estimate"})") ==
        "currencies[0].basis: an estimate must say what it was derived from and the evidence for it\n");
  CHECK(
      book_errors(
          R"({"code": "naira", "name": "Naira", "per_usd": 0, "rate_date": "April", "source": "s", "read_on": "2026-11-28"})") ==
      "currencies[0].code: an ISO 4217 code: three capital letters (got \"naira\")\n"
      "currencies[0].per_usd: must be between 0.000001 and 1000000000 (got 0)\n"
      "currencies[0].rate_date: must be a date written YYYY-MM-DD (got \"April\")\n");
  CHECK(book_errors(std::string(kRate) + "}, " + kRate + "}") ==
        "currencies[1].code: \"NGN\" is listed twice (or is the base)\n");
}

TEST_CASE("currencies: a timeline shows every amount in the reader's currency too, at the rate it names") {
  const json usd = timeline_ok(R"({"users": 1000, "months": 6, "growth": {"monthly_pct": 30}, "budget_cents": 2000})");
  const json ngn = timeline_ok(
      R"({"users": 1000, "months": 6, "growth": {"monthly_pct": 30}, "budget_cents": 2000, "currency": {"code": "NGN", "per_usd": 1550}})");
  // The model still computes in the catalogue's currency: the same months, the same cents.
  for (size_t i = 0; i < usd["months"].size(); ++i) {
    const json& a = usd["months"][i];
    const json& b = ngn["months"][i];
    CHECK(a["cost_cents"] == b["cost_cents"]);
    CHECK(b["cost_display_cents"].get<double>() == std::round(a["cost_cents"].get<double>() * 1550));
    CHECK(b["cumulative_display_cents"].get<double>() == std::round(a["cumulative_cents"].get<double>() * 1550));
    for (size_t k = 0; k < a["components"].size(); ++k)
      CHECK(b["components"][k]["cost_display_cents"].get<double>() ==
            std::round(a["components"][k]["cost_cents"].get<double>() * 1550));
  }
  CHECK(ngn["budget_display_cents"] == 2000 * 1550);
  CHECK(ngn["overengineering"]["staged_display_cents"].get<double>() ==
        std::round(usd["overengineering"]["staged_cents"].get<double>() * 1550));
  const json& c = ngn["currency"];
  CHECK(c["code"] == "NGN");
  CHECK(c["per_usd"] == 1550);
  CHECK(c["rate_from"] == "input");
  CHECK(c["rate_date"].is_null());  // a typed rate has no date; the default's is beside it
  CHECK(c["default_per_usd"] == test_support::currencies().find("NGN")->per_usd);
  CHECK(c["default_rate_date"] == test_support::currencies().find("NGN")->rate_date);
  CHECK(usd.find("currency") == usd.end());
}

TEST_CASE("currencies: without per_usd the book's default rate is used, and named with its date and source") {
  const json t = timeline_ok(R"({"users": 1000, "months": 1, "currency": {"code": "KES"}})");
  const auto* kes = test_support::currencies().find("KES");
  CHECK(t["currency"]["per_usd"] == kes->per_usd);
  CHECK(t["currency"]["rate_from"] == "content/currencies.json");
  CHECK(t["currency"]["rate_date"] == kes->rate_date);
  CHECK(t["currency"]["rate_source"] == kes->source);
  CHECK(t["months"][0]["cost_display_cents"].get<double>() ==
        std::round(t["months"][0]["cost_cents"].get<double>() * kes->per_usd));
  const json usd = timeline_ok(R"({"users": 1000, "months": 1, "currency": {"code": "USD"}})");
  CHECK(usd["months"][0]["cost_display_cents"] == usd["months"][0]["cost_cents"]);
}

TEST_CASE("currencies: a budget given in the display currency is converted at its rate and shown as given") {
  // 500,000 naira at 1,550 to the dollar: 32,258 cents, the first month over it the same as
  // for that budget in cents; the display budget is the amount given, not 32,258 x 1,550.
  const json given = timeline_ok(
      R"({"users": 1000, "months": 24, "growth": {"monthly_pct": 30}, "budget_display_cents": 50000000, "currency": {"code": "NGN", "per_usd": 1550}})");
  const json cents = timeline_ok(
      R"({"users": 1000, "months": 24, "growth": {"monthly_pct": 30}, "budget_cents": 32258, "currency": {"code": "NGN", "per_usd": 1550}})");
  CHECK(given["budget_cents"] == 32258);
  CHECK(given["budget_display_cents"] == 50000000);
  CHECK(cents["budget_display_cents"] == 32258 * 1550);
  CHECK(given["budget_exceeded_month"] == cents["budget_exceeded_month"]);
  CHECK(!given["budget_exceeded_month"].is_null());
  // At the book's default rate, and without a display currency (the catalogue's own).
  const double kes = test_support::currencies().find("KES")->per_usd;
  const json book =
      timeline_ok(R"({"users": 1000, "months": 2, "budget_display_cents": 1000000, "currency": {"code": "KES"}})");
  CHECK(book["budget_cents"].get<double>() == std::round(1000000 / kes));
  CHECK(book["budget_display_cents"] == 1000000);
  const json plain = timeline_ok(R"({"users": 1000, "months": 2, "budget_display_cents": 2500})");
  CHECK(plain["budget_cents"] == 2500);
  // A comparison takes it too.
  const json compared = test_support::compare(
      R"({"users": 1000, "months": 3, "budget_display_cents": 50000000, "currency": {"code": "NGN", "per_usd": 1550}})");
  REQUIRE(compared["ok"] == true);
  CHECK(compared["result"]["budget_cents"] == 32258);
  CHECK(compared["result"]["budget_display_cents"] == 50000000);
}

TEST_CASE("currencies: a budget is given once, in whole cents") {
  const json both = test_support::timeline(
      R"({"users": 1, "budget_cents": 100, "budget_display_cents": 100, "currency": {"code": "NGN"}})");
  REQUIRE(both["ok"] == false);
  CHECK(both["errors"][0]["field"] == "budget_display_cents");
  CHECK(both["errors"][0]["message"].get<std::string>().find("not both") != std::string::npos);
  const json part = test_support::timeline(R"({"users": 1, "budget_display_cents": 10.5})");
  REQUIRE(part["ok"] == false);
  CHECK(part["errors"][0]["field"] == "budget_display_cents");
  // Tiny rates cannot overflow the catalogue's cents.
  const json huge = test_support::timeline(
      R"({"users": 1, "budget_display_cents": 1000000000000000, "currency": {"code": "NGN", "per_usd": 0.000001}})");
  REQUIRE(huge["ok"] == false);
  CHECK(huge["errors"][0]["field"] == "budget_display_cents");
}

TEST_CASE("currencies: a bad currency names the field") {
  auto fields = [](const std::string& input) {
    const json doc = test_support::timeline(input);
    std::string out;
    if (doc["ok"] == false)
      for (const auto& e : doc["errors"]) out += (out.empty() ? "" : " ") + e["field"].get<std::string>();
    return out;
  };
  CHECK(fields(R"({"users": 1, "currency": {"code": "XOF"}})") == "currency.per_usd");
  CHECK(fields(R"({"users": 1, "currency": {"code": "XOF", "per_usd": 600}})") == "");
  CHECK(fields(R"({"users": 1, "currency": {"code": "naira", "per_usd": -1, "rate": 3}})") ==
        "currency.per_usd currency.rate currency.code");
  CHECK(fields(R"({"users": 1, "currency": "NGN"})") == "currency");
  CHECK(fields(R"({"users": 1, "currency": {}})") == "currency.code");
  CHECK(fields(R"({"users": 1, "currency": {"code": "NGN", "spread_pct": -5}})") == "currency.spread_pct");
  CHECK(fields(R"({"users": 1, "currency": {"code": "NGN", "spread_pct": "wide"}})") == "currency.spread_pct");
  CHECK(fields(R"({"users": 1, "currency": {"code": "NGN", "drift_pct_per_year": -95}})") ==
        "currency.drift_pct_per_year");
}

namespace {

// The guide's readers in Lagos: a naira budget over two years of growth, with a band whose
// growth is nearly certain, so what spreads it is the rate.
json naira_band(const std::string& currency) {
  return timeline_ok(R"({"users": 5000, "months": 24, "provider": "aws-af-south-1", "growth": {"monthly_pct": 8},
      "budget_display_cents": 17000000, "uncertainty": {"growth_sd_pct": 0.5}, "currency": )" +
                     currency + "}");
}

double spread_of(const json& month) {
  return month["p90_cost_display_cents"].get<double>() / month["p10_cost_display_cents"].get<double>();
}

}  // namespace

TEST_CASE("currencies: with the band, each path draws its own rate, and the band widens with the rate's spread") {
  const json fixed = naira_band(R"({"code": "NGN", "drift_pct_per_year": 0, "spread_pct": 0})");
  const json narrow = naira_band(R"({"code": "NGN", "drift_pct_per_year": 0, "spread_pct": 10})");
  const json wide = naira_band(R"({"code": "NGN", "drift_pct_per_year": 0, "spread_pct": 40})");
  // The growth paths are the same whatever the rate does: the catalogue's band is unchanged.
  CHECK(fixed["band"].size() == 24);
  for (size_t m = 0; m < 24; ++m) {
    CAPTURE(m);
    CHECK(fixed["band"][m]["p50_cost_cents"] == wide["band"][m]["p50_cost_cents"]);
    CHECK(fixed["band"][m]["p90_cost_cents"] == wide["band"][m]["p90_cost_cents"]);
  }
  // Month 1 is today's rate on every path; later months spread further the wider the rate moves.
  CHECK(spread_of(fixed["band"][0]) == doctest::Approx(spread_of(wide["band"][0])));
  CHECK(spread_of(narrow["band"][23]) > spread_of(fixed["band"][23]));
  CHECK(spread_of(wide["band"][23]) > spread_of(narrow["band"][23]) * 1.5);
  // Without movement the display band is the catalogue's at the one rate.
  const double rate = fixed["currency"]["per_catalogue_unit"];
  CHECK(fixed["band"][12]["p50_cost_display_cents"].get<double>() ==
        doctest::Approx(fixed["band"][12]["p50_cost_cents"].get<double>() * rate).epsilon(1e-6));
  CHECK(wide["currency"]["movement_from"] == "input");
}

TEST_CASE("currencies: a drift moves the median path's rate by that much a year") {
  const json fixed = naira_band(R"({"code": "NGN", "drift_pct_per_year": 0, "spread_pct": 0})");
  const json drifting = naira_band(R"({"code": "NGN", "drift_pct_per_year": 20, "spread_pct": 0})");
  // Month 13 is a year on: every path's amount is 1.2 times the fixed rate's.
  CHECK(drifting["band"][12]["p50_cost_display_cents"].get<double>() ==
        doctest::Approx(fixed["band"][12]["p50_cost_display_cents"].get<double>() * 1.2).epsilon(1e-4));
  // The central timeline stays at today's rate: the movement is the band's.
  CHECK(drifting["months"][12]["cost_display_cents"] == fixed["months"][12]["cost_display_cents"]);
}

TEST_CASE("currencies: the band gives the months a naira budget breaks, earlier as the naira weakens") {
  const json fixed = naira_band(R"({"code": "NGN", "drift_pct_per_year": 0, "spread_pct": 0})");
  const json weakening = naira_band(R"({"code": "NGN", "drift_pct_per_year": 40, "spread_pct": 20})");
  REQUIRE(fixed.contains("budget_band"));
  const json& a = fixed["budget_band"];
  const json& b = weakening["budget_band"];
  CHECK(b["share_over"].get<double>() > a["share_over"].get<double>());
  REQUIRE(b["p10_month"].is_number());
  CHECK((a["p10_month"].is_null() || b["p10_month"].get<int>() < a["p10_month"].get<int>()));
  // The book's own movement for the naira is used when the reader gives none, and named.
  const json book = naira_band(R"({"code": "NGN"})");
  CHECK(book["currency"]["movement_from"] == "content/currencies.json");
  CHECK(book["currency"]["spread_pct"].get<double>() > 0);
  CHECK_FALSE(book["currency"]["movement_source"].get<std::string>().empty());
}

TEST_CASE("currencies: a budget without a display currency breaks on the growth paths alone") {
  const json doc = timeline_ok(
      R"({"users": 5000, "months": 24, "growth": {"monthly_pct": 8}, "budget_cents": 6000, "uncertainty": {}})");
  REQUIRE(doc.contains("budget_band"));
  const json& b = doc["budget_band"];
  // The path by path months bracket the expected path's.
  REQUIRE(doc["budget_exceeded_month"].is_number());
  REQUIRE(b["p10_month"].is_number());
  CHECK(b["p10_month"].get<int>() <= doc["budget_exceeded_month"].get<int>());
  CHECK((b["p90_month"].is_null() || b["p90_month"].get<int>() >= doc["budget_exceeded_month"].get<int>()));
}

TEST_CASE("currencies: a comparison shows its amounts in the reader's currency too") {
  const json doc = test_support::compare(R"({"users": 1000, "months": 3, "currency": {"code": "EUR"}})");
  REQUIRE(doc["ok"] == true);
  const json& r = doc["result"];
  const double rate = test_support::currencies().find("EUR")->per_usd;
  CHECK(r["currency"]["code"] == "EUR");
  for (const json& p : r["providers"])
    CHECK(p["total_display_cents"].get<double>() == std::round(p["total_cents"].get<double>() * rate));
  for (const auto& [name, cost] : r["months"][0]["costs"].items())
    CHECK(cost["cost_display_cents"].get<double>() == std::round(cost["cost_cents"].get<double>() * rate));
}
