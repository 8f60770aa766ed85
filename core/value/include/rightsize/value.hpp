// A JSON-shaped tree of plain values: the one type that crosses the core's edges.
// The CLI fills it from nlohmann_json, the WebAssembly glue from JavaScript objects,
// so both hand the core the same thing and get the same validation and output.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rightsize {

struct Member;

struct Value {
  enum class Kind { null, boolean, number, string, array, object };

  Kind kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<Value> items;     // when kind == array
  std::vector<Member> members;  // when kind == object, in insertion order

  // Defined in value.cpp, not inline: a document is built from hundreds of temporaries, and
  // an inlined destructor (a string and two vectors) at each one is most of the WebAssembly
  // modules' code.
  Value();
  Value(const Value& other);
  Value(Value&& other) noexcept;
  Value& operator=(const Value& other);
  Value& operator=(Value&& other) noexcept;
  ~Value();

  static Value of_bool(bool b);
  static Value of_number(double n);
  static Value of_string(std::string s);
  static Value array();
  static Value object();

  // Object helpers. find() returns nullptr when the key is absent.
  const Value* find(std::string_view key) const;
  Value& set(std::string key, Value v);
  Value& set(const char* key, Value v);  // the usual case, a literal: no string built at the call
  Value& push(Value v);

  bool is_null() const { return kind == Kind::null; }
  bool is_object() const { return kind == Kind::object; }
};

struct Member {
  std::string key;
  Value value;
};

// The name of a kind as a reader would say it ("a number", "text"...), for messages.
const char* describe(Value::Kind kind);

}  // namespace rightsize
