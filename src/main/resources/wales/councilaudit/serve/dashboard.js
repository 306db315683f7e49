// council-audit dashboard: the re-test form and a run's progress. Text from the server is set with textContent,
// never parsed as HTML.
(function () {
  'use strict';

  function format(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (whole, i) {
      return i < args.length ? String(args[i]) : whole;
    });
  }

  function retestForm(form) {
    var status = document.getElementById('retest-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var token = form.elements.token.value.trim();
      var reason = form.elements.reason.value.trim();
      var body = reason ? { reason: reason } : {};
      status.textContent = form.dataset.sending;
      fetch(form.dataset.api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          return { code: response.status, json: json };
        });
      }).then(function (answer) {
        status.textContent = '';
        if (answer.code === 202) {
          var said = document.createElement('p');
          said.id = 'retest-outcome';
          said.textContent = format(answer.json.outcome === 'joined' ? form.dataset.joined : form.dataset.queued,
            [answer.json.runId]);
          var link = document.createElement('a');
          link.id = 'retest-run-link';
          link.href = form.dataset.runs + encodeURIComponent(answer.json.runId);
          link.textContent = form.dataset.follow;
          var p = document.createElement('p');
          p.appendChild(link);
          status.appendChild(said);
          status.appendChild(p);
        } else if (answer.code === 401) {
          status.textContent = form.dataset.unauthorised;
        } else {
          status.textContent = format(form.dataset.failed, [answer.json.error || String(answer.code)]);
        }
      }).catch(function (error) {
        status.textContent = format(form.dataset.failed, [String(error)]);
      });
    });
  }

  function listItems(list, items, empty) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (items.length === 0) {
      var li = document.createElement('li');
      li.textContent = empty;
      list.appendChild(li);
    }
    items.forEach(function (item) { list.appendChild(item); });
  }

  function runProgress(live) {
    var statuses = JSON.parse(live.dataset.statuses);
    var states = JSON.parse(live.dataset.states);
    var lang = document.documentElement.lang;
    var wasComplete = live.dataset.completeFlag === 'true';
    function show(run) {
      document.getElementById('run-progress').textContent = format(live.dataset.progress, [run.done, run.expected]);
      document.getElementById('run-state').textContent = run.complete ? live.dataset.complete : live.dataset.waiting;
      listItems(document.getElementById('run-pending'), run.pending.map(function (p) {
        var li = document.createElement('li');
        li.textContent = p.councilId + ': ' + (states[p.state] || p.state);
        return li;
      }), live.dataset.none);
      listItems(document.getElementById('run-results'), run.results.map(function (r) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = live.dataset.councils + encodeURIComponent(r.council);
        a.textContent = lang === 'cy' ? r.nameCy : r.name;
        li.appendChild(a);
        var outcome = r.stars !== undefined ? format(live.dataset.stars, [r.stars]) : (statuses[r.status] || r.status);
        li.appendChild(document.createTextNode(': ' + outcome));
        return li;
      }), live.dataset.noResults);
    }
    function poll() {
      fetch(live.dataset.api, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (run) {
          show(run);
          if (!run.complete) {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    if (!wasComplete) {
      window.setTimeout(poll, 1000);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('retest-form');
    if (form) {
      retestForm(form);
    }
    var live = document.getElementById('run-live');
    if (live) {
      runProgress(live);
    }
  });
})();
