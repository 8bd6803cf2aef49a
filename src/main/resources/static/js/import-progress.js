// The Office's imports: while the browser sends the file and the platform checks and stores it, the page
// polls how far it is and shows it on a progress bar. Without this script the form still works.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('form[data-import]'), function (form) {
    form.addEventListener('submit', function () {
      var id = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
        : String(Date.now()) + String(Math.random()).slice(2);
      form.querySelector('input[name=progress]').value = id;
      var box = form.querySelector('[data-import-progress]');
      var bar = box.querySelector('progress');
      var text = box.querySelector('[role=status]');
      box.hidden = false;
      // The form is sent the ordinary way; this page stays until the answer comes, and polls meanwhile.
      function poll() {
        fetch(form.dataset.progressUrl + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (progress) {
            if (progress) {
              bar.max = Math.max(progress.total, 1);
              bar.value = progress.step === 'checking' ? 0 : progress.done;
              text.textContent = progress.text;
            }
            if (!progress || (progress.step !== 'done' && progress.step !== 'refused')) {
              window.setTimeout(poll, 500);
            }
          })
          .catch(function () { window.setTimeout(poll, 1000); });
      }
      window.setTimeout(poll, 300);
    });
  });
})();
