// The evaluator's scoring form (templates/evaluation/assignment.html, docs/web.md#desks): drafts that never lose
// text. Without this script the "Save draft" button does it. With it:
// - every change is kept on this device at once (localStorage) and saved a second after typing stops, and when the
//   page is left (a request that outlives the page);
// - each save names the draft version it replaces; a newer one saved meanwhile (another tab, another device) is a
//   409 draft_outdated: the form is then sent as "Save draft" sends it, and the page shows both drafts;
// - when the session has ended the sign-in answers instead of the service: the text stays on this device, the page
//   says so and links to itself, which signs in again and comes back; the text is restored and saved.
(function () {
  'use strict';
  var form = document.getElementById('scoring-form');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) { return; }
  var status = document.getElementById('draft-status');
  var version = document.getElementById('draft-version');
  var key = 'grantflow.evaluation-draft.' + form.getAttribute('data-assignment');
  var autosave = form.getAttribute('data-autosave') !== 'off';
  var timer = null;
  var saving = false;
  var again = false;
  var dirty = false;
  var ended = false;
  var sending = null; // the button pressed while a save was on its way: the form goes once the save is back
  var inflight = null; // the fields of the save on its way, kept with the text on the device

  function fields() {
    var out = {};
    var criteria = form.querySelectorAll('input[name="criterion"]');
    var scores = form.querySelectorAll('select[name="score"]');
    var comments = form.querySelectorAll('textarea[name="comment"]');
    for (var i = 0; i < criteria.length; i++) {
      out[criteria[i].value] = [scores[i].value, comments[i].value];
    }
    return out;
  }

  function fill(values) {
    var criteria = form.querySelectorAll('input[name="criterion"]');
    var scores = form.querySelectorAll('select[name="score"]');
    var comments = form.querySelectorAll('textarea[name="comment"]');
    for (var i = 0; i < criteria.length; i++) {
      var v = values[criteria[i].value];
      if (v) { scores[i].value = v[0]; comments[i].value = v[1]; }
    }
  }

  function read() {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
  }

  // on a page showing two drafts the typed text is kept as based on no version (-1): found again, it is sent as
  // "Save draft" sends it and the page shows both again, never saved silently over the other draft
  function store() {
    try {
      window.localStorage.setItem(key, JSON.stringify({ version: autosave ? version.value : -1, fields: fields(),
        pending: inflight, at: Date.now() }));
    } catch (e) { /* private mode or full: the server copy remains */ }
  }

  function forget() {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
  }

  function say(text, link) {
    status.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = window.location.pathname;
      a.id = 'sign-in-again';
      a.textContent = link;
      status.appendChild(document.createTextNode(' '));
      status.appendChild(a);
    }
  }

  function body() {
    var data = new URLSearchParams(new FormData(form));
    data.delete('action');
    return data;
  }

  // what "Save draft" does without a script: the page answers, showing both drafts on a conflict
  function sendForm(value) {
    sending = 'sent';
    if (timer) { window.clearTimeout(timer); timer = null; }
    var action = document.createElement('input');
    action.type = 'hidden';
    action.name = 'action';
    action.value = value || 'save';
    form.appendChild(action);
    form.submit();
  }

  function save(leaving) {
    if (!autosave || ended || sending) { return; }
    if (saving) {
      // a second save beside the first would name the same version and be refused as outdated: after it, or, when
      // the page is being left, not at all (the text stays on the device with the save it waits for)
      if (!leaving) { again = true; }
      return;
    }
    saving = true;
    dirty = false;
    var sent = JSON.stringify(fields());
    inflight = fields();
    if (!leaving) { say(form.getAttribute('data-text-saving')); }
    fetch(form.getAttribute('data-draft-url'), {
      method: 'POST', body: body(), credentials: 'same-origin', keepalive: !!leaving, redirect: 'manual',
      headers: { 'Accept': 'application/json' }
    }).then(function (r) {
      if (r.type === 'opaqueredirect' || r.status === 401) {
        return { ended: true }; // sent to the sign-in (the form, or the identity provider): the session has ended
      }
      if ((r.headers.get('content-type') || '').indexOf('application/json') < 0) {
        return { status: r.status, body: {} };
      }
      return r.json().then(function (b) { return { status: r.status, body: b }; });
    }).then(function (res) {
      inflight = null;
      if (res.ended) {
        ended = true;
        store();
        say(form.getAttribute('data-text-session'), form.getAttribute('data-text-sign-in'));
      } else if (res.status === 200) {
        version.value = res.body.version;
        if (JSON.stringify(fields()) === sent) { forget(); } else { store(); }
        say(res.body.message);
      } else if (res.body.code === 'draft_outdated') {
        autosave = false;
        sendForm();
      } else {
        dirty = true;
        say(res.body.message || form.getAttribute('data-text-failed'));
      }
    }).catch(function () {
      inflight = null;
      dirty = true; // offline: kept on this device, saved with the next change
      say(form.getAttribute('data-text-failed'));
    }).then(function () {
      saving = false;
      if (sending && sending !== 'sent') {
        if (ended) { sending = null; return; } // the text waits on this device for the new sign-in
        sendForm(sending); // with the version this save answered
      } else if (again) {
        again = false;
        save(false);
      }
    });
  }

  function changed() {
    dirty = true;
    store();
    if (sending) { return; } // the form is on its way: it saves what it holds
    if (timer) { window.clearTimeout(timer); }
    timer = window.setTimeout(function () { save(false); }, 1000);
  }

  var newer = document.getElementById('take-newer');
  if (newer) { newer.addEventListener('click', forget); }
  if (!autosave) {
    forget(); // the page shows both drafts: the typed one is in the form (kept again as based on no version)
  } else {
    var kept = read();
    if (kept && Number(kept.version) > Number(version.value)) {
      kept = null; // kept for a draft this server never had (another database): not this assignment's text
      forget();
    }
    if (kept && kept.pending && Number(kept.version) + 1 === Number(version.value)
        && JSON.stringify(kept.pending) === JSON.stringify(fields())) {
      kept.version = version.value; // the save it waited for did arrive: the text was typed over that one
    }
    if (kept && kept.fields && JSON.stringify(kept.fields) !== JSON.stringify(fields())) {
      fill(kept.fields);
      if (String(kept.version) === version.value) {
        say(form.getAttribute('data-text-restored'));
        save(false);
      } else {
        version.value = kept.version; // a newer draft was saved since: the page shows both
        autosave = false;
        sendForm();
      }
    } else {
      forget();
    }
  }
  // "Save draft" and "Submit" send the whole form with the version it replaces: never beside a save on its way
  // (both would name the same version, and one would be refused), nor followed by a save as the page is left
  form.addEventListener('submit', function (e) {
    if (timer) { window.clearTimeout(timer); timer = null; }
    if (sending === 'sent') { return; }
    if (saving) {
      e.preventDefault();
      sending = e.submitter && e.submitter.value ? e.submitter.value : 'save';
      return;
    }
    sending = 'sent';
  });
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  window.addEventListener('pagehide', function () {
    if (dirty && !sending) { save(true); }
  });
})();
