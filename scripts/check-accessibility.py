#!/usr/bin/env python3
"""Accessibility check of a built StudySite site: axe-core's WCAG 2.0/2.1 A and AA rules plus
keyboard checks, in headless Chromium, on one page of every page type (or on every page).

    python3 scripts/check-accessibility.py --site Output          # one page per page type
    python3 scripts/check-accessibility.py --site Output --all    # every HTML page

Page types are found from the folder by the markup the templates give each type (home
index.html, 404.html, search.html, an article, the document index and the document part with the
most footnotes and tables, the bibliography index and a reference page, the entities index and
an entity page, the timeline index and a lane page, the data page, the tags index and a tag page,
the handouts index and a handout); pages of no known type are checked too. Each page is opened
through file:// (search.html with ?q=, so its results are checked), except 404.html, which a
web server shows at whatever address was not found: it is opened from a local HTTP server
that answers a missing nested address (/articles/no-such-page/missing.html) with it, as a
static host does, so its links start at the server's root. Each page gets five checks:

  axe light / axe dark  axe-core with the tags wcag2a, wcag2aa, wcag21a, wcag21aa, with
                        prefers-color-scheme emulated (CDP Emulation.setEmulatedMedia); plus the
                        contrast of SVG text (charts, timeline), which axe leaves "to review"
  skip link             the first Tab stop is a visible link to <main>, and following it moves focus
  landmarks             one banner, a nav, one main, one contentinfo, each top-level, navs named
                        uniquely, no content outside landmarks (axe's landmark and region rules)
  focus visible         links, buttons, fields and summaries reached by Tab (the first --max-tabs,
                        then one of every other kind of Tab stop on the page)
                        shows an outline or box-shadow that it lacks unfocused, at >= 3:1 against
                        the background (WCAG 1.4.11), in the light and in the dark scheme

Every violation is printed with its rule id, impact, page, target selectors and a short message.
The last line is "N passed, N failed" (pages x checks); the exit code is 1 when a check failed.

Installs what it needs when missing: selenium and axe-playwright-python (pip, without its
Playwright dependency: only the axe-core build it bundles, axe.min.js, is used, injected through
Selenium, so nothing is fetched at run time) and chromium + chromium-driver (apt).
"""
import argparse, functools, html as htmlmod, http.server, os, pathlib, re, shutil, subprocess, sys, threading, time, urllib.parse

AXE_PACKAGE = "axe-playwright-python==0.1.8"  # bundles axe-core 4.12.1
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LANDMARK_RULES = ["region", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner",
                  "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main",
                  "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level",
                  "landmark-main-is-top-level", "landmark-complementary-is-top-level"]
# Representative pages are listed in this order.
TYPES = ["home", "article", "document index", "document part", "bibliography index", "reference",
         "entities index", "entity", "timeline index", "timeline lane", "data", "tags index", "tag",
         "handouts index", "handout", "search", "404", "other"]


# ---------------------------------------------------------------- setup

def ensure_prerequisites():
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run(pip + ["selenium"], check=True)
    try:
        import axe_playwright_python  # noqa: F401
    except ImportError:
        # --no-deps: only the bundled axe.min.js is used, never Playwright.
        subprocess.run(pip + ["--no-deps", AXE_PACKAGE], check=True)
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        if os.geteuid() != 0:
            sys.exit("error: needs Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"], check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)


def axe_source(path=None):
    if path:
        return pathlib.Path(path).read_text(encoding="utf-8")
    import importlib, importlib.resources
    importlib.invalidate_caches()
    return importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


# ---------------------------------------------------------------- page discovery

