// The JSON reader against hostile text: a name given twice, a text, a name or a document
// over its limit, and shapes that once cost the square of their size. Limits are read from
// JsonLimits, never copied here; nothing is timed (bench/input-scaling.py measures the cost).
#include <cstring>
#include <filesystem>

#include "format.hpp"
#include "support.hpp"

using rightsize::JsonLimits;
using rightsize::Value;

namespace {

std::vector<std::string> fields_of(const rightsize::Result<Value>& r) {
  std::vector<std::string> fields;
  for (const auto& e : r.errors) fields.push_back(e.field);
  return fields;
}

// Equal trees: the same kinds, numbers to the bit, members in the same order.
bool same(const Value& a, const Value& b) {
  if (a.kind != b.kind || a.boolean != b.boolean || a.text != b.text) return false;
  if (std::memcmp(&a.number, &b.number, sizeof a.number) != 0) return false;
  if (a.items.size() != b.items.size() || a.members.size() != b.members.size()) return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!same(a.items[i], b.items[i])) return false;
  for (size_t i = 0; i < a.members.size(); ++i)
    if (a.members[i].key != b.members[i].key || !same(a.members[i].value, b.members[i].value)) return false;
  return true;
}

}  // namespace

TEST_CASE("json input: every vector and content file reads as nlohmann_json's own document does") {
  int files = 0;
  for (const char* folder : {"tests/vectors", "content", "content/pricing", "content/presets"})
    for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path(folder))) {
      if (entry.path().extension() != ".json") continue;
      const std::string text =
          test_support::read_source_file(std::string(folder) + "/" + entry.path().filename().string());
      CAPTURE(entry.path().string());
      const auto r = rightsize::parse_json_text(text);
      REQUIRE(r.ok());
      CHECK(same(*r.value, rightsize::from_json(nlohmann::ordered_json::parse(text))));
      ++files;
    }
  CHECK(files >= 10);
}

TEST_CASE("json input: a name given twice is an error on its path, once, wherever it is") {
  auto top = rightsize::parse_json_text(R"({"users": 100, "users": 200})");
  REQUIRE_FALSE(top.ok());
  REQUIRE(top.errors.size() == 1);
  CHECK(top.errors[0].field == "users");
  CHECK(top.errors[0].message == "is given more than once; give each field once");

  auto nested = rightsize::parse_json_text(
      R"({"growth": {"milestones": {"1": 100, "6": 5000, "6": 7000, "6": 9000}},
          "stages": [{"id": 1}, {"id": 2, "id": 3}], "users": 1, "assumptions": {}})");
  CHECK(fields_of(nested) == std::vector<std::string>{"growth.milestones.6", "stages[1].id"});

  // The same name in two objects is no repeat.
  CHECK(rightsize::parse_json_text(R"({"a": {"x": 1}, "b": {"x": 2}, "x": 3})").ok());
}

TEST_CASE("json input: a text or a name over its limit is named, quoted in part, with its length") {
  const std::string long_text(JsonLimits::kMaxTextBytes + 1, 'x');
  auto text = rightsize::parse_json_text(R"({"users": 1, "provider": ")" + long_text + R"("})");
  REQUIRE(text.errors.size() == 1);
  CHECK(text.errors[0].field == "provider");
  CHECK(text.errors[0].message == "is too long (a text may hold " + std::to_string(JsonLimits::kMaxTextBytes) +
                                      " bytes): \"" + std::string(40, 'x') + "...\" (" +
                                      std::to_string(long_text.size()) + " bytes)");
  CHECK(rightsize::parse_json_text(R"({"p": ")" + long_text.substr(1) + R"("})").ok());  // at the limit

  const std::string long_name(JsonLimits::kMaxNameBytes + 1, 'k');
  auto top = rightsize::parse_json_text(R"({")" + long_name + R"(": 1})");
  REQUIRE(top.errors.size() == 1);
  CHECK(top.errors[0].field == "input");
  CHECK(top.errors[0].message.find("has a field name too long (a name may hold " +
                                   std::to_string(JsonLimits::kMaxNameBytes) + " bytes)") == 0);
  auto inner = rightsize::parse_json_text(R"({"growth": {")" + long_name + R"(": 1}})");
  CHECK(fields_of(inner) == std::vector<std::string>{"growth"});
}

TEST_CASE("json input: a quote never cuts a character in two, and short texts are whole") {
  const auto quoted = [](const std::string& s) { return rightsize::detail::quoted(s); };
  CHECK(quoted("nowhere-1") == "\"nowhere-1\"");
  CHECK(quoted(std::string(40, 'a')) == "\"" + std::string(40, 'a') + "\"");
  const std::string naira = std::string(39, 'a') + "\xE2\x82\xA6" + "bc";  // the 40th byte starts ₦
  CHECK(quoted(naira) == "\"" + std::string(39, 'a') + "...\" (44 bytes)");
}

TEST_CASE("json input: a document over its size or its count of values is refused whole") {
  const std::string big = "{\"users\": 1, \"pad\": \"" + std::string(JsonLimits::kMaxBytes, ' ') + "\"}";
  auto r = rightsize::parse_json_text(big);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].field == "input");
  CHECK(r.errors[0].message == rightsize::json_too_large_message(big.size()));
  CHECK(r.errors[0].message.find(std::to_string(JsonLimits::kMaxBytes) + " bytes") != std::string::npos);

  std::string list = "[0";
  for (size_t i = 2; i < JsonLimits::kMaxValues; ++i) list += ",0";
  CHECK(rightsize::parse_json_text(list + "]").ok());  // the list and its values: the most there may be
  auto many = rightsize::parse_json_text("{\"a\": " + list + "]}");
  REQUIRE(many.errors.size() == 1);
  CHECK(many.errors[0].message.find("holds more than " + std::to_string(JsonLimits::kMaxValues) + " values") == 0);
}

TEST_CASE("json input: a syntax error is the one thing said, even after a repeated name") {
  auto r = rightsize::parse_json_text("{\"users\": 1, \"users\": 2,\n oops}");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "malformed JSON at line 2, column 2 (not valid JSON text)");
}

TEST_CASE("json input: an object of 40,000 names keeps each once, in the order written") {
  std::string text = "{";
  for (int i = 0; i < 40000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
  auto r = rightsize::parse_json_text(text + "}");
  REQUIRE(r.ok());
  REQUIRE(r.value->members.size() == 40000);
  CHECK(r.value->members[39999].key == "k39999");
  CHECK(r.value->members[39999].value.number == 39999);
  auto repeated = rightsize::parse_json_text(text + ",\"k123\":1}");
  CHECK(fields_of(repeated) == std::vector<std::string>{"k123"});
}
