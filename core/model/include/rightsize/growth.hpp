// How many users each month: compound monthly growth, or milestones interpolated at a
// constant growth rate between them.
#pragma once

#include <utility>
#include <vector>

namespace rightsize {

struct Growth {
  bool by_milestones = false;
  double monthly_pct = 0;
  std::vector<std::pair<int, double>> milestones;  // (month, users), ascending by month
};

// users[0] is month 1. Before the first milestone the curve starts from `start_users`;
// after the last one it stays flat. Users stop at 10^12, whatever the growth.
std::vector<double> users_by_month(const Growth& growth, double start_users, int months);

// x^(1/n) by bisection: only +, *, / so native and WebAssembly agree to the bit.
double nth_root(double x, int n);

}  // namespace rightsize
