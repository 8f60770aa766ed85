# The rulebook (content/rules.json) and the recommendation it gives.
rightsize_core_sources(rules
  DOCUMENTS rulebook.cpp rule_text.cpp
  SIMULATION metrics.cpp recommend.cpp
  DOCUMENTS recommend_output.cpp)
