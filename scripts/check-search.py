#!/usr/bin/env python3
"""Browser test of StudySite's client-side search (assets/search.js) on a built site.

Opens pages of SITE through file:// in headless Chromium (Debian's chromium + chromium-driver,
driven by selenium), types queries into the header search, and checks results, snippets,
relative links, keyboard use, search.html?q=, that index text never becomes markup, colour
contrast in light and dark schemes, and the time one search takes on a ~5 MB index.

    python3 scripts/check-search.py --site Output --expect "Pueblo" --expect "Kim Il-song" \
        --expect "Amur::entities/places/amur-river.html"

--expect QUERY must give at least one result; QUERY::URL also requires that URL (relative
to the site root, as in the index) among the dropdown's results. --fixture adds the checks
that only the hand-made test site satisfies (injection payload, javascript: URL, aliases).
Installs selenium (pip) and chromium + chromium-driver (apt) when missing. Ends with the
line "N passed, N failed"; exits 1 when a check failed.
"""
import argparse, json, os, pathlib, re, shutil, subprocess, sys, time, unicodedata, urllib.parse, urllib.request

ALLOWED_TAGS = {"P", "UL", "OL", "LI", "A", "SPAN", "MARK", "BUTTON"}
KINDS = {"article", "document", "entity", "reference", "event", "data", "page"}


def ensure_prerequisites():
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "selenium"], check=True)
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        if os.geteuid() != 0:
            sys.exit("error: needs Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"], check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed += 1
            print(f"FAIL  {name}" + (f": {detail}" if detail else ""))
        return ok


def fold_py(s):
    """Rough Python twin of the script's folding, for building query variants."""
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


