# The comparisons: one input priced by every catalogue side by side (converted to one
# currency), and the scale choice (one bigger app server or several smaller ones).
rightsize_core_sources(compare
  DOCUMENTS compare.cpp compare_currency.cpp
  SIMULATION scale_choice.cpp)
