// A seeded generator whose output is the same on every platform: xoshiro256** seeded by
// splitmix64, and a bell curve from a sum of uniforms (no std:: distributions, whose
// output differs between standard libraries, and no transcendental functions).
#pragma once

#include <cstdint>

namespace rightsize {

class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (auto& s : state_) s = splitmix(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

  // Approximately standard normal: the sum of four uniforms (Irwin-Hall), centred and
  // scaled to variance 1; bell-shaped within ±3.46.
  double normal() {
    const double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2) * 1.7320508075688772;  // sqrt(12 / 4)
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::uint64_t state_[4];
};

}  // namespace rightsize