class SearchTest:
    def __init__(self, args):
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        self.args = args
        self.site = pathlib.Path(os.path.abspath(args.site))
        self.c = Checks()
        self.page = self.pick_page()
        opts = Options()
        opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
            opts.add_argument(a)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.d = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
        # Any alert() call (an injection that ran) is recorded instead of blocking the browser.
        self.d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source":
            "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"})
        self.errors = []

    # ---------- helpers ----------
    def url(self, rel, query=""):
        return pathlib.Path(self.site, rel).as_uri() + (("?q=" + urllib.parse.quote(query)) if query else "")

    def open(self, rel, query=""):
        self.d.get(self.url(rel, query))
        time.sleep(0.2)
        self.collect_errors()
        if rel == "search.html":
            self.wait_index()  # the search page loads the index at once

    def wait_index(self):
        """Waits until search.js has loaded the site's index (it does so on demand)."""
        return self.d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "if (!window.StudySiteSearch) return done(false);"
            "StudySiteSearch.ready().then(done, () => done(false));")

    def collect_errors(self):
        try:
            self.errors += [e["message"] for e in self.d.get_log("browser") if e["level"] == "SEVERE"]
        except Exception:
            pass

    def js(self, script, *a):
        return self.d.execute_script(script, *a)

    def input(self):
        from selenium.webdriver.common.by import By
        return self.d.find_element(By.ID, "site-search-input")

    def type(self, q, wait=0.45):
        from selenium.webdriver.common.keys import Keys
        box = self.input()
        box.click()
        self.wait_index()  # focusing the field starts loading the index
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.DELETE)
        box.send_keys(q)
        time.sleep(wait)  # debounce (120 ms) plus rendering

    def results(self, where="#site-search-results"):
        return self.js("""
          const box = document.querySelector(arguments[0]);
          if (!box) return null;
          return {hidden: box.hidden || getComputedStyle(box).display === 'none',
            status: (box.querySelector('.site-search-status, .search-page-status') || {}).textContent || '',
            bad: Array.from(box.querySelectorAll('*')).filter(e => !arguments[1].includes(e.tagName)
                   || Array.from(e.attributes).some(a => /^on/i.test(a.name))).map(e => e.outerHTML.slice(0, 80)),
            alerts: window.__alerts || [],
            items: Array.from(box.querySelectorAll('li a.search-hit')).map(a => ({href: a.href,
              raw: a.getAttribute('href'), title: a.querySelector('.search-hit-title').textContent,
              kind: (a.querySelector('.search-hit-kind') || {}).textContent,
              snippet: (a.querySelector('.search-hit-snippet') || {}).textContent || '',
              marks: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))};""",
            where, sorted(ALLOWED_TAGS))

    def to_path(self, href):
        """file:// URL -> (path inside the site or None, fragment)."""
        p = urllib.parse.urlparse(href)
        if p.scheme != "file":
            return None, p.fragment
        path = pathlib.Path(urllib.request.url2pathname(p.path))
        try:
            rel = path.relative_to(self.site)
        except ValueError:
            return None, p.fragment
        return (rel.as_posix() if path.is_file() else None), p.fragment

    def check_links(self, name, items):
        bad = [i["href"] for i in items if self.to_path(i["href"])[0] is None]
        self.c.check(not bad, f"{name}: every result links to an existing file of the site", ", ".join(bad[:3]))
        rel = [i["raw"] for i in items if re.match(r"^([a-z][a-z0-9+.-]*:|/)", i["raw"] or "", re.I)]
        self.c.check(not rel, f"{name}: result links are relative", ", ".join(rel[:3]))

    def check_safe(self, name, r):
        self.c.check(not r["bad"] and not r["alerts"], f"{name}: results hold only text and safe elements",
                     f"{r['bad'][:2]} alerts={r['alerts']}")

    def first_u(self, q):
        r = self.js("return window.StudySiteSearch ? window.StudySiteSearch.search(arguments[0], 1) : null", q)
        return r[0]["u"] if r else None

    # ---------- the checks ----------
    def run(self):
        try:
            if not self.check_files():
                print("      (the browser checks need search-index.js and search.html; skipped)")
                return self.finish()
            groups = [self.check_dropdown, self.check_keyboard, self.check_search_page] + \
                ([self.check_fixture] if self.args.fixture else []) + [self.check_contrast] + \
                ([self.check_performance] if self.args.perf_mb > 0 else [])
            for group in groups:
                try:
                    group()
                except Exception as e:  # one broken group must not hide the others' results
                    self.c.check(False, f"{group.__name__} ran to its end", f"{type(e).__name__}: {e}".splitlines()[0])
            self.collect_errors()
            self.c.check(not self.errors, "no JavaScript errors in the console", "; ".join(self.errors[:3]))
        finally:
            self.d.quit()
        return self.finish()

    def finish(self):
        print(f"{self.c.passed} passed, {self.c.failed} failed")
        return self.c.failed == 0

    def pick_page(self):
        if self.args.page:
            return self.args.page
        pages = [p for p in self.site.rglob("*.html") if p.name != "search.html"
                 and "site-search-input" in p.read_text(encoding="utf-8", errors="replace")]
        if not pages:
            sys.exit(f"error: no page with the search form (#site-search-input) under {self.site}")
        return max(pages, key=lambda p: (len(p.relative_to(self.site).parts), str(p))).relative_to(self.site).as_posix()

    def check_files(self):
        c = self.c
        depth = self.page.count("/")
        html = (self.site / self.page).read_text(encoding="utf-8")
        root = "../" * depth
        m = re.search(r'<meta name="studysite-root" content="([^"]*)"', html)
        c.check(m and m.group(1) == root, f"{self.page}: <meta name=studysite-root> is {root!r}", m and m.group(1))
        c.check(f'src="{root}assets/search.js"' in html, f"{self.page}: loads {root}assets/search.js")
        c.check("search-index.js" not in html, f"{self.page}: does not load the index up front (search.js does, on demand)")
        index_file = self.site / "search-index.js"
        if not c.check(index_file.is_file(), "search-index.js exists at the site root"):
            return False
        text = index_file.read_text(encoding="utf-8")
        prefix = "window.STUDYSITE_SEARCH_INDEX = "
        ok = text.startswith(prefix) and text.rstrip().endswith(";")
        c.check(ok, "search-index.js is `window.STUDYSITE_SEARCH_INDEX = {...};`")
        try:
            index = json.loads(text[len(prefix):].rstrip().rstrip(";"))
        except ValueError as e:
            return c.check(False, "search-index.js holds valid JSON", str(e))
        size = len(text)
        if index.get("version") == 2:
            pages = []
            shards = index.get("shards", [])
            for k, rel in enumerate(shards):
                shard_file = self.site / rel
                if not c.check(shard_file.is_file(), f"shard {rel} exists"):
                    continue
                shard = shard_file.read_text(encoding="utf-8")
                size += len(shard)
                head = f"(window.STUDYSITE_SEARCH_SHARDS = window.STUDYSITE_SEARCH_SHARDS || {{}})[{k}] = "
                if not c.check(shard.startswith(head) and shard.rstrip().endswith(";"), f"shard {rel} sets shard {k}"):
                    continue
                try:
                    pages += json.loads(shard[len(head):].rstrip().rstrip(";")).get("pages", [])
                except ValueError as e:
                    c.check(False, f"shard {rel} holds valid JSON", str(e))
            c.check(shards and pages, f"index version 2: {len(shards)} shards, {len(pages)} pages, {size / 1e6:.2f} MB")
        else:
            pages = index.get("pages", [])
            c.check(index.get("version") == 1 and pages, f"index version 1 with pages ({len(pages)} pages, {size / 1e6:.2f} MB)")
        shape = [p.get("u") for p in pages if not (isinstance(p.get("t"), str) and isinstance(p.get("u"), str)
                 and p.get("k") in KINDS and isinstance(p.get("x"), str)
                 and all(isinstance(v, str) for v in p.get("h", [])) and all(isinstance(v, str) for v in p.get("e", [])))]
        c.check(not shape, "every index entry has t, u, k (a known kind), x, h[], e[]", str(shape[:3]))
        if not self.args.fixture:  # the fixture holds deliberately bad URLs
            missing = [p["u"] for p in pages if not (self.site / p["u"].split("#")[0]).is_file()]
            c.check(not missing, "every index URL names a file of the site", str(missing[:3]))
        search_html = self.site / "search.html"
        if c.check(search_html.is_file(), "search.html exists"):
            s = search_html.read_text(encoding="utf-8")
            c.check('id="search-page-results"' in s, "search.html has #search-page-results")
            c.check("<noscript" in s, "search.html has a <noscript> note")
        return bool(pages) and search_html.is_file()

    def check_dropdown(self):
        c = self.c
        self.open(self.page)
        c.check(not self.js("return !!window.STUDYSITE_SEARCH_INDEX") or self.args.fixture,
                f"{self.page}: the index is not loaded before the reader comes to the search field")
        self.input().click()
        c.check(self.wait_index(), f"{self.page} (file://): focusing the search field loads the index")
        self.type(self.args.expect[0][0][:1] if self.args.expect else "a")
        c.check(self.results()["hidden"], "one character shows no dropdown")
        for q, want in self.args.expect:
            self.type(q)
            r = self.results()
            items = r["items"]
            if not c.check(not r["hidden"] and items, f"'{q}': dropdown shows results", r["status"]):
                continue
            c.check(len(items) <= 8, f"'{q}': at most 8 results ({len(items)})")
            words = fold_py(q).split()
            marks = [fold_py(m) for i in items for m in i["marks"]]
            c.check(marks and all(any(w.startswith(m) or m.startswith(w) for w in words) for m in marks),
                    f"'{q}': matched words are in <mark>", str(marks[:6]))
            c.check(any(i["snippet"].strip() for i in items), f"'{q}': results have snippets")
            self.check_links(f"'{q}'", items)
            self.check_safe(f"'{q}'", r)
            if want:
                got = [self.to_path(i["href"]) for i in items]
                path, _, frag = want.partition("#")
                c.check(any(p == path and (not frag or f == frag) for p, f in got), f"'{q}': {want} is among the results",
                        str([i["raw"] for i in items]))
            top = self.first_u(q)
            variants = {q.lower(), q.upper(), q.replace("-", " "), q.replace(" ", "-"), fold_py(q)}
            for v in sorted(variants - {q}):
                c.check(self.first_u(v) == top, f"'{v}' finds the same first result as '{q}'", f"{self.first_u(v)} vs {top}")
            if len(words[-1]) >= 3:
                self.type(q[:-1])
                c.check(self.results()["items"], f"'{q[:-1]}' (prefix while typing) gives results")

    def check_keyboard(self):
        from selenium.webdriver.common.keys import Keys
        c = self.c
        if not self.args.expect:
            return
        q = self.args.expect[0][0]
        self.open(self.page)
        self.type(q)
        links = self.js("return Array.from(document.querySelectorAll('#site-search-results a'))")
        if not c.check(links, f"keyboard checks: '{q}' gives results to move through"):
            return
        active = lambda: self.d.switch_to.active_element
        inp = self.input()
        inp.send_keys(Keys.ARROW_DOWN)
        c.check(active() == links[0], "ArrowDown moves focus to the first result")
        if len(links) > 1:
            active().send_keys(Keys.ARROW_DOWN)
            c.check(active() == links[1], "ArrowDown again moves to the second result")
            active().send_keys(Keys.ARROW_UP)
        active().send_keys(Keys.ARROW_UP)
        c.check(active() == inp, "ArrowUp from the first result returns to the input")
        inp.send_keys(Keys.ARROW_DOWN)
        active().send_keys(Keys.ESCAPE)
        c.check(self.results()["hidden"] and active() == inp, "Escape closes the results and focuses the input")
        c.check(inp.get_attribute("value") == q, "Escape keeps the query")
        time.sleep(0.3)
        c.check(self.js("return document.activeElement.id") == "site-search-input", "focus stays on the input")
        inp.send_keys(Keys.ARROW_DOWN)
        c.check(not self.results()["hidden"] and active() == links[0], "ArrowDown reopens the results")
        self.type(q)
        links = self.js("return Array.from(document.querySelectorAll('#site-search-results a'))")
        for _ in range(3):
            active().send_keys(Keys.TAB)
            if active() in links:
                break
        c.check(active() == links[0] if links else False, "Tab reaches the first result link")
        for _ in range(len(links)):
            active().send_keys(Keys.TAB)
        c.check(self.results()["hidden"], "tabbing out of the form closes the results")
        self.type(q)
        href = self.results()["items"][0]["href"]
        self.input().send_keys(Keys.ARROW_DOWN)
        active().send_keys(Keys.ENTER)
        time.sleep(0.5)
        c.check(self.d.current_url == href and self.to_path(href)[0], "Enter on a result opens it", self.d.current_url)
        self.open(self.page)
        self.type(q)
        item = self.results()["items"][0]
        from selenium.webdriver.common.by import By
        self.d.find_element(By.CSS_SELECTOR, "#site-search-results a.search-hit").click()  # a real mouse click
        time.sleep(0.5)
        c.check(self.d.current_url == item["href"] and self.to_path(item["href"])[0],
                f"clicking a result navigates to {self.to_path(item['href'])[0]}", self.d.current_url)
        self.open(self.page)
        self.type(q)
        self.input().send_keys(Keys.ENTER)  # nothing selected: the form goes to search.html
        time.sleep(0.6)
        p, _ = self.to_path(self.d.current_url)
        qs = urllib.parse.parse_qs(urllib.parse.urlparse(self.d.current_url).query)
        c.check(p == "search.html" and qs.get("q") == [q], "Enter in the field submits to search.html?q=", self.d.current_url)
        r = self.results("#search-page-results")
        c.check(r and r["items"], "search.html shows the submitted query's results", r and r["status"])

    def check_search_page(self):
        c = self.c
        for q, want in self.args.expect:
            self.open("search.html", q)
            r = self.results("#search-page-results")
            if not c.check(r and r["items"], f"search.html?q={q} lists results", r and r["status"]):
                continue
            c.check(self.input().get_attribute("value") == q, f"search.html?q={q} fills in the field")
            c.check(self.results()["hidden"], f"search.html?q={q}: no dropdown on the search page")
            self.check_links(f"search.html?q={q}", r["items"])
            self.check_safe(f"search.html?q={q}", r)
        if len(self.args.expect) > 1:
            (q1, _), (q2, _) = self.args.expect[:2]
            self.open("search.html", q1)
            self.type(q2)
            r = self.results("#search-page-results")
            c.check(r["items"] and q2 in r["status"], "typing on search.html updates the full list", r["status"])

        # 120 hits: 50 shown, "Show more" adds 50 and focuses the first new one, then the rest.
        self.open("search.html")
        self.js("StudySiteSearch.load({version: 1, pages: Array.from({length: 120}, (_, i) =>"
                "({t: 'Zebra ' + i, u: 'index.html', k: 'page', h: [], x: 'zebra crossing ' + i, e: []}))})")
        self.type("zebra")
        count = lambda: self.js("return document.querySelectorAll('#search-page-results li').length")
        more = lambda: self.js("return document.querySelector('.search-page-more')")
        c.check(count() == 50 and more().is_displayed(), "search.html shows 50 results and a Show more button",
                f"{count()} shown")
        more().click()
        focused = self.js("return document.activeElement.textContent")
        c.check(count() == 100 and focused.startswith("Zebra 50"), "Show more adds 50 and focuses the first new one",
                f"{count()} shown, focus on {focused[:30]!r}")
        more().click()
        c.check(count() == 120 and not more().is_displayed(), "then the last 20, and the button goes away")

    def check_fixture(self):
        c = self.c
        self.open(self.page)
        self.type("onerror")
        r = self.results()
        c.check(any("<img src=x onerror=alert(1)>" in i["title"] for i in r["items"]),
                "the <img onerror> title is shown as text", str([i["title"] for i in r["items"]]))
        self.check_safe("'onerror'", r)
        self.type("script alert")
        r = self.results()
        c.check(any("<script>alert(2)</script>" in i["snippet"] for i in r["items"]), "a <script> snippet is shown as text")
        self.check_safe("'script alert'", r)
        time.sleep(0.3)
        c.check(not self.js("return window.__alerts"), "no alert() ran")
        self.type("pueblo")
        r = self.results()
        c.check(r["items"][0]["title"] == "The seizure of the Pueblo", "title match ranks first ('pueblo')", r["items"][0]["title"])
        c.check(not any("Evil" in i["title"] or "Absolute" in i["title"] for i in r["items"]),
                "entries whose URL is javascript: or //host are dropped")
        for q, title in [("amur", "Amur River"), ("kim il sung", "Kim Il-song"), ("kimilsong", "Kim Il-song"),
                         ("KIM IL-SŎNG", "Kim Il-song"), ("usssr", None), ("choson", "Korea–Russia relations"),
                         ("heilongjiang", "Amur River"), ("김일성", "Kim Il-song")]:
            got = self.js("return StudySiteSearch.search(arguments[0], 8)", q)
            c.check((got[0]["t"] if got else None) == title, f"'{q}' -> {title}", str([g["t"] for g in got][:3]))
        self.type("far east")
        r = self.results()
        s = r["items"][0]["snippet"] if r["items"] else ""
        c.check(s.startswith("… ") and "Far East" in s and r["items"][0]["marks"] == ["Far", "East"],
                "a late match gets a snippet around it, both words marked", s)
        self.type("korea")
        r = self.results()
        c.check(len(r["items"]) == 8 and "first 8" in r["status"], "more than 8 hits: 8 shown, the count said", r["status"])

    def check_contrast(self):
        c = self.c
        q = self.args.expect[0][0] if self.args.expect else "the"
        self.open(self.page)
        for scheme in ("light", "dark"):
            self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            self.type(q)
            pairs = self.js(CONTRAST_JS)
            opaque = self.js("const b = getComputedStyle(document.getElementById('site-search-results')).backgroundColor;"
                             "return !/rgba\\(0, 0, 0, 0\\)|transparent/.test(b)")
            c.check(opaque, f"{scheme}: the dropdown has its own background (search CSS is loaded)")
            if scheme == "light":
                self.check_inside("at 1280 px")
            low = [f"{p['what']} {p['ratio']:.2f}" for p in pairs if p["ratio"] < 4.5]
            c.check(pairs and not low, f"{scheme}: text contrast ≥ 4.5:1 (" +
                    ", ".join(f"{p['what']} {p['ratio']:.1f}" for p in pairs) + ")", ", ".join(low))
            if self.args.screenshots:
                os.makedirs(self.args.screenshots, exist_ok=True)
                self.d.save_screenshot(os.path.join(self.args.screenshots, f"dropdown-{scheme}.png"))
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        self.d.set_window_size(360, 740)
        self.type(q)
        self.check_inside("at 360 px")
        self.d.set_window_size(1280, 900)
        if self.args.screenshots:
            self.d.set_window_size(360, 740)
            self.type(q)
            self.d.save_screenshot(os.path.join(self.args.screenshots, "dropdown-narrow.png"))
            self.d.set_window_size(1280, 900)
            self.open("search.html", q)
            self.d.save_screenshot(os.path.join(self.args.screenshots, "search-page.png"))

    def check_inside(self, name):
        r = self.js("const r = document.getElementById('site-search-results').getBoundingClientRect();"
                    "return [r.left, r.right, document.documentElement.clientWidth]")
        self.c.check(r[0] >= 0 and r[1] <= r[2], f"{name} the dropdown stays inside the window "
                     f"({r[0]:.0f}–{r[1]:.0f} of {r[2]} px)")

    def check_performance(self):
        self.open(self.page)
        self.wait_index()
        qs = [q for q, _ in self.args.expect] + [q[:-1] for q, _ in self.args.expect] + \
             ["th", "the", "kim il", "kim il-song", "river treaty", "zzqx", "a b c", "korea russia soviet"]
        r = self.js(PERF_JS, self.args.perf_mb, qs)
        worst = max(r["times"], key=lambda t: t[1])
        print(f"      {r['mb']:.1f} MB synthetic index, {r['pages']} pages: folded in {r['prepare']:.0f} ms; "
              f"search + 8 snippets: median {r['median']:.1f} ms, worst {worst[1]:.1f} ms ('{worst[0]}')")
        self.c.check(worst[1] < self.args.budget_ms,
                     f"every search on a {r['mb']:.1f} MB index takes < {self.args.budget_ms} ms (worst {worst[1]:.1f} ms)")


