// Looks at a rendered page the way a reader would and lists what they could not read.
// Injected by scripts/html-layout-check.sh into a copy of the page; runs after `load` and writes its
// findings, between two marker lines, into a <pre> that the script reads back from `--dump-dom`.
//
// Every text node the page renders (outside display:none, `hidden`, <script>/<style>) is expected
// to be visible. A problem is reported when its text
//   overlap   shares pixels with another text node's text (two lines printed over each other);
//   covered   is painted over by an element that is not its own (a box over a figure);
//   overflow  runs past the box of the block that contains it, or past the page's width;
//   clipped   lies outside an ancestor that clips (overflow hidden/clip/scroll);
//   hidden    is there but not visible: zero size, visibility hidden, opacity 0, tiny font, or
//             a colour too close to its background (contrast ratio under 3:1);
//   missing   an expected string (from the check's --expect list) is not in the visible text.
(function () {
  "use strict";
  const TOLERANCE = 1.5; // px: glyph boxes of neighbouring lines may touch, not overlap
  const problems = [];
  const own = new Set(["layout-check-expect", "layout-check-report", "layout-check-script"]);

  function describe(element) {
    let name = element.tagName.toLowerCase();
    if (element.id) name += "#" + element.id;
    if (element.classList.length) name += "." + Array.from(element.classList).join(".");
    return name;
  }
  function snippet(text) {
    const t = text.replace(/\s+/g, " ").trim();
    return JSON.stringify(t.length > 50 ? t.slice(0, 47) + "..." : t);
  }
  function at(rect) {
    return "at " + Math.round(rect.left) + "," + Math.round(rect.top + window.scrollY) + " " +
      Math.round(rect.width) + "x" + Math.round(rect.height);
  }
  function isExcluded(element) {
    for (let e = element; e; e = e.parentElement) {
      if (own.has(e.id)) return true;
      if (["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE"].includes(e.tagName)) return true;
      if (e.hidden) return true;
      if (getComputedStyle(e).display === "none") return true;
    }
    return false;
  }

  // --- colours -------------------------------------------------------------------------------
  function parseColor(text) {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function luminance(c) {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function background(element) {
    for (let e = element; e; e = e.parentElement) {
      const c = parseColor(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }
  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }
  function opacity(element) {
    let value = 1;
    for (let e = element; e; e = e.parentElement) value *= Number(getComputedStyle(e).opacity);
    return value;
  }

  // --- collect the rendered text ---------------------------------------------------------------
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    const element = node.parentElement;
    if (!element || isExcluded(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects())
      .filter((r) => r.width > 0.5 && r.height > 0.5)
      .map((r) => ({ left: r.left, right: r.right, top: r.top + window.scrollY, bottom: r.bottom + window.scrollY,
        width: r.width, height: r.height }));
    texts.push({ node, element, rects, text: node.data, visible: true });
  }

  // --- hidden ----------------------------------------------------------------------------------
  for (const t of texts) {
    const style = getComputedStyle(t.element);
    let reason = null;
    if (t.rects.length === 0) reason = "has no size on the page";
    else if (style.visibility !== "visible") reason = "is visibility:" + style.visibility;
    else if (opacity(t.element) < 0.3) reason = "is transparent (opacity " + opacity(t.element).toFixed(2) + ")";
    else if (parseFloat(style.fontSize) < 6) reason = "is too small to read (" + style.fontSize + ")";
    else {
      const color = parseColor(style.color);
      if (color && color.a < 0.3) reason = "has a transparent colour";
      else if (color && contrast(color, background(t.element)) < 3) {
        reason = "has too little contrast with its background (" +
          contrast(color, background(t.element)).toFixed(2) + ":1)";
      }
    }
    if (reason) {
      t.visible = false;
      problems.push("hidden: " + snippet(t.text) + " in " + describe(t.element) + " " + reason);
    }
  }
  const shown = texts.filter((t) => t.visible);

  // --- overflow and clipping -------------------------------------------------------------------
  const pageWidth = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > pageWidth + 1) {
    problems.push("overflow: the page is " + document.documentElement.scrollWidth + "px wide, wider than the " +
      pageWidth + "px window");
  }
  function pageRect(element) {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  }
  function container(element) {
    for (let e = element; e; e = e.parentElement) {
      const display = getComputedStyle(e).display;
      if (!display.startsWith("inline") || display === "inline-block" || display === "inline-flex" ||
        display === "inline-grid") return e;
    }
    return document.body;
  }
  for (const t of shown) {
    const box = container(t.element);
    const outer = pageRect(box);
    const boxClips = getComputedStyle(box).overflowX !== "visible" || getComputedStyle(box).overflowY !== "visible";
    for (const r of t.rects) {
      if (r.left < -TOLERANCE || r.right > pageWidth + TOLERANCE) {
        problems.push("overflow: " + snippet(t.text) + " in " + describe(t.element) + " runs off the page " + at(r));
        break;
      }
      const past = Math.max(outer.left - r.left, r.right - outer.right, outer.top - r.top, r.bottom - outer.bottom);
      if (past > TOLERANCE && !boxClips && box !== document.body && box !== document.documentElement) {
        problems.push("overflow: " + snippet(t.text) + " in " + describe(t.element) + " runs " + Math.round(past) +
          "px outside its box " + describe(box) + " " + at(r));
        break;
      }
    }
    for (let e = t.element; e && e !== document.documentElement; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const clip = pageRect(e);
      const cut = t.rects.find((r) => r.left < clip.left - TOLERANCE || r.right > clip.right + TOLERANCE ||
        r.top < clip.top - TOLERANCE || r.bottom > clip.bottom + TOLERANCE);
      if (cut) {
        problems.push("clipped: " + snippet(t.text) + " in " + describe(t.element) + " is cut off by " + describe(e) +
          " " + at(cut));
        break;
      }
    }
  }

  // --- overlap between texts -------------------------------------------------------------------
  const boxes = [];
  shown.forEach((t, index) => t.rects.forEach((r) => boxes.push({ index, r })));
  boxes.sort((a, b) => a.r.top - b.r.top);
  const reported = new Set();
  const overlapping = new Map(); // text index -> elements of the texts it overlaps
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].r.top < boxes[i].r.bottom - TOLERANCE; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.index === b.index) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w <= TOLERANCE || h <= TOLERANCE) continue;
      const key = Math.min(a.index, b.index) + ":" + Math.max(a.index, b.index);
      if (reported.has(key)) continue;
      reported.add(key);
      const ta = shown[a.index], tb = shown[b.index];
      if (!overlapping.has(a.index)) overlapping.set(a.index, new Set());
      if (!overlapping.has(b.index)) overlapping.set(b.index, new Set());
      overlapping.get(a.index).add(tb.element);
      overlapping.get(b.index).add(ta.element);
      problems.push("overlap: " + snippet(ta.text) + " in " + describe(ta.element) + " and " + snippet(tb.text) +
        " in " + describe(tb.element) + " print over each other " + at(a.r));
    }
  }

  // --- covered by another element ----------------------------------------------------------------
  shown.forEach((t, index) => {
    const already = overlapping.get(index) || new Set();
    for (const r of t.rects) {
      const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
      window.scrollTo(0, Math.max(0, y - window.innerHeight / 2));
      const hit = document.elementFromPoint(x, y - window.scrollY);
      if (!hit || hit === t.element || t.element.contains(hit) || hit.contains(t.element)) continue;
      if (Array.from(already).some((e) => e === hit || e.contains(hit) || hit.contains(e))) break; // reported as overlap
      problems.push("covered: " + snippet(t.text) + " in " + describe(t.element) + " is painted over by " +
        describe(hit) + " " + at(r));
      break;
    }
  });
  window.scrollTo(0, 0);

  // --- expected strings --------------------------------------------------------------------------
  const expectElement = document.getElementById("layout-check-expect");
  const expected = expectElement ? expectElement.value.split("\n").filter((line) => line.trim()) : [];
  const normal = (s) => s.replace(/\s+/g, " ").trim();
  const visibleText = normal(shown.map((t) => t.text).join(" "));
  const visibleJoined = normal(shown.map((t) => t.text).join(""));
  for (const want of expected) {
    const w = normal(want);
    if (!visibleText.includes(w) && !visibleJoined.includes(w)) {
      problems.push("missing: expected text " + snippet(want) + " is not visible on the page");
    }
  }

  const report = document.createElement("pre");
  report.id = "layout-check-report";
  const marker = (word) => "\n@@" + ["layout", "check", word].join("-") + "@@\n";
  report.textContent = marker("begin") + "page-height: " + Math.ceil(document.documentElement.scrollHeight) + "\n" +
    "texts-checked: " + shown.length + "\n" + problems.join("\n") + marker("end");
  document.body.appendChild(report);
})();
