#!/usr/bin/env python3
"""Summarises `perf script -F ip,sym` output: the functions with the largest inclusive share
of samples (the function anywhere on the stack, counted once per sample) and the largest
self share, names demangled with `swift demangle`.

    perf script -i perf.data -F ip,sym,dso | perf_summary.py [--top 15] [--skip-entry] [--own BINARY]

--skip-entry leaves out the frames every sample of the main thread shares (main, the
command's run(), SiteBuilder.build() ...) so the list starts where the work divides.
--own NAME adds a third table: inclusive shares of functions in the object file whose path
ends in NAME (the studysite executable: the project's code and what is linked into it),
so the list names code one can change rather than the standard library.
"""

import argparse
import collections
import subprocess
import sys

ENTRY = ("__libc_start_call_main", "__libc_start_main", "studysite_main", "_start", "StudySiteCommand.main",
         "ParsableCommand.run", "Build.run()", "BuildRunner.run()", "SiteBuilder.build()",
         "start_thread", "_dispatch_worker_thread", "dispatch_apply_f", "_dispatch_", "thunk for",
         "partial apply for", "DispatchQueue.concurrentPerform", "AsyncParsableCommand", "[unknown]",
         "swift_job_run", "runJobInEstablishedExecutorContext", "swift::", "completeTaskWithClosure",
         "async_MainTQ", "resume partial function")


def read_samples(stream):
    samples, current = [], []
    for line in stream:
        line = line.strip()
        if not line:
            if current:
                samples.append(current)
                current = []
            continue
        parts = line.split(None, 1)
        rest = parts[1] if len(parts) > 1 else "?"
        dso = ""
        if rest.endswith(")") and " (" in rest:
            rest, dso = rest.rsplit(" (", 1)
            dso = dso[:-1]
        current.append((rest, dso))
    if current:
        samples.append(current)
    return samples


def demangle(names):
    try:
        out = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                             capture_output=True, text=True, check=True).stdout.split("\n")
        if len(out) >= len(names):
            return dict(zip(names, out))
    except (OSError, subprocess.CalledProcessError):
        pass
    return {n: n for n in names}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--skip-entry", action="store_true")
    ap.add_argument("--width", type=int, default=110)
    ap.add_argument("--own", default="")
    args = ap.parse_args()
    samples = read_samples(sys.stdin)
    if not samples:
        sys.exit("no samples")
    names = sorted({f for s in samples for f, _ in s})
    dm = demangle(names)
    own = set()
    if args.own:
        own = {dm[f] for s in samples for f, d in s if d.endswith(args.own)}
    samples = [[dm[f] for f, _ in s] for s in samples]
    total = len(samples)
    inclusive, self_ = collections.Counter(), collections.Counter()
    for s in samples:
        self_[s[0]] += 1
        for f in set(s):
            inclusive[f] += 1

    def skip(name):
        return args.skip_entry and any(e in name for e in ENTRY)

    def short(name):
        return name if len(name) <= args.width else name[: args.width - 1] + "…"

    print(f"{total} samples")
    print()
    print(f"Top {args.top} inclusive (share of samples with the function on the stack):")
    print()
    print("| # | inclusive | self | function |")
    print("|---:|---:|---:|---|")
    shown = 0
    for name, count in inclusive.most_common():
        if skip(name):
            continue
        shown += 1
        print(f"| {shown} | {100 * count / total:.1f}% | {100 * self_[name] / total:.1f}% | `{short(name)}` |")
        if shown == args.top:
            break
    if own:
        print()
        print(f"Top {args.top} inclusive among functions in {args.own} (the project's code):")
        print()
        print("| # | inclusive | self | function |")
        print("|---:|---:|---:|---|")
        shown = 0
        for name, count in inclusive.most_common():
            if name not in own or skip(name):
                continue
            shown += 1
            print(f"| {shown} | {100 * count / total:.1f}% | {100 * self_[name] / total:.1f}% | `{short(name)}` |")
            if shown == args.top:
                break
    print()
    print(f"Top {args.top} self (share of samples in the function itself):")
    print()
    print("| # | self | function |")
    print("|---:|---:|---|")
    for i, (name, count) in enumerate(self_.most_common(args.top), 1):
        print(f"| {i} | {100 * count / total:.1f}% | `{short(name)}` |")


if __name__ == "__main__":
    main()
