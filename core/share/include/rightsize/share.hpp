// Share links: an input document (what `rightsize recommend` and `rightsize timeline` read)
// as a short, versioned, URL-safe text for a link's fragment, and back. The format is
// specified in core/src/share-format.md; version 1 is fixed forever, and a later version
// will keep reading it.
#pragma once

#include <string>
#include <string_view>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

// The version this build writes, the first character of every fragment it makes.
constexpr char kShareVersion = '1';

// The fragment for an input document, without the '#'. It keeps only what the reader set:
// absent and null fields, false flags and values equal to the readers' fixed defaults are
// left out. Errors name each field the format cannot hold (an unknown field, text where a
// number belongs); ranges are the readers' business, so validate with them first.
Result<std::string> share_encode(const Value& input);

// The input document a fragment holds. Anything up to a '#' is ignored, so a whole link
// may be given. A damaged, cut-short or unknown fragment is an error on the field
// "fragment"; one from a newer format says so.
Result<Value> share_decode(std::string_view fragment);

// {"ok": true, "fragment": "1..."} or the errors: what the module returns.
Value share_encode_document(const Value& input);

// {"ok": true, "input": {...}} or the errors.
Value share_decode_document(std::string_view fragment);

}  // namespace rightsize
