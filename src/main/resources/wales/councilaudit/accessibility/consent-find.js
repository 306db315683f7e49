// Finds the first visible consent control: arguments[0] CSS selectors (tried first, in order), arguments[1] button
// texts (in order). Returns {element, how} or null. Texts compare ignoring case, runs of spaces and closing
// punctuation, against a control's text, value or aria-label.
var selectors = arguments[0];
var texts = arguments[1];
function visible(el) {
  if (el.getClientRects().length === 0) { return false; }
  var cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && cs.display !== 'none' && cs.opacity !== '0';
}
function norm(s) {
  return (s || '').replace(/[\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.!:]+$/, '').toLowerCase();
}
for (var i = 0; i < selectors.length; i++) {
  var found;
  try { found = document.querySelectorAll(selectors[i]); } catch (e) { continue; }
  for (var j = 0; j < found.length; j++) {
    if (visible(found[j])) { return { element: found[j], how: 'selector ' + selectors[i] }; }
  }
}
var controls = document.querySelectorAll('button,a,input[type=button],input[type=submit],[role=button]');
for (var t = 0; t < texts.length; t++) {
  var want = norm(texts[t]);
  for (var k = 0; k < controls.length; k++) {
    var c = controls[k];
    var names = [c.innerText, c.value, c.getAttribute('aria-label')];
    for (var n = 0; n < names.length; n++) {
      if (norm(names[n]) === want && visible(c)) {
        return { element: c, how: 'button text "' + texts[t] + '"' };
      }
    }
  }
}
return null;
