# The load model, sizing and the timeline: growth, the month-by-month simulation, the band,
# commitments and managed services in the timeline's documents.
rightsize_core_sources(model
  DOCUMENTS assumptions.cpp
  SIMULATION queueing.cpp load_model.cpp sizing.cpp growth.cpp simulate.cpp run_timeline.cpp
  DOCUMENTS timeline_input.cpp services_input.cpp timeline_output.cpp services_output.cpp
    commitment_input.cpp commitment_output.cpp move_costs.cpp
  SIMULATION uncertainty.cpp)
