#!/usr/bin/env python3
"""Generates a synthetic benchmark corpus twice: as a StudySite corpus and as a Hugo site.

    generate_corpus.py N OUT [--seed S] [--words W]

writes

    OUT/studysite/           a StudySite content folder (docs/corpus.md)
        site.yaml, index.md, references.bib (200 entries),
        entities/people/person-NNN.md (200 people, each with a name and two aliases),
        articles/a00001.md ... aNNNNN.md
    OUT/hugo/                a Hugo site with the SAME Markdown bodies
        hugo.toml, layouts/_default/{baseof,single,list}.html,
        content/_index.md, content/posts/a00001.md ... aNNNNN.md
    OUT/manifest.json        counts (articles, words, bytes) for the benchmark report

Every article has front matter (title, summary, tags), about W words (default 1,500) of
deterministic pseudo-text in `##` sections, one GFM table, footnotes, citations `[@keyN]`
(plain text for Hugo), mentions of the generated people (by name or alias) and relative
links to other articles (`[text](a00042.html)`; Hugo is configured with uglyURLs so the
same links resolve there too). The output depends only on N, the seed and W: the random
generator is seeded and nothing reads the clock.
"""

import argparse
import json
import os
import random
import shutil
import sys

N_PEOPLE = 200
N_REFERENCES = 200
TAGS = [
    "economy", "diplomacy", "trade", "war", "treaty", "culture", "religion", "science",
    "migration", "education", "industry", "agriculture", "law", "press", "navy", "army",
    "finance", "energy", "health", "labour",
]

CONSONANTS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
              "br", "ch", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
# Name syllables use another alphabet so a capitalised word at a sentence start can never
# spell a person's name.
NAME_CONSONANTS = ["j", "q", "x", "y", "kv", "zh", "dj", "sv"]
NAME_VOWELS = ["a", "e", "i", "o", "u", "y"]


def pseudo_word(rng, consonants, vowels, syllables):
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables))


def make_vocabulary(rng, size=3000):
    # A few real short words keep the text shaped like prose (and like its word lengths).
    words = ["the", "of", "and", "to", "in", "a", "was", "for", "on", "with", "as", "by",
             "that", "from", "at", "its", "their", "which", "were", "had", "been", "after"]
    seen = set(words)
    while len(words) < size:
        w = pseudo_word(rng, CONSONANTS, VOWELS, rng.choice([1, 2, 2, 3, 3, 4]))
        if w not in seen:
            seen.add(w)
            words.append(w)
    # Zipf-like weights: frequent short words, a long tail.
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(words))]
    return words, weights


def make_people(rng):
    people = []
    used = set()
    while len(people) < N_PEOPLE:
        first = pseudo_word(rng, NAME_CONSONANTS, NAME_VOWELS, 2).capitalize()
        last = pseudo_word(rng, NAME_CONSONANTS, NAME_VOWELS, rng.choice([2, 3])).capitalize()
        name = f"{first} {last}"
        aliases = [f"{first[0]}. {last}", f"{last} {first}"]
        if any(x in used for x in [name] + aliases):
            continue
        used.update([name] + aliases)
        i = len(people) + 1
        people.append({"slug": f"person-{i:03d}", "name": name, "first": first, "last": last,
                       "aliases": aliases})
    return people


def make_references(rng, people, words):
    refs = []
    for i in range(1, N_REFERENCES + 1):
        p = people[(i * 7) % len(people)]
        title = " ".join(rng.choice(words[20:600]) for _ in range(rng.randint(3, 7))).capitalize()
        refs.append({
            "key": f"key{i}",
            "author": f"{p['last']}, {p['first']}",
            "title": title,
            "publisher": f"{rng.choice(words[100:400]).capitalize()} Press",
            "address": rng.choice(["London", "New York", "Paris", "Berlin", "Tokyo", "Seoul"]),
            "year": str(rng.randint(1950, 2020)),
        })
    return refs


