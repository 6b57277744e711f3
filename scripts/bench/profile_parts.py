#!/usr/bin/env python3
"""CPU time per part of a build, from demangled `perf script` output: each sample goes to the
first part (in the order below) whose function appears anywhere on its stack, so the parts do
not overlap and add up to the whole. Given two profiles (N = 1,000 and N = 10,000), it prints
both and their ratio: a part that grows much faster than the corpus is the place to look
(that is how the quadratic step in the works pages was found; docs/performance.md).

    perf script -i perf.data | swift demangle --simplified --compact > a.txt
    profile_parts.py a.txt HZ [b.txt HZ]

HZ is the sampling frequency given to `perf record -F`, which turns samples into milliseconds.
"""

import collections
import sys

# Part name, and a piece of a function name that marks it; linkers before the HTML writer
# that calls them, page kinds before the templates that render them would hide them.
PARTS = [
    ("mention linking", "MentionLinker"),
    ("citation linking", "CitationLinker"),
    ("search index", "SearchIndex"),
    ("link check", "LinkChecker"),
    ("templates", "CompiledTemplates"),
    ("cmark parse", "cmark_parse"),
    ("tree from cmark", "TreeConverter"),
    ("parse, other", "BodyParser"),
    ("HTML writer", "HTMLWriter"),
    ("entity pages", "EntityPages"),
    ("works pages", "ReferencePages"),
    ("article pages", "articlePage"),
    ("loading", "CorpusLoader"),
    ("BibTeX", "BibTeX"),
    ("reference list", "ReferenceList"),
    ("exports", "exports"),
    ("writing files", "OutputPublisher"),
    ("render stage, other", "renderAndStage"),
    ("resolve, other", "SiteResolver"),
    ("plan, other", "SitePlanner"),
    ("dynamic linking", "dl_"),
    ("command start", "StudySiteCommand"),
]


def parts(path, hertz):
    counts = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as stream:
        for sample in stream.read().split("\n\n"):
            lines = sample.strip().split("\n")
            if len(lines) < 2:
                continue
            stack = "\n".join(lines[1:])
            for name, marker in PARTS:
                if marker in stack:
                    counts[name] += 1
                    break
            else:
                counts["other (cmark, allocator, kernel)"] += 1
    return {name: count * 1000.0 / hertz for name, count in counts.items()}


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 4):
        sys.exit(__doc__)
    first = parts(args[0], float(args[1]))
    if len(args) == 2:
        print("| part | CPU (ms) | share |\n|---|---:|---:|")
        total = sum(first.values())
        for name in sorted(first, key=lambda key: -first[key]):
            print("| %s | %.1f | %.1f%% |" % (name, first[name], 100 * first[name] / total))
        print("| total | %.0f | |" % total)
        return
    second = parts(args[2], float(args[3]))
    print("| part | first (ms) | second (ms) | ratio |\n|---|---:|---:|---:|")
    for name in sorted(second, key=lambda key: -second[key]):
        before = first.get(name, 0.0)
        ratio = "%.1f" % (second[name] / before) if before else "new"
        print("| %s | %.1f | %.1f | %s |" % (name, before, second[name], ratio))
    print("| total | %.0f | %.0f | %.1f |" % (
        sum(first.values()), sum(second.values()), sum(second.values()) / sum(first.values())))


if __name__ == "__main__":
    main()
