# Values and errors: the Value tree every document is read into, and Result's per-field errors.
rightsize_core_sources(value
  DOCUMENTS value.cpp result.cpp object_reader.cpp)
