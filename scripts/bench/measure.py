#!/usr/bin/env python3
"""Runs the side-by-side measurement that scripts/bench/run.sh prepares.

For each N it expects WORK/corpus-N/{studysite,hugo} (generate_corpus.py) and runs, K times
each and interleaved (studysite, hugo, studysite, hugo, ...), from a cold-ish state (no
output folder before any run; the previous one is moved aside and deleted after the last
size's runs, see Clearer, or deleted right before with --delete-between-runs; no file
deleted in the last minute, see SETTLE_S; and nothing left to write back: sync before
every run):

    studysite build --content WORK/corpus-N/studysite --templates TEMPLATES --output OUT
    hugo --quiet -s WORK/corpus-N/hugo -d OUT

each under /usr/bin/time -v (peak RSS, CPU) with the wall time taken around it. Then the
floor, K times each: (a) one cmark-gfm process rendering every article file (tables,
strikethrough, autolink, footnotes) to /dev/null; (b) write_files writing as many files of
the same average size as StudySite's output. It records nproc, memory and the load average
before and after every run, and writes WORK/results.json and WORK/results.md (also printed).
"""

import argparse
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def mem_total_mib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    return None


def wait_for_quiet(threshold, max_wait, log):
    """Polls the 1-minute load average until it is below threshold or max_wait passed."""
    start = time.time()
    first = loadavg()
    while True:
        la = loadavg()
        if la[0] < threshold:
            return {"reached": True, "waited_s": round(time.time() - start), "load_at_start": first, "load": la}
        if time.time() - start >= max_wait:
            log(f"load {la[0]:.2f} still >= {threshold} after {max_wait} s; measuring anyway")
            return {"reached": False, "waited_s": round(time.time() - start), "load_at_start": first, "load": la}
        time.sleep(15)


def parse_time_v(path):
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("Maximum resident set size (kbytes):"):
                out["max_rss_kb"] = int(line.rsplit(":", 1)[1])
            elif line.startswith("User time (seconds):"):
                out["user_s"] = float(line.rsplit(":", 1)[1])
            elif line.startswith("System time (seconds):"):
                out["sys_s"] = float(line.rsplit(":", 1)[1])
            elif line.startswith("Elapsed (wall clock) time"):
                value = line.split("):", 1)[1].strip()
                parts = [float(p) for p in value.split(":")]
                secs = 0.0
                for p in parts:
                    secs = secs * 60 + p
                out["time_elapsed_s"] = secs
            elif line.startswith("Exit status:"):
                out["exit_status"] = int(line.rsplit(":", 1)[1])
            elif line.startswith("Command terminated by signal"):
                out["signal"] = line
    return out


def timed(cmd, time_file, cwd=None, stdout=subprocess.DEVNULL, stderr_file=None):
    """Runs cmd under /usr/bin/time -v; returns wall seconds and the parsed time -v fields."""
    la_before = loadavg()
    err = open(stderr_file, "w") if stderr_file else subprocess.DEVNULL
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", "-o", time_file] + cmd, cwd=cwd,
                          stdout=stdout, stderr=err)
    wall = time.perf_counter() - t0
    if stderr_file:
        err.close()
    result = parse_time_v(time_file)
    result.update({"wall_s": round(wall, 4), "returncode": proc.returncode,
                   "load_before": la_before, "load_after": loadavg()})
    return result


def tree_stats(path):
    files = 0
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            files += 1
            total += os.path.getsize(os.path.join(root, n))
    return files, total


def summary(runs, key="wall_s"):
    ok = [r for r in runs if r.get("ok")]
    if not ok:
        return None
    vals = [r[key] for r in ok]
    rss = [r.get("max_rss_kb", 0) for r in ok]
    cpu = [r.get("user_s", 0) + r.get("sys_s", 0) for r in ok]
    return {"n": len(ok), "median_s": statistics.median(vals), "min_s": min(vals), "max_s": max(vals),
            "median_cpu_s": statistics.median(cpu), "median_rss_kb": statistics.median(rss),
            "max_rss_kb": max(rss)}