class ArticleWriter:
    def __init__(self, rng, vocab, weights, people, n_articles, words_target):
        self.rng = rng
        self.vocab = vocab
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.people = people
        self.n = n_articles
        self.words_target = words_target

    def words(self, k):
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=k)

    def sentence(self, extra=None):
        ws = self.words(self.rng.randint(8, 20))
        ws[0] = ws[0].capitalize()
        if self.rng.random() < 0.08:
            j = self.rng.randrange(1, len(ws))
            ws[j] = f"*{ws[j]}*"
        text = " ".join(ws)
        if extra:
            text += " " + extra
        return text + "."

    def mention(self):
        p = self.rng.choice(self.people)
        form = self.rng.choice([p["name"], p["name"], p["aliases"][0], p["aliases"][1]])
        return self.rng.choice(["as {} argued", "according to {}", "wrote {}", "with {}"]).format(form)

    def citation(self):
        key = f"key{self.rng.randint(1, N_REFERENCES)}"
        if self.rng.random() < 0.5:
            return f"[@{key}, p. {self.rng.randint(1, 400)}]"
        return f"[@{key}]"

    def link(self, index):
        target = self.rng.randint(1, self.n)
        if target == index:
            target = target % self.n + 1
        label = " ".join(self.words(self.rng.randint(2, 4)))
        return f"[{label}](a{target:05d}.html)"

    def paragraph(self, state, index):
        sentences = []
        for _ in range(self.rng.randint(4, 7)):
            r = self.rng.random()
            extra = None
            if r < 0.16:
                extra = self.mention()
            elif r < 0.26:
                extra = self.citation()
            elif r < 0.31:
                extra = "see " + self.link(index)
            elif r < 0.35 and state["footnotes"] < 4:
                state["footnotes"] += 1
                extra = f"as noted[^{state['footnotes']}]"
            sentences.append(self.sentence(extra))
        return " ".join(sentences)

    def table(self):
        header = "| Year | " + " | ".join(w.capitalize() for w in self.words(3)) + " |"
        align = "|-----:|" + "|".join(["------:"] * 2 + [":------"]) + "|"
        rows = []
        year = self.rng.randint(1900, 1990)
        for i in range(5):
            rows.append(f"| {year + i} | {self.rng.randint(1, 9999)} | "
                        f"{self.rng.randint(1, 999)}.{self.rng.randint(0, 9)} | "
                        f"{' '.join(self.words(2))} |")
        return "\n".join([header, align] + rows)

    def article(self, index):
        rng = self.rng
        title = " ".join(self.words(rng.randint(3, 6))).capitalize()
        summary = self.sentence()
        tags = sorted(rng.sample(TAGS, rng.randint(2, 3)))
        state = {"footnotes": 0}
        blocks = []
        words = 0
        section = 0
        table_at = rng.randint(1, 3)
        # Footnote definitions add about 60 words at the end.
        while words < self.words_target - 60:
            section += 1
            heading = " ".join(self.words(rng.randint(2, 5))).capitalize()
            blocks.append(f"## {heading}")
            words += len(heading.split())
            for _ in range(rng.randint(3, 4)):
                p = self.paragraph(state, index)
                words += len(p.split())
                blocks.append(p)
                if words >= self.words_target - 60:
                    break
            if section == table_at:
                blocks.append(self.table())
                words += len(blocks[-1].split())
        for i in range(1, state["footnotes"] + 1):
            blocks.append(f"[^{i}]: {self.sentence(self.citation() if rng.random() < 0.5 else None)}")
        body = "\n\n".join(blocks) + "\n"
        return {"title": title, "summary": summary, "tags": tags, "body": body,
                "words": len(body.split())}


