/* StudySite client-side search. Plain ES2017, no dependencies, no build step.
 *
 * Contract with the generator (tested by scripts/check-search.py):
 *  - search-index.js at the site root sets window.STUDYSITE_SEARCH_INDEX. Version 2 (what
 *    builds write): {version: 2, shards: ["search/0.js", …]}, and shard K sets
 *    window.STUDYSITE_SEARCH_SHARDS[K] = {pages: […]}. Version 1: {version: 1, pages: […]}.
 *    A page is {t: title, u: url relative to the root, k: kind, h: [headings], x: plain text,
 *    e: [entity names and aliases]}. These are scripts, not JSON fetched at run time, so
 *    search works from file://. This file loads them itself (script elements) the first time
 *    the reader focuses the search field or opens search.html, so a page does not load the
 *    index (10 MB for 1,000 articles) until someone searches. A layout may still load
 *    search-index.js itself.
 *  - <meta name="studysite-root" content="../"> is the path from the page to the site root;
 *    a result links to root + u, so links stay relative and work under any sub-path.
 *  - The header form.site-search holds #site-search-input and #site-search-results (the
 *    dropdown); search.html also has #search-page-results, where ?q= results are listed.
 * Index text is untrusted corpus text: it reaches the page only through textContent.
 */
(function () {
  'use strict';

  // ---- Folding: the same rules for the index and the query, so matching is plain indexOf ----
  // NFD + stripping combining marks makes "Pyŏngyang" match "pyongyang"; every run of
  // punctuation or spaces becomes one space, so "Il-song", "Il song" and "il–song" are equal.
  const MARK = '\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f';
  const MARKS = new RegExp('[' + MARK + ']', 'g'), IS_MARK = new RegExp('^[' + MARK + ']$');
  const SEPS = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u2e00-\u2e7f\u3000-\u303f\ufe10-\ufe6f\ufeff\uff01-\uff0f]+/g;
  const SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ς': 'σ' };
  const SPECIAL_RE = /[ßæœøłđðþıς]/g;

  function foldCore(s) {
    return String(s).normalize('NFD').replace(MARKS, '').toLowerCase()
      .replace(SPECIAL_RE, (c) => SPECIAL[c]).replace(SEPS, ' ');
  }
  // Padded with a space each side: ' word ' finds a whole word, ' wo' a word prefix.
  function fold(s) { return ' ' + foldCore(s).replace(/^ | $/g, '') + ' '; }

  // Folds s[from, to) character by character, recording for each folded character the index
  // of the original one, until the folded text is `stop` long. Used only for the few results
  // shown, to find and mark matches in the original text.
  function foldMap(s, from, to, stop) {
    const out = [' '], map = [from]; // an array: reading the end of a growing string is slow
    let i = from;
    while (i < to && out.length < stop) {
      const n = (s.charCodeAt(i) & 0xfc00) === 0xd800 ? 2 : 1, c = s.substr(i, n), code = c.charCodeAt(0);
      const f = code >= 128 ? foldCore(c) : (code >= 65 && code <= 90) ? c.toLowerCase()
        : ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) ? c : ' ';
      for (let j = 0; j < f.length; j++) {
        if (f[j] === ' ' && out[out.length - 1] === ' ') continue;
        out.push(f[j]);
        map.push(i);
      }
      i += n;
    }
    if (out[out.length - 1] !== ' ') { out.push(' '); map.push(i); }
    return { f: out.join(''), m: map };
  }

  // Folds a long text in pieces cut at spaces, noting where each piece starts in the original
  // and in the folded text ([orig, folded, ...]), so a snippet refolds one piece, not the page.
  function foldText(s) {
    const parts = [' '], cuts = [];
    let len = 1;
    for (let a = 0, b; a < s.length; a = b) {
      b = s.indexOf(' ', a + 4096);
      if (b < 0) b = s.length;
      const core = foldCore(s.slice(a, b)).replace(/^ | $/g, '');
      if (core) { cuts.push(a, len); parts.push(core, ' '); len += core.length + 1; }
    }
    return { x: parts.join(''), cuts: cuts };
  }

  // ---- Loading the index: search-index.js, then its shards, as script elements ----
  let loading = null;
  function addScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(src));
      document.head.appendChild(script);
    });
  }
  // Resolves when window.STUDYSITE_SEARCH_INDEX has its pages (shards joined in order).
  function loadIndex() {
    if (!loading) {
      const manifest = window.STUDYSITE_SEARCH_INDEX ? Promise.resolve() : addScript(root + 'search-index.js');
      loading = manifest.then(() => {
        const index = window.STUDYSITE_SEARCH_INDEX;
        if (!index || Array.isArray(index.pages) || !Array.isArray(index.shards)) return;
        const paths = index.shards.filter((u) => safeUrl(u) !== null);
        return Promise.all(paths.map((u) => addScript(root + u))).then(() => {
          const shards = window.STUDYSITE_SEARCH_SHARDS || {};
          index.pages = [].concat(...index.shards.map((u, i) => (shards[i] && shards[i].pages) || []));
        });
      });
    }
    return loading;
  }

  // ---- The index, folded once (after it loaded, or at the first search) ----
  let docs = null, source = null;
  const str = (v) => (v == null ? '' : String(v));
  const lines = (arr) => '\n' + (Array.isArray(arr) ? arr : []).map(fold).join('\n') + '\n';
  function prepare() {
    const index = source || window.STUDYSITE_SEARCH_INDEX;
    if (docs || !index || !Array.isArray(index.pages)) return docs;
    docs = index.pages.filter((p) => p && safeUrl(p.u) !== null).map((p) => {
      const t = fold(str(p.t)), e = lines(p.e), x = foldText(str(p.x));
      return { p: p, t: t, e: e, h: lines(p.h), x: x.x, cuts: x.cuts, c: (t + e).replace(/ /g, '') };
    });
    return docs;
  }
  // Index URLs must be relative paths: not empty, no scheme (javascript:), no leading / or \.
  function safeUrl(u) { u = str(u); return !u || /^([a-z][a-z0-9+.-]*:|[\/\\])/i.test(u) ? null : u; }

  // ---- Query and ranking ----
  // Every word must match (AND) at the start of a word; all but the last must match whole
  // words, the last may be a prefix (the user is still typing it).
  function parse(raw) {
    const words = fold(raw).split(' ').filter(Boolean), last = words.length - 1;
    if (words.join('').length < 2) return null;
    return { words: words, pats: words.map((w, i) => ' ' + w + (i === last ? '' : ' ')),
      phrase: ' ' + words.join(' '), exact: ' ' + words.join(' ') + ' ', compact: words.join('') };
  }
  const FIELDS = ['t', 'e', 'h', 'x'], WEIGHTS = [100, 60, 30, 10]; // title > entity > heading > text
  function score(d, q) {
    let s = 0;
    for (const pat of q.pats) {
      let f = 0;
      while (f < 4 && d[FIELDS[f]].indexOf(pat) < 0) f++;
      // No AND match: still accept a title or name written without its spaces or hyphens
      // ("Kim Ilsong" for "Kim Il-song").
      if (f === 4) return q.compact.length >= 5 && d.c.indexOf(q.compact) >= 0 ? 40 : 0;
      s += WEIGHTS[f];
    }
    if (d.t === q.exact) s += 200; // the title is the query
    else if (d.e.indexOf('\n' + q.exact + '\n') >= 0) s += 120; // a name or alias is the query
    else if (d.t.indexOf(q.phrase) === 0) s += 60; // the title starts with the query
    else if (q.words.length > 1) {
      for (let f = 0; f < 4; f++) if (d[FIELDS[f]].indexOf(q.phrase) >= 0) { s += WEIGHTS[f] / 2; break; }
    }
    return s;
  }
  function rank(q) {
    const hits = [];
    for (const d of prepare() || []) { const s = score(d, q); if (s > 0) hits.push({ d: d, s: s }); }
    return hits.sort((a, b) => b.s - a.s || a.d.t.length - b.d.t.length);
  }

  // ---- Result DOM: createElement and textContent only ----
  const KINDS = { article: 'Article', document: 'Document', entity: 'Entity', reference: 'Reference',
    event: 'Event', data: 'Data', page: 'Page' };
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // Appends s[from, to) to parent, wrapping every query-word match in <mark>.
  function appendMarked(parent, s, from, to, q) {
    const r = foldMap(s, from, to, Infinity), ranges = [];
    q.pats.forEach((pat, i) => {
      for (let k = r.f.indexOf(pat); k >= 0; k = r.f.indexOf(pat, k + 1)) {
        let b = r.m[k + q.words[i].length] + 1; // just after the last matched character
        if ((s.charCodeAt(b - 1) & 0xfc00) === 0xd800) b++;
        while (b < to && IS_MARK.test(s[b])) b++; // keep decomposed accents inside the mark
        ranges.push([r.m[k + 1], b]);
      }
    });
    let pos = from;
    ranges.sort((a, b) => a[0] - b[0]).forEach((rg) => {
      if (rg[1] <= pos) return;
      const a = Math.max(rg[0], pos);
      if (a > pos) parent.appendChild(document.createTextNode(s.slice(pos, a)));
      parent.appendChild(el('mark', null, s.slice(a, rg[1])));
      pos = rg[1];
    });
    if (pos < to) parent.appendChild(document.createTextNode(s.slice(pos, to)));
  }
  // About 180 characters of text around the first match of any query word.
  function snippet(d, q) {
    const text = str(d.p.x), span = el('span', 'search-hit-snippet');
    let at = 0, best = -1;
    for (const pat of q.pats) { const i = d.x.indexOf(pat); if (i >= 0 && (best < 0 || i < best)) best = i; }
    if (best >= 0) { // the match's first character is d.x[best + 1]: find its piece, refold that
      let k = 0;
      while (k + 2 < d.cuts.length && d.cuts[k + 3] <= best + 1) k += 2;
      const i = best + 2 - d.cuts[k + 1];
      at = foldMap(text, d.cuts[k], text.length, i + 1).m[i] || 0;
    }
    let start = Math.max(0, at - 60), end = Math.min(text.length, start + 180);
    if (start > 0) { const sp = text.indexOf(' ', start); if (sp >= 0 && sp < at) start = sp + 1; }
    if (end < text.length) { const sp = text.lastIndexOf(' ', end); if (sp > at) end = sp; }
    if (start > 0) span.appendChild(document.createTextNode('… '));
    appendMarked(span, text, start, end, q);
    if (end < text.length) span.appendChild(document.createTextNode(' …'));
    return span;
  }
  function resultItem(hit, q) {
    const p = hit.d.p, li = el('li'), a = el('a', 'search-hit'), title = el('span', 'search-hit-title');
    a.href = root + safeUrl(p.u);
    appendMarked(title, str(p.t), 0, str(p.t).length, q);
    a.append(title, ' ', el('span', 'search-hit-kind', KINDS[p.k] || 'Page'), ' ', snippet(hit.d, q));
    li.appendChild(a);
    return li;
  }
  const plural = (n) => n + (n === 1 ? ' result' : ' results');
  const UNAVAILABLE = 'Search is unavailable: the search index (search-index.js) did not load.';
  const LOADING = 'Loading the search index…';
  let failed = false;

  // ---- Wiring ----
  let root = '', form, input, box, pageBox, pageStatus;
  function init() {
    const meta = document.querySelector('meta[name="studysite-root"]');
    root = (meta && meta.getAttribute('content')) || '';
    if (root && !/\/$/.test(root)) root += '/';
    [input, box, pageBox] = ['site-search-input', 'site-search-results', 'search-page-results']
      .map((id) => document.getElementById(id));
    form = input && input.form;
    if (!form || !box) return;
    box.hidden = true;
    let timer = 0;
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 120); });
    // The index starts loading when the reader comes to the field; results wait for it.
    // Once: later focus (Escape returns it to the field) must not reopen the results.
    const start = () => loading || loadIndex().then(() => { prepare(); if (input.value.trim()) update(); },
      () => { failed = true; if (input.value.trim()) update(); });
    input.addEventListener('focus', start);
    // A click in the field reopens the last results (not mere focus: Escape returns focus
    // here and must leave the panel closed).
    input.addEventListener('click', () => { if (box.firstChild && !pageBox) show(); });
    // ArrowDown/ArrowUp move focus between the field and the result links (ArrowDown also
    // reopens them); Escape closes them and returns to the field; Enter follows the link.
    form.addEventListener('keydown', (e) => {
      const links = Array.from(box.querySelectorAll('a')), i = links.indexOf(document.activeElement);
      if (pageBox || !links.length || (e.target !== input && i < 0)) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const j = i + (e.key === 'ArrowDown' ? 1 : -1);
        show();
        if (j === -1) input.focus(); else if (j >= 0 && j < links.length) links[j].focus();
      } else if (e.key === 'Escape' && !box.hidden) { e.preventDefault(); box.hidden = true; input.focus(); }
    });
    // Close when focus leaves the form. A press inside it can blur without a new focus target
    // (Safari does not focus clicked links): that must not close it before the click lands.
    let pressing = false;
    form.addEventListener('mousedown', () => { pressing = true; });
    document.addEventListener('mouseup', () => setTimeout(() => { pressing = false; }));
    form.addEventListener('focusout', (e) => {
      if (!pressing && !(e.relatedTarget && form.contains(e.relatedTarget))) box.hidden = true;
    });
    if (pageBox) { // search.html: a status line that stays in place, so screen readers announce it
      pageBox.textContent = '';
      pageStatus = pageBox.appendChild(el('p', 'search-page-status'));
      pageStatus.setAttribute('role', 'status');
      form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); update(); });
      const q = new URLSearchParams(location.search).get('q') || '';
      input.value = q;
      start();
      showPage(q.trim());
    }
  }
  // Shows the panel, shifted left if it would stick out of the window (a form at the right).
  function show() {
    box.hidden = false;
    box.style.left = '';
    const r = box.getBoundingClientRect(), over = r.right - document.documentElement.clientWidth + 8;
    if (over > 0) box.style.left = -Math.min(over, r.left - 8) + 'px';
  }
  function update() {
    const raw = input.value.trim();
    if (!pageBox) return showDropdown(raw);
    showPage(raw);
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(raw)); } catch (err) { /* file:// */ }
  }
  function showDropdown(raw) {
    const q = parse(raw);
    box.textContent = '';
    box.hidden = true;
    if (!q) return;
    show();
    if (!prepare()) return box.appendChild(el('p', 'site-search-status', failed || !loading ? UNAVAILABLE : LOADING));
    const hits = rank(q);
    box.appendChild(el('p', 'site-search-status', hits.length ? plural(hits.length) +
      (hits.length > 8 ? ', the first 8 shown' : '') : 'No results for “' + raw + '”'));
    if (!hits.length) return;
    const ul = el('ul', 'site-search-list');
    ul.setAttribute('aria-live', 'off'); // announce the count above, not every snippet
    hits.slice(0, 8).forEach((h) => ul.appendChild(resultItem(h, q)));
    const all = el('a', 'site-search-all', 'All results on the search page');
    all.href = root + 'search.html?q=' + encodeURIComponent(raw);
    box.append(ul, el('p', 'site-search-more'));
    box.lastChild.appendChild(all);
  }
  // search.html: every result, 50 at a time behind a "Show more" button.
  function showPage(raw) {
    const q = parse(raw), status = pageStatus;
    while (status.nextSibling) pageBox.removeChild(status.nextSibling);
    if (!q) return (status.textContent = 'Type at least two characters to search.');
    if (!prepare()) return (status.textContent = failed || !loading ? UNAVAILABLE : LOADING);
    const hits = rank(q), list = el('ol', 'search-page-list'), more = el('button', 'search-page-more');
    status.textContent = hits.length ? plural(hits.length) + ' for “' + raw + '”' : 'No results for “' + raw + '”';
    let shown = 0;
    more.type = 'button';
    more.addEventListener('click', () => { const a = showMore(); if (a) a.focus(); }); // focus the first new one
    function showMore() {
      const batch = hits.slice(shown, shown + 50).map((h) => list.appendChild(resultItem(h, q)));
      shown += batch.length;
      more.textContent = 'Show more results (' + (hits.length - shown) + ' more)';
      more.hidden = shown >= hits.length;
      return batch.length ? batch[0].querySelector('a') : null;
    }
    showMore();
    pageBox.append(list, more);
  }

  // A small hook for tests and benchmarks: StudySiteSearch.search('amur', 8).
  window.StudySiteSearch = {
    fold: fold,
    load(index) { source = index; docs = null; return prepare(); },
    // Resolves once the site's own index has loaded (tests wait on it).
    ready() { return loadIndex().then(() => !!prepare()); },
    search(raw, n) {
      const q = parse(raw);
      return q ? rank(q).slice(0, n || 8).map((h) => ({ t: h.d.p.t, u: h.d.p.u, k: h.d.p.k,
        score: h.s, snippet: snippet(h.d, q).textContent })) : [];
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