# On ext4 without a journal (this machine's root file system) the kernel does not reuse an
# inode freed in the last 60 s, or in the last 360 s while its inode table block is not yet
# written back (fs/ext4/ialloc.c: recently_deleted, RECENTCY_MIN 60, RECENTCY_DIRTY 300), and
# every file created scans past such inodes. A block written again becomes dirty again, so
# the first runs after thousands of files were deleted nearby pay for them for up to six
# minutes: the measurement deletes nothing until every size has been measured (Clearer), and
# before a size's first run writes back what earlier steps deleted (sync) and waits this long.
SETTLE_S = 65


def settle(log, seconds=SETTLE_S):
    os.sync()
    log(f"  sync, then waiting {seconds} s for deleted inodes to stop being recent")
    time.sleep(seconds)


class Clearer:
    """Clears an output folder before a run. By default the folder is moved aside into one
    trash folder for the whole measurement, deleted after the last size (see SETTLE_S). With
    --delete-between-runs the folder is deleted right before each run instead."""

    def __init__(self, trash, delete_between_runs):
        self.trash = trash
        self.delete_between_runs = delete_between_runs

    def clear(self, path):
        if not os.path.exists(path):
            return
        if self.delete_between_runs:
            shutil.rmtree(path, ignore_errors=True)
            return
        os.makedirs(self.trash, exist_ok=True)
        target = os.path.join(self.trash, f"{len(os.listdir(self.trash)) + 1}-{os.path.basename(path)}")
        os.rename(path, target)

    def empty(self):
        """Deletes what was set aside."""
        if os.path.isdir(self.trash):
            shutil.rmtree(self.trash, ignore_errors=True)


