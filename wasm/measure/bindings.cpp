// Embind glue of rightsize-measure: a measurement fed the reader's files chunk by chunk
// (the page reads them with File.stream() in a worker), giving the CLI's `measure`
// document. Built as its own module so the parsers load only when a file is chosen.
// Values cross as the byte wire (wire.hpp); failures are values, never exceptions.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "rightsize/embind_reply.hpp"
#include "rightsize/measure.hpp"

using emscripten::val;
using rightsize::Value;
using rightsize::wire::ok_value;
using rightsize::wire::reply;
using rightsize::wire::store;

namespace {

struct Session {
  std::optional<rightsize::MeasureSettings> settings;
  std::optional<rightsize::AssumptionBook> assumptions;
  std::optional<rightsize::Measurement> measurement;
  std::string chunk;  // where JavaScript writes the next chunk: one copy, straight into the heap
};

Session& session() {
  static Session s;
  return s;
}

val ok(Value result = Value()) { return reply(ok_value(std::move(result))); }

val fail(const std::string& field, const std::string& message) {
  return reply(rightsize::errors_to_value({{field, message}}));
}

// A text option of begin(): absent, or text.
bool text_option(const Value& options, const char* name, std::string& out, std::vector<rightsize::FieldError>& errors) {
  const Value* v = options.find(name);
  if (v == nullptr || v->is_null()) return true;
  if (v->kind != Value::Kind::string) {
    errors.push_back({name, std::string("expected text, got ") + rightsize::describe(v->kind)});
    return false;
  }
  out = v->text;
  return true;
}

}  // namespace

// set_settings(document): content/measure.json. set_assumptions(document): content/assumptions.json.
val set_settings(std::string document) { return store(document, rightsize::read_measure_settings, session().settings); }
val set_assumptions(std::string document) {
  return store(document, rightsize::read_assumption_book, session().assumptions);
}

// begin(kind, {file, format?, duration_field?}): starts a file ("access_log", "queries",
// "app_cpu" or "db_cpu"); files begun before finish() add up to one document.
val begin(std::string kind_name, std::string options_bytes) {
  Session& s = session();
  if (!s.settings) return fail("settings", "not loaded yet: call set_settings first");
  if (!s.assumptions) return fail("assumptions", "not loaded yet: call set_assumptions first");
  const auto kind = rightsize::measure_kind_from_name(kind_name);
  if (!kind) return fail("kind", "unknown kind \"" + kind_name + "\": use access_log, queries, app_cpu or db_cpu");
  const Value options = rightsize::wire::decode(options_bytes);
  if (!options.is_object()) return fail("options", "expected an object of named fields");
  std::vector<rightsize::FieldError> errors;
  std::string file;
  rightsize::MeasureFileOptions o;
  text_option(options, "file", file, errors);
  text_option(options, "format", o.format, errors);
  text_option(options, "duration_field", o.duration_field, errors);
  for (const rightsize::Member& m : options.members)
    if (m.key != "file" && m.key != "format" && m.key != "duration_field") errors.push_back({m.key, "unknown field"});
  if (file.empty() && errors.empty()) errors.push_back({"file", "is required: the file's name, for messages"});
  if (!errors.empty()) return reply(rightsize::errors_to_value(errors));
  // A session starts with its first good file: a refused one leaves nothing to finish.
  rightsize::Measurement fresh(*s.settings, &*s.assumptions);
  rightsize::Measurement& target = s.measurement ? *s.measurement : fresh;
  errors = target.begin(*kind, file, o);
  if (!errors.empty()) return reply(rightsize::errors_to_value(errors));
  if (!s.measurement) s.measurement = std::move(fresh);
  return ok();
}

// chunk_buffer(n): room for the next n bytes, as a view JavaScript fills before feed_chunk(n).
val chunk_buffer(size_t n) {
  std::string& chunk = session().chunk;
  chunk.resize(n);
  return val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(chunk.data())));
}

void feed_chunk(size_t n) {
  Session& s = session();
  if (s.measurement && n <= s.chunk.size()) s.measurement->feed(std::string_view(s.chunk.data(), n));
}

// finish() -> {ok: true, result: document}: the CLI's measure document; the session ends.
val finish() {
  Session& s = session();
  if (!s.measurement) return fail("file", "nothing begun: call begin first");
  const Value document = s.measurement->document();
  s.measurement.reset();
  return ok(document);
}

// cancel(): drops everything read since the last finish().
void cancel() { session().measurement.reset(); }

// heap_bytes(): the module's memory, for the benchmark's peak-memory figure.
double heap_bytes() { return static_cast<double>(emscripten_get_heap_size()); }

EMSCRIPTEN_BINDINGS(rightsize_measure) {
  emscripten::function("set_settings", &set_settings);
  emscripten::function("set_assumptions", &set_assumptions);
  emscripten::function("begin", &begin);
  emscripten::function("chunk_buffer", &chunk_buffer);
  emscripten::function("feed_chunk", &feed_chunk);
  emscripten::function("finish", &finish);
  emscripten::function("cancel", &cancel);
  emscripten::function("heap_bytes", &heap_bytes);
}
