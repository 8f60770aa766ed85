// Shared by the measure fuzzers: the first byte of the input picks the options and how the
// rest is cut into chunks; the rest is the file. Reading it whole and in chunks must give
// the same document, and nothing may crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "rightsize/json.hpp"
#include "rightsize/measure.hpp"

namespace fuzz_measure {

inline rightsize::Value load(const std::string& relative) {
  std::ifstream in(std::string(RIGHTSIZE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return *rightsize::parse_json_text(text).value;
}

inline std::string document(rightsize::MeasureKind kind, const rightsize::MeasureFileOptions& options,
                            std::string_view text, size_t chunk) {
  static const rightsize::MeasureSettings settings =
      *rightsize::read_measure_settings(load("content/measure.json")).value;
  static const rightsize::AssumptionBook book =
      *rightsize::read_assumption_book(load("content/assumptions.json")).value;
  rightsize::Measurement m(settings, &book);
  if (!m.begin(kind, "fuzz", options).empty()) std::abort();
  for (size_t at = 0; at < text.size(); at += chunk) m.feed(text.substr(at, chunk));
  return rightsize::to_json(m.document()).dump();
}

// Runs one input through `kind`, with formats[control % count] forced ("" detects).
template <size_t N>
int run(rightsize::MeasureKind kind, const char* const (&formats)[N], const std::uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::uint8_t control = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  rightsize::MeasureFileOptions options;
  options.format = formats[control % N];
  if (kind == rightsize::MeasureKind::access_log && (control & 0x80)) options.duration_field = "took:us";
  const std::string whole = document(kind, options, text, text.size() + 1);
  const size_t chunk = 1 + (control >> 3) % 13;
  if (document(kind, options, text, chunk) != whole) std::abort();  // chunking must not change a thing
  return 0;
}

}  // namespace fuzz_measure
