#include "json_line.hpp"

#include "text_scan.hpp"

namespace rightsize::detail {

namespace {

bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

JsonObjectScanner::JsonObjectScanner(std::string_view line) : s_(line) {}

void JsonObjectScanner::skip_space() {
  while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\r' || s_[at_] == '\n')) ++at_;
}

bool JsonObjectScanner::string(std::string_view& text, bool& escaped) {
  if (at_ >= s_.size() || s_[at_] != '"') return false;
  const size_t start = ++at_;
  escaped = false;
  while (at_ < s_.size()) {
    const char c = s_[at_];
    if (c == '"') {
      text = s_.substr(start, at_ - start);
      ++at_;
      return true;
    }
    if (static_cast<unsigned char>(c) < 0x20) return false;
    if (c == '\\') {
      escaped = true;
      if (++at_ >= s_.size()) return false;
      const char e = s_[at_];
      if (e == 'u') {
        for (int i = 1; i <= 4; ++i)
          if (at_ + static_cast<size_t>(i) >= s_.size() || !is_hex(s_[at_ + static_cast<size_t>(i)])) return false;
        at_ += 4;
      } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
        return false;
      }
    }
    ++at_;
  }
  return false;
}

// A nested object's key and its colon, which the scanner passes over.
bool JsonObjectScanner::skip_key() {
  std::string_view key;
  bool escaped = false;
  if (!string(key, escaped)) return false;
  skip_space();
  return at_ < s_.size() && s_[at_++] == ':';
}

bool JsonObjectScanner::number() {
  const size_t start = at_;
  if (at_ < s_.size() && s_[at_] == '-') ++at_;
  if (at_ >= s_.size() || !is_digit(s_[at_])) return false;
  if (s_[at_] == '0')
    ++at_;
  else
    while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
  if (at_ < s_.size() && s_[at_] == '.') {
    if (++at_ >= s_.size() || !is_digit(s_[at_])) return false;
    while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
  }
  if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
    ++at_;
    if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
    if (at_ >= s_.size() || !is_digit(s_[at_])) return false;
    while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
  }
  return at_ > start;
}

bool JsonObjectScanner::literal() {
  for (std::string_view word : {"true", "false", "null"})
    if (s_.substr(at_, word.size()) == word) {
      at_ += word.size();
      return true;
    }
  return false;
}

// Skips a nested object or array, checking its grammar, with bounded depth.
bool JsonObjectScanner::composite() {
  char closers[kMaxDepth];
  int depth = 0;
  bool expect_value = true;  // after an opener or a comma
  while (at_ < s_.size()) {
    skip_space();
    if (at_ >= s_.size()) return false;
    const char c = s_[at_];
    if (c == '{' || c == '[') {
      if (depth > 0 && !expect_value) return false;
      if (depth == kMaxDepth) return false;
      closers[depth++] = c == '{' ? '}' : ']';
      ++at_;
      skip_space();
      if (at_ < s_.size() && s_[at_] == closers[depth - 1]) {  // empty
        ++at_;
        --depth;
        expect_value = false;
        if (depth == 0) return true;
        continue;
      }
      if (c == '{') {
        if (!skip_key()) return false;
      }
      expect_value = true;
      continue;
    }
    if (c == ',' || c == '}' || c == ']') {
      if (expect_value || depth == 0) return false;
      ++at_;
      if (c != ',') {
        if (closers[depth - 1] != c) return false;
        if (--depth == 0) return true;
        continue;
      }
      skip_space();
      if (closers[depth - 1] == '}') {
        if (!skip_key()) return false;
      }
      expect_value = true;
      continue;
    }
    if (!expect_value) return false;
    std::string_view text;
    bool escaped = false;
    if (!(c == '"' ? string(text, escaped) : (c == '-' || is_digit(c)) ? number() : literal())) return false;
    expect_value = false;
  }
  return false;
}

bool JsonObjectScanner::next(std::string_view& key, JsonScalar& value) {
  if (state_ == State::done || state_ == State::failed) return false;
  skip_space();
  if (state_ == State::start) {
    if (at_ >= s_.size() || s_[at_] != '{') return fail();
    ++at_;
    skip_space();
    if (at_ < s_.size() && s_[at_] == '}') {
      ++at_;
      skip_space();
      state_ = at_ == s_.size() ? State::done : State::failed;
      return false;
    }
    state_ = State::members;
  }
  bool escaped = false;
  if (!string(key, escaped)) return fail();
  skip_space();
  if (at_ >= s_.size() || s_[at_++] != ':') return fail();
  skip_space();
  if (at_ >= s_.size()) return fail();
  const size_t start = at_;
  const char c = s_[at_];
  value = JsonScalar();
  if (c == '"') {
    value.kind = JsonScalar::Kind::string;
    if (!string(value.text, value.escaped)) return fail();
  } else if (c == '-' || is_digit(c)) {
    value.kind = JsonScalar::Kind::number;
    if (!number()) return fail();
    value.text = s_.substr(start, at_ - start);
  } else if (c == '{' || c == '[') {
    value.kind = JsonScalar::Kind::composite;
    if (!composite()) return fail();
    value.text = s_.substr(start, at_ - start);
  } else {
    value.kind = JsonScalar::Kind::literal;
    if (!literal()) return fail();
    value.text = s_.substr(start, at_ - start);
  }
  skip_space();
  if (at_ < s_.size() && s_[at_] == ',') {
    ++at_;
    return true;
  }
  if (at_ < s_.size() && s_[at_] == '}') {
    ++at_;
    skip_space();
    state_ = at_ == s_.size() ? State::done : State::failed;
    return true;  // this member is good; the state says whether the line was
  }
  return fail();
}

}  // namespace rightsize::detail
