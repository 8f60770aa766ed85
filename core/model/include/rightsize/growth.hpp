// How many users each month: compound monthly growth, or milestones interpolated at a
// constant growth rate between them.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace rightsize {

// A milestone's key is its month, 1 to this, written without leading zeros: the timeline
// and share links read keys alike (a CLI test holds them together).
inline constexpr int kLastMilestoneMonth = 9999;
inline constexpr const char* kNotMilestoneMonth =
    "a milestone's key is its month: a whole number from 1 to 9999, without leading zeros";

// The month a milestone's key names, or 0 when it names none.
inline int milestone_month(std::string_view key) {
  if (key.empty() || key.size() > 4 || key[0] == '0') return 0;
  int month = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return 0;
    month = month * 10 + (c - '0');
  }
  return month <= kLastMilestoneMonth ? month : 0;
}

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
