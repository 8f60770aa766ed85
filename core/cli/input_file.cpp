#include "input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "rightsize/json.hpp"

namespace rightsize::cli {

namespace {

std::string cannot_read(int error) {
  switch (error) {
    case ENOENT: return "cannot read it (no such file)";
    case EACCES: return "cannot read it (permission denied)";
    case EISDIR: return "cannot read it (it is a directory, not a file)";
    default: return std::string("cannot read it (") + std::strerror(error) + ")";
  }
}

}  // namespace

InputFile::~InputFile() {
  if (owned_) ::close(fd_);
}

bool InputFile::open(const std::string& path) {
  if (path.empty() || path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return problem_ = cannot_read(errno), false;
    owned_ = true;
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) return problem_ = cannot_read(errno), false;
  if (S_ISDIR(st.st_mode)) return problem_ = cannot_read(EISDIR), false;
  if (S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
  return true;
}

bool InputFile::read(char* into, std::size_t size, std::size_t& got) {
  while (true) {
    const ssize_t n = ::read(fd_, into, size);
    if (n >= 0) return got = static_cast<std::size_t>(n), true;
    if (errno == EINTR) continue;
    problem_ = cannot_read(errno);
    return false;
  }
}

bool read_json_input(const std::string& path, std::string& text, std::string& problem) {
  InputFile file;
  if (!file.open(path)) return problem = file.problem(), false;
  constexpr std::size_t kLimit = JsonLimits::kMaxBytes;
  if (file.size() && *file.size() > kLimit) return problem = json_too_large_message(*file.size()), false;
  // One byte past the limit is enough to know a pipe went on past it.
  text.assign(file.size() ? *file.size() + 1 : std::size_t{64} << 10, '\0');
  std::size_t used = 0;
  while (true) {
    if (used == text.size()) text.resize(std::min(text.size() * 2, kLimit + 1));
    std::size_t got = 0;
    if (!file.read(&text[used], text.size() - used, got)) return problem = file.problem(), false;
    if (got == 0) break;
    used += got;
    if (used > kLimit) return problem = json_too_large_message(0), false;
  }
  text.resize(used);
  return true;
}

}  // namespace rightsize::cli
