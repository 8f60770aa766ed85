#include "rightsize/json.hpp"

#include <cmath>
#include <unordered_set>
#include <utility>
#include <vector>

#include "format.hpp"

namespace rightsize {

Value from_json(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::boolean: return Value::of_bool(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
    case nlohmann::ordered_json::value_t::number_float: return Value::of_number(j.get<double>());
    case nlohmann::ordered_json::value_t::string: return Value::of_string(j.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      Value out = Value::array();
      out.items.reserve(j.size());
      for (const auto& item : j) out.push(from_json(item));
      return out;
    }
    case nlohmann::ordered_json::value_t::object: {
      Value out = Value::object();
      out.members.reserve(j.size());
      // An ordered_json holds each key once, so no search for an earlier one.
      for (const auto& [key, item] : j.items()) out.members.push_back(Member{key, from_json(item)});
      return out;
    }
    default: return Value();
  }
}

nlohmann::ordered_json to_json(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null: return nullptr;
    case Value::Kind::boolean: return v.boolean;
    case Value::Kind::number:
      // Whole numbers (counts, cents) print without a decimal point.
      if (std::floor(v.number) == v.number && std::fabs(v.number) < 9.0e15) return static_cast<long long>(v.number);
      return v.number;
    case Value::Kind::string: return v.text;
    case Value::Kind::array: {
      nlohmann::ordered_json out = nlohmann::ordered_json::array();
      for (const Value& item : v.items) out.push_back(to_json(item));
      return out;
    }
    case Value::Kind::object: {
      // Appended to ordered_json's list of members: its operator[] searches them for each key,
      // and a Value names each member once.
      nlohmann::ordered_json out = nlohmann::ordered_json::object();
      auto& members = out.get_ref<nlohmann::ordered_json::object_t&>();
      members.reserve(v.members.size());
      for (const Member& m : v.members) members.emplace_back(m.key, to_json(m.value));
      return out;
    }
  }
  return nullptr;
}

static_assert(JsonLimits::kMaxBytes == std::size_t{1} << 20, "json_too_large_message says 1 MiB");

std::string json_too_large_message(std::size_t bytes_if_known) {
  std::string message =
      "is larger than the " + std::to_string(JsonLimits::kMaxBytes) + " bytes (1 MiB) an input may hold";
  if (bytes_if_known > 0) message += " (it is " + std::to_string(bytes_if_known) + " bytes)";
  return message;
}

