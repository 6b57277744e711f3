#!/usr/bin/env python3
"""Reads `perf script -F tid,event,ip,trace` of uprobes on swift_retain and swift_release
(obj= and ret= arguments; scripts/bench/shared-counts.sh) and prints, per calling function,
how many calls found their object last counted by another thread, and how many calls there
were.

    shared_counts.py BIN RETAIN_OFFSET TOP
"""
import bisect
import collections
import subprocess
import sys


def main():
    binary, retain_offset, top = sys.argv[1], int(sys.argv[2], 16), int(sys.argv[3])
    symbols = []
    for line in subprocess.run(["nm", binary], capture_output=True, text=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            try:
                symbols.append((int(parts[0], 16), parts[2]))
            except ValueError:
                pass
    symbols.sort()
    starts = [address for address, _ in symbols]
    base = None
    last_thread = {}
    switches = collections.Counter()
    calls = collections.Counter()
    for line in sys.stdin:
        fields = line.split()
        thread, event, ip = fields[0], fields[1], int(fields[2].strip("()"), 16)
        obj = int(fields[3].split("=")[1])
        ret = int(fields[4].split("=")[1])
        if base is None and "swift_retain" in event:
            base = ip - retain_offset
        # Null, tagged and immortal objects in the binary's own data.
        if base is None or obj <= 0 or obj >= 1 << 62 or base <= obj < base + starts[-1]:
            continue
        calls[ret] += 1
        if obj in last_thread and last_thread[obj] != thread:
            switches[ret] += 1
        last_thread[obj] = thread

    def function(address):
        index = bisect.bisect_right(starts, address - base) - 1
        return symbols[index][1] if index >= 0 else "?"

    by_switches = collections.Counter()
    by_calls = collections.Counter()
    for address, count in switches.items():
        by_switches[function(address)] += count
    for address, count in calls.items():
        by_calls[function(address)] += count
    print("calls counting an object the other thread counted last: %d of %d"
          % (sum(by_switches.values()), sum(by_calls.values())))
    names = [name for name, _ in by_switches.most_common(top)]
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names),
                               capture_output=True, text=True).stdout.splitlines()
    print("| switches | calls | function |\n|---:|---:|---|")
    for name, readable in zip(names, demangled):
        print("| %d | %d | %s |" % (by_switches[name], by_calls[name], readable[:110]))


if __name__ == "__main__":
    main()
