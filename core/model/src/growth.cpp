#include "rightsize/growth.hpp"

#include <cstddef>

namespace rightsize {

double nth_root(double x, int n) {
  if (n <= 1) return x;
  if (x <= 0) return 0;
  // Bisection: slower than Newton but it cannot diverge, and 200 halvings exhaust a
  // double's precision for any x and n a timeline can ask for.
  double lo = x < 1 ? x : 1, hi = x < 1 ? 1 : x;
  for (int i = 0; i < 200; ++i) {
    const double mid = lo + (hi - lo) / 2;
    if (mid == lo || mid == hi) break;
    double power = 1;
    for (int k = 0; k < n; ++k) power *= mid;  // may reach infinity, which compares fine
    (power > x ? hi : lo) = mid;
  }
  return lo + (hi - lo) / 2;
}

namespace {

// Users at `month` on the segment from (m0, u0) to (m1, u1), at a constant growth rate,
// or in a straight line when either end is zero.
double between(int m0, double u0, int m1, double u1, int month) {
  if (m1 <= m0) return u1;
  const int steps = month - m0;
  if (u0 <= 0 || u1 <= 0) return u0 + (u1 - u0) * steps / (m1 - m0);
  const double factor = nth_root(u1 / u0, m1 - m0);
  double u = u0;
  for (int i = 0; i < steps; ++i) u *= factor;
  return month == m1 ? u1 : u;
}

}  // namespace

namespace {
// Compound growth over ten years can pass any real audience; the model stops there.
constexpr double kMaxUsers = 1e12;
}  // namespace

std::vector<double> users_by_month(const Growth& growth, double start_users, int months) {
  std::vector<double> users(static_cast<std::size_t>(months));
  if (!growth.by_milestones) {
    const double factor = 1 + growth.monthly_pct / 100;
    double u = start_users;
    for (int m = 0; m < months; ++m, u *= factor) users[static_cast<std::size_t>(m)] = u < kMaxUsers ? u : kMaxUsers;
    return users;
  }
  std::vector<std::pair<int, double>> points;
  if (growth.milestones.empty() || growth.milestones.front().first > 1) points.emplace_back(1, start_users);
  points.insert(points.end(), growth.milestones.begin(), growth.milestones.end());
  std::size_t seg = 0;
  for (int m = 1; m <= months; ++m) {
    while (seg + 1 < points.size() && points[seg + 1].first <= m) ++seg;
    const auto& [m0, u0] = points[seg];
    const double u = seg + 1 < points.size() ? between(m0, u0, points[seg + 1].first, points[seg + 1].second, m) : u0;
    users[static_cast<std::size_t>(m - 1)] = u < kMaxUsers ? u : kMaxUsers;
  }
  return users;
}

}  // namespace rightsize
