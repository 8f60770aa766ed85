// What reading one file found: its format, how many lines it gave and skipped (the first
// few with the reason), and what was wrong with it as a whole.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rightsize {

struct SkippedLine {
  std::uint64_t line = 0;  // 1-based; for CSV, the line its record starts on
  std::string reason;
};

struct InputReport {
  static constexpr size_t kListed = 5;  // skipped lines named one by one; the rest are counted

  std::string file;    // the name the reader gave it
  std::string format;  // detected or forced; empty when none could be told
  std::uint64_t bytes = 0;
  std::uint64_t lines_read = 0, lines_skipped = 0;
  std::vector<SkippedLine> skipped;   // the first kListed
  std::vector<std::string> notes;     // wrong, but the file still counted
  std::vector<std::string> problems;  // why the file gave nothing, or lacks what it should give

  void skip(std::uint64_t line, const char* reason) {
    ++lines_skipped;
    if (skipped.size() < kListed) skipped.push_back({line, reason});
  }
};

}  // namespace rightsize
