// Input documents to share fragments and back, following the tables of share_v1.hpp,
// share_v2.hpp and share_v3.hpp over share_bytes' encodings. The layout is specified in share-format.md.
#include "rightsize/share.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "object_reader.hpp"
#include "rightsize/growth.hpp"
#include "share_bytes.hpp"
#include "share_v3.hpp"

namespace rightsize {

using detail::NumberRule;
using detail::ObjectReader;
using namespace detail::share;

namespace {

// The format holds any finite number; whether it is in range is the readers' business.
constexpr NumberRule kAnyNumber{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max(), false};

constexpr const char* kNotPlain = "a share link holds only plain ASCII text here: letters, digits, punctuation";
constexpr const char* kNotMonth = kNotMilestoneMonth;

// A name's head: its position in the index plus 1, or 0 when the text follows.
std::uint64_t head_of(const Names& names, const std::string& name) {
  for (std::size_t i = 0; i < names.size; ++i)
    if (name == names.list[i]) return i + 1;
  return 0;
}

void write_name(const Names& names, const std::string& name, ByteWriter& out) {
  const std::uint64_t head = head_of(names, name);
  out.varint(head);
  if (head == 0) out.text(name);
}

int month_of(const std::string& key) { return milestone_month(key); }

// The milestone after `previous`, by month; nullptr after the last.
const Member* next_milestone(const Value& map, int previous, int& month) {
  const Member* next = nullptr;
  month = kLastMilestoneMonth + 1;
  for (const Member& m : map.members) {
    const int candidate = month_of(m.key);
    if (candidate > previous && candidate < month) month = candidate, next = &m;
  }
  return next;
}

// A {"key": number} map: milestones by month, overrides by name. Milestones go in month
// order, so one document gives one link whatever the order of its keys (a JavaScript
// object lists month keys ascending, a JSON text as written); overrides go as listed.
void write_map(const Value& map, const Field& f, const std::string& path, ByteWriter& out,
               std::vector<FieldError>& errors) {
  ObjectReader r(map, path, errors);
  const bool months = f.kind == Kind::milestones;
  for (const Member& m : map.members) {
    if (months ? month_of(m.key) == 0 : !plain_text(m.key)) {
      r.fail(m.key, months ? kNotMonth : kNotPlain);
      r.skip(m.key);
    } else {
      r.number(m.key, kAnyNumber, months);  // an override of null is no override
    }
  }
  ByteWriter entries;
  std::uint64_t count = 0;
  int month = 0;
  for (std::size_t n = 0; n < map.members.size(); ++n) {
    const Member* m = months ? next_milestone(map, month, month) : &map.members[n];
    if (m == nullptr) break;
    if (m->value.kind != Value::Kind::number) continue;
    if (months)
      entries.varint(static_cast<std::uint64_t>(month));
    else
      write_name(*f.names, m->key, entries);
    entries.number(m->value.number);
    ++count;
  }
  out.varint(count);
  out.append(entries);
}

// An object's fields in a version: its table's, then the fields later versions added to it
// (share_v2.hpp, share_v3.hpp), numbered on from them.
struct Fields {
  const Table& table;
  const Table* then = nullptr;
  const Table* after = nullptr;
  char version = kVersion1;
  std::size_t size() const { return table.size + (then ? then->size : 0) + (after ? after->size : 0); }
  const Field& operator[](std::size_t i) const {
    if (i < table.size) return table.fields[i];
    i -= table.size;
    return i < then->size ? then->fields[i] : after->fields[i - then->size];
  }
};

static_assert(kShareVersion == kVersion3, "the newest tables are the ones this build writes");

// The fields of an object over `table` in a fragment of `version`.
Fields fields_in(const Table& table, char version) {
  const bool v2 = version >= kVersion2, v3 = version >= kVersion3;
  if (&table == &kInput) return {table, v2 ? &kInputSince2 : nullptr, v3 ? &kInputSince3 : nullptr, version};
  if (&table == &kCurrency && v3) return {table, &kCurrencySince3, nullptr, version};
  return {table, nullptr, nullptr, version};
}

// The version a stored field of an object over `table` at bit `bit` needs.
char version_of_bit(const Table& table, std::size_t bit) {
  if (&table == &kInput)
    return bit < kInput.size ? kVersion1 : bit < kInput.size + kInputSince2.size ? kVersion2 : kVersion3;
  return bit < table.size ? kVersion1 : kVersion3;
}

// What a writer is writing with: the errors it collects, and the oldest version that holds
// every field stored so far.
struct Writing {
  std::vector<FieldError>& errors;
  char needs = kVersion1;
};

std::uint64_t write_object(const Value& object, const std::string& path, const Table& table, ByteWriter& out,
                           Writing& w);

// Writes one field when the document sets it to something other than its default.
bool write_field(ObjectReader& r, const Field& f, ByteWriter& out, Writing& w) {
  const std::string key = f.name;
  switch (f.kind) {
    case Kind::number: {
      const auto x = r.number(key, kAnyNumber);
      if (!x || (f.has_default && *x == f.default_number)) return false;
      out.number(*x);
      return true;
    }
    case Kind::flag: return r.boolean(key).value_or(false);
    case Kind::text:
    case Kind::name: {
      const auto s = r.string(key);
      if (!s || (f.has_default && *s == f.default_text)) return false;
      if (!plain_text(*s)) r.fail(key, kNotPlain);
      f.kind == Kind::name ? write_name(*f.names, *s, out) : out.text(*s);
      return true;
    }
    case Kind::object:
    case Kind::milestones:
    case Kind::overrides: {
      const Value* v = r.object(key);
      if (v == nullptr) return false;
      if (f.kind == Kind::object)
        write_object(*v, r.path_of(key), *f.table, out, w);
      else
        write_map(*v, f, r.path_of(key), out, w.errors);
      return true;
    }
  }
  return false;
}

// Which fields follow as a bit set over the table (and what the newest version added to it),
// then each one in table order; returns the bit set.
std::uint64_t write_object(const Value& object, const std::string& path, const Table& table, ByteWriter& out,
                           Writing& w) {
  ObjectReader r(object, path, w.errors);
  if (!r.valid()) return 0;
  const Fields fields = fields_in(table, kShareVersion);
  std::uint64_t present = 0;
  ByteWriter values;
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (write_field(r, fields[i], values, w)) {
      present |= std::uint64_t{1} << i;
      w.needs = std::max(w.needs, version_of_bit(table, i));
    }
  // What rightsize measure adds beside the figures: the readers skip it, and so does a link.
  if (path.empty()) r.skip("evidence");
  r.reject_unknown();
  out.varint(present);
  out.append(values);
  return present;
}

bool read_name(ByteReader& in, const Names& names, std::string& name) {
  std::uint64_t head = 0;
  if (!in.varint(head)) return false;
  if (head > names.size) return in.fail("the link is damaged: it refers to a name this format does not have");
  if (head > 0) return name = names.list[head - 1], true;
  if (!in.text(name)) return false;
  return head_of(names, name) == 0 || in.fail("the link is damaged: it spells out a name it should hold by number");
}

static_assert(kAssumptionNames.size < 64 && kProviderNames.size < 64 && kCacheEngineNames.size < 64,
              "read_map keeps a bit for each indexed name");

// Entries are appended without a search, so a long map costs linear time: months must
// ascend, an indexed name may come once (a bit each), and names spelled out are checked for
// a repeat once, sorted, at the end.
bool read_map(ByteReader& in, const Field& f, Value& map) {
  std::uint64_t count = 0, month = 0, indexed = 0;
  std::vector<std::string> spelled;  // the names that came as text (a sort of strings the module has already)
  if (!in.varint(count)) return false;
  for (; count > 0; --count) {
    std::string key;
    if (f.kind == Kind::milestones) {
      const std::uint64_t previous = month;
      if (!in.varint(month)) return false;
      if (month <= previous || month > kLastMilestoneMonth)
        return in.fail("the link is damaged: its milestones are out of order or out of range");
      key = std::to_string(month);
    } else {
      if (!read_name(in, *f.names, key)) return false;
      const std::uint64_t head = head_of(*f.names, key);
      if (head == 0)
        spelled.push_back(key);
      else if ((indexed >> head & 1) != 0)
        return in.fail("the link is damaged: it gives one key twice");
      indexed |= std::uint64_t{1} << head;
    }
    map.members.push_back(Member{std::move(key), Value::of_number(0)});
    if (!in.number(map.members.back().value.number)) return false;
  }
  std::sort(spelled.begin(), spelled.end());
  for (std::size_t i = 1; i < spelled.size(); ++i)
    if (spelled[i] == spelled[i - 1]) return in.fail("the link is damaged: it gives one key twice");
  return true;
}

bool read_object(ByteReader& in, Fields fields, Value& object);

// Each value is filled in place in its object: no temporaries, a smaller module.
bool read_field(ByteReader& in, const Field& f, char version, Value& object) {
  Value& v = object.set(f.name, Value());
  switch (f.kind) {
    case Kind::number:
      v.kind = Value::Kind::number;
      if (!in.number(v.number)) return false;
      if (!f.has_default || v.number != f.default_number) return true;
      break;
    case Kind::flag:
      v.kind = Value::Kind::boolean;
      v.boolean = true;
      return true;
    case Kind::text:
    case Kind::name:
      v.kind = Value::Kind::string;
      if (!(f.kind == Kind::name ? read_name(in, *f.names, v.text) : in.text(v.text))) return false;
      if (!f.has_default || v.text != f.default_text) return true;
      break;
    case Kind::object:
    case Kind::milestones:
    case Kind::overrides:
      v.kind = Value::Kind::object;
      return f.kind == Kind::object ? read_object(in, fields_in(*f.table, version), v) : read_map(in, f, v);
  }
  return in.fail("the link is damaged: it stores a default, which the format leaves out");
}

// Fills an empty object.
bool read_object(ByteReader& in, Fields fields, Value& object) {
  std::uint64_t present = 0;
  if (!in.varint(present)) return false;
  if (present >> fields.size() != 0) return in.fail("the link is damaged: it sets a field this format does not have");
  for (std::size_t i = 0; i < fields.size(); ++i)
    if ((present >> i & 1) != 0 && !read_field(in, fields[i], fields.version, object)) return false;
  return true;
}

// Checks a fragment's version, alphabet and check, leaving the version in `version` and the
// payload and its check in `bytes`; says what is wrong, or nothing. Messages are fixed
// sentences: they keep the module small, and never quote a link, which might not be valid
// UTF-8.
const char* unwrap(std::string_view fragment, char& version, std::string& bytes) {
  for (std::size_t i = 0; i < fragment.size(); ++i)
    if (fragment[i] == '#') return unwrap({fragment.data() + i + 1, fragment.size() - i - 1}, version, bytes);
  if (fragment.empty()) return "the link holds no inputs: its fragment is empty";
  version = fragment[0];
  if (version > kShareVersion && version <= '9')
    return "this link comes from a newer version of rightsize, which writes a share format this one cannot read";
  if (version < kVersion1 || version > kShareVersion)
    return "not a rightsize link: it does not start with a format version";
  fragment.remove_prefix(1);
  switch (base64url_decode(fragment, bytes)) {
    case Base64::ok: break;
    case Base64::bad_character: return "the link is damaged: it holds a character that cannot appear in a link";
    case Base64::bad_end: return "the link is damaged or cut short";
  }
  if (bytes.size() < 3) return "the link is cut short";
  const std::size_t n = bytes.size() - 2;
  const auto stored =
      static_cast<unsigned>(static_cast<unsigned char>(bytes[n]) << 8 | static_cast<unsigned char>(bytes[n + 1]));
  if (crc16(version, std::string_view(bytes.data(), n)) != stored)
    return "the link is damaged or cut short: its check does not match";
  return nullptr;
}

}  // namespace

Result<std::string> share_encode(const Value& input) {
  Result<std::string> result;
  ByteWriter payload;
  Writing w{result.errors};
  write_object(input, "", kInput, payload, w);
  if (!result.errors.empty()) return result;
  // A later version's payload for an input without its new fields is the earlier one's, byte
  // for byte (the bits it adds are all clear): such an input keeps its older link, which
  // older builds read too.
  const char version = w.needs;
  std::string bytes = payload.bytes();
  const std::uint16_t check = crc16(version, bytes);
  bytes += static_cast<char>(check >> 8);
  bytes += static_cast<char>(check & 0xFF);
  result.value.emplace(1, version);
  base64url_append(bytes, *result.value);
  return result;
}

Result<Value> share_decode(std::string_view fragment) {
  Result<Value> result;
  std::string bytes;
  char version = 0;
  const char* problem = unwrap(fragment, version, bytes);
  if (problem == nullptr) {
    ByteReader in(std::string_view(bytes.data(), bytes.size() - 2));
    Value input = Value::object();
    if (read_object(in, fields_in(kInput, version), input) &&
        (in.at_end() || in.fail("the link is damaged: more follows its last field")))
      result.value.emplace(std::move(input));
    problem = in.problem();
  }
  if (problem != nullptr) result.errors.push_back({"fragment", problem});
  return result;
}

Value share_encode_document(const Value& input) {
  Result<std::string> r = share_encode(input);
  if (!r.ok()) return errors_to_value(r.errors);
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  out.set("fragment", Value::of_string(std::move(*r.value)));
  return out;
}

Value share_decode_document(std::string_view fragment) {
  Result<Value> r = share_decode(fragment);
  if (!r.ok()) return errors_to_value(r.errors);
  Value out = Value::object();
  out.set("ok", Value::of_bool(true));
  out.set("input", std::move(*r.value));
  return out;
}

}  // namespace rightsize