# Contrast of each text element against the first opaque background behind it (WCAG 2 formula);
# colours are read back through a canvas, so color-mix() and color(srgb …) values work too.
CONTRAST_JS = r"""
const cv = document.createElement('canvas'); cv.width = cv.height = 1;
const cx = cv.getContext('2d', {willReadFrequently: true});
function rgba(css) { cx.clearRect(0, 0, 1, 1); cx.fillStyle = '#000'; cx.fillStyle = css; cx.fillRect(0, 0, 1, 1);
  const d = cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; }
function bg(el) { for (; el; el = el.parentElement) { const c = rgba(getComputedStyle(el).backgroundColor);
  if (c[3] > 0.99) return c; } return [255, 255, 255, 1]; }
function lum(c) { return c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
function ratio(el) { const a = lum(rgba(getComputedStyle(el).color)), b = lum(bg(el));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }
const out = [], box = document.getElementById('site-search-results');
const add = (what, sel) => { const e = box.querySelector(sel); if (e) out.push({what, ratio: ratio(e)}); };
add('status', '.site-search-status'); add('title', '.search-hit-title'); add('kind', '.search-hit-kind');
add('snippet', '.search-hit-snippet'); add('mark', 'mark'); add('all-results link', '.site-search-all');
const first = box.querySelector('a.search-hit');
if (first) { first.focus(); add('focused title', '.search-hit:focus .search-hit-title');
  add('focused kind', '.search-hit:focus .search-hit-kind'); document.getElementById('site-search-input').focus(); }
return out;
"""

