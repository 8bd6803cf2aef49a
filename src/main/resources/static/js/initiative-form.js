// The author's form: the credited author shown as shares change, the draft saved as the
// author types, attachments uploaded with a progress bar. Without this script the form still works.
(function () {
  'use strict';
  var form = document.getElementById('initiative-form');
  if (!form) { return; }

  var credited = document.getElementById('credited-live');
  function showCredited() {
    var rows = Array.prototype.slice.call(form.querySelectorAll('.contributor')).map(function (row) {
      var share = parseFloat((row.querySelector('[data-role=share]').value || '').replace(',', '.'));
      var member = row.querySelector('[data-role=kind-member]').checked;
      return {
        name: row.querySelector(member ? '[data-role=member-name]' : '[data-role=name]').value.trim(),
        share: isNaN(share) ? 0 : share,
        leader: row.querySelector('[data-role=leader]').checked
      };
    }).filter(function (row) { return row.name !== ''; });
    var leaders = rows.filter(function (row) { return row.leader; });
    var text = '-';
    if (leaders.length === 1) {
      text = leaders[0].name;
    } else if (leaders.length === 0 && rows.length > 0) {
      var highest = Math.max.apply(null, rows.map(function (row) { return row.share; }));
      var top = rows.filter(function (row) { return row.share === highest; });
      text = top.length === 1 ? top[0].name : credited.dataset.tie;
    }
    credited.textContent = text;
  }
  form.addEventListener('input', showCredited);
  form.addEventListener('change', showCredited);
  showCredited();

  // A contributor row shows the part of its kind only: the member picker, or a person's name and date of birth.
  function showKinds() {
    Array.prototype.forEach.call(form.querySelectorAll('.contributor'), function (row) {
      var member = row.querySelector('[data-role=kind-member]').checked;
      Array.prototype.forEach.call(row.querySelectorAll('.member-part'), function (part) { part.hidden = !member; });
      Array.prototype.forEach.call(row.querySelectorAll('.person-part'), function (part) { part.hidden = member; });
    });
  }
  form.addEventListener('change', showKinds);
  showKinds();

  var status = document.getElementById('autosave-status');
  var timer = null;
  var submitting = false;
  var pending = null;
  var edits = 0;
  var RETRY_OFFLINE = 5000;
  function autosave() {
    if (submitting || form.querySelector('#title').value.trim() === '') { return; }
    if (pending) {
      // One save at a time: a second one sent to /initiatives/new would write a second draft.
      timer = setTimeout(autosave, 1000);
      return;
    }
    pending = save().then(function () { pending = null; }, function () { pending = null; });
  }
  function save() {
    // Sent as the form itself would be (URL-encoded), so that the platform reads it, and its token, alike.
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== 'action') { data.append(name, value); }
    });
    var sent = edits;
    data.set('action', 'autosave');
    status.textContent = status.dataset.saving;
    // Not form.action: the form's buttons are named "action", and a named control hides the form's own property.
    return fetch(form.getAttribute('action'), { method: 'POST', body: data, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) {
          // Field problems come as {field: message}; a refusal of the whole draft as a problem detail.
          var errors = (result.body && result.body.errors) || {};
          var problems = Object.keys(errors).map(function (field) { return errors[field]; });
          if (result.body && result.body.detail) { problems.push(result.body.detail); }
          status.textContent = [status.dataset.failed].concat(problems).join(' ');
          return;
        }
        status.textContent = result.body.message;
        if (sent === edits) { forget(); }
        var edit = '/initiatives/' + result.body.id + '/edit';
        if (form.getAttribute('action').indexOf(edit) === -1) {
          // The first save created the draft: from now on the form edits it.
          form.setAttribute('action', edit);
          history.replaceState(null, '', edit);
          if (sent !== edits) { keep(); }
        }
      })
      .catch(function () {
        // No connection: what was typed is kept on this device, and saved as soon as the connection is back. A
        // phone's "online" event is not to be relied on (a weak signal is online too): it is tried again meanwhile.
        status.textContent = status.dataset.offline;
        window.addEventListener('online', autosave, { once: true });
        clearTimeout(timer);
        timer = setTimeout(autosave, RETRY_OFFLINE);
      });
  }

  // What the author typed and the platform has not saved yet stays on this device (localStorage) until a save
  // succeeds: a dropped connection, or the tab closed while offline, loses nothing. The next time the form of that
  // draft opens, it is filled in again from there and saved.
  function keptKey() { return 'sangkien.unsaved:' + form.getAttribute('action'); }
  function keep() {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== '_csrf' && name !== 'action') { fields.push([name, value]); }
    });
    try { localStorage.setItem(keptKey(), JSON.stringify(fields)); } catch (e) { /* storage refused: the server's copy only */ }
  }
  function forget() {
    try { localStorage.removeItem(keptKey()); } catch (e) { /* nothing was kept */ }
  }
  function restore() {
    var fields = null;
    try { fields = JSON.parse(localStorage.getItem(keptKey()) || 'null'); } catch (e) { fields = null; }
    if (!fields) { return false; }
    var byName = {};
    fields.forEach(function (field) { (byName[field[0]] = byName[field[0]] || []).push(field[1]); });
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === '_csrf' || element.name === 'action' || element.type === 'file'
          || element.type === 'submit' || element.type === 'button') { return; }
      var values = byName[element.name] || [];
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.indexOf(element.value) !== -1;
      } else if (values.length > 0) {
        element.value = values.shift();
      }
    });
    return true;
  }

  // Only a draft saves itself: a returned initiative changes when its author says so, each change kept.
  if (form.dataset.autosave === 'true') {
    form.addEventListener('input', function () {
      edits++;
      keep();
      clearTimeout(timer);
      timer = setTimeout(autosave, 2000);
    });
    if (restore()) {
      showKinds();
      showCredited();
      status.textContent = status.dataset.restored;
      edits++;
      autosave();
    }
  }
  form.addEventListener('submit', function (event) {
    submitting = true;
    clearTimeout(timer);
    // Sent as a whole: the page that comes back shows what the platform kept. Offline, the copy stays.
    if (navigator.onLine) { forget(); }
    if (pending) {
      // A save under way may be creating the draft: send the form once it is done, to that draft.
      event.preventDefault();
      var submitter = event.submitter;
      pending.then(function () { pending = null; form.requestSubmit(submitter); });
    }
  });

  var upload = document.getElementById('attachment-form');
  if (!upload) { return; }
  var bar = document.getElementById('upload-progress');
  var uploadStatus = document.getElementById('upload-status');
  upload.addEventListener('submit', function (event) {
    var file = upload.querySelector('#file').files[0];
    if (!file) { return; }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', upload.action);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-CSRF-TOKEN', upload.querySelector('input[name=_csrf]').value);
    bar.firstElementChild.style.width = '0%';
    bar.classList.remove('d-none');
    uploadStatus.classList.remove('text-danger');
    uploadStatus.textContent = uploadStatus.dataset.uploading;
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(100 * e.loaded / e.total);
        bar.firstElementChild.style.width = percent + '%';
        bar.setAttribute('aria-valuenow', percent);
      }
    });
    request.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(request.responseText); } catch (ignored) { /* a page, not JSON */ }
      if (request.status === 201) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = body.href;
        link.textContent = body.fileName;
        item.appendChild(link);
        if (body.confidential) {
          var badge = document.createElement('span');
          badge.className = 'badge text-bg-warning ms-1';
          badge.textContent = upload.dataset.confidential;
          item.appendChild(badge);
        }
        document.getElementById('attachments').appendChild(item);
        uploadStatus.textContent = '';
        upload.reset();
      } else {
        uploadStatus.textContent = body.detail || uploadStatus.dataset.failed;
        uploadStatus.classList.add('text-danger');
      }
      bar.classList.add('d-none');
    });
    request.addEventListener('error', function () {
      bar.classList.add('d-none');
      uploadStatus.textContent = uploadStatus.dataset.failed;
      uploadStatus.classList.add('text-danger');
    });
    request.send(new FormData(upload));
  });
}());
