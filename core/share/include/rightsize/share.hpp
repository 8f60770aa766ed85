// Share links: an input document (what `rightsize recommend` and `rightsize timeline` read)
// as a short, versioned, URL-safe text for a link's fragment, and back. The format is
// specified in docs/share-format.md; versions 1 to 3 are fixed forever, and a later version
// will keep reading them all.
#pragma once

#include <string>
#include <string_view>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

// The newest version this build reads and writes, the first character of a fragment. It
// writes the oldest version that holds the input (version 1 for every input without the
// fields versions 2 and 3 added), so an input keeps the link it always had.
constexpr char kShareVersion = '3';

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
