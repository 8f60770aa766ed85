# Watching for the next move: the triggers past a stage as alert rules (Prometheus,
# CloudFormation) and in words, and the migration plan (a checklist, a calendar).
rightsize_core_sources(watch
  DOCUMENTS alerts.cpp alert_options.cpp plan.cpp)