def measure_n(n, args, log):
    corpus = os.path.join(args.work, f"corpus-{n}")
    run_dir = os.path.join(args.work, f"run-{n}")
    os.makedirs(run_dir, exist_ok=True)
    with open(os.path.join(corpus, "manifest.json")) as f:
        manifest = json.load(f)
    res = {"n": n, "manifest": manifest, "studysite": [], "hugo": [], "cmark": [], "write": [],
           "notes": []}
    ss_out = os.path.join(run_dir, "studysite-out")
    hg_out = os.path.join(run_dir, "hugo-out")
    hugo_site = os.path.join(corpus, "hugo")
    ss_gave_up = False
    output_files = output_bytes = None
    clearer = Clearer(os.path.join(args.work, ".trash"), args.delete_between_runs)
    clearer.clear(ss_out)
    clearer.clear(hg_out)
    # After what run.sh deleted before the measurement (an earlier build, the sources).
    settle(log)
    res["quiet"] = wait_for_quiet(args.load_threshold, args.max_wait, log)
    log(f"N={n}: load {res['quiet']['load']} (waited {res['quiet']['waited_s']} s)")
    # Warm-up: the first build of each tool after the wait above often ran slower than the
    # rest (StudySite by up to half, Hugo by up to a third, at both sizes; likely the host
    # taking back memory freed during the wait, and cold caches). One unmeasured build of each tool,
    # interleaved as the measured ones, takes that out of both tools' medians alike; its
    # times are logged and kept in the results, apart.
    res["warmup"] = []
    for k in range(1, args.warmup + 1):
        clearer.clear(ss_out)
        os.sync()
        w = timed(["timeout", "--signal=KILL", str(args.timeout), args.studysite, "build",
                   "--content", os.path.join(corpus, "studysite"), "--templates", args.templates,
                   "--output", ss_out], os.path.join(run_dir, f"studysite-warmup-time-{k}.txt"))
        clearer.clear(hg_out)
        clearer.clear(os.path.join(hugo_site, "resources"))
        os.sync()
        h = timed(["timeout", "--signal=KILL", str(args.timeout), "hugo", "--quiet", "-s", hugo_site, "-d", hg_out],
                  os.path.join(run_dir, f"hugo-warmup-time-{k}.txt"))
        res["warmup"].append({"studysite_wall_s": w["wall_s"], "hugo_wall_s": h["wall_s"]})
        log(f"  warm-up #{k} (not counted): studysite {w['wall_s']:.2f} s, hugo {h['wall_s']:.2f} s")
    for k in range(1, args.runs + 1):
        if not ss_gave_up:
            clearer.clear(ss_out)
            for leftover in glob.glob(ss_out + "*"):
                clearer.clear(leftover)
            report = os.path.join(run_dir, f"studysite-report-{k}.json")
            # The runs before wrote hundreds of megabytes at N = 10,000; their writeback (after
            # 30 s) took a core from whichever run was going on. Each run starts with none.
            os.sync()
            r = timed(["timeout", "--signal=KILL", str(args.timeout), args.studysite, "build",
                       "--content", os.path.join(corpus, "studysite"), "--templates", args.templates,
                       "--output", ss_out, "--report", report],
                      os.path.join(run_dir, f"studysite-time-{k}.txt"),
                      stderr_file=os.path.join(run_dir, f"studysite-stderr-{k}.txt"))
            r["ok"] = r["returncode"] == 0
            if r["returncode"] in (124, 137) or r["wall_s"] >= args.timeout:
                r["timeout"] = True
                ss_gave_up = True
                res["notes"].append(f"StudySite run {k} at N={n} was stopped after {args.timeout} s.")
            elif not r["ok"]:
                ss_gave_up = True
                with open(os.path.join(run_dir, f"studysite-stderr-{k}.txt")) as f:
                    tail = f.read()[-2000:]
                log(tail)
                res["notes"].append(f"StudySite run {k} at N={n} failed (exit {r['returncode']}); "
                                    f"no further StudySite runs at this size. Its stderr ends: {tail[-300:]!r}")
            if r["ok"]:
                try:
                    with open(report) as f:
                        rep = json.load(f)
                    r["stages"] = {s["stage"]: round(s["seconds"], 3) for s in rep.get("stages", [])}
                    r["warnings"] = rep.get("warnings")
                    r["errors"] = rep.get("errors")
                    r["pages"] = rep.get("pages")
                except (OSError, ValueError):
                    pass
                if output_files is None:
                    output_files, output_bytes = tree_stats(ss_out)
            res["studysite"].append(r)
            log(f"  studysite #{k}: {r['wall_s']:.2f} s, {r.get('max_rss_kb', 0) // 1024} MiB, rc={r['returncode']}")
        clearer.clear(hg_out)
        clearer.clear(os.path.join(hugo_site, "resources"))
        os.sync()
        # Under the same `timeout` as StudySite's runs (its process costs about 0.4 ms).
        r = timed(["timeout", "--signal=KILL", str(args.timeout), "hugo", "--quiet", "-s", hugo_site, "-d", hg_out],
                  os.path.join(run_dir, f"hugo-time-{k}.txt"),
                  stderr_file=os.path.join(run_dir, f"hugo-stderr-{k}.txt"))
        r["ok"] = r["returncode"] == 0
        res["hugo"].append(r)
        log(f"  hugo      #{k}: {r['wall_s']:.2f} s, {r.get('max_rss_kb', 0) // 1024} MiB, rc={r['returncode']}")
    res["hugo_output"] = dict(zip(("files", "bytes"), tree_stats(hg_out)))
    res["studysite_output"] = {"files": output_files, "bytes": output_bytes}

    # Floor (a): cmark-gfm alone over every article file, one process.
    articles = sorted(glob.glob(os.path.join(corpus, "studysite", "articles", "*.md")))
    cmark = ["cmark-gfm", "--extension", "table", "--extension", "strikethrough",
             "--extension", "autolink", "--extension", "footnotes"]
    for k in range(1, args.runs + 1):
        r = timed(cmark + articles, os.path.join(run_dir, f"cmark-time-{k}.txt"))
        r["ok"] = r["returncode"] == 0
        res["cmark"].append(r)
    log(f"  cmark-gfm floor: median {summary(res['cmark'])['median_s']:.3f} s" if summary(res["cmark"]) else "  cmark-gfm failed")

    # Floor (b): write as many files, of StudySite's average output size.
    if output_files:
        avg = output_bytes // output_files
        res["write_floor"] = {"files": output_files, "avg_bytes": avg}
        wdir = os.path.join(run_dir, "write-floor")
        for k in range(1, args.runs + 1):
            clearer.clear(wdir)
            r = timed([args.write_files, wdir, str(output_files), str(avg)],
                      os.path.join(run_dir, f"write-time-{k}.txt"))
            r["ok"] = r["returncode"] == 0
            res["write"].append(r)
        clearer.clear(wdir)
        log(f"  write floor: median {summary(res['write'])['median_s']:.3f} s")
    for key in ("studysite", "hugo", "cmark", "write"):
        res[key + "_summary"] = summary(res[key])
    res["delete_between_runs"] = args.delete_between_runs
    return res


