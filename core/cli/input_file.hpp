// The files the CLI reads, opened and read with the system's own calls so that each way a
// path can fail (absent, not allowed, a directory, a read error) is said plainly, never
// thrown from inside a stream. "-" (or no path) is standard input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace rightsize::cli {

class InputFile {
 public:
  InputFile() = default;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile();

  // False, with problem() saying why ("cannot read it (no such file)"), when it cannot be read.
  bool open(const std::string& path);

  // Up to `size` bytes into `into`: how many, 0 at the end; false on a read error (problem() says).
  bool read(char* into, std::size_t size, std::size_t& got);

  // A regular file's size, known before reading it.
  std::optional<std::uint64_t> size() const { return size_; }
  const std::string& problem() const { return problem_; }

 private:
  int fd_ = -1;
  bool owned_ = false;
  std::optional<std::uint64_t> size_;
  std::string problem_;
};

// The text of a JSON input, at most JsonLimits::kMaxBytes of it: an input past that is refused
// before it is read whole. False with `problem` set, a message for the field "input".
bool read_json_input(const std::string& path, std::string& text, std::string& problem);

}  // namespace rightsize::cli
