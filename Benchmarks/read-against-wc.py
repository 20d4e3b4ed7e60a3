#!/usr/bin/env python3
"""Issue 7's reading target, side by side: before each read, `wc -l` on the same file five
times (the median is taken), then `side-by-side measure-read FILE`; each SIDE-BY-SIDE binary
in turn, ROUNDS times. Prints wall and CPU time, the ratio to `wc -l`, peak memory and the load.

    Benchmarks/read-against-wc.py FILE ROUNDS SIDE-BY-SIDE...
"""
import os
import re
import statistics
import subprocess
import sys
import time

path, rounds, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]


def line_count_seconds():
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(["wc", "-l", path], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figure(name, output):
    return float(re.search(name + r"=([\d.]+)", output).group(1))


for _ in range(rounds):
    for binary in binaries:
        wc = line_count_seconds()
        output = subprocess.run([binary, "measure-read", path], capture_output=True, text=True, check=True).stdout
        wall, cpu, peak = figure("read_wall", output), figure("read_cpu", output), figure("peak_bytes", output)
        load = open("/proc/loadavg").read().split()[0]
        print(f"{os.path.basename(binary):24} wc -l {wc * 1000:5.1f} ms   read {wall * 1000:6.1f} ms wall "
              f"{cpu * 1000:6.1f} ms CPU   {wall / wc:5.1f}x   peak {peak / 1e6:5.1f} MB   load {load}", flush=True)
