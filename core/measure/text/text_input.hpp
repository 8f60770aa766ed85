// The front of every measure parser: hold the first bytes until they show the file is text
// (not compressed, not binary), drop a byte-order mark, then pass bytes or whole lines on,
// however the chunks happen to cut them. Memory stays bounded: a line longer than kMaxLine
// keeps only its start and is flagged.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace rightsize::detail {

class TextGate {
 public:
  static constexpr size_t kSniffBytes = 1024;

  // Calls next(std::string_view) with the text, once it is known to be text.
  template <class Next>
  void feed(std::string_view bytes, Next&& next) {
    bytes_ += bytes.size();
    if (!blank_seen_) note_nonblank(bytes);
    if (decided_) {
      if (problem_.empty()) next(bytes);
      return;
    }
    held_.append(bytes.data(), bytes.size());
    if (held_.size() >= kSniffBytes) release(next);
  }

  template <class Next>
  void finish(Next&& next) {
    if (!decided_) release(next);
  }

  const std::string& problem() const { return problem_; }  // empty while the file reads as text
  std::uint64_t bytes() const { return bytes_; }
  bool blank() const { return !blank_seen_; }  // nothing but spaces and line breaks so far

 private:
  template <class Next>
  void release(Next& next) {
    decided_ = true;
    problem_ = sniff(std::string_view(held_).substr(0, kSniffBytes));  // the same bytes however the chunks fell
    std::string_view text(held_);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (problem_.empty() && !text.empty()) next(text);
    std::string().swap(held_);
  }
  void note_nonblank(std::string_view bytes);
  static std::string sniff(std::string_view head);

  std::string held_, problem_;
  std::uint64_t bytes_ = 0;
  bool decided_ = false, blank_seen_ = false;
};

struct Line {
  std::string_view text;  // without the line break (and a \r before it)
  std::uint64_t number = 0;
  bool too_long = false;      // only the first kMaxLine bytes are in text
  bool unterminated = false;  // the file's last line, with no line break after it
};

class LineSplitter {
 public:
  static constexpr size_t kMaxLine = 64 * 1024;
  // Why a line past kMaxLine is skipped; every reader skips it, and counts it, wherever it falls.
  static constexpr const char* kTooLong = "longer than 64 KB";

  // When lines before these bytes were taken off first (a CSV series' "sep=" line): the
  // number of the line the next byte starts.
  void start_at(std::uint64_t line) { number_ = line - 1; }

  // Calls on_line(const Line&) for each complete line.
  template <class OnLine>
  void feed(std::string_view bytes, OnLine&& on_line) {
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    while (p < end) {
      const auto* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      if (nl == nullptr) {
        keep(p, static_cast<size_t>(end - p));
        return;
      }
      if (carry_.empty() && !carry_too_long_) {
        emit(std::string_view(p, static_cast<size_t>(nl - p)), false, false, on_line);
      } else {
        keep(p, static_cast<size_t>(nl - p));
        emit(carry_, carry_too_long_, false, on_line);
        carry_.clear();
        carry_too_long_ = false;
      }
      p = nl + 1;
    }
  }

  template <class OnLine>
  void finish(OnLine&& on_line) {
    if (carry_.empty() && !carry_too_long_) return;
    emit(carry_, carry_too_long_, true, on_line);
    std::string().swap(carry_);
    carry_too_long_ = false;
  }

  std::uint64_t lines() const { return number_; }

 private:
  void keep(const char* p, size_t n) {
    const size_t room = kMaxLine - carry_.size();
    if (n > room) carry_too_long_ = true;
    carry_.append(p, n < room ? n : room);
  }
  template <class OnLine>
  void emit(std::string_view text, bool too_long, bool unterminated, OnLine& on_line) {
    if (text.size() > kMaxLine) {
      text = text.substr(0, kMaxLine);
      too_long = true;
    }
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    Line line;
    line.text = text;
    line.number = ++number_;
    line.too_long = too_long;
    line.unterminated = unterminated;
    on_line(line);
  }

  std::string carry_;
  bool carry_too_long_ = false;
  std::uint64_t number_ = 0;
};

}  // namespace rightsize::detail
