#!/usr/bin/env python3
"""Compares StudySite binaries on one benchmark corpus: runs them interleaved (A, B, A, B …),
writes each build into a folder on tmpfs (/dev/shm) so the file system's noise stays out, and
prints each binary's median, mean and fastest wall time and its mean user CPU.

    scripts/bench/compare.py BIN_A BIN_B [BIN_C …]

    RUNS=15            runs per binary
    N=1000             corpus size ($BENCH_WORK/corpus-N, made by run.sh or generate_corpus.py)
    BENCH_WORK=/tmp/studysite-bench
    TEMPLATES=Templates of this checkout
    OUT=/dev/shm/studysite-compare   the output folder, deleted before each run

This is for telling whether a change to StudySite helps (the numbers in the "How it got here"
table of docs/performance.md that say "tmpfs A/B"), not for comparing with Hugo: that is
run.sh, on the real file system, with both tools side by side.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    binaries = sys.argv[1:]
    if not binaries:
        sys.exit(__doc__)
    runs = int(os.environ.get("RUNS", "15"))
    size = os.environ.get("N", "1000")
    work = os.environ.get("BENCH_WORK", "/tmp/studysite-bench")
    templates = os.environ.get("TEMPLATES", os.path.join(ROOT, "Templates"))
    out = os.environ.get("OUT", "/dev/shm/studysite-compare")
    content = os.path.join(work, "corpus-%s" % size, "studysite")
    if not os.path.isdir(content):
        sys.exit("no corpus at %s: run scripts/bench/run.sh or generate_corpus.py first" % content)
    for binary in binaries:
        if not os.access(binary, os.X_OK):
            sys.exit("not an executable: %s" % binary)
    walls = {binary: [] for binary in binaries}
    users = {binary: [] for binary in binaries}
    for _ in range(runs):
        for binary in binaries:
            shutil.rmtree(out, ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([binary, "build", "--content", content, "--templates", templates, "--output", out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            walls[binary].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            users[binary].append(after.ru_utime - before.ru_utime)
    shutil.rmtree(out, ignore_errors=True)
    width = max(len(binary) for binary in binaries)
    print("N = %s, %d interleaved runs each, output on %s" % (size, runs, out))
    for binary in binaries:
        wall = walls[binary]
        print("%-*s  wall median %.4f s  mean %.4f  fastest %.4f  user CPU mean %.3f s" % (
            width, binary, statistics.median(wall), statistics.fmean(wall), min(wall),
            statistics.fmean(users[binary])))


if __name__ == "__main__":
    main()
