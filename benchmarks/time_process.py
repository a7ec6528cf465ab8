#!/usr/bin/env python3
"""Hyperfine-like whole-process timer: warm-up runs, then N timed runs; prints JSON.

Usage: time_process.py --name NAME [--runs 10] [--warmup 2] -- COMMAND [ARGS...]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--name", required=True)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    args = p.parse_args()
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    times = []
    for i in range(args.warmup + args.runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=os.environ)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            sys.exit(f"{args.name}: exit {r.returncode}: {' '.join(cmd)}")
        if i >= args.warmup:
            times.append(dt)
    print(json.dumps({"name": args.name, "median_s": statistics.median(times),
                      "min_s": min(times), "max_s": max(times), "runs": args.runs,
                      "samples_s": times}))


if __name__ == "__main__":
    main()
