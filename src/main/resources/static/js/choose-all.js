// The upload page's "choose all" box ticks or clears every initiative's box. A file, not an onclick
// attribute: the pages' Content-Security-Policy runs no inline script.
(function () {
  'use strict';
  var all = document.getElementById('choose-all');
  if (!all) {
    return;
  }
  all.addEventListener('click', function () {
    Array.prototype.forEach.call(document.querySelectorAll('#uploads tbody input[type=checkbox]'), function (box) {
      box.checked = all.checked;
    });
  });
})();