def classify(rel, text):
    name = rel.rsplit("/", 1)[-1]
    if rel == "index.html":
        return "home"
    if rel == "404.html":
        return "404"
    if 'id="search-page-results"' in text:
        return "search"
    if 'class="article"' in text:
        return "article"
    if 'class="document-part"' in text:
        return "document index" if name == "index.html" or 'class="metadata"' in text else "document part"
    if 'class="full-reference"' in text:
        return "reference"
    if 'class="cited-count"' in text:
        return "bibliography index"
    if 'class="entity-list"' in text:
        return "entities index"
    if 'class="entity"' in text:
        return "entity"
    if 'class="timeline-lanes"' in text:
        return "timeline index" if name == "index.html" else "timeline lane"
    if 'class="data-series"' in text:
        return "data"
    if 'class="tag-cloud"' in text:
        return "tags index" if name == "index.html" else "tag"
    if 'class="handout-sheet"' in text:
        return "handout"
    return "other"


def richness(kind, text):
    """Which page of a type to check: the document part with footnotes and tables (most of them),
    otherwise the largest page (the most markup of its type)."""
    if kind == "document part":
        notes, tables = text.count('class="footnote-ref"'), text.count("<table")
        return ((notes > 0) + (tables > 0), notes + tables, len(text))
    return (0, 0, len(text))


def discover(site, every):
    pages, kinds = {}, {}
    for p in sorted(site.rglob("*.html")):
        rel = p.relative_to(site).as_posix()
        text = p.read_text(encoding="utf-8", errors="replace")
        kinds[rel] = (classify(rel, text), richness(classify(rel, text), text))
    for rel, (kind, rich) in kinds.items():
        folder = rel.rpartition("/")[0]
        if kind == "other" and rel.endswith("/index.html") and any(
                k == "handout" and r.rpartition("/")[0] == folder for r, (k, _) in kinds.items()):
            kind = "handouts index"  # the index page of a folder of handouts
        pages.setdefault(kind, []).append((rich, rel))
    chosen = []
    for kind in TYPES:
        found = pages.get(kind, [])
        if every:
            chosen += [(kind, rel) for _, rel in found]
        elif found:
            # Richest first; ties go to the first path in order.
            chosen.append((kind, sorted(found, key=lambda f: (-f[0][0], -f[0][1], -f[0][2], f[1]))[0][1]))
    return chosen, pages


def search_query(site, pages):
    """A word that the search finds: the first long word of an article's (or the home page's) <h1>."""
    for kind in ("article", "entity", "home"):
        for _, rel in pages.get(kind, []):
            m = re.search(r"<h1[^>]*>(.*?)</h1>", (site / rel).read_text(encoding="utf-8", errors="replace"), re.S)
            words = re.findall(r"[^\W\d_]{4,}", htmlmod.unescape(re.sub(r"<[^>]+>", "", m.group(1)))) if m else []
            if words:
                return words[0]
    return "the"


# ---------------------------------------------------------------- browser side

AXE_RUN_JS = r"""
const [opts, done] = [arguments[0], arguments[arguments.length - 1]];
axe.run(document, opts).then(r => {
  const msg = n => { for (const k of ['any', 'all', 'none']) for (const c of n[k] || []) if (c.message) return c.message; return ''; };
  const slim = list => list.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({
    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '), message: msg(n),
    html: n.html.slice(0, 160)}))}));
  done({version: axe.version, violations: slim(r.violations), incomplete: slim(r.incomplete)});
}).catch(e => done({error: String(e && e.stack || e)}));
"""