# Builds a synthetic index of about `mb` MB from the words of the real one, folds it through
# StudySiteSearch.load() and times search (with 8 snippets) for each query, the worst of 3 runs.
PERF_JS = r"""
const [mb, queries] = arguments, real = window.STUDYSITE_SEARCH_INDEX.pages;
const words = Array.from(new Set(real.map(p => [p.t, p.x].concat(p.e || []).join(' ')).join(' ').split(/\s+/)))
  .concat('the of and in to Pyŏngyang Sŏul Khabarovsk Vladivostok treaty river border soviet aid trade'.split(' '));
let seed = 42; const rnd = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const sentence = n => Array.from({length: n}, () => words[rnd(words.length)]).join(' ');
const pages = real.slice(); let size = JSON.stringify(real).length;
// Eight 250 kB pages whose only matches come at the very end: the slowest case for snippets.
const filler = 'the of and in to was for with Khabarovsk Vladivostok border aid trade 1961 Pyŏngyang'.split(' ');
for (let i = 0; i < 8; i++) {
  const x = Array.from({length: 40000}, () => filler[rnd(filler.length)]).join(' ') + '. ' + real[i % real.length].x;
  pages.push({t: 'Long page ' + i, u: 'index.html', k: 'document', h: [], x, e: []}); size += x.length;
}
for (let i = 0; size < mb * 1e6; i++) {
  const p = {t: sentence(4), u: 'index.html', k: 'page', h: [sentence(3), sentence(3)], x: sentence(300 + rnd(900)) + '.', e: [sentence(2)]};
  size += JSON.stringify(p).length; pages.push(p);
}
let t0 = performance.now(); StudySiteSearch.load({version: 1, pages}); const prepare = performance.now() - t0;
const times = queries.map(q => { let worst = 0;
  for (let i = 0; i < 3; i++) { t0 = performance.now(); StudySiteSearch.search(q, 8); worst = Math.max(worst, performance.now() - t0); }
  return [q, worst]; });
const sorted = times.map(t => t[1]).sort((a, b) => a - b);
StudySiteSearch.load(window.STUDYSITE_SEARCH_INDEX);
return {mb: size / 1e6, pages: pages.length, prepare, times, median: sorted[sorted.length >> 1]};
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--site", required=True, help="the built site's folder (e.g. Output)")
    ap.add_argument("--expect", action="append", default=[], metavar="QUERY[::URL]",
                    help="a query that must give results (URL: relative to the root, must be among them)")
    ap.add_argument("--page", help="page to test from, relative to the site (default: the deepest page)")
    ap.add_argument("--fixture", action="store_true", help="also run the checks specific to the test fixture")
    ap.add_argument("--perf-mb", type=float, default=5, help="size of the synthetic index to time (0: skip)")
    ap.add_argument("--budget-ms", type=float, default=100, help="slowest search allowed on that index")
    ap.add_argument("--screenshots", help="folder to save screenshots of the dropdown in")
    args = ap.parse_args()
    args.expect = [tuple(e.split("::", 1)) if "::" in e else (e, None) for e in args.expect]
    if not os.path.isdir(args.site):
        sys.exit(f"error: no site folder {args.site}")
    ensure_prerequisites()
    sys.exit(0 if SearchTest(args).run() else 1)


if __name__ == "__main__":
    main()
