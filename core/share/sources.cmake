# Share links: an input as a compact, versioned URL fragment, and back (docs/share-format.md).
rightsize_core_sources(share
  DOCUMENTS share_bytes.cpp share.cpp)