def yaml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "index.html" | relURL }}">{{ .Site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}.html">{{ . }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}
</article>
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}
</ul>
{{ end }}
"""

HUGO_CONFIG = """baseURL = "https://example.org/"
languageCode = "en"
title = "Benchmark site"
uglyURLs = true
# Feeds and the sitemap are switched off: StudySite makes neither, and Hugo should do no
# more work than it must.
disableKinds = ["RSS", "sitemap", "robotsTXT"]

[taxonomies]
  tag = "tags"

[markup.goldmark.renderer]
  unsafe = false
# goldmark's tables, footnotes, strikethrough and linkify extensions are on by default.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="output folder (replaced)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--words", type=int, default=1500, help="words per article (about)")
    args = ap.parse_args()
    if args.n < 1:
        sys.exit("N must be at least 1")

    rng = random.Random(args.seed)
    vocab, weights = make_vocabulary(rng)
    people = make_people(rng)
    refs = make_references(rng, people, vocab)

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    ss = os.path.join(out, "studysite")
    hg = os.path.join(out, "hugo")

    # StudySite: site.yaml, index.md, bibliography, entities.
    write(os.path.join(ss, "site.yaml"),
          'title: "Benchmark site"\n'
          'language: en\n'
          f'description: "A synthetic corpus of {args.n} articles for the performance benchmark."\n'
          'citation_style: chicago-author-date\n'
          'raw_html: false\n'
          'navigation:\n'
          '  - { title: "Home", path: index.html }\n'
          '  - { title: "First article", path: articles/a00001.html }\n')
    index_body = (f"A synthetic corpus of {args.n} articles. Start with the "
                  "[first article](articles/a00001.html).\n")
    write(os.path.join(ss, "index.md"),
          '---\ntitle: "Benchmark site"\nsummary: "A synthetic corpus for the performance benchmark."\n---\n\n'
          + index_body)
    bib = []
    for r in refs:
        bib.append(
            f"@book{{{r['key']},\n"
            f"  author = {{{r['author']}}},\n"
            f"  title = {{{r['title']}}},\n"
            f"  publisher = {{{r['publisher']}}},\n"
            f"  address = {{{r['address']}}},\n"
            f"  year = {{{r['year']}}}\n}}\n")
    write(os.path.join(ss, "references.bib"), "\n".join(bib))
    for p in people:
        write(os.path.join(ss, "entities", "people", p["slug"] + ".md"),
              "---\n"
              f"name: {yaml_string(p['name'])}\n"
              f"aliases: [{', '.join(yaml_string(a) for a in p['aliases'])}]\n"
              f"description: {yaml_string('A generated person of the benchmark corpus.')}\n"
              "---\n")

    # Hugo: config, layouts, home.
    write(os.path.join(hg, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(hg, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hg, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hg, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hg, "content", "_index.md"),
          '---\ntitle: "Benchmark site"\n---\n\n'
          f"A synthetic corpus of {args.n} articles. Start with the "
          "[first article](posts/a00001.html).\n")
    write(os.path.join(hg, "content", "posts", "_index.md"), '---\ntitle: "Articles"\n---\n')

    writer = ArticleWriter(rng, vocab, weights, people, args.n, args.words)
    total_words = 0
    total_bytes = 0
    for i in range(1, args.n + 1):
        a = writer.article(i)
        total_words += a["words"]
        front = ("---\n"
                 f"title: {yaml_string(a['title'])}\n"
                 f"summary: {yaml_string(a['summary'])}\n"
                 f"tags: [{', '.join(a['tags'])}]\n"
                 "---\n\n")
        text = front + a["body"]
        total_bytes += len(text.encode("utf-8"))
        name = f"a{i:05d}.md"
        write(os.path.join(ss, "articles", name), text)
        write(os.path.join(hg, "content", "posts", name), text)

    manifest = {"articles": args.n, "seed": args.seed, "people": N_PEOPLE,
                "references": N_REFERENCES, "total_words": total_words,
                "mean_words": round(total_words / args.n, 1),
                "article_bytes": total_bytes}
    write(os.path.join(out, "manifest.json"), json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