def fmt_s(x):
    return "–" if x is None else (f"{x:.3f}" if x < 10 else f"{x:.1f}")


def mib(kb):
    return "–" if kb is None else f"{kb / 1024:.0f}"


def markdown(results, meta):
    lines = []
    lines.append(f"Machine: {meta['nproc']} cores (nproc), {meta['mem_total_mib']} MiB memory, "
                 f"{meta['kernel']}; StudySite: {meta['studysite_label']}; Hugo: {meta['hugo_version']}; "
                 f"cmark-gfm: {meta['cmark_version']}. Runs per tool and size: {meta['runs']}, interleaved, "
                 f"after {meta.get('warmup', 0)} unmeasured warm-up build(s) of each tool. "
                 + ("Output folders deleted right before each run." if meta.get('delete_between_runs')
                    else "Output folders moved aside before each run, deleted after the last size's runs; "
                      "before a size's first run, sync and a 65 s wait (no inode freed in the last 60 s); "
                      "sync before every run."))
    lines.append("")
    lines.append("| N | tool | runs | median wall (s) | min–max (s) | median CPU user+sys (s) | median peak RSS (MiB) | output files | output MiB |")
    lines.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        for tool, label, out in (("studysite", "StudySite", r.get("studysite_output")),
                                 ("hugo", "Hugo", r.get("hugo_output"))):
            s = r.get(tool + "_summary")
            failed = len([x for x in r[tool] if not x.get("ok")])
            runs = f"{s['n'] if s else 0}" + (f" (+{failed} failed/stopped)" if failed else "")
            files = out.get("files") if out else None
            size = f"{out['bytes'] / 1048576:.1f}" if out and out.get("bytes") else "–"
            if s:
                lines.append(f"| {r['n']:,} | {label} | {runs} | {fmt_s(s['median_s'])} | "
                             f"{fmt_s(s['min_s'])}–{fmt_s(s['max_s'])} | {fmt_s(s['median_cpu_s'])} | "
                             f"{mib(s['median_rss_kb'])} | {files if files is not None else '–'} | {size} |")
            else:
                lines.append(f"| {r['n']:,} | {label} | {runs} | – | – | – | – | – | – |")
    lines.append("")
    lines.append("| N | wall ratio StudySite/Hugo (target ≤ 0.4) | peak RSS ratio StudySite/Hugo (target ≤ 0.5) |")
    lines.append("|---:|---:|---:|")
    for r in results:
        s, h = r.get("studysite_summary"), r.get("hugo_summary")
        if s and h:
            lines.append(f"| {r['n']:,} | {s['median_s'] / h['median_s']:.2f}× | "
                         f"{s['median_rss_kb'] / h['median_rss_kb']:.2f}× |")
        else:
            lines.append(f"| {r['n']:,} | – | – |")
    by_n = {r["n"]: r for r in results}
    if len(by_n) >= 2:
        small, large = min(by_n), max(by_n)
        lines.append("")
        lines.append(f"| cost ratio N={large:,} / N={small:,} (ideal {large / small:.0f}×) | wall | peak RSS |")
        lines.append("|---|---:|---:|")
        for tool, label in (("studysite", "StudySite"), ("hugo", "Hugo"), ("cmark", "cmark-gfm floor"),
                            ("write", "write floor")):
            a, b = by_n[small].get(tool + "_summary"), by_n[large].get(tool + "_summary")
            if a and b:
                lines.append(f"| {label} | {b['median_s'] / a['median_s']:.1f}× | "
                             f"{b['median_rss_kb'] / a['median_rss_kb']:.1f}× |")
            else:
                lines.append(f"| {label} | – | – |")
    lines.append("")
    lines.append("Floor (same runs count, medians):")
    lines.append("")
    lines.append("| N | cmark-gfm alone, all articles (s) | its peak RSS (MiB) | writing the output files (s) | files × average bytes |")
    lines.append("|---:|---:|---:|---:|---:|")
    for r in results:
        c, w = r.get("cmark_summary"), r.get("write_summary")
        wf = r.get("write_floor", {})
        lines.append(f"| {r['n']:,} | {fmt_s(c['median_s']) if c else '–'} | {mib(c['median_rss_kb']) if c else '–'} | "
                     f"{fmt_s(w['median_s']) if w else '–'} | "
                     f"{wf.get('files', '–')} × {wf.get('avg_bytes', '–')} |")
    lines.append("")
    lines.append("StudySite stage times (median over its runs, seconds, from `--report`):")
    lines.append("")
    stages = []
    for r in results:
        for x in r["studysite"]:
            for st in x.get("stages", {}):
                if st not in stages:
                    stages.append(st)
    if stages:
        lines.append("| N | " + " | ".join(stages) + " |")
        lines.append("|---:|" + "---:|" * len(stages))
        for r in results:
            row = []
            for st in stages:
                vals = [x["stages"][st] for x in r["studysite"] if x.get("ok") and st in x.get("stages", {})]
                row.append(fmt_s(statistics.median(vals)) if vals else "–")
            lines.append(f"| {r['n']:,} | " + " | ".join(row) + " |")
    lines.append("")
    lines.append("Load average (1, 5, 15 min) around the measurements:")
    lines.append("")
    lines.append("| N | before first run | after last run | highest 1-min load seen before a run | waited for load < threshold |")
    lines.append("|---:|---|---|---:|---|")
    for r in results:
        all_runs = r["studysite"] + r["hugo"] + r["cmark"] + r["write"]
        first = all_runs[0]["load_before"] if all_runs else None
        peak = max(x["load_before"][0] for x in all_runs) if all_runs else None
        last = r["write"][-1]["load_after"] if r["write"] else (r["hugo"][-1]["load_after"] if r["hugo"] else None)
        q = r["quiet"]
        lines.append(f"| {r['n']:,} | {first} | {last} | "
                     f"{peak:.2f} | {'yes' if q['reached'] else 'NO'}, {q['waited_s']} s (load then {q['load']}) |")
    for r in results:
        for note in r["notes"]:
            lines.append("")
            lines.append(f"Note: {note}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ns", type=int, nargs="+")
    ap.add_argument("--work", required=True)
    ap.add_argument("--studysite", required=True)
    ap.add_argument("--studysite-label", default="")
    ap.add_argument("--templates", required=True)
    ap.add_argument("--write-files", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--load-threshold", type=float, default=0.8)
    ap.add_argument("--max-wait", type=int, default=600)
    ap.add_argument("--warmup", type=int, default=1,
                    help="unmeasured builds of each tool before a size's measured runs")
    ap.add_argument("--delete-between-runs", action="store_true",
                    help="delete each output folder right before the next run (see Clearer)")
    args = ap.parse_args()

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"

    meta = {"nproc": os.cpu_count(), "nproc_cmd": version(["nproc"]), "mem_total_mib": mem_total_mib(),
            "kernel": platform.platform(), "runs": args.runs, "warmup": args.warmup, "studysite_label": args.studysite_label,
            "delete_between_runs": args.delete_between_runs,
            "hugo_version": version(["hugo", "version"]), "cmark_version": version(["cmark-gfm", "--version"]),
            "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "load_at_start": loadavg()}
    results = [measure_n(n, args, log) for n in args.ns]
    Clearer(os.path.join(args.work, ".trash"), args.delete_between_runs).empty()
    meta["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    meta["load_at_end"] = loadavg()
    md = markdown(results, meta)
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump({"meta": meta, "results": results}, f, indent=1)
    with open(os.path.join(args.work, "results.md"), "w") as f:
        f.write(md)
    print(md)


if __name__ == "__main__":
    main()
