// libFuzzer: any bytes as a CPU series, detected or forced to CSV or sar text.
#include "fuzz_measure.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kFormats[] = {"", "csv", "sar"};
  return fuzz_measure::run(rightsize::MeasureKind::app_cpu, kFormats, data, size);
}
