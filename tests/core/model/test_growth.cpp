// Growth: compound rates and milestones, month by month.
#include "support.hpp"

#include "rightsize/growth.hpp"

using namespace rightsize;

TEST_CASE("growth: compound monthly percentage") {
  Growth g;
  g.monthly_pct = 10;
  const auto u = users_by_month(g, 1000, 3);
  REQUIRE(u.size() == 3);
  CHECK(u[0] == 1000);
  CHECK(u[1] == doctest::Approx(1100));
  CHECK(u[2] == doctest::Approx(1210));
  g.monthly_pct = 0;
  CHECK(users_by_month(g, 500, 5).back() == 500);
}

TEST_CASE("growth: milestones are hit exactly and joined at a constant rate") {
  Growth g;
  g.by_milestones = true;
  g.milestones = {{1, 100}, {6, 5000}, {12, 50000}};
  const auto u = users_by_month(g, 100, 14);
  CHECK(u[0] == 100);
  CHECK(u[5] == 5000);
  CHECK(u[11] == 50000);
  CHECK(u[13] == 50000);  // flat after the last milestone
  CHECK(u[6] / u[5] == doctest::Approx(u[7] / u[6]));
  for (size_t i = 1; i < u.size(); ++i) CHECK(u[i] >= u[i - 1]);
  CHECK(nth_root(32, 5) == doctest::Approx(2));
  CHECK(nth_root(1, 7) == 1);
  CHECK(nth_root(10000, 110) == doctest::Approx(1.0872).epsilon(1e-4));  // Newton diverged here (found by fuzzing)
  CHECK(nth_root(0.5, 3) == doctest::Approx(0.7937).epsilon(1e-4));
}

TEST_CASE("growth: a first milestone after month 1 starts from today's users") {
  Growth g;
  g.by_milestones = true;
  g.milestones = {{4, 800}};
  const auto u = users_by_month(g, 100, 4);
  CHECK(u[0] == 100);
  CHECK(u[1] == doctest::Approx(200));
  CHECK(u[3] == 800);
}
