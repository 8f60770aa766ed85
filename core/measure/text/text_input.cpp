#include "text_input.hpp"

namespace rightsize::detail {

void TextGate::note_nonblank(std::string_view bytes) {
  for (char c : bytes)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      blank_seen_ = true;
      return;
    }
}

std::string TextGate::sniff(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  if (starts("\x1F\x8B")) return "this is a gzip-compressed file: decompress it first (gunzip)";
  if (starts("\x28\xB5\x2F\xFD")) return "this is a zstd-compressed file: decompress it first (unzstd)";
  if (starts("BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
    return "this is a bzip2-compressed file: decompress it first (bunzip2)";
  if (starts(std::string_view("\xFD"
                              "7zXZ\0",
                              6)))
    return "this is an xz-compressed file: decompress it first (unxz)";
  if (starts("PK\x03\x04")) return "this is a zip archive: extract the file from it first";
  size_t control = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return "this looks like a binary file, not text (it holds NUL bytes)";
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  if (control * 10 > head.size()) return "this looks like a binary file, not text";
  return "";
}

}  // namespace rightsize::detail