# axe-core cannot tell the contrast of SVG text ("needs review"), so it is measured here: each
# visible <text>'s fill against the page background under its SVG with every solid <rect> painted
# before it and covering its centre laid over (charts' and the timeline's bands), at the size the
# text is drawn (large text: 24 px, or 18.66 px bold, needs 3:1; other text 4.5:1).
SVG_CONTRAST_JS = r"""
const cv = document.createElement('canvas'); cv.width = cv.height = 1;
const cx = cv.getContext('2d', {willReadFrequently: true});
function rgba(css) { cx.clearRect(0, 0, 1, 1); cx.fillStyle = 'rgba(0,0,0,0)'; cx.fillStyle = css; cx.fillRect(0, 0, 1, 1);
  const d = cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; }
const over = (top, a, under) => [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat(1);
function pageBg(el) { const stack = [];
  for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) stack.push(c); if (c[3] > 0.99) break; }
  let bg = [255, 255, 255, 1]; for (const c of stack.reverse()) bg = over(c, c[3], bg); return bg; }
function lum(c) { return c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
function alpha(e, stop) { let a = 1; for (; e && e !== stop.parentElement; e = e.parentElement) a *= +getComputedStyle(e).opacity; return a; }
const out = [];
for (const svg of document.querySelectorAll('svg')) {
  if (svg.parentElement.closest('svg') || !svg.getClientRects().length) continue;
  const base = pageBg(svg.parentElement), scale = (svg.getScreenCTM() || {a: 1}).a;
  const all = Array.from(svg.querySelectorAll('rect, text'));
  const rects = [];
  for (const e of all) {
    const st = getComputedStyle(e);
    if (st.display === 'none' || st.visibility === 'hidden' || e.closest('defs, pattern, mask, clipPath, symbol, marker')) continue;
    const box = e.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    if (e.tagName.toLowerCase() === 'rect') {
      const f = rgba(st.fill); const a = f[3] * (+st.fillOpacity) * alpha(e, svg);
      if (!/^url/.test(st.fill) && a > 0) rects.push({box, color: f, a});
      continue;
    }
    const words = Array.from(e.childNodes).filter(n => n.nodeType === 3 || n.nodeName === 'tspan')
      .map(n => n.textContent).join('').trim();
    if (!words) continue;
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    let bg = base;
    for (const r of rects) if (x >= r.box.left && x <= r.box.right && y >= r.box.top && y <= r.box.bottom) bg = over(r.color, r.a, bg);
    const f = rgba(st.fill), fa = f[3] * (+st.fillOpacity) * alpha(e, svg);
    if (/^url/.test(st.fill) || fa === 0) continue;
    const fg = over(f, fa, bg), l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const px = parseFloat(st.fontSize) * scale, bold = parseInt(st.fontWeight, 10) >= 700;
    const need = (px >= 24 || (px >= 18.66 && bold)) ? 3 : 4.5;
    if (ratio < need) out.push({cls: e.getAttribute('class') || 'text', text: words.slice(0, 40),
      ratio, need, fg: hex(fg), bg: hex(bg), px,
      svg: (svg.getAttribute('class') || 'svg').split(' ').slice(-1)[0]});
  }
}
return out;
"""

LANDMARKS_JS = r"""
const top = 'article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]';
const shown = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const all = s => Array.from(document.querySelectorAll(s)).filter(shown);
return {
  banner: all('header, [role=banner]').filter(e => e.getAttribute('role') === 'banner' || !e.parentElement.closest(top)).length,
  contentinfo: all('footer, [role=contentinfo]').filter(e => e.getAttribute('role') === 'contentinfo' || !e.parentElement.closest(top)).length,
  main: all('main, [role=main]').length,
  nav: all('nav, [role=navigation]').length,
};
"""

# The first Tab stop: what it is, whether it is on screen, and where it points.
SKIP_JS = r"""
const a = document.activeElement, r = a.getBoundingClientRect();
const href = a.getAttribute && a.getAttribute('href') || '';
const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
const target = id ? document.getElementById(id) : null;
const main = document.querySelector('main, [role=main]');
return {tag: a.tagName.toLowerCase(), text: (a.textContent || '').trim(), href,
  visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
  targetsMain: !!target && !!main && (target === main || main.contains(target)),
  mainId: main ? main.id : null, targetFocusable: !!target && (target.tabIndex >= 0 || target.hasAttribute('tabindex'))};
"""