namespace {

using Json = nlohmann::json;

std::string where(std::string_view text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Builds the Value tree straight from nlohmann_json's SAX events: no intermediate document,
// members appended without a search (a hash set per open object finds a repeated name), and
// every limit checked as the text goes by. A problem with the text as a whole stops the
// parse; a repeated or over-long field is named and the parse goes on, to name the others.
class ValueBuilder final : public nlohmann::json_sax<Json> {
 public:
  explicit ValueBuilder(std::vector<FieldError>& errors, const std::string& field) : errors_(errors), field_(field) {}

  Value take() { return std::move(root_); }
  bool stopped() const { return stopped_; }

  bool null() override { return add(Value()); }
  bool boolean(bool b) override { return add(Value::of_bool(b)); }
  bool number_integer(number_integer_t n) override { return add(Value::of_number(static_cast<double>(n))); }
  bool number_unsigned(number_unsigned_t n) override { return add(Value::of_number(static_cast<double>(n))); }
  bool number_float(number_float_t n, const string_t&) override { return add(Value::of_number(n)); }
  bool binary(binary_t&) override { return add(Value()); }  // not in JSON text

  bool string(string_t& s) override {
    if (s.size() > JsonLimits::kMaxTextBytes) {
      refuse(path_here(), "is too long (a text may hold " + std::to_string(JsonLimits::kMaxTextBytes) +
                              " bytes): " + detail::quoted(s));
      return add(Value());  // stands in for the text, so the field is not also "required"
    }
    return add(Value::of_string(std::move(s)));
  }

  bool start_object(std::size_t) override { return open(Value::object()); }
  bool start_array(std::size_t) override { return open(Value::array()); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& k) override {
    Frame& f = stack_.back();
    f.drop_next = false;
    if (k.size() > JsonLimits::kMaxNameBytes) {
      refuse(path_of_frame(stack_.size() - 1), "has a field name too long (a name may hold " +
                                                   std::to_string(JsonLimits::kMaxNameBytes) +
                                                   " bytes): " + detail::quoted(k));
      f.drop_next = true;
      f.key.clear();
      return true;
    }
    f.key = std::move(k);
    if (!f.names.insert(f.key).second) {
      f.drop_next = true;
      if (f.repeated.insert(f.key).second) refuse(path_here(), "is given more than once; give each field once");
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    stop(e.id == 406 ? "a number in the JSON text is too large to represent"
                     : "malformed JSON at " + position_text(position) + " (not valid JSON text)");
    return false;
  }

  void set_text(std::string_view text) { text_ = text; }

 private:
  struct Frame {
    Value value;
    std::string key;                        // an object's current member
    bool drop_next = false;                 // that member repeats a name, or its name is too long
    std::unordered_set<std::string> names;  // an object's names so far
    std::unordered_set<std::string> repeated;
  };

  std::string position_text(std::size_t position) const { return where(text_, position); }

  void stop(std::string message) {
    errors_.clear();  // the text as a whole is wrong: that is the one thing to say
    errors_.push_back({field_, std::move(message)});
    stopped_ = true;
  }

  void refuse(std::string path, std::string message) { errors_.push_back({std::move(path), std::move(message)}); }

  // The path of what stack_[depth] holds, as the readers write paths ("growth.milestones",
  // "stages[1]"); `field_` for the top level.
  std::string path_of_frame(std::size_t depth) const {
    std::string path;
    for (std::size_t i = 0; i < depth; ++i) path = child_path(path, stack_[i]);
    return path.empty() ? field_ : path;
  }

  // The path of the value about to join the innermost open list or object.
  std::string path_here() const {
    std::string parent;
    for (const Frame& f : stack_) parent = child_path(parent, f);
    return parent.empty() ? field_ : parent;
  }

  // The path of the next value `parent` (at `path`) takes: its next index, or its current name.
  static std::string child_path(const std::string& path, const Frame& parent) {
    if (parent.value.kind == Value::Kind::array) return path + "[" + std::to_string(parent.value.items.size()) + "]";
    return path.empty() ? parent.key : path + "." + parent.key;
  }

  bool count() {
    if (++values_ <= JsonLimits::kMaxValues) return true;
    stop("holds more than " + std::to_string(JsonLimits::kMaxValues) +
         " values (numbers, texts, lists and objects), more than an input may hold");
    return false;
  }

  bool open(Value v) {
    if (!count()) return false;
    if (static_cast<int>(stack_.size()) > JsonLimits::kMaxDepth) {
      stop("the JSON text nests more than " + std::to_string(JsonLimits::kMaxDepth) + " levels deep");
      return false;
    }
    stack_.push_back(Frame{std::move(v), {}, false, {}, {}});
    return true;
  }

  bool close() {
    Value v = std::move(stack_.back().value);
    stack_.pop_back();
    return attach(std::move(v));
  }

  bool add(Value v) {
    if (!count()) return false;
    if (static_cast<int>(stack_.size()) > JsonLimits::kMaxDepth) {
      stop("the JSON text nests more than " + std::to_string(JsonLimits::kMaxDepth) + " levels deep");
      return false;
    }
    return attach(std::move(v));
  }

  bool attach(Value v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return true;
    }
    Frame& f = stack_.back();
    if (f.value.kind == Value::Kind::array) {
      f.value.items.push_back(std::move(v));
    } else if (!f.drop_next) {
      f.value.members.push_back(Member{f.key, std::move(v)});
    }
    return true;
  }

  std::vector<FieldError>& errors_;
  const std::string& field_;
  std::string_view text_;
  std::vector<Frame> stack_;
  Value root_;
  std::size_t values_ = 0;
  bool stopped_ = false;
};

}  // namespace

Result<Value> parse_json_text(std::string_view text, const std::string& field) {
  Result<Value> result;
  if (text.size() > JsonLimits::kMaxBytes) {
    result.errors.push_back({field, json_too_large_message(text.size())});
    return result;
  }
  ValueBuilder builder(result.errors, field);
  builder.set_text(text);
  const bool parsed = Json::sax_parse(text.begin(), text.end(), &builder);
  if (parsed && !builder.stopped()) result.value = builder.take();
  return result;
}

}  // namespace rightsize
