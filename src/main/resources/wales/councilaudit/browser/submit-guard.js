// council-audit's never-submit guard, installed in every document before the page's own scripts run
// (Page.addScriptToEvaluateOnNewDocument). __ALLOW__ is replaced by the allow-list: a JSON array of host names, where
// "*.example" stands for every name below example. Off the list it refuses: form submission (the submit event, which
// also covers requestSubmit, clicking a submit control and pressing Enter in a field; HTMLFormElement.submit, which
// fires no event), fetch and XMLHttpRequest with any method but GET and HEAD, and navigator.sendBeacon (always a
// POST). Each refusal is kept in window.__councilAuditRefused. It also counts the fetch and XMLHttpRequest calls in
// flight (window.__councilAuditPending), so that a stage can wait for a page whose content arrives by script.
(function () {
  if (window.__councilAuditGuard) { return; }
  var allow = __ALLOW__;
  Object.defineProperty(window, '__councilAuditGuard', { value: true });
  window.__councilAuditRefused = [];
  window.__councilAuditPending = 0;
  function allowed(url) {
    var host;
    try { host = new URL(String(url), document.baseURI).hostname.toLowerCase(); } catch (e) { return false; }
    for (var i = 0; i < allow.length; i++) {
      var a = allow[i];
      if (a === host || (a.indexOf('*.') === 0 && host.length > a.length - 1 && host.slice(-(a.length - 1)) === a.slice(1))) {
        return true;
      }
    }
    return false;
  }
  function refuse(what, url) {
    window.__councilAuditRefused.push(what + ' ' + url);
  }
  function actionOf(form, submitter) {
    if (submitter && submitter.hasAttribute && submitter.hasAttribute('formaction')) { return submitter.formAction; }
    return form.action || document.baseURI;
  }
  window.addEventListener('submit', function (e) {
    var url = actionOf(e.target, e.submitter);
    if (!allowed(url)) { e.preventDefault(); e.stopImmediatePropagation(); refuse('submit', url); }
  }, true);
  var submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function () {
    var url = actionOf(this);
    if (!allowed(url)) { refuse('submit', url); return; }
    return submit.call(this);
  };
  function changes(method) {
    var m = String(method || 'GET').toUpperCase();
    return m !== 'GET' && m !== 'HEAD';
  }
  if (window.fetch) {
    var fetch = window.fetch;
    window.fetch = function (input, init) {
      var url = (input && typeof input === 'object' && 'url' in input) ? input.url : String(input);
      var method = (init && init.method) || (input && typeof input === 'object' && input.method) || 'GET';
      if (changes(method) && !allowed(url)) {
        refuse('fetch ' + method, url);
        return Promise.reject(new TypeError('refused by council-audit: ' + method + ' ' + url));
      }
      window.__councilAuditPending++;
      var done = function () { window.__councilAuditPending--; };
      var p = fetch.apply(this, arguments);
      p.then(done, done);
      return p;
    };
  }
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__councilAudit = { method: method, url: url };
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var r = this.__councilAudit || {};
    if (changes(r.method) && !allowed(r.url)) {
      refuse('xhr ' + r.method, r.url);
      throw new DOMException('refused by council-audit', 'SecurityError');
    }
    window.__councilAuditPending++;
    this.addEventListener('loadend', function () { window.__councilAuditPending--; });
    return send.apply(this, arguments);
  };
  if (navigator.sendBeacon) {
    var beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = function (url, data) {
      if (!allowed(url)) { refuse('beacon', url); return false; }
      return beacon(url, data);
    };
  }
})();
