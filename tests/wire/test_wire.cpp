// wire.cpp on its own: the byte layout, exact round trips, and malformed or too deeply
// nested bytes read as one unreadable value instead of a crash.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "rightsize/wire.hpp"

using rightsize::Value;
namespace wire = rightsize::wire;

namespace {

const std::string kUnreadable = "<unreadable input>";
// UTF-8 (an i with a diaeresis, a check mark) and a NUL byte inside.
constexpr char kText[] = "na\xc3\xafve \xe2\x9c\x93 with a \0 inside";
std::string text() { return std::string(kText, sizeof kText - 1); }

std::string encoded(const Value& v) {
  std::string out;
  wire::encode(v, out);
  return out;
}

bool unreadable(const Value& v) { return v.kind == Value::Kind::string && v.text == kUnreadable; }

// `levels` arrays, each holding the next, around a null.
std::string nested_arrays(int levels) {
  std::string bytes;
  for (int i = 0; i < levels; ++i) bytes += std::string{wire::tag::array} + std::string("\x01\x00\x00\x00", 4);
  return bytes + wire::tag::null;
}

Value sample() {
  Value list = Value::array();
  list.push(Value());
  list.push(Value::of_bool(true));
  list.push(Value::of_bool(false));
  list.push(Value::of_number(-0.0));
  list.push(Value::of_number(0.1));
  list.push(Value::of_number(std::numeric_limits<double>::quiet_NaN()));
  list.push(Value::of_number(-std::numeric_limits<double>::infinity()));
  list.push(Value::of_number(std::numeric_limits<double>::denorm_min()));
  Value v = Value::object();
  v.set("list", list);
  v.set("text", Value::of_string(text()));
  v.set("", Value::object());
  v.set("empty", Value::array());
  return v;
}

}  // namespace

TEST_CASE("wire: the layout is a tag byte, then little-endian u32 counts and f64 numbers") {
  Value list = Value::array();
  list.push(Value::of_bool(true));
  list.push(Value::of_number(2.5));
  list.push(Value::of_string("x"));
  Value v = Value::object();
  v.set("a", list);
  const std::string expected =
      std::string{wire::tag::object} + std::string("\x01\x00\x00\x00", 4) + std::string("\x01\x00\x00\x00", 4) + "a" +
      wire::tag::array + std::string("\x03\x00\x00\x00", 4) + wire::tag::boolean_true + wire::tag::number +
      std::string("\x00\x00\x00\x00\x00\x00\x04\x40", 8) + wire::tag::string + std::string("\x01\x00\x00\x00", 4) + "x";
  CHECK(encoded(v) == expected);
  CHECK(encoded(Value()) == std::string{wire::tag::null});
  CHECK(encoded(Value::of_bool(false)) == std::string{wire::tag::boolean_false});
}

TEST_CASE("wire: every kind comes back as it went, numbers bit for bit") {
  const std::string bytes = encoded(sample());
  const Value back = wire::decode(bytes);
  CHECK(encoded(back) == bytes);
  const Value& list = *back.find("list");
  REQUIRE(list.items.size() == 8);
  CHECK(list.items[0].is_null());
  CHECK(list.items[1].boolean);
  CHECK(list.items[2].kind == Value::Kind::boolean);
  CHECK_FALSE(list.items[2].boolean);
  CHECK(std::signbit(list.items[3].number));
  CHECK(list.items[4].number == 0.1);
  CHECK(std::isnan(list.items[5].number));
  CHECK(list.items[6].number == -std::numeric_limits<double>::infinity());
  CHECK(list.items[7].number == std::numeric_limits<double>::denorm_min());
  CHECK(back.find("text")->text == text());
  REQUIRE(back.members.size() == 4);
  CHECK(back.members[2].key == "");
  CHECK(back.members[3].value.kind == Value::Kind::array);
}

TEST_CASE("wire: every cut-short encoding, and an unknown tag, reads as unreadable") {
  const std::string bytes = encoded(sample());
  for (size_t n = 0; n < bytes.size(); ++n) {
    CAPTURE(n);
    CHECK(unreadable(wire::decode(bytes.substr(0, n))));
  }
  CHECK(unreadable(wire::decode("x")));
  // A count far beyond the bytes that follow.
  CHECK(unreadable(wire::decode(std::string{wire::tag::array} + "\xff\xff\xff\xff")));
  CHECK(unreadable(wire::decode(std::string{wire::tag::string} + "\xff\xff\xff\xff" + "abc")));
}

TEST_CASE("wire: values nested max_decode_depth deep read, one level deeper is refused") {
  Value v = wire::decode(nested_arrays(wire::max_decode_depth));
  for (int i = 0; i < wire::max_decode_depth; ++i) {
    REQUIRE(v.kind == Value::Kind::array);
    REQUIRE(v.items.size() == 1);
    v = Value(v.items[0]);
  }
  CHECK(v.is_null());
  CHECK(unreadable(wire::decode(nested_arrays(wire::max_decode_depth + 1))));
}
