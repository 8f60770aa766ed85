// libFuzzer: any bytes as a pg_stat_statements CSV export.
#include "fuzz_measure.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kFormats[] = {"", "pg_stat_statements"};
  return fuzz_measure::run(rightsize::MeasureKind::queries, kFormats, data, size);
}
