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
    var data = new FormData(form);
    data.set('action', 'autosave');
    status.textContent = status.dataset.saving;
    return fetch(form.action, { method: 'POST', body: data, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) { status.textContent = status.dataset.failed; return; }
        status.textContent = result.body.message;
        var edit = '/initiatives/' + result.body.id + '/edit';
        if (form.getAttribute('action').indexOf(edit) === -1) {
          // The first save created the draft: from now on the form edits it.
          form.setAttribute('action', edit);
          history.replaceState(null, '', edit);
        }
      })
      .catch(function () { status.textContent = status.dataset.failed; });
  }
  // Only a draft saves itself: a returned initiative changes when its author says so, each change kept.
  if (form.dataset.autosave === 'true') {
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(autosave, 2000);
    });
  }
  form.addEventListener('submit', function (event) {
    submitting = true;
    clearTimeout(timer);
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
