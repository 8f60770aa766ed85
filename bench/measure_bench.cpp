// The measure readers natively: parse throughput on an access log already in memory, fed
// to a Measurement in 1 MB chunks as the CLI feeds it (the median of five runs); and, with
// --stream, the peak memory of reading a log (or standard input, "-") the way the CLI does.
//   build/native/bin/rightsize_measure_bench LOG [CONTENT_DIR]
//   build/native/bin/rightsize_measure_bench --stream LOG|- [CONTENT_DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "rightsize/json.hpp"
#include "rightsize/measure.hpp"

using namespace rightsize;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The process's peak resident memory (VmHWM), in MB, from Linux's /proc.
double peak_mb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024;
  return -1;
}

// Reads the log in 1 MB chunks, never holding more, and prints the peak memory.
int stream(const std::string& path, const MeasureSettings& settings) {
  std::ifstream file;
  if (path != "-") file.open(path, std::ios::binary);
  std::istream& in = path == "-" ? std::cin : file;
  std::vector<char> buffer(1 << 20);
  Measurement m(settings, nullptr);
  m.begin(MeasureKind::access_log, path, {});
  double bytes = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    m.feed(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
    bytes += static_cast<double>(in.gcount());
  }
  m.document();
  std::printf("peak memory, native, reading %.0f MB: %.1f MB (VmHWM)\n", bytes / 1e6, peak_mb());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool streaming = argc > 2 && std::string(argv[1]) == "--stream";
  if (streaming) ++argv, --argc;
  if (argc < 2) {
    std::fprintf(stderr, "usage: rightsize_measure_bench [--stream] LOG [CONTENT_DIR]\n");
    return 64;
  }
  const std::string dir = argc > 2 ? argv[2] : "content";
  const MeasureSettings settings =
      *read_measure_settings(*parse_json_text(read_file(dir + "/measure.json")).value).value;
  if (streaming) return stream(argv[1], settings);
  const std::string log = read_file(argv[1]);
  constexpr size_t kChunk = 1 << 20;
  std::vector<double> seconds;
  double p95 = 0;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    Measurement m(settings, nullptr);
    m.begin(MeasureKind::access_log, argv[1], {});
    for (size_t at = 0; at < log.size(); at += kChunk) m.feed(std::string_view(log).substr(at, kChunk));
    const Value doc = m.document();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (const Value* v = doc.find("p95_ms")) p95 = v->number;
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("access log parse, native: %.0f MB/s (%.1f MB in %.3f s; p95 %.3f ms)\n",
              static_cast<double>(log.size()) / 1e6 / seconds[2], static_cast<double>(log.size()) / 1e6, seconds[2],
              p95);
  return 0;
}
