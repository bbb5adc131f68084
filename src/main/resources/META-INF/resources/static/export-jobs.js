/*
 * Progressive enhancement of the exports page (/desk/exports, exports/web/ExportDeskPages): while a job runs, the
 * page asks itself again every two seconds and puts the new jobs table in place of the old one, and says in the
 * live region when a job has finished. Without this script the "Refresh" link does the same by hand. It stops as soon
 * as no job runs, when the answer is not the exports page (a session that ended), or on any error.
 */
(function () {
  'use strict';
  var EVERY_MS = 2000;
  var live = document.getElementById('jobs-live');
  if (!document.getElementById('jobs') || !live || !window.fetch || !window.DOMParser) {
    return;
  }

  function runningRows(root) {
    return root.querySelectorAll('#jobs tbody tr[data-status="RUNNING"]');
  }

  function poll() {
    if (runningRows(document).length === 0) {
      return;
    }
    fetch(window.location.pathname + window.location.search, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var body = next.querySelector('#jobs tbody');
        var current = document.querySelector('#jobs tbody');
        if (!body || !current) {
          return; // not the exports page: leave the page as it is
        }
        var finished = [];
        Array.prototype.forEach.call(runningRows(document), function (row) {
          var after = next.getElementById(row.id);
          if (after && after.getAttribute('data-status') !== 'RUNNING') {
            finished.push(after.querySelector('th').textContent + ': '
              + after.querySelector('[id^="job-status-"]').textContent);
          }
        });
        current.parentNode.replaceChild(document.importNode(body, true), current);
        var still = document.getElementById('still-running');
        if (still && !next.getElementById('still-running')) {
          still.parentNode.removeChild(still);
        }
        if (finished.length > 0) {
          live.textContent = finished.join('. ');
        }
        window.setTimeout(poll, EVERY_MS);
      })
      .catch(function () {
        // the "Refresh" link still works
      });
  }

  window.setTimeout(poll, EVERY_MS);
}());
