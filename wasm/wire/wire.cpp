#include "rightsize/wire.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

namespace rightsize::wire {

namespace {

void put_u32(std::string& out, std::uint32_t n) { out.append(reinterpret_cast<const char*>(&n), 4); }

void put_text(std::string& out, const std::string& s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out += s;
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}

  Value value(int depth = 0) {
    if (depth > max_decode_depth || at_ >= bytes_.size()) return broken();
    switch (bytes_[at_++]) {
      case tag::null: return Value();
      case tag::boolean_true: return Value::of_bool(true);
      case tag::boolean_false: return Value::of_bool(false);
      case tag::number: {
        double d = 0;
        if (!take(&d, 8)) return broken();
        return Value::of_number(d);
      }
      case tag::string: {
        std::string s = text();
        return ok_ ? Value::of_string(std::move(s)) : broken();
      }
      case tag::array: {
        Value out = Value::array();
        for (std::uint32_t n = u32(); n > 0 && ok_; --n) out.push(value(depth + 1));
        return ok_ ? out : broken();
      }
      case tag::object: {
        Value out = Value::object();
        for (std::uint32_t n = u32(); n > 0 && ok_; --n) {
          // Appended, not set: wire.js writes an object's own keys, each once, and a search per
          // key would make a large object cost the square of its size.
          std::string key = text();
          out.members.push_back(Member{std::move(key), value(depth + 1)});
        }
        return ok_ ? out : broken();
      }
      default: return broken();
    }
  }

 private:
  bool take(void* into, size_t n) {
    if (bytes_.size() - at_ < n) return ok_ = false;
    std::memcpy(into, bytes_.data() + at_, n);
    at_ += n;
    return true;
  }
  std::uint32_t u32() {
    std::uint32_t n = 0;
    take(&n, 4);
    return n;
  }
  std::string text() {
    const std::uint32_t n = u32();
    if (!ok_ || bytes_.size() - at_ < n) return ok_ = false, std::string();
    std::string s = bytes_.substr(at_, n);
    at_ += n;
    return s;
  }
  Value broken() {
    ok_ = false;
    return Value::of_string("<unreadable input>");
  }

  const std::string& bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

void encode(const Value& v, std::string& out) {
  switch (v.kind) {
    case Value::Kind::null: out += tag::null; return;
    case Value::Kind::boolean: out += v.boolean ? tag::boolean_true : tag::boolean_false; return;
    case Value::Kind::number:
      out += tag::number;
      out.append(reinterpret_cast<const char*>(&v.number), 8);
      return;
    case Value::Kind::string:
      out += tag::string;
      put_text(out, v.text);
      return;
    case Value::Kind::array:
      out += tag::array;
      put_u32(out, static_cast<std::uint32_t>(v.items.size()));
      for (const Value& item : v.items) encode(item, out);
      return;
    case Value::Kind::object:
      out += tag::object;
      put_u32(out, static_cast<std::uint32_t>(v.members.size()));
      for (const Member& m : v.members) {
        put_text(out, m.key);
        encode(m.value, out);
      }
      return;
  }
}

Value decode(const std::string& bytes) { return Reader(bytes).value(); }

}  // namespace rightsize::wire
