// The mobile probe's one measurement pass, run by MobileProbe through executeScript (a function body).
// Returns a plain object: viewport tags, overflow figures with the widest offending element, text character counts.
// Contract (see docs/mobile-stage.md): lengths in CSS px; characters are non-white-space UTF-16 code units of
// visible text nodes (a node is visible when its range has a client rect with area and its element's computed
// visibility is "visible"); text inside script, style, noscript, template, textarea and select is left out.
const LEGIBLE_PX = arguments[0];

function selectorOf(el) {
  const parts = [];
  for (let node = el; node && node.nodeType === 1 && parts.length < 6; node = node.parentElement) {
    if (node.id) {
      parts.unshift('#' + CSS.escape(node.id));
      break;
    }
    let part = node.localName;
    for (const cls of Array.from(node.classList).slice(0, 3)) {
      part += '.' + CSS.escape(cls);
    }
    const parent = node.parentElement;
    if (parent && node.localName !== 'body' && node.localName !== 'html') {
      const same = Array.from(parent.children).filter(c => c.localName === node.localName);
      if (same.length > 1) {
        part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
    }
    parts.unshift(part);
    if (node.localName === 'body') {
      break;
    }
  }
  return parts.join(' > ');
}

// The viewport's width is the layout viewport's, document.documentElement.clientWidth (390 on the mobile profile
// with width=device-width, 980 without a usable viewport): Chromium's mobile emulation widens window.innerWidth to
// the content's width when the content overflows, so innerWidth always equals scrollWidth there.
function overflow() {
  const viewportWidth = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const result = {
    viewportWidth: viewportWidth, innerWidth: window.innerWidth, scrollWidth: scrollWidth,
    selector: '', elementWidth: 0, elementRight: 0
  };
  if (scrollWidth <= viewportWidth || !document.body) {
    return result;
  }
  let widest = null;
  let widestRect = null;
  for (const el of document.querySelectorAll('body, body *')) {
    const r = el.getBoundingClientRect();
    if (r.right + window.scrollX > viewportWidth + 0.5 && (widestRect === null || r.width > widestRect.width)) {
      widest = el;
      widestRect = r;
    }
  }
  if (widest !== null) {
    result.selector = selectorOf(widest);
    result.elementWidth = Math.round(widestRect.width);
    result.elementRight = Math.round(widestRect.right + window.scrollX);
  }
  return result;
}

function text() {
  let legible = 0;
  let total = 0;
  if (!document.body) {
    return {legible: 0, total: 0};
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const chars = node.nodeValue.replace(/\s+/g, '').length;
    const parent = node.parentElement;
    if (chars === 0 || parent === null || parent.closest('script,style,noscript,template,textarea,select')) {
      continue;
    }
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible') {
      continue;
    }
    range.selectNodeContents(node);
    const visible = Array.from(range.getClientRects()).some(r => r.width > 0 && r.height > 0);
    if (!visible) {
      continue;
    }
    total += chars;
    if (parseFloat(style.fontSize) >= LEGIBLE_PX) {
      legible += chars;
    }
  }
  return {legible: legible, total: total};
}

const viewports = Array.from(document.querySelectorAll('meta[name="viewport" i]')).map(m => ({
  tag: m.outerHTML,
  content: m.getAttribute('content') || ''
}));
return {viewports: viewports, overflow: overflow(), text: text(), pixelRatio: window.devicePixelRatio};
