// M/M/c queueing: how waiting grows as utilisation rises. Only +, *, / are used, so the
// results are bit-identical in every IEEE 754 build (native and WebAssembly alike).
#pragma once

namespace rightsize {

// Erlang C: the probability that an arrival waits, for `servers` servers at `utilization`
// (0..1, per server). 1 when utilization >= 1.
double erlang_c(int servers, double utilization);

// Mean wait in the queue of an M/M/c system, in the unit of `service_time`; a very large
// number when utilisation reaches 1 (the queue grows without bound).
double mmc_mean_wait(int servers, double utilization, double service_time);

}  // namespace rightsize
