// Golden files: expected documents kept in tests/vectors/golden/, compared whole.
// A reviewer reads their diff when a price, an assumption or the model changes.
// `bash scripts/regenerate-goldens.sh` rewrites them (RIGHTSIZE_UPDATE_GOLDENS=1).
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

#include "support.hpp"

namespace test_support {

// JSON laid out for line diffs: a container of plain values that fits on a line stays on
// one line (a month's component, a price), everything else is indented.
inline void write_golden_json(const nlohmann::ordered_json& j, std::string& out, int indent) {
  const auto is_leaf = [](const nlohmann::ordered_json& c) {
    for (const auto& item : c)
      if (item.is_structured()) return false;
    return true;
  };
  if (!j.is_structured() || j.empty() || (is_leaf(j) && j.dump().size() + size_t(indent) <= 110)) {
    out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
    return;
  }
  const std::string pad(size_t(indent + 2), ' ');
  const bool object = j.is_object();
  out += object ? "{\n" : "[\n";
  bool first = true;
  for (auto it = j.begin(); it != j.end(); ++it) {
    out += first ? "" : ",\n";
    first = false;
    out += pad;
    if (object) out += nlohmann::ordered_json(it.key()).dump() + ": ";
    write_golden_json(*it, out, indent + 2);
  }
  out += "\n" + std::string(size_t(indent), ' ') + (object ? "}" : "]");
}

inline bool updating_goldens() {
  const char* flag = std::getenv("RIGHTSIZE_UPDATE_GOLDENS");
  return flag != nullptr && std::string(flag) == "1";
}

// Compares `actual` with tests/vectors/golden/<relative>, or rewrites the file when updating.
inline void check_golden(const std::string& relative, const nlohmann::ordered_json& actual) {
  const std::string path = std::string(RIGHTSIZE_SOURCE_DIR) + "/tests/vectors/golden/" + relative;
  if (updating_goldens()) {
    std::string text;
    write_golden_json(actual, text, 0);
    std::ofstream(path, std::ios::binary) << text << "\n";
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "no golden file " << relative << ": run bash scripts/regenerate-goldens.sh");
  const auto expected = nlohmann::ordered_json::parse(std::string(std::istreambuf_iterator<char>(in), {}));
  if (expected == actual) return;
  // Name the first place they differ, so a failure reads like the golden's diff.
  const auto patch = nlohmann::ordered_json::diff(expected, actual);
  FAIL_CHECK(relative
             << " differs from the golden file at " << patch.front()["path"].get<std::string>() << ": "
             << patch.front().dump() << " (" << patch.size()
             << " differences; if the change is intended, run bash scripts/regenerate-goldens.sh and review the diff)");
}

}  // namespace test_support
