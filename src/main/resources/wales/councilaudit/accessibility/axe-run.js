// Runs axe-core in the top document (axe in every frame answers through axe's frame messaging) and hands back one
// JSON string: violations and incomplete in full (minus what the findings do not need), passes as node counts.
// arguments[0]: the longest html kept per node; arguments[1]: how long axe waits for a frame, in ms.
var done = arguments[arguments.length - 1];
var maxHtml = arguments[0];
var frameWait = arguments[1];
function node(n) {
  return { target: n.target, html: (n.html || '').substring(0, maxHtml), impact: n.impact || null };
}
function rule(r) {
  return { id: r.id, impact: r.impact || null, tags: r.tags, help: r.help, helpUrl: r.helpUrl, nodes: r.nodes.map(node) };
}
try {
  axe.run(document, { iframes: true, elementRef: false, frameWaitTime: frameWait }).then(function (r) {
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
