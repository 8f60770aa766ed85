// The top-level members of one JSON object written on one line, read without building a
// tree: all a JSON-lines access log needs. The core's centre has no JSON text parser (that
// lives at the CLI's edge), so this small scanner is fuzzed against nlohmann_json instead.
#pragma once

#include <string_view>

namespace rightsize::detail {

struct JsonScalar {
  enum class Kind { string, number, literal, composite };
  Kind kind = Kind::literal;
  std::string_view text;  // a string's raw text between its quotes (escapes left as written)
  bool escaped = false;   // the string holds a backslash escape
};

class JsonObjectScanner {
 public:
  static constexpr int kMaxDepth = 64;

  explicit JsonObjectScanner(std::string_view line);

  // The next top-level member; false at the end of the object or at the first error.
  bool next(std::string_view& key, JsonScalar& value);

  // After next() returned false: the line was one well-formed object and nothing else.
  bool ok() const { return state_ == State::done; }

 private:
  enum class State { start, members, done, failed };

  void skip_space();
  bool string(std::string_view& text, bool& escaped);
  bool skip_key();
  bool number();
  bool literal();
  bool composite();
  bool fail() {
    state_ = State::failed;
    return false;
  }

  std::string_view s_;
  size_t at_ = 0;
  State state_ = State::start;
};

}  // namespace rightsize::detail
