// Runs axe-core in the top document (axe in every frame answers through axe's frame messaging) and hands back one
// JSON string: violations and incomplete in full (minus what the findings do not need), passes as node counts.
// arguments[0]: the longest html kept per node; arguments[1]: how long axe waits for a frame, in ms;
// arguments[2]: ids of rules axe-core ships switched off that this scan switches on (target-size on phones).
var done = arguments[arguments.length - 1];
var maxHtml = arguments[0];
var frameWait = arguments[1];
var enable = arguments[2] || [];
// A page that overwrote a DOM method axe-core calls (Lighthouse's tap-target smoke page replaces
// HTMLElement.prototype.matches with an object) would make axe-core fail: the prototypes' own non-function
// properties of those names are removed, so the built-in methods show through again.
(function () {
  var names = ['matches', 'closest', 'querySelector', 'querySelectorAll', 'getAttribute', 'hasAttribute',
    'getBoundingClientRect', 'getClientRects', 'contains', 'getRootNode'];
  [window.HTMLElement, window.SVGElement, window.Element, window.Node].forEach(function (type) {
    if (!type || !type.prototype) { return; }
    names.forEach(function (name) {
      if (Object.prototype.hasOwnProperty.call(type.prototype, name) && typeof type.prototype[name] !== 'function') {
        try { delete type.prototype[name]; } catch (e) { /* not configurable: axe-core reports what fails */ }
      }
    });
  });
})();
var rules = {};
enable.forEach(function (id) { rules[id] = { enabled: true }; });
function node(n) {
  return { target: n.target, html: (n.html || '').substring(0, maxHtml), impact: n.impact || null };
}
function rule(r) {
  return { id: r.id, impact: r.impact || null, tags: r.tags, help: r.help, helpUrl: r.helpUrl, nodes: r.nodes.map(node) };
}
try {
  axe.run(document, { iframes: true, elementRef: false, frameWaitTime: frameWait, rules: rules }).then(function (r) {
    done(JSON.stringify({
      version: r.testEngine.version,
      url: r.url,
      violations: r.violations.map(rule),
      incomplete: r.incomplete.map(rule),
      passes: r.passes.map(function (p) { return { id: p.id, nodes: p.nodes.length }; })
    }));
  }, function (e) {
    done(JSON.stringify({ error: String((e && e.message) || e) }));
  });
} catch (e) {
  done(JSON.stringify({ error: String((e && e.message) || e) }));
}
