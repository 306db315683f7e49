// The keyboard probe's page side. Installs window.__councilAuditFocus (once per document) and answers arguments[0]:
//   "snapshot": records how every tabbable element looks unfocused; returns how many there are.
//   "start":    focuses a temporary, untabbable marker at the start of <body>, so the next Tab goes to the first stop.
//   "state":    finishes running CSS transitions, then describes the focused element (or {kind:'document'}).
//   "skip":     describes the focused element as a skip link: whether it is one, and its target.
//   "skipped":  after the skip link was followed and Tab pressed once: whether focus is in or after the target.
var P = window.__councilAuditFocus;
if (!P) {
  P = window.__councilAuditFocus = {};
  var PROPS = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
    'border-top-style', 'border-top-width', 'border-top-color', 'border-right-style', 'border-right-width',
    'border-right-color', 'border-bottom-style', 'border-bottom-width', 'border-bottom-color', 'border-left-style',
    'border-left-width', 'border-left-color', 'background-color', 'background-image', 'color',
    'text-decoration-line', 'text-decoration-color', 'text-decoration-thickness', 'text-shadow', 'font-weight',
    'transform', 'opacity', 'filter', 'clip', 'clip-path', 'position', 'left', 'top', 'width', 'height',
    'visibility', 'display', 'content'];
  var TABBABLE = 'a[href],area[href],button,input:not([type=hidden]),select,textarea,iframe,summary,'
    + '[tabindex],[contenteditable=""],[contenteditable=true],audio[controls],video[controls]';
  // How an element looks: values that are not drawn (an outline or border of style none) count as absent.
  var look = function (el, pseudo) {
    var cs = getComputedStyle(el, pseudo);
    var out = [];
    for (var i = 0; i < PROPS.length; i++) {
      out.push(cs.getPropertyValue(PROPS[i]));
    }
    if (cs.getPropertyValue('outline-style') === 'none' || cs.getPropertyValue('outline-width') === '0px') {
      out[0] = out[1] = out[2] = out[3] = 'none';
    }
    ['top', 'right', 'bottom', 'left'].forEach(function (side, s) {
      if (cs.getPropertyValue('border-' + side + '-style') === 'none') {
        out[5 + 3 * s] = out[6 + 3 * s] = out[7 + 3 * s] = 'none';
      }
    });
    return out.join('|');
  };
  P.appearance = function (el) {
    var parts = [look(el, null), look(el, '::before'), look(el, '::after')];
    if (el.parentElement) {
      parts.push(look(el.parentElement, null));
    }
    for (var i = 0; i < el.children.length && i < 3; i++) {
      parts.push(look(el.children[i], null));
    }
    return parts.join('#');
  };
  P.tabbable = function (el) {
    if (el.disabled || el.tabIndex < 0 || el.getClientRects().length === 0) {
      return false;
    }
    return getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]');
  };
  P.path = function (el) {
    var parts = [];
    while (el && el.nodeType === 1 && el !== document.documentElement) {
      if (el.id && document.querySelectorAll('#' + CSS.escape(el.id)).length === 1) {
        parts.unshift('#' + CSS.escape(el.id));
        break;
      }
      var tag = el.tagName.toLowerCase();
      if (tag === 'body') {
        parts.unshift(tag);
        break;
      }
      var n = 1;
      for (var s = el.previousElementSibling; s; s = s.previousElementSibling) {
        if (s.tagName === el.tagName) {
          n++;
        }
      }
      parts.unshift(tag + ':nth-of-type(' + n + ')');
      el = el.parentElement;
    }
    return parts.join(' > ');
  };
  P.snapshot = function () {
    P.before = new Map();
    var all = document.querySelectorAll(TABBABLE);
    for (var i = 0; i < all.length; i++) {
      if (P.tabbable(all[i])) {
        P.before.set(all[i], P.appearance(all[i]));
      }
    }
    return P.before.size;
  };
  P.start = function () {
    var marker = document.createElement('span');
    marker.tabIndex = -1;
    document.body.insertBefore(marker, document.body.firstChild);
    marker.focus({ preventScroll: true });
    setTimeout(function () { marker.remove(); }, 0);
  };
  P.state = function () {
    document.getAnimations().forEach(function (a) {
      if (a instanceof CSSTransition) {
        try { a.finish(); } catch (e) { /* an unfinishable transition keeps its current value */ }
      }
    });
    var el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { kind: 'document' };
    }
    var state = { kind: 'element', selector: P.path(el), html: el.outerHTML.substring(0, 1000),
      inDialog: !!el.closest('dialog,[role=dialog],[role=alertdialog],[aria-modal=true]') };
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      state.kind = 'frame';
      try {
        var inner = el.contentDocument && el.contentDocument.activeElement;
        if (inner && inner !== el.contentDocument.body) {
          state.kind = 'element';
          state.selector += ' >> ' + inner.tagName.toLowerCase() + (inner.id ? '#' + inner.id : '');
        }
      } catch (e) { /* a cross-origin frame: what has focus inside it is unknown */ }
      return state;
    }
    var before = P.before && P.before.get(el);
    state.visibleChange = before === undefined ? null : before !== P.appearance(el);
    return state;
  };
  P.skip = function () {
    var el = document.activeElement;
    if (!el || el.tagName !== 'A' || !el.hash || el.hash === '#' || el.hash === '#top') {
      return { skipLink: false };
    }
    if (el.host !== location.host || el.pathname !== location.pathname || el.search !== location.search) {
      return { skipLink: false };
    }
    var id = decodeURIComponent(el.hash.substring(1));
    var target = document.getElementById(id) || document.getElementsByName(id)[0];
    return { skipLink: true, selector: P.path(el), html: el.outerHTML.substring(0, 1000), fragment: el.hash,
      targetExists: !!target, targetRendered: !!target && target.getClientRects().length > 0 };
  };
  P.skipped = function (fragment) {
    var id = decodeURIComponent(fragment.substring(1));
    var target = document.getElementById(id) || document.getElementsByName(id)[0];
    var el = document.activeElement;
    if (!target || !el || el === document.body) {
      return false;
    }
    return target === el || target.contains(el)
      || (target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
}
var command = arguments[0];
if (command === 'snapshot') { return P.snapshot(); }
if (command === 'start') { P.start(); return null; }
if (command === 'state') { return P.state(); }
if (command === 'skip') { return P.skip(); }
if (command === 'skipped') { return P.skipped(arguments[1]); }
throw new Error('unknown focus-probe command ' + command);
