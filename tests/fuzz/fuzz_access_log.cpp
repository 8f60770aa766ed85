// libFuzzer: any bytes as an access log, detected or forced to each format.
#include "fuzz_measure.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kFormats[] = {"", "nginx", "apache", "jsonl"};
  return fuzz_measure::run(rightsize::MeasureKind::access_log, kFormats, data, size);
}