# What kind of Tab stop an element is (tag and classes, in an SVG or not, and the nearest ancestor
# with a class), and the Tab stops of the page in document order.
KIND_JS = r"""
function kindOf(e) {
  const own = e.tagName.toLowerCase() + Array.from(e.classList).sort().map(c => '.' + c).join('');
  const inSvg = e.ownerSVGElement || (e.parentElement && e.parentElement.closest('svg'));
  const ctx = e.parentElement && e.parentElement.closest('[class]');
  return (inSvg ? 'svg ' : '') + (ctx ? ctx.tagName.toLowerCase() + '.' + ctx.classList[0] + ' ' : '') + own;
}
function tabbable() {
  return Array.from(document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=true]'))
    .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[inert]') && e.getClientRects().length > 0
      && getComputedStyle(e).visibility !== 'hidden'
      && !(e.closest('details:not([open])') && e.tagName.toLowerCase() !== 'summary'));
}
"""
TABBABLE_JS = KIND_JS + r"""
const list = window.__tabbable = tabbable(), firsts = new Map();
list.forEach((e, i) => { const k = kindOf(e); if (!firsts.has(k)) firsts.set(k, i); });
return Array.from(firsts, ([k, i]) => [i, k]);
"""

# Called after each Tab: styles of the element that now has focus, and (for the element that had
# focus before) its unfocused styles, read now that it has lost focus.
FOCUS_JS = KIND_JS + r"""
const cv = window.__cv || (window.__cv = document.createElement('canvas')); cv.width = cv.height = 1;
const cx = cv.getContext('2d', {willReadFrequently: true});
function rgba(css) { cx.clearRect(0, 0, 1, 1); cx.fillStyle = '#000'; cx.fillStyle = css; cx.fillRect(0, 0, 1, 1);
  const d = cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; }
function bg(el) { for (let e = el.parentElement || el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
  if (c[3] > 0.99) return c; } return rgba(getComputedStyle(document.body).backgroundColor); }
function lum(c) { return c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function style(e) { const s = getComputedStyle(e);
  return {outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, outlineStyle: s.outlineStyle,
    outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor, outlineAlpha: rgba(s.outlineColor)[3],
    shadow: s.boxShadow}; }
function path(e) { const parts = [];
  for (; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    if (e.id) { parts.unshift('#' + CSS.escape(e.id)); break; }
    let s = e.tagName.toLowerCase(); if (e.classList.length) s += '.' + Array.from(e.classList).map(c => CSS.escape(c)).join('.');
    if (e.parentElement) { const same = Array.from(e.parentElement.children).filter(c => c.tagName === e.tagName);
      if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(e) + 1) + ')'; }
    parts.unshift(s); }
  return parts.join(' > '); }
const out = {};
const prev = window.__prevFocus;
if (prev && prev !== document.activeElement && window.__prevInfo) {
  const info = window.__prevInfo, now = style(prev);
  info.unfocused = now;
  out.done = info;
}
const a = document.activeElement;
window.__prevFocus = a; window.__prevInfo = null;
if (!a || a === document.body || a === document.documentElement) { out.current = null; return out; }
const s = style(a), back = bg(a), col = rgba(s.outlineColor);
const r = a.getBoundingClientRect();
window.__prevInfo = {selector: path(a), kind: kindOf(a), tag: a.tagName.toLowerCase(), text: (a.textContent || a.value || '').trim().slice(0, 40),
  focused: s, ringRatio: col[3] > 0 ? ratio(col, back) : 0, focusVisible: a.matches(':focus-visible'),
  size: r.width * r.height};
out.current = {selector: window.__prevInfo.selector, kind: window.__prevInfo.kind,
  index: (window.__tabbable || []).indexOf(a)};
return out;
"""


class NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site; a missing file is answered with 404.html and status 404, as a static
    web host does."""

    def send_error(self, code, message=None, explain=None):
        page = pathlib.Path(self.directory, "404.html")
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Checker:
    def __init__(self, args, site, axe_js):
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(NotFoundHandler, directory=str(site)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        self.args, self.site, self.axe_js = args, site, axe_js
        opts = Options()
        opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                  "--force-device-scale-factor=1", "--lang=en-US"):
            opts.add_argument(a)
        self.d = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
        self.d.set_script_timeout(180)
        self.d.set_page_load_timeout(60)
        self.passed = self.failed = 0
        self.axe_version = None
        self.failures = {}  # check name -> count of failing pages

    # ----- helpers
    def js(self, script, *a):
        return self.d.execute_script(script, *a)

    def scheme(self, value):
        features = [{"name": "prefers-color-scheme", "value": value}] if value else []
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})
        if value and not self.js(f"return matchMedia('(prefers-color-scheme: {value})').matches"):
            raise RuntimeError(f"prefers-color-scheme: {value} emulation did not take effect")

    def open(self, rel, query=None):
        if rel == "404.html":
            url = f"http://127.0.0.1:{self.server.server_address[1]}/articles/no-such-page/missing.html"
        else:
            url = pathlib.Path(self.site, rel).as_uri() + (f"?q={urllib.parse.quote(query)}" if query else "")
        self.d.get(url)
        for _ in range(50):
            if self.js("return document.readyState") == "complete":
                break
            time.sleep(0.05)
        if query:  # let search.js fill in the results list
            for _ in range(40):
                if self.js("const r = document.getElementById('search-page-results'); return !!(r && r.children.length)"):
                    break
                time.sleep(0.05)
        time.sleep(0.1)

    def tab(self):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        ActionChains(self.d).send_keys(Keys.TAB).perform()

    def axe(self, options):
        if not self.js("return !!window.axe"):
            self.js(self.axe_js)
        r = self.d.execute_async_script(AXE_RUN_JS, options)
        if r.get("error"):
            raise RuntimeError("axe.run failed: " + r["error"].splitlines()[0])
        self.axe_version = r["version"]
        return r

    def record(self, ok, page, name, problems=()):
        self.failures.setdefault(name, 0)
        if ok:
            self.passed += 1
            print(f"ok    {page}: {name}")
        else:
            self.failed += 1
            self.failures[name] += 1
            print(f"FAIL  {page}: {name}")
            for p in problems:
                print(f"      {p}")
        sys.stdout.flush()

    @staticmethod
    def violation_lines(result, page, limit):
        lines = []
        for v in result["violations"]:
            nodes = v["nodes"]
            lines.append(f"[{v['id']}] impact={v['impact']} page={page}: {v['help']} ({len(nodes)} element{'s' * (len(nodes) != 1)})")
            for n in nodes[:limit]:
                lines.append(f"    {n['target']}" + (f" — {n['message']}" if n["message"] else ""))
            if len(nodes) > limit:
                lines.append(f"    … and {len(nodes) - limit} more")
        return lines

    # ----- the checks
    def check_page(self, kind, rel, query):
        label = f"{rel} [{kind}]" + (f" ?q={query}" if query else "")
        runs = [("axe light", lambda: self.check_axe(rel, query, "light")),
                ("axe dark", lambda: self.check_axe(rel, query, "dark")),
                ("skip link", lambda: self.check_skip(rel, query)),
                ("landmarks", lambda: self.check_landmarks(rel, query)),
                ("focus visible", lambda: self.check_focus(rel, query))]
        for name, run in runs:
            try:
                ok, problems = run()
            except Exception as e:  # one broken check must not hide the others
                ok, problems = False, [f"the check did not run to its end: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"]
            self.record(ok, label, name, problems)
        self.scheme(None)

    def check_axe(self, rel, query, scheme):
        self.open(rel, query)
        self.scheme(scheme)
        r = self.axe({"runOnly": {"type": "tag", "values": AXE_TAGS},
                      "resultTypes": ["violations"] + (["incomplete"] if self.args.review else [])})
        problems = self.violation_lines(r, rel, self.args.max_nodes)
        low = self.js(SVG_CONTRAST_JS)
        groups = {}
        for t in low:
            groups.setdefault((t["svg"], t["cls"], t["fg"], t["bg"]), []).append(t)
        for (svg, cls, fg, bg), ts in groups.items():
            t = min(ts, key=lambda t: t["ratio"])
            problems.append(f"[svg-text-contrast] impact=serious page={rel}: SVG text must meet the contrast of "
                            f"WCAG 1.4.3 ({len(ts)} element{'s' * (len(ts) != 1)})")
            problems.append(f"    svg.{svg} text.{cls.replace(' ', '.')} ({t['text']!r}) — contrast {t['ratio']:.2f}:1 "
                            f"(fill {fg} on {bg}, {t['px']:.1f} px), below {t['need']}:1")
        if self.args.review:
            for v in r["incomplete"]:
                problems_note = f"[{v['id']}] needs review ({scheme}): {v['help']} — " + \
                    "; ".join(f"{n['target']}: {n['message']}" for n in v["nodes"][:3])
                print(f"note  {rel}: {problems_note}")
        return not problems, [f"({scheme}) {p}" if not p.startswith("    ") else p for p in problems]

    def check_skip(self, rel, query):
        self.scheme("light")
        self.open(rel, query)
        self.tab()
        s = self.js(SKIP_JS)
        problems = []
        if s["tag"] != "a" or not s["href"].startswith("#"):
            problems.append(f"the first Tab stop is <{s['tag']}> {s['text'][:40]!r} (href={s['href']!r}), not a skip link to #main")
        else:
            if not s["targetsMain"]:
                problems.append(f"the skip link {s['text']!r} points to {s['href']!r}, which is not <main> (id={s['mainId']!r}) or inside it")
            if not s["text"]:
                problems.append("the skip link has no text")
            if not s["visible"]:
                problems.append("the skip link is not visible in the window when it has focus")
            if not s["targetFocusable"] and s["targetsMain"]:
                problems.append("the skip link's target has no tabindex, so focus does not follow it")
            if s["targetsMain"]:
                from selenium.webdriver.common.keys import Keys
                self.d.switch_to.active_element.send_keys(Keys.ENTER)
                time.sleep(0.1)
                inside = self.js("const m = document.querySelector('main, [role=main]'); return !!m && m.contains(document.activeElement)")
                if not inside:
                    problems.append("following the skip link with Enter does not move focus into <main>")
        return not problems, [f"[skip-link] page={rel}: {p}" for p in problems]

    def check_landmarks(self, rel, query):
        self.scheme("light")
        self.open(rel, query)
        n = self.js(LANDMARKS_JS)
        problems = []
        for role, lo, hi, what in [("banner", 1, 1, "a top-level <header> (banner)"), ("nav", 1, None, "a <nav>"),
                                   ("main", 1, 1, "a <main>"), ("contentinfo", 1, 1, "a top-level <footer> (contentinfo)")]:
            if n[role] < lo or (hi is not None and n[role] > hi):
                problems.append(f"[landmarks] page={rel}: has {n[role]} × {what}; expected " + (f"exactly {lo}" if hi == lo else f"at least {lo}"))
        r = self.axe({"runOnly": {"type": "rule", "values": LANDMARK_RULES}, "resultTypes": ["violations"]})
        problems += self.violation_lines(r, rel, self.args.max_nodes)
        return not problems, problems

    def check_focus(self, rel, query):
        problems = []
        for scheme in ("light", "dark"):
            self.open(rel, query)
            self.scheme(scheme)
            done = self.tab_through()
            bad = {}
            for info in done:
                why = focus_problem(info)
                if why:
                    bad.setdefault((info["kind"], why), []).append(info)
            for (_, why), infos in bad.items():
                problems.append(f"[focus-visible] impact=serious page={rel} ({scheme}): {infos[0]['selector']}"
                                f"{f' (and {len(infos) - 1} like it)' if len(infos) > 1 else ''} — {why}")
            if not done:
                problems.append(f"[focus-visible] page={rel} ({scheme}): Tab reached no focusable element")
            if self.args.verbose:
                kinds = sorted({i["kind"] for i in done})
                print(f"      ({scheme}) {len(done)} Tab stops measured, {len(kinds)} kinds: {', '.join(kinds)}")
        return not problems, problems

    def tab_through(self):
        """Presses Tab from the top of the page for --max-tabs stops, then reaches one element of
        every other kind of Tab stop (links in SVG, footnote links, summaries, scrollable tables …)
        by focusing the Tab stop before it and pressing Tab. Returns the measured stops."""
        self.js("window.__prevFocus = null; window.__prevInfo = null;")
        done, seen = [], set()

        def step():
            self.tab()
            out = self.js(FOCUS_JS)
            if out.get("done"):
                done.append(out["done"])
            return out.get("current")

        first = None
        for _ in range(self.args.max_tabs):
            cur = step()
            if cur is None or cur["selector"] == first:
                break
            first = first or cur["selector"]
            seen.add(cur["kind"])
        step()  # the last one loses focus, so its unfocused style is read
        for index, kind in self.js(TABBABLE_JS):
            if kind in seen:
                continue
            seen.add(kind)
            self.js("window.__prevFocus = null; window.__prevInfo = null; const t = window.__tabbable;"
                    "if (arguments[0] > 0) t[arguments[0] - 1].focus(); else document.activeElement.blur();", index)
            cur = step()
            if cur is None or cur["index"] != index:
                continue  # tab order differs from document order here; the sequential pass covers the start
            step()
        return done


def focus_problem(info):
    f, u = info["focused"], info["unfocused"]
    outline = f["outlineStyle"] not in ("none", "hidden") and f["outlineWidth"] >= 1 and f["outlineAlpha"] > 0
    shadow = f["shadow"] not in ("none", u["shadow"])
    if not info["focusVisible"]:
        return "does not match :focus-visible after Tab"
    if not ((outline and f["outline"] != u["outline"]) or shadow):
        return f"shows no focus outline or box-shadow (outline: {f['outline']}; box-shadow: {f['shadow']})"
    if outline and not shadow and info["ringRatio"] < 3:
        return f"focus outline {f['outlineColor']} has contrast {info['ringRatio']:.2f}:1 with the background, below 3:1"
    return None


def main():
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()),
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--site", required=True, help="the built site's folder (e.g. Output)")
    ap.add_argument("--all", action="store_true", help="check every HTML page, not one per page type")
    ap.add_argument("--page", action="append", default=[], metavar="REL",
                    help="check this page (relative to the site) instead; may be repeated")
    ap.add_argument("--query", help="query for search.html?q= (default: a word from an article title)")
    ap.add_argument("--max-tabs", type=int, default=60,
                    help="Tab stops pressed through from the top (then one of every other kind is reached)")
    ap.add_argument("--max-nodes", type=int, default=6, help="elements printed per violation")
    ap.add_argument("--verbose", action="store_true", help="also print the kinds of Tab stops measured on each page")
    ap.add_argument("--review", action="store_true", help="also print axe's 'needs review' (incomplete) results")
    ap.add_argument("--axe-js", help="use this axe.min.js instead of the one bundled in axe-playwright-python")
    args = ap.parse_args()
    site = pathlib.Path(os.path.abspath(args.site))
    if not site.is_dir():
        sys.exit(f"error: no site folder {args.site}")
    started = time.monotonic()
    ensure_prerequisites()
    chosen, pages = discover(site, args.all)
    if args.page:
        chosen = [(classify(p, (site / p).read_text(encoding="utf-8", errors="replace")), p) for p in args.page]
    if not chosen:
        sys.exit(f"error: no HTML pages under {site}")
    query = args.query or search_query(site, pages)
    missing = [k for k in TYPES if k != "other" and k not in pages]
    print(f"Checking {len(chosen)} page(s) of {sum(len(v) for v in pages.values())} under {site}"
          + (f"; no page of type: {', '.join(missing)}" if missing else ""))
    checker = Checker(args, site, axe_source(args.axe_js))
    try:
        for kind, rel in chosen:
            checker.check_page(kind, rel, query if kind == "search" else None)
    finally:
        checker.d.quit()
        checker.server.shutdown()
    failing = ", ".join(f"{k} ({v})" for k, v in checker.failures.items() if v)
    print(f"axe-core {checker.axe_version}, tags {' '.join(AXE_TAGS)}; {len(chosen)} pages × 5 checks in "
          f"{time.monotonic() - started:.0f} s" + (f"; failing: {failing}" if failing else ""))
    print(f"{checker.passed} passed, {checker.failed} failed")
    sys.exit(1 if checker.failed else 0)


if __name__ == "__main__":
    main()
