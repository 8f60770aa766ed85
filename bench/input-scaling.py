#!/usr/bin/env python3
"""How the CLI's JSON reader scales: time and peak memory against input size, for an object
of many names and for a long array, each read by `rightsize timeline` (which refuses the
unknown field only after reading the whole input). A reader whose cost is linear shows a
ratio near the size ratio; the quadratic one this replaced took 58x longer for 10x the keys.
A benchmark, not a test: it prints, it asserts nothing.
Usage: python3 bench/input-scaling.py [CLI]"""
import json
import subprocess
import sys
import time

cli = sys.argv[1] if len(sys.argv) > 1 else "build/native/bin/rightsize"


def run(text):
    """Seconds and peak memory (MB) of one `rightsize timeline` reading `text`. GNU time
    starts the CLI and reads its peak, so the driver's own memory is not counted in it."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", cli, "timeline"], input=text.encode(), capture_output=True, check=False
    )
    seconds = time.perf_counter() - start
    return seconds, int(done.stderr.decode().strip().splitlines()[-1]) / 1024


shapes = {
    "names in one object": lambda n: json.dumps({"users": 100, "extra": {f"k{i}": i for i in range(n)}}),
    "items in one array": lambda n: json.dumps({"users": 100, "extra": list(range(n))}),
}
for shape, make in shapes.items():
    times = {}
    for n in (4_000, 40_000):
        text = make(n)
        best = min(run(text)[0] for _ in range(3))
        times[n] = best
        peak = run(text)[1]
        print(f"JSON input, {n:,} {shape} ({len(text) / 1e6:.2f} MB): {best * 1000:.1f} ms, peak memory {peak:.1f} MB")
    print(f"JSON input, {shape}, 10x the size: {times[40_000] / times[4_000]:.1f}x the time (linear: about 10x)")
