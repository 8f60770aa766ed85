# rightsize::measure's sources, in link order: the histogram and the text scanners (text/),
# then the readers built on them.
set(RIGHTSIZE_MEASURE_SOURCES
  src/histogram.cpp
  text/text_scan.cpp
  text/timestamp.cpp
  text/text_input.cpp
  text/json_line.cpp
  text/csv_reader.cpp
  src/access_log_lines.cpp
  src/request_tally.cpp
  src/access_log.cpp
  src/query_stats.cpp
  src/cpu_series.cpp
  src/measure_settings.cpp
  src/measure.cpp
  src/measure_document.cpp)
