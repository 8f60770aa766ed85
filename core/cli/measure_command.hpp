// rightsize measure: access logs, query statistics and CPU series in, the calculator's
// inputs out (see README, "rightsize measure").
#pragma once

namespace rightsize::cli {

extern const char* const kMeasureUsage;
extern const char* const kMeasureSummary;  // one line for the main usage text

// args are what follows "measure"; returns the exit status.
int measure_main(int argc, char** argv);

}  // namespace rightsize::cli
